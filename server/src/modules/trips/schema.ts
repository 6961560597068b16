// The trips module's schema entry, collected by the generated schema map: each part registers its
// types and operations when imported.
import './types-schema.ts';
import './catalogue-schema.ts';
import './registration-schema.ts';
import './lottery-schema.ts';
import './waitlist-schema.ts';
import './boarding-schema.ts';
import './reports-schema.ts';
