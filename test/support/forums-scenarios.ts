// Scenario builders for forums: events, sessions, profile questions, quotas, registrations and
// applications made straight in the database, so a test states only the rule it is about.
import { prisma } from '@katilim/server/db/prisma';
import { commit, draw } from '@katilim/server/modules/forums/selection';
import type { ForumApplicationStatus, ForumEventStatus, ForumRegistrationStatus, ForumSessionKind, Gender } from '@katilim/server/generated/prisma/enums';
import { globalId } from './applications-scenarios.ts';
import { createPerson, type PersonSpec } from './scenarios.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let made = 0;

export type ForumEventSpec = { status?: ForumEventStatus; gender?: Gender | null; minAge?: number; maxAge?: number | null; residentOfIzmir?: boolean };

/** An event ("Eşitlik için Gençlik Forumu n"): published, women aged 18–30 resident in İzmir by default. */
export async function createForumEvent(spec: ForumEventSpec = {}) {
  made += 1;
  const programme = await prisma.programme.findUniqueOrThrow({ where: { kind: 'FORUMS' } });
  const event = await prisma.forumEvent.create({
    data: {
      programmeId: programme.id,
      titleTr: `Eşitlik için Gençlik Forumu ${made}`,
      titleEn: `Youth Forum for Equality ${made}`,
      descriptionTr: 'Genç kadınlar yerel kararlara katılıyor.',
      descriptionEn: 'Young women take part in local decisions.',
      gender: spec.gender === undefined ? 'WOMAN' : spec.gender,
      minAge: spec.minAge ?? 18,
      maxAge: spec.maxAge === undefined ? 30 : spec.maxAge,
      residentOfIzmir: spec.residentOfIzmir ?? true,
      status: spec.status ?? 'PUBLISHED',
    },
  });
  return { ...event, globalId: globalId('ForumEvent', event.id) };
}
export type ForumEventRow = Awaited<ReturnType<typeof createForumEvent>>;

export type ForumSessionSpec = { event?: ForumEventRow; kind?: ForumSessionKind; capacity?: number; panelSize?: number; startsInDays?: number; windowOpen?: boolean };

/** A session a week ahead with its window open now: an open forum of 20 seats or a focus group of 4 by default. */
export async function createForumSession(spec: ForumSessionSpec = {}) {
  const event = spec.event ?? (await createForumEvent());
  const kind = spec.kind ?? 'OPEN';
  const startsAt = new Date(Date.now() + (spec.startsInDays ?? 7) * DAY);
  const session = await prisma.forumSession.create({
    data: {
      eventId: event.id,
      kind,
      title: kind === 'OPEN' ? 'Açık forum: kentte eşitlik' : 'Odak grup: istihdam',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      placeName: 'Ahmed Adnan Saygun Sanat Merkezi',
      address: 'Güzelyalı, Konak',
      capacity: kind === 'OPEN' ? (spec.capacity ?? 20) : null,
      panelSize: kind === 'FOCUS_GROUP' ? (spec.panelSize ?? 4) : null,
      agenda: 'Tanışma, çalışma grupları, öneriler.',
      opensAt: new Date(Date.now() - (spec.windowOpen === false ? -DAY : DAY)),
      closesAt: new Date(startsAt.getTime() - DAY),
    },
  });
  return { ...session, event, globalId: globalId('ForumSession', session.id) };
}
export type ForumSessionRow = Awaited<ReturnType<typeof createForumSession>>;

/** Two profile questions on the event: district group (north/south) and age band (18-24/25-30). */
export async function createForumQuestions(event: { id: string }) {
  const questions = [
    { key: 'district', labelTr: 'İlçe grubu', labelEn: 'District group', options: ['north', 'south'] },
    { key: 'age', labelTr: 'Yaş grubu', labelEn: 'Age band', options: ['18-24', '25-30'] },
  ];
  for (const [position, q] of questions.entries()) {
    await prisma.forumProfileQuestion.create({
      data: {
        eventId: event.id,
        key: q.key,
        labelTr: q.labelTr,
        labelEn: q.labelEn,
        position,
        options: { create: q.options.map((value, i) => ({ value, labelTr: value, labelEn: value, position: i })) },
      },
    });
  }
  return prisma.forumProfileQuestion.findMany({ where: { eventId: event.id }, orderBy: { position: 'asc' } });
}

/** A young woman of İzmir (24 on the session's day), eligible for the default event. */
export const youngWoman = (spec: PersonSpec = {}) => createPerson({ gender: 'WOMAN', birthDate: bornYearsAgo(24), ...spec });

export function bornYearsAgo(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCMonth(0, 15);
  return d.toISOString().slice(0, 10);
}

export async function createForumRegistration(session: { id: string }, userId: string, status: ForumRegistrationStatus = 'CONFIRMED', waitlistPosition: number | null = null) {
  const row = await prisma.forumRegistration.create({ data: { sessionId: session.id, userId, status, waitlistPosition: status === 'WAITLISTED' ? (waitlistPosition ?? 1) : null } });
  return { ...row, globalId: globalId('ForumRegistration', row.id) };
}

/** An application with answers by question key (the questions must exist on the session's event). */
export async function createForumApplication(session: { id: string; eventId: string }, userId: string, answers: Record<string, string>, status: ForumApplicationStatus = 'APPLIED') {
  const questions = await prisma.forumProfileQuestion.findMany({ where: { eventId: session.eventId } });
  const row = await prisma.forumApplication.create({
    data: {
      sessionId: session.id,
      userId,
      status,
      answers: { create: questions.map((q) => ({ questionId: q.id, optionValue: answers[q.key]! })) },
    },
  });
  return { ...row, globalId: globalId('ForumApplication', row.id) };
}

/** A focus group with questions and `count` applicants answering in a fixed cycle, each a new person. */
export async function focusGroupWithApplicants(count: number, spec: ForumSessionSpec = {}) {
  const session = await createForumSession({ kind: 'FOCUS_GROUP', ...spec });
  await createForumQuestions(session.event);
  const applications = [];
  for (let i = 0; i < count; i += 1) {
    const person = await youngWoman();
    applications.push(await createForumApplication(session, person.id, { district: i % 3 === 0 ? 'north' : 'south', age: i % 2 === 0 ? '18-24' : '25-30' }));
  }
  return { session, applications };
}

/** An event anyone adult may join (no gender rule, 18+), for rows where only authorization should decide. */
export const openToAll = () => createForumEvent({ gender: null, maxAge: null });

/** A focus group of `panelSize` with `count` applicants (no quotas), committed and, with `drawn`, drawn. */
export async function selectedFocusGroup(count: number, panelSize: number, drawn: boolean) {
  const { session, applications } = await focusGroupWithApplicants(count, { event: await openToAll(), panelSize });
  const actor = { userId: null, requestId: 'test', ip: null };
  await commit(session.id, actor);
  if (drawn) await draw(session.id, 'drand round 1', actor);
  return { session, applications };
}
