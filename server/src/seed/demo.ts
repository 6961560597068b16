// Demo data: one account per role with documented passwords, and a few hundred people with
// Turkish names across the districts. Deterministic and idempotent: a second run changes nothing.
import { prisma } from '../db/prisma.ts';
import type { Gender, Role } from '../generated/prisma/enums.ts';
import { hashPassword } from '../modules/accounts/secrets.ts';
import { searchTextsOf } from '../modules/accounts/service.ts';
import { foldForSearch } from '../text.ts';
import { ACCOUNT_CONSENT_VERSION, DISTRICTS } from './reference.ts';
import { moduleDemoData } from '../generated/demo-data-map.ts';
import { seedVolunteering } from './volunteering.ts';

export const DEMO_PASSWORD = 'Katilim.2026';

export const DEMO_ACCOUNTS: { email: string; firstName: string; lastName: string; roles: Role[]; gender: Gender }[] = [
  { email: 'yonetici@katilim.demo', firstName: 'Ayşe', lastName: 'Yılmaz', roles: ['ADMIN'], gender: 'WOMAN' },
  { email: 'koordinator@katilim.demo', firstName: 'Mehmet', lastName: 'Kaya', roles: ['COORDINATOR'], gender: 'MAN' },
  { email: 'kolaylastirici@katilim.demo', firstName: 'Elif', lastName: 'Demir', roles: ['FACILITATOR'], gender: 'WOMAN' },
  { email: 'gonullu@katilim.demo', firstName: 'Zeynep', lastName: 'Işık', roles: ['VOLUNTEER'], gender: 'WOMAN' },
];

const WOMEN = ['Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Merve', 'Büşra', 'Esra', 'Özge', 'Şule', 'Gül', 'İpek', 'Derya', 'Nur', 'Ceren', 'Ebru', 'Gamze', 'Sibel', 'Tuğba', 'Çiğdem', 'Irmak', 'Ilgın', 'Deniz'];
const MEN = ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Emre', 'Burak', 'Can', 'Oğuz', 'Serkan', 'Umut', 'Barış', 'Çağlar', 'Ilgaz', 'Onur', 'Kaan', 'Deniz', 'Tolga'];
const SURNAMES = ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Işık', 'Ilıcak', 'Güneş', 'Erdoğan', 'Akın', 'Uçar', 'Polat', 'Ünal', 'Bozkurt', 'Ege'];

/** A small deterministic generator: the same demo people on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export const DEMO_PEOPLE = 300;

export async function seedDemo(): Promise<{ accounts: number; people: number }> {
  // One hash for every demo person: hashing 300 passwords would slow start-up for nothing.
  const existing = await prisma.user.findUnique({ where: { email: DEMO_ACCOUNTS[0]!.email }, select: { passwordHash: true } });
  const passwordHash = existing?.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  const next = random(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const verifiedAt = new Date('2026-01-15T09:00:00Z');

  const staff = DEMO_ACCOUNTS.map((account, index) => ({
    email: account.email,
    firstName: account.firstName,
    lastName: account.lastName,
    gender: account.gender,
    phone: `+90532000000${index}`,
    birthDate: new Date(`198${index}-0${index + 3}-1${index}T00:00:00Z`),
    districtId: 21,
  }));
  const people = Array.from({ length: DEMO_PEOPLE }, (_, index) => {
    const woman = next() < 0.72;
    const firstName = pick(woman ? WOMEN : MEN);
    const lastName = pick(SURNAMES);
    const year = 1960 + Math.floor(next() * 47);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    return {
      email: `${foldForSearch(firstName)}.${foldForSearch(lastName)}.${index + 1}@ornek.katilim.demo`.replace(/\s/g, ''),
      firstName,
      lastName,
      gender: (woman ? 'WOMAN' : next() < 0.9 ? 'MAN' : 'UNDISCLOSED') as Gender,
      phone: `+905${String(300_000_000 + Math.floor(next() * 599_999_999)).padStart(9, '0')}`,
      birthDate: new Date(Date.UTC(year, month - 1, day)),
      districtId: 1 + Math.floor(next() * DISTRICTS.length),
    };
  });

  const all = [...staff, ...people];
  await prisma.user.createMany({
    data: all.map((person, index) => ({
      ...person,
      passwordHash,
      emailVerifiedAt: verifiedAt,
      locale: 'tr' as const,
      ...searchTextsOf(person),
      createdAt: new Date(verifiedAt.getTime() + index * 3_600_000),
    })),
    skipDuplicates: true,
  });

  const users = await prisma.user.findMany({ where: { email: { in: all.map((p) => p.email) } }, select: { id: true, email: true } });
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  await prisma.roleGrant.createMany({
    data: DEMO_ACCOUNTS.flatMap((account) => account.roles.map((role) => ({ userId: idOf.get(account.email)!, role }))),
    skipDuplicates: true,
  });
  // A third of the demo people are already volunteers.
  await prisma.roleGrant.createMany({
    data: people.filter((_, i) => i % 3 === 0).map((p) => ({ userId: idOf.get(p.email)!, role: 'VOLUNTEER' as const })),
    skipDuplicates: true,
  });

  const consentText = await prisma.consentText.findUniqueOrThrow({
    where: { purpose_version: { purpose: 'ACCOUNT_PROCESSING', version: ACCOUNT_CONSENT_VERSION } },
  });
  const withConsent = new Set(
    (await prisma.consentRecord.findMany({ where: { purpose: 'ACCOUNT_PROCESSING' }, select: { userId: true } })).map((r) => r.userId),
  );
  await prisma.consentRecord.createMany({
    data: users
      .filter((u) => !withConsent.has(u.id))
      .map((u) => ({ userId: u.id, consentTextId: consentText.id, purpose: 'ACCOUNT_PROCESSING' as const, acceptedAt: verifiedAt })),
  });
  // The volunteer pipeline: a recruitment round in every state, filled with these people.
  await seedVolunteering();
  // Then each module's own demo data (modules/<m>/demo-data.ts), in module order, e.g. shifts: their
  // opportunities, one-off and weekly shifts, sign-ups, a waitlist, attendance and hours.
  for (const module of moduleDemoData) await module.seed();
  return { accounts: DEMO_ACCOUNTS.length, people: all.length };
}
