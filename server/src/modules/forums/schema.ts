// The forums module's schema entry, collected by the generated schema map: each part registers its
// types and operations when imported.
import './types-schema.ts';
import './events-schema.ts';
import './registration-schema.ts';
import './selection-schema.ts';
import './findings-schema.ts';
import './summary-schema.ts';
