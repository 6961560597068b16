// The world the volunteering journey starts from, made straight in the database: an OPEN round of
// Eşit İzmir with its areas, scorecard criteria, two published interview slots, a one-session
// course whose qualification the round requires; an adult applicant and a coordinator.
import { addDays, istanbulInstant, TIME_ZONE, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '@katilim/server/db/prisma';
import { createRound } from './applications-scenarios.ts';
import { addCriteria, createSlot } from './interviews-scenarios.ts';
import { createPerson } from './scenarios.ts';
import { createCourse, requireQualifications } from './trainings-scenarios.ts';

export const applicantSpec = { email: 'sule.isikli@example.org', firstName: 'Şule', lastName: 'Işıklı', birthDate: '1990-05-01' };
export const coordinatorSpec = { email: 'derya.koordinator@izmir.test', firstName: 'Derya', lastName: 'Koordinatör' };

export async function volunteeringWorld() {
  const applicant = await createPerson({ ...applicantSpec, verified: true });
  await prisma.user.update({ where: { id: applicant.id }, data: { gender: 'WOMAN' } });
  const coordinator = await createPerson({ ...coordinatorSpec, roles: ['COORDINATOR'] });

  const round = await createRound({ slug: 'esit-izmir-2026-bahar', seatsSought: 25 });
  const criteria = await addCriteria(round);
  // Three days ahead at 10:00 and four days ahead at 14:30 (İzmir, UTC+3): past the 24-hour cut-off.
  const slots = [
    await createSlot(round, { startsAt: izmirAt(3, 10, 0), interviewers: [coordinator] }),
    await createSlot(round, { startsAt: izmirAt(4, 14, 30), interviewers: [coordinator] }),
  ];
  // One session, ten days ahead at 18:00; completing it grants the qualification the round requires.
  const course = await createCourse(round, { sessions: 1 });
  const startsAt = izmirAt(10, 18, 0);
  await prisma.trainingSession.update({
    where: { id: course.sessions[0]!.id },
    data: { startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000) },
  });
  await requireQualifications(round, course.qualification);
  return { applicant, coordinator, round, criteria, slots, course };
}

/** `days` İzmir calendar days from today, at hour:minute İzmir time. */
function izmirAt(days: number, hour: number, minute: number): Date {
  return istanbulInstant(addDays(todayInIstanbul(), days), `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
}

/** "10:15–11:00", İzmir time, as the interview pages show a slot. */
export function izmirTimeRange(startsAt: Date, endsAt: Date): string {
  const time = new Intl.DateTimeFormat('tr-TR', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${time.format(startsAt)}–${time.format(endsAt)}`;
}

/** "Pazartesi, 7 Aralık 2026" for the İzmir day of an instant. */
export function izmirDay(at: Date): string {
  return new Intl.DateTimeFormat('tr-TR', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}
