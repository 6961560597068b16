// Who may act on the council's members: shared by the members part's operations. Coordinators go
// through `staffOn` (separation of duties), facilitators through the committees they run (policy.ts).
import { isStaff, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { decodeGlobalIdOf } from '../common/validation.ts';
import { councilMembers, councilReach, runsCommittee } from './policy.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The row id behind an id argument: validation (globalIdOf) has usually decoded it already; a global
 * id is decoded here. undefined when it is neither, which validation answers as a field error.
 */
export const rowId = (type: string, value: unknown): string | undefined =>
  typeof value !== 'string' ? undefined : UUID.test(value) ? value : (decodeGlobalIdOf(type, value) ?? undefined);

export const committeeOfMember = async (memberId: string) =>
  (await prisma.councilMember.findUnique({ where: { id: memberId }, select: { committeeId: true } }))?.committeeId ?? null;

export type Input = Record<string, unknown>;

/**
 * A runner's action on a member: coordinators through `staffOn` (never on their own child); a
 * facilitator when the member sits in a committee they run and is not their own child.
 */
export const runnerOnMember =
  (memberField: string) =>
  (_root: unknown, { input }: { input: Input }, ctx: Context) => {
    const viewer = ctx.viewer ?? null;
    if (isStaff(viewer) || !viewer?.roles.has('FACILITATOR')) return { staffOn: [councilMembers(input[memberField])] };
    return (async () => {
      const memberId = rowId('CouncilMember', input[memberField]);
      if (!memberId) return true;
      const [reach, committeeId] = await Promise.all([councilReach(ctx), committeeOfMember(memberId)]);
      return committeeId !== null && runsCommittee(ctx, reach, committeeId) && !reach.ownChildren.has(memberId);
    })();
  };

/** A runner's action on a committee (recording a child there). */
export const runnerOnCommittee = (_root: unknown, { input }: { input: Input }, ctx: Context) => {
  const viewer = ctx.viewer ?? null;
  if (isStaff(viewer) || !viewer?.roles.has('FACILITATOR')) return { staff: true };
  return (async () => {
    const committeeId = rowId('CouncilCommittee', input.committeeId);
    return !committeeId || runsCommittee(ctx, await councilReach(ctx), committeeId);
  })();
};

/** Consents: the child's own guardian (in the app) or a runner of the child's committee (from paper). */
export const guardianOrRunner = async (_root: unknown, { input }: { input: Input }, ctx: Context) => {
  const memberId = rowId('CouncilMember', input.memberId);
  if (!ctx.viewer) return false;
  if (!memberId) return true;
  const reach = await councilReach(ctx);
  if (reach.ownChildren.has(memberId)) return true;
  const committeeId = await committeeOfMember(memberId);
  return committeeId !== null && runsCommittee(ctx, reach, committeeId);
};
