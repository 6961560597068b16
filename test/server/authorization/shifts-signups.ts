// Authorization rows of shifts, sign-up part: browsing, signing up, the waitlist's offers, cancel,
// swaps, invitations and the coordinator's roster. Collected by authorization.test.ts.
// Sign-up rules (an active volunteer, …) are domain rules answered as typed errors, not authorization:
// the rows make the caller a volunteer so that only authorization decides.
import { prisma } from '@katilim/server/db/prisma';
import { createShift, createVolunteer, signUp } from '../../support/shifts-scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import { globalId, LOGGED_IN, STAFF, type Fixture, type Operations } from './table.ts';

/** The caller as an active volunteer (anonymous callers have no row to change). */
async function volunteer(fixture: Fixture): Promise<string> {
  if (fixture.self) await prisma.roleGrant.createMany({ data: [{ userId: fixture.self.id, role: 'VOLUNTEER' }], skipDuplicates: true });
  return fixture.self?.id ?? (await createVolunteer()).id;
}

async function offered(fixture: Fixture) {
  const userId = await volunteer(fixture);
  const shift = await createShift({ capacity: 1 });
  const row = await prisma.shiftSignup.create({
    data: { shiftId: shift.id, userId, status: 'OFFERED', waitlistedAt: new Date(), offeredAt: new Date(), holdExpiresAt: new Date(Date.now() + 3_600_000) },
  });
  return globalId('ShiftSignup', row.id);
}

async function swapToCaller(fixture: Fixture) {
  const toUserId = await volunteer(fixture);
  const signup = await signUp(await createShift(), fixture.other.id);
  const swap = await prisma.shiftSwap.create({ data: { signupId: signup.id, fromUserId: fixture.other.id, toUserId } });
  return globalId('ShiftSwap', swap.id);
}

async function invitationOfCaller(fixture: Fixture) {
  const userId = await volunteer(fixture);
  const invitation = await prisma.shiftInvitation.create({ data: { shiftId: (await createShift()).id, userId } });
  return globalId('ShiftInvitation', invitation.id);
}

export const operations: Operations = {
  'Query.availableShifts': {
    document: `{ availableShifts(first: 5) { edges { node { id placesLeft waitlistLength mySignups { status } } } } }`,
    variables: async () => {
      await createShift();
      return {};
    },
    allowed: ['VOLUNTEER'],
  },
  'Query.myShiftSignups': { document: `{ myShiftSignups(first: 5) { edges { node { id status waitlistPosition } } } }`, allowed: LOGGED_IN },
  'Query.myShiftSwapOffers': { document: `{ myShiftSwapOffers { id fromName status } }`, allowed: LOGGED_IN },
  'Query.myShiftInvitations': { document: `{ myShiftInvitations { id status shift { id } } }`, allowed: LOGGED_IN },
  'Query.swapCandidates': {
    document: `query($signupId: ID!) { swapCandidates(signupId: $signupId, search: "deniz") { id name } }`,
    variables: async (fixture) => ({ signupId: (await signUp(await createShift(), await volunteer(fixture))).globalId }),
    allowed: LOGGED_IN,
  },
  'Query.shiftAssignCandidates': {
    document: `query($shiftId: ID!) { shiftAssignCandidates(shiftId: $shiftId, search: "deniz") { id fullName } }`,
    variables: async () => ({ shiftId: (await createShift()).globalId }),
    allowed: STAFF,
  },
  'Mutation.signUpForShift': {
    document: mutation('signUpForShift', 'SignUpForShiftInput'),
    variables: async (fixture) => {
      await volunteer(fixture);
      return { input: { shiftId: (await createShift()).globalId } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.cancelShiftSignup': {
    document: mutation('cancelShiftSignup', 'ShiftSignupRefInput'),
    variables: async (fixture) => ({ input: { signupId: (await signUp(await createShift(), await volunteer(fixture))).globalId } }),
    allowed: LOGGED_IN,
  },
  'Mutation.confirmShiftOffer': {
    document: mutation('confirmShiftOffer', 'ShiftSignupRefInput'),
    variables: async (fixture) => ({ input: { signupId: await offered(fixture) } }),
    allowed: LOGGED_IN,
  },
  'Mutation.declineShiftOffer': {
    document: mutation('declineShiftOffer', 'ShiftSignupRefInput'),
    variables: async (fixture) => ({ input: { signupId: await offered(fixture) } }),
    allowed: LOGGED_IN,
  },
  'Mutation.offerShiftSwap': {
    document: mutation('offerShiftSwap', 'OfferShiftSwapInput'),
    variables: async (fixture) => ({
      input: { signupId: (await signUp(await createShift(), await volunteer(fixture))).globalId, toUserId: globalId('User', fixture.other.id) },
    }),
    allowed: LOGGED_IN,
  },
  'Mutation.acceptShiftSwap': {
    document: mutation('acceptShiftSwap', 'ShiftSwapRefInput'),
    variables: async (fixture) => ({ input: { swapId: await swapToCaller(fixture) } }),
    allowed: LOGGED_IN,
  },
  'Mutation.declineShiftSwap': {
    document: mutation('declineShiftSwap', 'ShiftSwapRefInput'),
    variables: async (fixture) => ({ input: { swapId: await swapToCaller(fixture) } }),
    allowed: LOGGED_IN,
  },
  'Mutation.acceptShiftInvitation': {
    document: mutation('acceptShiftInvitation', 'AcceptShiftInvitationInput'),
    variables: async (fixture) => ({ input: { invitationId: await invitationOfCaller(fixture) } }),
    allowed: LOGGED_IN,
  },
  'Mutation.declineShiftInvitation': {
    document: mutation('declineShiftInvitation', 'ShiftInvitationRefInput'),
    variables: async (fixture) => ({ input: { invitationId: await invitationOfCaller(fixture) } }),
    allowed: LOGGED_IN,
  },
  'Mutation.assignToShift': {
    document: mutation('assignToShift', 'AssignToShiftInput', 'data { signups { id } refused { code } }'),
    variables: async (fixture) => ({ input: { shiftId: (await createShift()).globalId, userIds: [globalId('User', fixture.other.id)] } }),
    allowed: STAFF,
  },
  'Mutation.removeFromShift': {
    document: mutation('removeFromShift', 'RemoveFromShiftInput'),
    variables: async (fixture) => ({ input: { signupIds: [(await signUp(await createShift(), fixture.other.id)).globalId] } }),
    allowed: STAFF,
  },
  'Mutation.messageShift': {
    document: mutation('messageShift', 'MessageShiftInput', 'data { recipients }'),
    variables: async (fixture) => {
      const shift = await createShift();
      await signUp(shift, fixture.other.id);
      return { input: { shiftId: shift.globalId, subject: 'Buluşma noktası', body: 'Belediye önünde buluşuyoruz.' } };
    },
    allowed: STAFF,
  },
};
