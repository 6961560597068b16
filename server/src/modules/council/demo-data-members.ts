// Demo council members (owned by the members slice): seven children in Kent Hakları (1–6 ACTIVE,
// child 4 without media consent, child 7 SUSPENDED without participation consent), two in Doğa ve
// Ekoloji; the demo volunteer (gonullu@katilim.demo) is the guardian, with her account, of child 2.
// Idempotent: stable ids, createMany with skipDuplicates.
import { createHash } from 'node:crypto';
import { prisma } from '../../db/prisma.ts';
import type { ConsentPurpose, Gender } from '../../generated/prisma/enums.ts';
import { DISTRICTS } from '../../seed/reference.ts';
import { seedId } from '../../seed/volunteering-plan.ts';
import { foldForSearch } from '../../text.ts';
import { COUNCIL_CONSENT_PURPOSES } from './types-schema.ts';

const districtId = (name: (typeof DISTRICTS)[number]) => DISTRICTS.indexOf(name) + 1;
const committeeId = (slug: string) => seedId(`council-committee-${slug}`);

// A 1×1 white PNG: the demo's stand-in for a signed form's scan.
const SCAN = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');

type Child = {
  n: number;
  slug: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  gender: Gender;
  school: string;
  district: (typeof DISTRICTS)[number];
  guardian: { firstName: string; relationship: string; phone: string; email: string | null; account?: string };
  consents: readonly ConsentPurpose[];
};

const ALL = COUNCIL_CONSENT_PURPOSES;
const CHILDREN: Child[] = [
  { n: 1, slug: 'kent-haklari', firstName: 'Elif', lastName: 'Yıldırım', birthDate: '2013-04-12', gender: 'WOMAN', school: 'Konak Atatürk Ortaokulu', district: 'Konak', guardian: { firstName: 'Zeynep', relationship: 'Anne', phone: '+905321110001', email: 'zeynep.yildirim@example.com' }, consents: ALL },
  { n: 2, slug: 'kent-haklari', firstName: 'Deniz', lastName: 'Kaya', birthDate: '2012-09-03', gender: 'MAN', school: 'Bornova Anadolu Lisesi', district: 'Bornova', guardian: { firstName: 'Gönül', relationship: 'Anne', phone: '+905321110002', email: null, account: 'gonullu@katilim.demo' }, consents: ALL },
  { n: 3, slug: 'kent-haklari', firstName: 'Mert', lastName: 'Şahin', birthDate: '2014-01-20', gender: 'MAN', school: 'Karşıyaka Ortaokulu', district: 'Karşıyaka', guardian: { firstName: 'Ali', relationship: 'Baba', phone: '+905321110003', email: 'ali.sahin@example.com' }, consents: ALL },
  { n: 4, slug: 'kent-haklari', firstName: 'Ayşe', lastName: 'Demir', birthDate: '2013-11-08', gender: 'WOMAN', school: 'Buca Ortaokulu', district: 'Buca', guardian: { firstName: 'Fatma', relationship: 'Anne', phone: '+905321110004', email: 'fatma.demir@example.com' }, consents: ['COUNCIL_PARTICIPATION', 'COUNCIL_TRIPS'] },
  { n: 5, slug: 'kent-haklari', firstName: 'Can', lastName: 'Öztürk', birthDate: '2011-06-30', gender: 'MAN', school: 'Bayraklı Lisesi', district: 'Bayraklı', guardian: { firstName: 'Hülya', relationship: 'Anne', phone: '+905321110005', email: 'hulya.ozturk@example.com' }, consents: ALL },
  { n: 6, slug: 'kent-haklari', firstName: 'Zehra', lastName: 'Çelik', birthDate: '2015-02-14', gender: 'WOMAN', school: 'Karabağlar Ortaokulu', district: 'Karabağlar', guardian: { firstName: 'Murat', relationship: 'Baba', phone: '+905321110006', email: 'murat.celik@example.com' }, consents: ['COUNCIL_PARTICIPATION', 'COUNCIL_MEDIA', 'COUNCIL_TRIPS'] },
  { n: 7, slug: 'kent-haklari', firstName: 'Emir', lastName: 'Arslan', birthDate: '2012-12-01', gender: 'MAN', school: 'Çiğli Ortaokulu', district: 'Çiğli', guardian: { firstName: 'Sevgi', relationship: 'Anne', phone: '+905321110007', email: 'sevgi.arslan@example.com' }, consents: ['COUNCIL_MEDIA'] },
  { n: 8, slug: 'doga-ve-ekoloji', firstName: 'Ece', lastName: 'Aydın', birthDate: '2013-07-22', gender: 'WOMAN', school: 'Urla Ortaokulu', district: 'Urla', guardian: { firstName: 'Selin', relationship: 'Anne', phone: '+905321110008', email: 'selin.aydin@example.com' }, consents: ALL },
  { n: 9, slug: 'doga-ve-ekoloji', firstName: 'Kerem', lastName: 'Koç', birthDate: '2012-03-05', gender: 'MAN', school: 'Menemen Lisesi', district: 'Menemen', guardian: { firstName: 'Okan', relationship: 'Baba', phone: '+905321110009', email: 'okan.koc@example.com' }, consents: ALL },
];

export async function seedCouncilMembers(): Promise<void> {
  const texts = await prisma.consentText.findMany({ where: { purpose: { in: [...ALL] } }, orderBy: { publishedAt: 'desc' }, select: { id: true, purpose: true } });
  const textOf = (purpose: ConsentPurpose) => texts.find((text) => text.purpose === purpose)!.id;
  const accounts = await prisma.user.findMany({ where: { email: { in: CHILDREN.flatMap((child) => child.guardian.account ?? []) } }, select: { id: true, email: true, lastName: true, phone: true } });
  const facilitator = await prisma.user.findUnique({ where: { email: 'kolaylastirici@katilim.demo' }, select: { id: true } });
  const sha = createHash('sha256').update(SCAN).digest('hex');

  await prisma.councilGuardian.createMany({
    data: CHILDREN.map((child) => {
      const account = accounts.find((user) => user.email === child.guardian.account);
      return {
        id: seedId(`council-guardian-${child.n}`),
        userId: account?.id ?? null,
        firstName: child.guardian.firstName,
        lastName: account?.lastName ?? child.lastName,
        relationship: child.guardian.relationship,
        email: account?.email ?? child.guardian.email,
        phone: account?.phone ?? child.guardian.phone,
        locale: 'tr' as const,
      };
    }),
    skipDuplicates: true,
  });
  await prisma.councilMember.createMany({
    data: CHILDREN.map((child) => ({
      id: seedId(`council-child-${child.n}`),
      committeeId: committeeId(child.slug),
      guardianId: seedId(`council-guardian-${child.n}`),
      firstName: child.firstName,
      lastName: child.lastName,
      birthDate: new Date(`${child.birthDate}T00:00:00Z`),
      gender: child.gender,
      school: child.school,
      districtId: districtId(child.district),
      status: child.consents.includes('COUNCIL_PARTICIPATION') ? ('ACTIVE' as const) : ('SUSPENDED' as const),
      position: child.n === 1 ? ('CHAIR' as const) : null,
      joinedOn: new Date('2026-09-20T00:00:00Z'),
      nameSearchText: foldForSearch(`${child.firstName} ${child.lastName}`),
      recordedById: facilitator?.id ?? null,
    })),
    skipDuplicates: true,
  });
  await prisma.councilConsent.createMany({
    data: CHILDREN.flatMap((child) =>
      child.consents.map((purpose) => {
        const inApp = Boolean(child.guardian.account);
        return {
          id: seedId(`council-consent-${child.n}-${purpose}`),
          memberId: seedId(`council-child-${child.n}`),
          purpose,
          consentTextId: textOf(purpose),
          method: inApp ? ('IN_APP' as const) : ('PAPER' as const),
          givenOn: new Date('2026-09-20T00:00:00Z'),
          scan: inApp ? null : new Uint8Array(SCAN),
          scanMimeType: inApp ? null : 'image/png',
          scanSha256: inApp ? null : sha,
          recordedById: inApp ? (accounts.find((user) => user.email === child.guardian.account)?.id ?? null) : (facilitator?.id ?? null),
        };
      }),
    ),
    skipDuplicates: true,
  });
  await prisma.councilElection.createMany({
    data: [{ id: seedId('council-election-chair-1'), committeeId: committeeId('kent-haklari'), position: 'CHAIR' as const, electedId: seedId('council-child-1'), votesFor: 4, votesCast: 6, heldOn: new Date('2026-10-05T00:00:00Z'), recordedById: facilitator?.id ?? null }],
    skipDuplicates: true,
  });
}
