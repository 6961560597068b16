// The council module's schema entry, collected by the generated schema map: each part registers its
// types and operations when imported.
import './types-schema.ts';
import './members-schema.ts';
import './meetings-errors-schema.ts';
import './meetings-schema.ts';
import './proposals-schema.ts';
import './reports-schema.ts';
