// Scenario builders of the trips catalogue and registration tests (beside trips-scenarios.ts, which
// every part shares): crowds of women with sessions made in bulk, and the documents the tests send.
import { randomBytes } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { newToken } from '@katilim/server/modules/accounts/secrets';
import { GraphQLClient } from './graphql-client.ts';
import { createManyPeople } from './scenarios.ts';

/**
 * Many women (35, living in İzmir districts) with a logged-in client each, made in a few statements
 * (rows and sessions in bulk), for tests and benches that fire hundreds of registrations at once.
 */
export async function womenCrowd(graphqlUrl: string, count: number, prefix = `women${randomBytes(3).toString('hex')}`) {
  await createManyPeople(count, prefix);
  await prisma.user.updateMany({ where: { email: { endsWith: `@${prefix}.katilim` } }, data: { gender: 'WOMAN' } });
  const people = await prisma.user.findMany({ where: { email: { endsWith: `@${prefix}.katilim` } }, select: { id: true, email: true }, orderBy: { email: 'asc' } });
  const tokens = people.map(() => newToken());
  await prisma.session.createMany({
    data: people.map((p, i) => ({ tokenHash: tokens[i]!.tokenHash, userId: p.id, expiresAt: new Date(Date.now() + 3_600_000) })),
  });
  return people.map((person, i) => ({ person, client: new GraphQLClient(graphqlUrl).setCookie(SESSION_COOKIE, tokens[i]!.token) }));
}

/** The registration mutation, selecting what the tests read. */
export const REGISTER = `mutation($input: RegisterForTripInput!) {
  registerForTrip(input: $input) {
    __typename
    ... on MutationRegisterForTripSuccess { data { id status seats entryNumber preferenceRank waitlistedAt participants { position isRegistrant firstName birthDate } } }
    ... on TripFullError { seatsLeft pickupPointSeatsLeft seatsAsked joinWaitlist }
    ... on TripNotEligibleError { reason minAge maxAge travellerIndex }
    ... on Error { code message }
  }
}`;

/** A birth date of someone exactly `years` old (birthday on the 1st of this month) today and for the next weeks. */
export function bornYearsAgo(years: number): string {
  const now = new Date();
  return `${now.getUTCFullYear() - years}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-01`;
}
