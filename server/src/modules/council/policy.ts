// Who may see and do what in the Children's Council. A child's personal data is read only by the
// facilitators of the child's committee, the council's coordinators (staff) and admins; a guardian
// reads their own children in full and the other members of those committees by first name.
import type { Context, Viewer } from '../../context.ts';
import { isStaff } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { about, declareSubjects } from '../common/separation-of-duties.ts';

/** What a viewer can reach in the council, loaded once per request. */
export type CouncilReach = {
  /** Coordinators and admins: every child's data. */
  readsAll: boolean;
  /** Committees the viewer facilitates: their children's data, and running the committee. */
  facilitates: ReadonlySet<string>;
  /** Children whose guardian is the viewer (CouncilMember ids). */
  ownChildren: ReadonlySet<string>;
  /** Committees where the viewer's children sit: other members by first name only. */
  guardianOf: ReadonlySet<string>;
};

const NOBODY: CouncilReach = { readsAll: false, facilitates: new Set(), ownChildren: new Set(), guardianOf: new Set() };
const reaches = new WeakMap<Context, Promise<CouncilReach>>();

export function councilReach(ctx: Context): Promise<CouncilReach> {
  let reach = reaches.get(ctx);
  if (!reach) {
    reach = loadReach(ctx.viewer);
    reaches.set(ctx, reach);
  }
  return reach;
}

async function loadReach(viewer: Viewer | null): Promise<CouncilReach> {
  if (!viewer) return NOBODY;
  const readsAll = isStaff(viewer) || viewer.roles.has('ADMIN');
  const [facilitations, children] = await Promise.all([
    viewer.roles.has('FACILITATOR')
      ? prisma.councilFacilitator.findMany({ where: { userId: viewer.id }, select: { committeeId: true } })
      : Promise.resolve([]),
    prisma.councilMember.findMany({
      where: { guardian: { userId: viewer.id }, status: { not: 'LEFT' }, erasedAt: null },
      select: { id: true, committeeId: true },
    }),
  ]);
  return {
    readsAll,
    facilitates: new Set(facilitations.map((row) => row.committeeId)),
    ownChildren: new Set(children.map((row) => row.id)),
    guardianOf: new Set(children.map((row) => row.committeeId)),
  };
}

/** May read the personal data (surname, birth date, school, consents, guardian) of a committee's children. */
export function readsChildrenOf(reach: CouncilReach, committeeId: string): boolean {
  return reach.readsAll || reach.facilitates.has(committeeId);
}

/** May read this child in full: their committee's readers, or their own guardian. */
export function readsChild(reach: CouncilReach, member: { id: string; committeeId: string }): boolean {
  return readsChildrenOf(reach, member.committeeId) || reach.ownChildren.has(member.id);
}

/** May see that this member exists, by first name: full readers and guardians of the same committee. */
export function seesMember(reach: CouncilReach, member: { id: string; committeeId: string }): boolean {
  return readsChild(reach, member) || reach.guardianOf.has(member.committeeId);
}

/**
 * May run a committee (record members, meetings, attendance, proposals): its facilitators and the
 * council's coordinators. Admins administer accounts, not committees.
 */
export function runsCommittee(ctx: Context, reach: CouncilReach, committeeId: string): boolean {
  return isStaff(ctx.viewer) || reach.facilitates.has(committeeId);
}

// A member record is about the guardian who holds an account: a facilitator or coordinator who is
// also the child's guardian takes no staff action on their own child.
declareSubjects('CouncilMember', async (ids) =>
  (
    await prisma.councilMember.findMany({ where: { id: { in: ids } }, select: { guardian: { select: { userId: true } } } })
  ).flatMap((row) => (row.guardian.userId ? [row.guardian.userId] : [])),
);

/** The members a staff action touches, from ids as the caller sent them. */
export const councilMembers = (ids: unknown) => about('CouncilMember', ids);

/** The terms whose committees hold the viewer's children (a general assembly's guardians), once per request. */
const guardianTerms = new WeakMap<Context, Promise<ReadonlySet<string>>>();
function termsOfGuardian(ctx: Context, reach: CouncilReach): Promise<ReadonlySet<string>> {
  let terms = guardianTerms.get(ctx);
  if (!terms) {
    terms = reach.guardianOf.size
      ? prisma.councilCommittee
          .findMany({ where: { id: { in: [...reach.guardianOf] } }, select: { termId: true } })
          .then((rows) => new Set(rows.map((row) => row.termId)))
      : Promise.resolve(new Set());
    guardianTerms.set(ctx, terms);
  }
  return terms;
}

/**
 * May see a meeting (meetings slice): a committee meeting by the committee's runners and readers and
 * the guardians of its members; a general assembly by every runner and every guardian of a member of its term.
 */
export async function seesMeeting(ctx: Context, meeting: { committeeId: string | null; termId: string }): Promise<boolean> {
  const reach = await councilReach(ctx);
  if (meeting.committeeId) {
    return readsChildrenOf(reach, meeting.committeeId) || runsCommittee(ctx, reach, meeting.committeeId) || reach.guardianOf.has(meeting.committeeId);
  }
  if (reach.readsAll || isStaff(ctx.viewer) || reach.facilitates.size > 0) return true;
  return (await termsOfGuardian(ctx, reach)).has(meeting.termId);
}
