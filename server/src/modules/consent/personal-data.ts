// Consents under KVKK: what the person agreed to, which text, when, and when they withdrew.
import { declarePersonalData } from '../privacy/declaration.ts';

export const personalData = declarePersonalData({
  module: 'consent',
  models: ['ConsentRecord'],
  export: async (tx, subject) => ({
    ConsentRecord: await tx.consentRecord.findMany({
      where: { userId: subject.id },
      include: { consentText: { select: { version: true, bodyTr: true, bodyEn: true } } },
      orderBy: { acceptedAt: 'asc' },
    }),
  }),
  // Records stay as proof that processing had consent while it lasted; they end now and lose the IP.
  erase: async (tx, { subject, now }) => {
    await tx.consentRecord.updateMany({ where: { userId: subject.id, withdrawnAt: null }, data: { withdrawnAt: now } });
    await tx.consentRecord.updateMany({ where: { userId: subject.id }, data: { ip: null } });
  },
});
