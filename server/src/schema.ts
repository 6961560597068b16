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
import './modules/volunteer-applications/schema.ts';
import './modules/volunteer-applications/rounds-schema.ts';
import './modules/volunteer-applications/applications-schema.ts';
import './modules/volunteer-applications/board-schema.ts';
import './modules/interviews/schema.ts';
import './modules/trainings/schema.ts';

export const schema = lexicographicSortSchema(builder.toSchema());
