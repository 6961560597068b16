// Who may run a meeting, from the ids a mutation's input carries (auth scopes run before validation,
// so ids are decoded here). An id that names nothing decodable is let through to whoever runs any
// committee, so that validation answers it as a typed field error rather than a refusal.
import type { Context } from '../../context.ts';
import { isStaff } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { decodeGlobalIdOf } from '../common/validation.ts';
import { councilReach, runsCommittee, type CouncilReach } from './policy.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The row id from a global id, or from a row id when validation has already decoded the input. */
export const rowIdOf = (type: string, raw: unknown) => (typeof raw !== 'string' ? null : UUID.test(raw) ? raw : decodeGlobalIdOf(type, raw));

const runsAnything = (ctx: Context, reach: CouncilReach) => isStaff(ctx.viewer) || reach.facilitates.size > 0;

/** May run this committee (its facilitators, council coordinators). */
export async function runsCommitteeId(ctx: Context, raw: unknown): Promise<boolean> {
  const reach = await councilReach(ctx);
  const id = rowIdOf('CouncilCommittee', raw);
  return id ? runsCommittee(ctx, reach, id) : runsAnything(ctx, reach);
}

/** May run this meeting: its committee's runners; a general assembly's are the council coordinators. */
export async function runsMeetingId(ctx: Context, raw: unknown): Promise<boolean> {
  const reach = await councilReach(ctx);
  const id = rowIdOf('CouncilMeeting', raw);
  if (!id) return runsAnything(ctx, reach);
  const meeting = await prisma.councilMeeting.findUnique({ where: { id }, select: { committeeId: true } });
  // A meeting that does not exist: the service answers NotFound to those who run something.
  if (!meeting) return runsAnything(ctx, reach);
  return meeting.committeeId ? runsCommittee(ctx, reach, meeting.committeeId) : isStaff(ctx.viewer);
}
