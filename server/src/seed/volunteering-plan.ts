// The plan of the Eşit İzmir demo: who applied to which round, how far each got, and when each
// phase of a round happened. Pure data and small helpers; volunteering.ts writes it.
import { createHash } from 'node:crypto';
import type { ApplicationStatus } from '../generated/prisma/enums.ts';
import { ROUNDS } from './volunteering-texts.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A moment `days` from the day of the seed, at an Istanbul time of day. */
export type Clock = (days: number, hour?: number, minute?: number) => Date;

/** One application the seed writes: its applicant, how far it got and the areas chosen. */
export type Planned = {
  id: string;
  roundSlug: string;
  person: { id: string; email: string; districtId: number };
  stage: Stage;
  path: ApplicationStatus[];
  areaSlugs: string[];
  /** Position within its round: spreads dates and choices deterministically. */
  index: number;
};

/** A stable UUID for a named demo row: the same on every run and every machine. */
export function seedId(name: string): string {
  const h = createHash('sha256').update(`katilim-demo:${name}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Who applied how far, per round: `rejected` says where a REJECTED one was stopped. */
export type Stage =
  | { status: Exclude<ApplicationStatus, 'REJECTED'>; cancelledOnce?: boolean }
  | { status: 'REJECTED'; at: 'screening' | 'interview' };

const times = (count: number, stage: Stage): Stage[] => Array.from({ length: count }, () => stage);

/** The applications of each round (by round slug), beyond the demo volunteer's own. */
export const STAGES: Record<string, Stage[]> = {
  'esit-izmir-7-donem': [],
  'esit-izmir-6-donem': [...times(3, { status: 'DRAFT' }), ...times(22, { status: 'SUBMITTED' }), { status: 'WITHDRAWN' }],
  'esit-izmir-5-donem': [
    ...times(14, { status: 'SUBMITTED' }),
    ...times(14, { status: 'SCREENING' }),
    ...times(4, { status: 'REJECTED', at: 'screening' }),
    ...times(2, { status: 'WITHDRAWN' }),
  ],
  'esit-izmir-4-donem': [
    ...times(7, { status: 'INTERVIEW_INVITED' }),
    { status: 'INTERVIEW_INVITED', cancelledOnce: true },
    ...times(10, { status: 'INTERVIEW_SCHEDULED' }),
    ...times(6, { status: 'ACCEPTED' }),
    ...times(3, { status: 'WAITLISTED' }),
    ...times(3, { status: 'REJECTED', at: 'interview' }),
    ...times(3, { status: 'REJECTED', at: 'screening' }),
    { status: 'WITHDRAWN' },
  ],
  'esit-izmir-3-donem': [
    ...times(14, { status: 'IN_TRAINING' }),
    ...times(3, { status: 'ACCEPTED' }),
    ...times(2, { status: 'WAITLISTED' }),
    ...times(3, { status: 'REJECTED', at: 'interview' }),
    ...times(3, { status: 'REJECTED', at: 'screening' }),
  ],
  'esit-izmir-2-donem': [
    ...times(17, { status: 'ACTIVE' }),
    ...times(2, { status: 'WAITLISTED' }),
    ...times(3, { status: 'REJECTED', at: 'interview' }),
    ...times(4, { status: 'REJECTED', at: 'screening' }),
    ...times(2, { status: 'WITHDRAWN' }),
  ],
};

/** The demo volunteer (gonullu@katilim.demo): a draft to finish, one submitted, and active since round 2. */
export const DEMO_VOLUNTEER_STAGES: Record<string, Stage> = {
  'esit-izmir-6-donem': { status: 'DRAFT' },
  'esit-izmir-5-donem': { status: 'SUBMITTED' },
  'esit-izmir-2-donem': { status: 'ACTIVE' },
};

export function pathOf(stage: Stage): ApplicationStatus[] {
  const screened: ApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'SCREENING'];
  const interviewed: ApplicationStatus[] = [...screened, 'INTERVIEW_INVITED', 'INTERVIEW_SCHEDULED'];
  switch (stage.status) {
    case 'DRAFT':
      return ['DRAFT'];
    case 'SUBMITTED':
      return ['DRAFT', 'SUBMITTED'];
    case 'WITHDRAWN':
      return ['DRAFT', 'SUBMITTED', 'WITHDRAWN'];
    case 'SCREENING':
      return screened;
    case 'INTERVIEW_INVITED':
      return stage.cancelledOnce ? [...interviewed, 'INTERVIEW_INVITED'] : [...screened, 'INTERVIEW_INVITED'];
    case 'INTERVIEW_SCHEDULED':
      return interviewed;
    case 'ACCEPTED':
    case 'WAITLISTED':
      return [...interviewed, stage.status];
    case 'IN_TRAINING':
      return [...interviewed, 'ACCEPTED', 'IN_TRAINING'];
    case 'ACTIVE':
      return [...interviewed, 'ACCEPTED', 'IN_TRAINING', 'ACTIVE'];
    case 'REJECTED':
      return stage.at === 'screening' ? [...screened, 'REJECTED'] : [...interviewed, 'REJECTED'];
  }
}

/** When each round's phases happened, in days from today; interviews are per person. */
export const CALENDAR: Record<string, { screening: number; invited: number; interviewDays: number[]; training?: number; active?: number }> = {
  'esit-izmir-6-donem': { screening: 0, invited: 0, interviewDays: [] },
  'esit-izmir-5-donem': { screening: -8, invited: 0, interviewDays: [] },
  'esit-izmir-4-donem': { screening: -38, invited: -33, interviewDays: [-12, -11, -10, -9, -8] },
  'esit-izmir-3-donem': { screening: -93, invited: -88, interviewDays: [-80, -79, -78, -77, -76], training: -45 },
  'esit-izmir-2-donem': { screening: -383, invited: -378, interviewDays: [-372, -371, -370, -369, -368], training: -345, active: -320 },
};

export const UPCOMING_INTERVIEW_DAYS = [2, 3, 4, 5, 6];

/** Invited to the interviewing round in a later batch and not booked yet (not the one who cancelled). */
export const stillChoosing = (application: { roundSlug: string; stage: Stage }) =>
  application.roundSlug === 'esit-izmir-4-donem' && application.stage.status === 'INTERVIEW_INVITED' && !application.stage.cancelledOnce;

/** The moment an application reached each status of its path. */
export function timelineOf(application: Planned, at: Clock, booking: { startsAt: Date; endsAt: Date; cancelledAt: Date | null } | undefined): Date[] {
  const round = ROUNDS.find((r) => r.slug === application.roundSlug)!;
  const calendar = CALENDAR[application.roundSlug]!;
  // Applications were started while the call was open, and at least two days ago.
  const openDays = Math.max(1, Math.min(round.closesInDays, -2) - round.opensInDays);
  const created = at(round.opensInDays + (application.index % openDays), 9 + (application.index % 9), (application.index * 7) % 60);
  let scheduledSeen = false;
  return application.path.map((status, step) => {
    switch (status) {
      case 'DRAFT':
        return created;
      case 'SUBMITTED':
        return new Date(created.getTime() + (1 + (application.index % 5)) * HOUR);
      case 'WITHDRAWN':
        return new Date(created.getTime() + DAY);
      case 'SCREENING':
        return at(calendar.screening, 11, application.index % 50);
      case 'INTERVIEW_INVITED':
        // Those still choosing a slot were invited in a later batch (or after cancelling).
        if (step > 3) return booking!.cancelledAt!;
        return at(stillChoosing(application) ? -5 : calendar.invited, 14);
      case 'INTERVIEW_SCHEDULED':
        scheduledSeen = true;
        // Those waiting for their interview booked three days ago; the others soon after the invitation.
        return at(application.stage.status === 'INTERVIEW_SCHEDULED' ? -3 : calendar.invited + 2, 18, application.index % 60);
      case 'REJECTED':
        return scheduledSeen ? new Date(booking!.endsAt.getTime() + HOUR) : at(calendar.screening + 3, 16);
      case 'ACCEPTED':
      case 'WAITLISTED':
        return new Date(booking!.endsAt.getTime() + HOUR);
      case 'IN_TRAINING':
        return at(calendar.training!, 12);
      case 'ACTIVE':
        return at(calendar.active!, 12);
    }
  });
}
