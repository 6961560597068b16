import { builder } from '../../builder.ts';
import { prisma } from '../../db/prisma.ts';
import { referenceCache, selectsColumnsOnly } from '../common/reference-cache.ts';
import { nonEmpty } from '../common/schema.ts';
import { ProgrammeKind } from '../../generated/prisma/enums.ts';

const ProgrammeKindEnum = builder.enumType(ProgrammeKind, { name: 'ProgrammeKind' });

builder.prismaObject('Programme', {
  description: 'One of the four public programmes; name and summary come in the caller\'s language.',
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug'),
    kind: t.expose('kind', { type: ProgrammeKindEnum }),
    name: t.string({ select: { nameTr: true, nameEn: true }, resolve: (p, _a, ctx) => (ctx.locale === 'en' ? p.nameEn : p.nameTr) }),
    summary: t.string({
      select: { summaryTr: true, summaryEn: true },
      resolve: (p, _a, ctx) => (ctx.locale === 'en' ? p.summaryEn : p.summaryTr),
    }),
  }),
});

const programmeRows = referenceCache(() => prisma.programme.findMany({ orderBy: { kind: 'asc' } }));

builder.queryField('programmes', (t) =>
  t.prismaField({
    type: ['Programme'],
    authScopes: { public: true },
    resolve: (query) =>
      selectsColumnsOnly(query) ? programmeRows.rows() : prisma.programme.findMany({ ...nonEmpty(query), orderBy: { kind: 'asc' } }),
  }),
);
