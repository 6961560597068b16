// The coordinators' review board: filtered lists, counts per status, bulk moves (one transaction
// per batch; applications that may not move are reported, not forced), screening notes and checklist.
import { latestBirthDateForAge } from '@katilim/schema/age';
import { APPLICATION_STATUSES, type ApplicationStatusName } from '@katilim/schema/application-status';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { ApplicationStatus } from '../../generated/prisma/enums.ts';
import type { VolunteerApplicationWhereInput } from '../../generated/prisma/models.ts';
import type { InputJsonValue } from '../../generated/prisma/internal/prismaNamespace.ts';
import { foldForSearch } from '../../text.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { IllegalTransitionError } from './errors.ts';
import { releaseFutureBookings } from './service.ts';
import { transitionApplication } from './transitions.ts';
import { CHECKLIST_KEYS, type ChecklistInput } from './validation.ts';

export const AGE_BANDS = {
  AGE_18_24: { min: 18, max: 24 },
  AGE_25_34: { min: 25, max: 34 },
  AGE_35_49: { min: 35, max: 49 },
  AGE_50_PLUS: { min: 50, max: null },
} as const;
export type AgeBand = keyof typeof AGE_BANDS;

/** A birth date as the database stores it: a Date at UTC midnight. */
const storedDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** Birth dates of people whose age today in İzmir is within the band. */
export function birthDateRange(band: AgeBand, today = todayInIstanbul()) {
  const { min, max } = AGE_BANDS[band];
  return {
    lte: storedDate(latestBirthDateForAge(min, today)),
    ...(max !== null ? { gt: storedDate(latestBirthDateForAge(max + 1, today)) } : {}),
  };
}

export type BoardFilter = {
  roundId: string;
  status?: ApplicationStatus | null;
  areaId?: string | null;
  districtId?: number | null;
  ageBand?: AgeBand | null;
  language?: string | null;
  search?: string | null;
};

/** Drafts are the applicant's own until submitted: the board never lists them. */
export function boardWhere(filter: BoardFilter): VolunteerApplicationWhereInput {
  const words = filter.search?.trim() ? foldForSearch(filter.search).split(' ') : [];
  return {
    roundId: filter.roundId,
    status: filter.status && filter.status !== 'DRAFT' ? filter.status : { not: 'DRAFT' },
    ...(filter.areaId ? { choices: { some: { areaId: filter.areaId } } } : {}),
    ...(filter.districtId ? { districtId: filter.districtId } : {}),
    ...(filter.language?.trim() ? { languages: { array_contains: [{ language: filter.language.trim().toLowerCase() }] } } : {}),
    ...(filter.ageBand || words.length
      ? {
          applicant: {
            ...(filter.ageBand ? { birthDate: birthDateRange(filter.ageBand) } : {}),
            // Coordinators may not read applicants' email or phone: they search names only.
            ...(words.length ? { AND: words.map((word) => ({ nameSearchText: { contains: word } })) } : {}),
          },
        }
      : {}),
  };
}

/** How many applications the round has in each status (drafts included), from one GROUP BY. */
export async function countsByStatus(roundId: string) {
  const groups = await prisma.volunteerApplication.groupBy({ by: ['status'], where: { roundId }, _count: { _all: true } });
  const counts = new Map(groups.map((group) => [group.status, group._count._all]));
  return APPLICATION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

export type SkipReason = 'ILLEGAL_TRANSITION' | 'NOT_FOUND';
export type BulkResult = {
  movedIds: string[];
  skipped: { applicationId: string; reason: SkipReason; status: ApplicationStatusName | null }[];
};

/**
 * Moves the applications in one transaction: each is locked, checked and written with its event,
 * audit and mail; one that cannot make the move is reported and left as it was (the check comes
 * before any write), while any other failure undoes the whole batch, mails included. Rows are
 * locked in id order, so two overlapping batches cannot deadlock.
 */
async function moveEach(
  applicationIds: string[],
  actor: Actor,
  to: ApplicationStatusName,
  message?: (locale: 'tr' | 'en') => string | null,
): Promise<BulkResult> {
  const result = await prisma.$transaction(
    async (tx) => {
      const batch: BulkResult = { movedIds: [], skipped: [] };
      for (const applicationId of [...new Set(applicationIds)].sort()) {
        const application = await tx.volunteerApplication.findUnique({
          where: { id: applicationId },
          select: { status: true, applicant: { select: { locale: true } } },
        });
        if (!application) {
          batch.skipped.push({ applicationId, reason: 'NOT_FOUND', status: null });
          continue;
        }
        try {
          await transitionApplication(tx, actor, { applicationId, to, by: 'COORDINATOR', message: message?.(application.applicant.locale) ?? null });
        } catch (error) {
          if (!(error instanceof IllegalTransitionError)) throw error;
          batch.skipped.push({ applicationId, reason: 'ILLEGAL_TRANSITION', status: error.from });
          continue;
        }
        if (to === 'REJECTED') await releaseFutureBookings(tx, applicationId);
        batch.movedIds.push(applicationId);
      }
      return batch;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  if (result.movedIds.length) notifyOutbox();
  // Locked in id order, reported in the caller's order.
  const order = new Map(applicationIds.map((id, index) => [id, index] as const));
  const byInput = (a: string, b: string) => order.get(a)! - order.get(b)!;
  return {
    movedIds: result.movedIds.sort(byInput),
    skipped: result.skipped.sort((a, b) => byInput(a.applicationId, b.applicationId)),
  };
}

export const moveToScreening = (ids: string[], actor: Actor) => moveEach(ids, actor, 'SCREENING');

export const inviteToInterview = (ids: string[], actor: Actor) => moveEach(ids, actor, 'INTERVIEW_INVITED');

export const reject = (ids: string[], message: { tr: string; en: string | null }, actor: Actor) =>
  moveEach(ids, actor, 'REJECTED', (locale) => (locale === 'en' ? (message.en ?? message.tr) : message.tr));

async function visibleApplication(applicationId: string) {
  const application = await prisma.volunteerApplication.findUnique({ where: { id: applicationId }, select: { id: true, status: true } });
  if (!application || application.status === 'DRAFT') throw new NotFoundError();
  return application;
}

export async function addNote(applicationId: string, body: string, actor: Actor) {
  await visibleApplication(applicationId);
  await prisma.$transaction(async (tx) => {
    const note = await tx.screeningNote.create({ data: { applicationId, body, authorId: actor.userId } });
    await audit(tx, actor, 'application.note', { type: 'VolunteerApplication', id: applicationId }, { noteId: note.id });
  });
}

export type Checklist = Record<(typeof CHECKLIST_KEYS)[number], boolean>;

export function readChecklist(value: unknown): Checklist {
  const stored = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return Object.fromEntries(CHECKLIST_KEYS.map((key) => [key, stored[key] === true])) as Checklist;
}

/** Sets the ticks given (others unchanged); the row is locked so two coordinators' ticks both land. */
export async function updateChecklist(input: ChecklistInput, actor: Actor) {
  await visibleApplication(input.applicationId);
  await prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ screeningChecklist: unknown }[]>`
      SELECT "screeningChecklist" FROM "VolunteerApplication" WHERE id = ${input.applicationId}::uuid FOR UPDATE`;
    const changes = Object.fromEntries(CHECKLIST_KEYS.filter((key) => input[key] != null).map((key) => [key, input[key] === true]));
    const checklist = { ...readChecklist(row?.screeningChecklist), ...changes };
    await tx.volunteerApplication.update({ where: { id: input.applicationId }, data: { screeningChecklist: checklist as InputJsonValue } });
    await audit(tx, actor, 'application.checklist', { type: 'VolunteerApplication', id: input.applicationId }, changes);
  });
}
