// Scenario builders: people, roles and sessions made straight in the database, so a test states
// only what matters to it. (Registration itself is tested through the API.)
import { randomUUID } from 'node:crypto';
import { newToken, hashPassword } from '@katilim/server/modules/accounts/secrets';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { prisma } from '@katilim/server/db/prisma';
import type { Gender, Role } from '@katilim/server/generated/prisma/enums';
import { searchTextsOf } from '@katilim/server/modules/accounts/service';
import { ACCOUNT_CONSENT_VERSION } from '@katilim/server/seed/reference';
import { GraphQLClient } from './graphql-client.ts';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

export type PersonSpec = {
  email?: string;
  firstName?: string;
  lastName?: string;
  roles?: Role[];
  verified?: boolean;
  districtId?: number;
  birthDate?: string;
  gender?: Gender | null;
};

let counter = 0;

export async function createPerson(spec: PersonSpec = {}) {
  counter += 1;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const firstName = spec.firstName ?? 'Deniz';
  const lastName = spec.lastName ?? `Test${counter}`;
  const email = spec.email ?? `person-${counter}-${randomUUID().slice(0, 8)}@test.katilim`;
  const phone = `+90532${String(1_000_000 + counter).padStart(7, '0')}`;
  return prisma.user.create({
    data: {
      email,
      firstName,
      lastName,
      phone,
      passwordHash: await passwordHash,
      birthDate: new Date(`${spec.birthDate ?? '1990-05-17'}T00:00:00Z`),
      districtId: spec.districtId ?? 21,
      gender: spec.gender ?? null,
      emailVerifiedAt: spec.verified === false ? null : new Date(),
      ...searchTextsOf({ firstName, lastName, email, phone }),
      roles: { create: (spec.roles ?? []).map((role) => ({ role })) },
    },
  });
}

/** A logged-in client for a new person with the given roles (session made directly). */
export async function clientFor(graphqlUrl: string, roles: Role[] = [], spec: PersonSpec = {}) {
  const person = await createPerson({ ...spec, roles });
  const { token, tokenHash } = newToken();
  await prisma.session.create({ data: { tokenHash, userId: person.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  return { person, client: new GraphQLClient(graphqlUrl).setCookie(SESSION_COOKIE, token) };
}

export const currentConsentVersion = ACCOUNT_CONSENT_VERSION;

export function registrationInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    email: `new-${counter}-${randomUUID().slice(0, 6)}@example.org`,
    password: 'a-good-long-password',
    firstName: 'Şule',
    lastName: 'Işıklı',
    phone: '0532 123 45 67',
    birthDate: '1994-03-08',
    districtId: 21,
    gender: 'WOMAN',
    acceptConsentVersion: ACCOUNT_CONSENT_VERSION,
    ...overrides,
  };
}

/** Many people at once (benchmarks, list tests): plain rows, no roles, verified. */
export async function createManyPeople(count: number, prefix = 'bulk'): Promise<void> {
  const names = ['Ayşe', 'Işıl', 'Mehmet', 'Çağrı', 'İpek', 'Oğuz'];
  for (let offset = 0; offset < count; offset += 1000) {
    await prisma.user.createMany({
      data: Array.from({ length: Math.min(1000, count - offset) }, (_, i) => {
        const n = offset + i;
        const firstName = names[n % names.length]!;
        const lastName = `Yılmaz${n}`;
        const email = `${prefix}-${n}@${prefix}.katilim`;
        const phone = `+90533${String(n).padStart(7, '0')}`;
        return {
          email,
          passwordHash: 'not-a-login',
          firstName,
          lastName,
          phone,
          birthDate: new Date('1990-01-01T00:00:00Z'),
          districtId: 1 + (n % 30),
          emailVerifiedAt: new Date(),
          ...searchTextsOf({ firstName, lastName, email, phone }),
        };
      }),
    });
  }
}

/** The Cookie header of a logged-in client, for tools that make their own requests. */
export function cookieHeader(client: GraphQLClient): string {
  return `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}`;
}
