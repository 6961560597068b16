// What an authorization row is, and the helpers rows share. Each module's rows live in
// test/server/authorization/<module>.ts (`export const operations: Operations`); the test collects
// every file of this folder, so a new module adds its file and edits nothing shared.
import { prisma } from '@katilim/server/db/prisma';
import { newToken } from '@katilim/server/modules/accounts/secrets';
import type { createPerson } from '../../support/scenarios.ts';

export const CALLERS = ['anonymous', 'no role', 'VOLUNTEER', 'FACILITATOR', 'COORDINATOR', 'ADMIN'] as const;
export type Caller = (typeof CALLERS)[number];
export const EVERYONE: readonly Caller[] = CALLERS;
export const LOGGED_IN: readonly Caller[] = CALLERS.filter((caller) => caller !== 'anonymous');
export const ADMIN_ONLY: readonly Caller[] = ['ADMIN'];
/** Programme work (recruitment, interviews, trainings): the builder's `staff` scope, the COORDINATOR role, not ADMIN. */
export const STAFF: readonly Caller[] = ['COORDINATOR'];

export type Person = Awaited<ReturnType<typeof createPerson>>;
/** `self` is the caller (null when anonymous); `other` is someone else, a volunteer. */
export type Fixture = { self: Person | null; other: Person };
export type Operation = {
  document: string;
  /** Valid input, so that authorization and not validation decides. May create records. */
  variables?: (fixture: Fixture) => Record<string, unknown> | Promise<Record<string, unknown>>;
  allowed: readonly Caller[];
};
/** Rows keyed `Query.<field>` or `Mutation.<field>`. */
export type Operations = Record<string, Operation>;

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

export async function tokenFor(userId: string, purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD') {
  const { token, tokenHash } = newToken();
  await prisma.userToken.create({ data: { userId, purpose, tokenHash, expiresAt: new Date(Date.now() + 3_600_000) } });
  return token;
}
