import { builder } from '../../builder.ts';
import { prisma } from '../../db/prisma.ts';
import { selectsColumnsOnly } from '../common/reference-cache.ts';
import { nonEmpty } from '../common/schema.ts';
import { districtRows } from './rows.ts';

builder.prismaObject('District', {
  description: 'One of İzmir\'s 30 districts.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    neighbourhoods: t.relation('neighbourhoods', { query: { orderBy: { name: 'asc' } } }),
  }),
});

builder.prismaObject('Neighbourhood', {
  fields: (t) => ({ id: t.exposeInt('id'), name: t.exposeString('name') }),
});

builder.queryField('districts', (t) =>
  t.prismaField({
    type: ['District'],
    authScopes: { public: true },
    // Ids follow Turkish alphabetical order (Ç after C, İ after I), which the database collation may not.
    resolve: (query) =>
      selectsColumnsOnly(query) ? districtRows.rows() : prisma.district.findMany({ ...nonEmpty(query), orderBy: { id: 'asc' } }),
  }),
);
