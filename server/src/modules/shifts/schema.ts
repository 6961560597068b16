// The shifts module's schema entry, collected by the generated schema map: each part registers its
// types and operations when imported.
import './types-schema.ts';
import './planning-schema.ts';
import './signup-schema.ts';
import './attendance-schema.ts';
