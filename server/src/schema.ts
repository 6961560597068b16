// The schema entry: importing a module registers its types; nothing is defined here.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './modules/common/schema.ts';
import './modules/accounts/schema.ts';
import './modules/districts/schema.ts';
import './modules/programmes/schema.ts';
import './modules/consent/schema.ts';
import './modules/audit/schema.ts';
import './modules/notifications/schema.ts';
import './modules/privacy/schema.ts';

export const schema = lexicographicSortSchema(builder.toSchema());
