import { builder } from '../../builder.ts';
import { prisma } from '../../db/prisma.ts';
import { nonEmpty } from '../common/schema.ts';
import { NotFoundError } from '../../errors.ts';
import { ConsentPurpose } from '../../generated/prisma/enums.ts';

export const ConsentPurposeEnum = builder.enumType(ConsentPurpose, { name: 'ConsentPurpose' });

builder.prismaObject('ConsentText', {
  description: 'A published version of a KVKK notice; the text a person accepts is recorded with its version.',
  fields: (t) => ({
    id: t.exposeID('id'),
    purpose: t.expose('purpose', { type: ConsentPurposeEnum }),
    version: t.exposeString('version'),
    body: t.string({ select: { bodyTr: true, bodyEn: true }, resolve: (c, _a, ctx) => (ctx.locale === 'en' ? c.bodyEn : c.bodyTr) }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('ConsentRecord', {
  authScopes: (record, ctx) => ctx.viewer?.id === record.userId || { admin: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    purpose: t.expose('purpose', { type: ConsentPurposeEnum }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime' }),
    withdrawnAt: t.expose('withdrawnAt', { type: 'DateTime', nullable: true }),
    text: t.relation('consentText'),
  }),
});

builder.queryField('consentText', (t) =>
  t.prismaField({
    type: 'ConsentText',
    description: 'The text in force for a purpose; NOT_FOUND when none is published.',
    authScopes: { public: true },
    args: { purpose: t.arg({ type: ConsentPurposeEnum, required: true }) },
    // A purpose with no published text yet (COMMUNICATIONS, say) is NOT_FOUND, not a server error.
    resolve: async (query, _root, args) => {
      const text = await prisma.consentText.findFirst({ ...nonEmpty(query), where: { purpose: args.purpose }, orderBy: { publishedAt: 'desc' } });
      if (!text) throw new NotFoundError();
      return text;
    },
  }),
);

builder.prismaObjectField('User', 'consents', (t) =>
  t.relation('consents', {
    description: 'What this person agreed to, and when.',
    authScopes: (user, _args, ctx) => ctx.viewer?.id === user.id || (ctx.viewer?.roles.has('ADMIN') ?? false),
    query: { orderBy: { acceptedAt: 'desc' } },
  }),
);
