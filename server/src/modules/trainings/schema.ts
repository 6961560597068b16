// The module's schema entry, collected by the generated schema map: each part registers its types
// and operations when imported.
import './types-schema.ts';
import './operations-schema.ts';
