// What happens at a session: its facilitators (and coordinators) record who attended (confirmed
// registrations of an open forum, selected applicants of a focus group) and findings (theme-tagged
// notes and recommendations); the event's report sums participation by district and age band and
// recommendations by theme, on screen and as CSV.
import { stringify } from 'csv-stringify/sync';
import { ageOn } from '@katilim/schema/age';
import { istanbulDayOf } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { ForumFindingKind } from '../../generated/prisma/enums.ts';
import type { Locale } from '../../i18n/messages.ts';
import { audit } from '../audit/service.ts';
import { ForumNotParticipantError, ForumNotSessionFacilitatorError } from './errors.ts';

/** Whether the user facilitates the session (holds the role and is assigned to it). */
export async function isSessionFacilitator(db: Tx | typeof prisma, sessionId: string, userId: string | null): Promise<boolean> {
  if (!userId) return false;
  const found = await db.forumFacilitator.count({ where: { sessionId, userId, user: { roles: { some: { role: 'FACILITATOR' } } } } });
  return found > 0;
}

export type Staffing = { staff: boolean };

async function assertMayRecord(tx: Tx, sessionId: string, actor: Actor, staffing: Staffing) {
  const session = await tx.forumSession.findUnique({ where: { id: sessionId }, select: { id: true } });
  if (!session) throw new NotFoundError();
  if (!staffing.staff && !(await isSessionFacilitator(tx, sessionId, actor.userId))) throw new ForumNotSessionFacilitatorError();
}

export type AttendanceInput = { sessionId: string; registrationId: string | null; applicationId: string | null; attended: boolean };

/** Marks one participant present or absent. */
export async function recordAttendance(input: AttendanceInput, actor: Actor, staffing: Staffing): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await assertMayRecord(tx, input.sessionId, actor, staffing);
    if (input.registrationId) {
      const registration = await tx.forumRegistration.findUnique({ where: { id: input.registrationId }, select: { sessionId: true, status: true } });
      if (!registration || registration.sessionId !== input.sessionId) throw new NotFoundError();
      if (registration.status !== 'CONFIRMED') throw new ForumNotParticipantError();
      await tx.forumRegistration.update({ where: { id: input.registrationId }, data: { attended: input.attended } });
      await audit(tx, actor, 'forums.recordAttendance', { type: 'ForumRegistration', id: input.registrationId }, { attended: input.attended });
    } else if (input.applicationId) {
      const application = await tx.forumApplication.findUnique({ where: { id: input.applicationId }, select: { sessionId: true, status: true } });
      if (!application || application.sessionId !== input.sessionId) throw new NotFoundError();
      if (application.status !== 'SELECTED') throw new ForumNotParticipantError();
      await tx.forumApplication.update({ where: { id: input.applicationId }, data: { attended: input.attended } });
      await audit(tx, actor, 'forums.recordAttendance', { type: 'ForumApplication', id: input.applicationId }, { attended: input.attended });
    } else throw new NotFoundError();
  });
}

export type FindingInput = { sessionId: string; kind: ForumFindingKind; theme: string; body: string };

export async function addFinding(input: FindingInput, actor: Actor, staffing: Staffing): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    await assertMayRecord(tx, input.sessionId, actor, staffing);
    const finding = await tx.forumFinding.create({ data: { ...input, authorId: actor.userId }, select: { id: true } });
    await audit(tx, actor, 'forums.addFinding', { type: 'ForumFinding', id: finding.id }, { sessionId: input.sessionId, kind: input.kind, theme: input.theme });
    return finding;
  });
}

// ── the event's report ──

export const FORUM_AGE_BANDS = ['<18', '18-24', '25-30', '31-44', '45+'] as const;
export type ForumAgeBand = (typeof FORUM_AGE_BANDS)[number];

function bandOf(age: number): ForumAgeBand {
  if (age < 18) return '<18';
  if (age <= 24) return '18-24';
  if (age <= 30) return '25-30';
  if (age <= 44) return '31-44';
  return '45+';
}

export type ForumEventReport = {
  eventId: string;
  title: string;
  sessions: { sessionId: string; title: string; kind: 'OPEN' | 'FOCUS_GROUP'; startsAt: Date; participants: number; attended: number; findings: number; recommendations: number }[];
  /** Participants: confirmed registrations and selected applicants; attended: those marked present. */
  districts: { name: string; participants: number; attended: number }[];
  ageBands: { band: ForumAgeBand; participants: number; attended: number }[];
  themes: { theme: string; recommendations: string[] }[];
};

/** The event's figures: one read of its sessions with their participants and findings. */
export async function eventReport(eventId: string, locale: Locale): Promise<ForumEventReport> {
  const event = await prisma.forumEvent.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      titleTr: true,
      titleEn: true,
      sessions: {
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          title: true,
          kind: true,
          startsAt: true,
          registrations: { where: { status: 'CONFIRMED' }, select: { attended: true, user: { select: { birthDate: true, district: { select: { name: true } } } } } },
          applications: { where: { status: 'SELECTED' }, select: { attended: true, user: { select: { birthDate: true, district: { select: { name: true } } } } } },
          findings: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { kind: true, theme: true, body: true } },
        },
      },
    },
  });
  if (!event) throw new NotFoundError();
  const districts = new Map<string, { participants: number; attended: number }>();
  const bands = new Map<ForumAgeBand, { participants: number; attended: number }>();
  const themes = new Map<string, string[]>();
  const sessions = event.sessions.map((session) => {
    const people = [...session.registrations, ...session.applications];
    const day = istanbulDayOf(session.startsAt);
    for (const person of people) {
      const district = districts.get(person.user.district.name) ?? { participants: 0, attended: 0 };
      const band = bandOf(ageOn(person.user.birthDate.toISOString().slice(0, 10), day) ?? 0);
      const inBand = bands.get(band) ?? { participants: 0, attended: 0 };
      district.participants += 1;
      inBand.participants += 1;
      if (person.attended) {
        district.attended += 1;
        inBand.attended += 1;
      }
      districts.set(person.user.district.name, district);
      bands.set(band, inBand);
    }
    const recommendations = session.findings.filter((f) => f.kind === 'RECOMMENDATION');
    for (const r of recommendations) themes.set(r.theme, [...(themes.get(r.theme) ?? []), r.body]);
    return {
      sessionId: session.id,
      title: session.title,
      kind: session.kind,
      startsAt: session.startsAt,
      participants: people.length,
      attended: people.filter((p) => p.attended).length,
      findings: session.findings.length,
      recommendations: recommendations.length,
    };
  });
  const collator = new Intl.Collator(locale === 'tr' ? 'tr' : 'en');
  return {
    eventId: event.id,
    title: locale === 'tr' ? event.titleTr : event.titleEn,
    sessions,
    districts: [...districts].map(([name, n]) => ({ name, ...n })).sort((a, b) => b.participants - a.participants || collator.compare(a.name, b.name)),
    ageBands: FORUM_AGE_BANDS.map((band) => ({ band, ...(bands.get(band) ?? { participants: 0, attended: 0 }) })),
    themes: [...themes].map(([theme, recommendations]) => ({ theme, recommendations })).sort((a, b) => b.recommendations.length - a.recommendations.length || collator.compare(a.theme, b.theme)),
  };
}

const HEADINGS = {
  tr: { section: 'Bölüm', name: 'Ad', participants: 'Katılımcı', attended: 'Katıldı', session: 'Oturum', district: 'İlçe', age: 'Yaş grubu', theme: 'Tema', recommendation: 'Öneri', text: 'Metin' },
  en: { section: 'Section', name: 'Name', participants: 'Participants', attended: 'Attended', session: 'Session', district: 'District', age: 'Age band', theme: 'Theme', recommendation: 'Recommendation', text: 'Text' },
} as const;

/** A cell a spreadsheet would read as a formula is kept as text (findings are free text). */
const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The report as CSV (UTF-8 with BOM, so spreadsheet programs read Turkish letters): one table, a section column. */
export function eventReportCsv(report: ForumEventReport, locale: Locale): string {
  const h = HEADINGS[locale];
  const rows = [
    [h.section, h.name, h.participants, h.attended, h.text],
    ...report.sessions.map((s) => [h.session, cell(s.title), s.participants, s.attended, '']),
    ...report.districts.map((d) => [h.district, cell(d.name), d.participants, d.attended, '']),
    ...report.ageBands.map((b) => [h.age, b.band, b.participants, b.attended, '']),
    ...report.themes.flatMap((t) => t.recommendations.map((body) => [h.recommendation, cell(t.theme), '', '', cell(body)])),
  ];
  return `\uFEFF${stringify(rows, { cast: { number: (value) => String(value) } })}`;
}
