// Whom forum records are about, for separation of duties (common/separation-of-duties.ts): a
// registration or an application is about the person who made it, so a coordinator never replaces
// or marks their own.
import { isStaff, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { about, declareSubjects, isAboutPerson } from '../common/separation-of-duties.ts';
import { decodeGlobalIdOf } from '../common/validation.ts';

declareSubjects('ForumRegistration', async (ids) =>
  (await prisma.forumRegistration.findMany({ where: { id: { in: ids } }, select: { userId: true } })).map((row) => row.userId),
);
declareSubjects('ForumApplication', async (ids) =>
  (await prisma.forumApplication.findMany({ where: { id: { in: ids } }, select: { userId: true } })).map((row) => row.userId),
);

export const registrations = (ids: unknown) => about('ForumRegistration', ids);
export const applications = (ids: unknown) => about('ForumApplication', ids);

// ── who runs a session ──

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The row id behind an id argument, decoded or not; undefined for anything else (validation answers it). */
export const rowId = (type: string, value: unknown): string | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return rowId(type, (value as { id: unknown }).id);
  return typeof value !== 'string' ? undefined : UUID.test(value) ? value : (decodeGlobalIdOf(type, value) ?? undefined);
};

// The sessions the viewer facilitates, read once per request however many rows ask.
const facilitatedOf = new WeakMap<object, Promise<ReadonlySet<string>>>();

/** Ids of the sessions the viewer facilitates (FACILITATOR role and assigned); empty for anyone else. */
export function facilitatedSessions(ctx: Context): Promise<ReadonlySet<string>> {
  const viewer = ctx.viewer;
  if (!viewer?.roles.has('FACILITATOR')) return Promise.resolve(new Set());
  const cached = facilitatedOf.get(ctx);
  if (cached) return cached;
  const loaded = prisma.forumFacilitator.findMany({ where: { userId: viewer.id }, select: { sessionId: true } }).then((rows) => new Set(rows.map((row) => row.sessionId)));
  facilitatedOf.set(ctx, loaded);
  return loaded;
}

// The sessions the viewer took part in (a confirmed place, or selected), read once per request.
const participatedOf = new WeakMap<object, Promise<ReadonlySet<string>>>();

/** Ids of the sessions where the viewer holds a confirmed registration or a selected application. */
export function participatedSessions(ctx: Context): Promise<ReadonlySet<string>> {
  const viewer = ctx.viewer;
  if (!viewer) return Promise.resolve(new Set());
  const cached = participatedOf.get(ctx);
  if (cached) return cached;
  const loaded = Promise.all([
    prisma.forumRegistration.findMany({ where: { userId: viewer.id, status: 'CONFIRMED' }, select: { sessionId: true } }),
    prisma.forumApplication.findMany({ where: { userId: viewer.id, status: 'SELECTED' }, select: { sessionId: true } }),
  ]).then(([registrations, applications]) => new Set([...registrations, ...applications].map((row) => row.sessionId)));
  participatedOf.set(ctx, loaded);
  return loaded;
}

/** Coordinators, or the session's assigned facilitator. */
export const runnerOf = async (sessionId: string, ctx: Context) => isStaff(ctx.viewer) || (await facilitatedSessions(ctx)).has(sessionId);

export type Input = Record<string, unknown>;

/**
 * A session's runners: coordinators (`staff`), or a facilitator assigned to it. Answered at once for
 * staff and everyone without the role, so the separation-of-duties table sees the plain scope.
 */
export const runsSession =
  (sessionField = 'sessionId') =>
  (_root: unknown, { input }: { input: Input }, ctx: Context) => {
    const viewer = ctx.viewer ?? null;
    if (isStaff(viewer) || !viewer?.roles.has('FACILITATOR')) return { staff: true };
    return (async () => {
      const sessionId = rowId('ForumSession', input[sessionField]);
      return !sessionId || (await facilitatedSessions(ctx)).has(sessionId);
    })();
  };

/** Attendance is about a person: coordinators never mark their own (staffOn); facilitators of the session may mark others. */
export const marksAttendance = (_root: unknown, { input }: { input: Input }, ctx: Context) => {
  const refs = [registrations(input.registrationId ?? []), applications(input.applicationId ?? [])];
  const viewer = ctx.viewer ?? null;
  if (isStaff(viewer) || !viewer?.roles.has('FACILITATOR')) return { staffOn: refs };
  return (async () => {
    const sessionId = rowId('ForumSession', input.sessionId);
    return (!sessionId || (await facilitatedSessions(ctx)).has(sessionId)) && !(await isAboutPerson(refs, viewer.id));
  })();
};
