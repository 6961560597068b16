// Reminders the day before and two hours before a shift, queued on pg-boss when a sign-up becomes
// CONFIRMED (job ids kept in ShiftSignup.reminderJobIds) and cancelled when it stops being so. The job
// re-checks the sign-up, so a reminder whose cancellation was lost still says nothing.
import { prisma } from '../../db/prisma.ts';
import { jobQueue } from '../../jobs/queue.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { noticeTo } from './notices.ts';

export const REMINDER_QUEUE = 'shifts-reminder';
const HOUR = 3_600_000;
const BEFORE = [
  { kind: 'DAY_BEFORE', hours: 24 },
  { kind: 'TWO_HOURS', hours: 2 },
] as const;
export type ReminderKind = (typeof BEFORE)[number]['kind'];

/** Queues the reminders of confirmed sign-ups (after the confirming transaction committed). */
export async function scheduleReminders(signupIds: readonly string[], now = new Date()): Promise<void> {
  const queue = jobQueue();
  if (!queue || signupIds.length === 0) return;
  const signups = await prisma.shiftSignup.findMany({
    where: { id: { in: [...signupIds] }, status: 'CONFIRMED' },
    select: { id: true, reminderJobIds: true, shift: { select: { startsAt: true } } },
  });
  for (const signup of signups) {
    const ids: string[] = [];
    for (const { kind, hours } of BEFORE) {
      const at = new Date(signup.shift.startsAt.getTime() - hours * HOUR);
      if (at <= now) continue;
      const id = await queue.send(REMINDER_QUEUE, { signupId: signup.id, kind }, { startAfter: at });
      if (id) ids.push(id);
    }
    // Only while still confirmed: a cancellation in between keeps its empty list (and these jobs find nothing to do).
    const stored = await prisma.shiftSignup.updateMany({ where: { id: signup.id, status: 'CONFIRMED' }, data: { reminderJobIds: ids } });
    if (stored.count === 0) await queue.cancel(REMINDER_QUEUE, ids);
  }
}

/**
 * Queues the reminders of confirmed sign-ups that have none although one is still ahead: those
 * confirmed by a server without a job runner (JOBS=false answers requests only). Run by the sweep.
 */
export async function scheduleMissingReminders(now = new Date()): Promise<number> {
  if (!jobQueue()) return 0;
  const missing = await prisma.shiftSignup.findMany({
    where: { status: 'CONFIRMED', reminderJobIds: { isEmpty: true }, shift: { cancelledAt: null, startsAt: { gt: new Date(now.getTime() + 2 * HOUR) } } },
    select: { id: true },
    orderBy: { id: 'asc' },
    take: 500,
  });
  await scheduleReminders(missing.map((m) => m.id), now);
  return missing.length;
}

/** Cancels reminder jobs taken off sign-ups (after the transaction that cleared them committed). */
export async function cancelReminders(jobIds: readonly string[]): Promise<void> {
  const queue = jobQueue();
  if (queue && jobIds.length) await queue.cancel(REMINDER_QUEUE, [...jobIds]);
}

/** The reminder job: mails the person if the sign-up still holds this job. */
export async function sendReminder(data: unknown, job: { id: string }): Promise<void> {
  const { signupId, kind } = data as { signupId: string; kind: ReminderKind };
  const sent = await prisma.$transaction(async (tx) => {
    const signup = await tx.shiftSignup.findUnique({
      where: { id: signupId },
      select: {
        userId: true,
        shiftId: true,
        status: true,
        reminderJobIds: true,
        shift: { select: { cancelledAt: true, opportunity: { select: { online: true, address: true, district: { select: { name: true } } } } } },
      },
    });
    if (!signup || signup.status !== 'CONFIRMED' || signup.shift.cancelledAt || !signup.reminderJobIds.includes(job.id)) return false;
    const opportunity = signup.shift.opportunity;
    const place = opportunity.online ? 'Online / Çevrim içi' : [opportunity.address, opportunity.district?.name].filter(Boolean).join(', ');
    await noticeTo(tx, 'shiftReminder', signup.userId, signup.shiftId, { place, soon: kind === 'TWO_HOURS' });
    return true;
  });
  if (sent) notifyOutbox();
}
