// The schema entry: the generated map imports every module's schema.ts (common first), which
// registers its types; nothing is defined here.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './generated/schema-map.ts';

export const schema = lexicographicSortSchema(builder.toSchema());
