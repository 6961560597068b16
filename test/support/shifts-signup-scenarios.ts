// Scenario builders of the shifts sign-up tests (beside shifts-scenarios.ts, which all three parts share).
import { randomBytes } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { newToken } from '@katilim/server/modules/accounts/secrets';
import { addDays, isoWeekday, istanbulInstant, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { GraphQLClient } from './graphql-client.ts';
import { createManyPeople } from './scenarios.ts';

const HOUR = 3_600_000;

/**
 * Many active volunteers with a logged-in client each, made in a few statements (rows, roles and
 * sessions in bulk), for tests that fire requests from hundreds of people at once.
 */
export async function volunteerCrowd(graphqlUrl: string, count: number, prefix = `crowd${randomBytes(3).toString('hex')}`) {
  await createManyPeople(count, prefix);
  const people = await prisma.user.findMany({ where: { email: { endsWith: `@${prefix}.katilim` } }, select: { id: true, email: true }, orderBy: { email: 'asc' } });
  await prisma.roleGrant.createMany({ data: people.map((p) => ({ userId: p.id, role: 'VOLUNTEER' as const })) });
  const tokens = people.map(() => newToken());
  await prisma.session.createMany({
    data: people.map((p, i) => ({ tokenHash: tokens[i]!.tokenHash, userId: p.id, expiresAt: new Date(Date.now() + 3_600_000) })),
  });
  return people.map((person, i) => ({ person, client: new GraphQLClient(graphqlUrl).setCookie(SESSION_COOKIE, tokens[i]!.token) }));
}

/** Hours from now to an İzmir wall-clock time `days` after next Monday (a whole week ahead of now). */
export function hoursUntilNextWeek(days: number, time: string): number {
  const today = todayInIstanbul();
  const nextMonday = addDays(today, 8 - isoWeekday(today));
  return (istanbulInstant(addDays(nextMonday, days), time).getTime() - Date.now()) / HOUR;
}

/** The volunteer's sign-up mutation, selecting what the tests read. */
export const SIGN_UP = `mutation($input: SignUpForShiftInput!) {
  signUpForShift(input: $input) {
    __typename
    ... on MutationSignUpForShiftSuccess { data { id status waitlistPosition role { name } } }
    ... on ShiftFullError { capacity joinWaitlist }
    ... on ShiftClashError { kind }
    ... on Error { code message }
  }
}`;
