// A person's private calendar feed: their confirmed shifts, interview bookings and training sessions
// as one iCalendar file (the `ics` library writes it), at a URL holding a random token. Only the
// token's SHA-256 is stored; a new token replaces the old one, revoking deletes it.
import { createHash, randomBytes } from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import type { Locale } from '../../i18n/messages.ts';
import { publicUrl } from '../accounts/service.ts';
import { audit } from '../audit/service.ts';
import { foldByOctets, plain } from '../interviews/ics.ts';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** Past events stay in the feed this long. */
const PAST_DAYS = 90;

export const feedUrl = (token: string) => `${publicUrl()}/calendar/${token}.ics`;

/** Creates the person's feed, or replaces its token (the old URL stops working). Answers the URL, once. */
export async function createCalendarFeed(userId: string, actor: Actor): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await prisma.$transaction(async (tx) => {
    await tx.calendarFeed.upsert({
      where: { userId },
      create: { userId, tokenHash: hashOf(token) },
      update: { tokenHash: hashOf(token), createdAt: new Date() },
    });
    await audit(tx, actor, 'shift.createCalendarFeed', { type: 'User', id: userId }, {});
  });
  return feedUrl(token);
}

export async function revokeCalendarFeed(userId: string, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.calendarFeed.deleteMany({ where: { userId } });
    if (count) await audit(tx, actor, 'shift.revokeCalendarFeed', { type: 'User', id: userId }, {});
  });
}

const WORDS = {
  tr: { calendar: 'Katılım takvimim', shift: 'Vardiya', interview: 'Görüşme', training: 'Eğitim', online: 'Çevrimiçi' },
  en: { calendar: 'My Katılım calendar', shift: 'Shift', interview: 'Interview', training: 'Training', online: 'Online' },
} as const;

type Event = { uid: string; startsAt: Date; endsAt: Date; title: string; description?: string; location?: string | null; url?: string };

function calendar(locale: Locale, events: Event[]): string {
  const attributes: EventAttributes[] = events.map((event) => ({
    uid: `${event.uid}@katilim`,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: plain(event.title),
    ...(event.description ? { description: plain(event.description) } : {}),
    ...(event.location ? { location: plain(event.location) } : {}),
    ...(event.url ? { url: event.url } : {}),
    status: 'CONFIRMED',
    transp: 'OPAQUE',
  }));
  const { error, value } = createEvents(attributes, { productId: '-//Izmir Buyuksehir Belediyesi//Katilim//TR', method: 'PUBLISH', calName: WORDS[locale].calendar });
  if (error || !value) throw error ?? new Error('ics produced no calendar');
  return foldByOctets(value);
}

const shiftSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  opportunity: { select: { titleTr: true, titleEn: true, descriptionTr: true, descriptionEn: true, online: true, address: true, district: { select: { name: true } } } },
} as const;

type ShiftForCalendar = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  opportunity: { titleTr: string; titleEn: string; descriptionTr: string; descriptionEn: string; online: boolean; address: string | null; district: { name: string } | null };
};

function shiftEvent(locale: Locale, shift: ShiftForCalendar): Event {
  const o = shift.opportunity;
  const words = WORDS[locale];
  return {
    uid: `shift-${shift.id}`,
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
    title: `${words.shift}: ${locale === 'en' ? o.titleEn : o.titleTr}`,
    description: locale === 'en' ? o.descriptionEn : o.descriptionTr,
    location: o.online ? words.online : [o.address, o.district?.name].filter(Boolean).join(', '),
  };
}

/** One shift as a calendar file (the download offered next to each shift). */
export async function shiftCalendar(shiftId: string, locale: Locale): Promise<string | null> {
  const shift = await prisma.shift.findUnique({ where: { id: shiftId }, select: { ...shiftSelect, cancelledAt: true } });
  if (!shift || shift.cancelledAt) return null;
  return calendar(locale, [shiftEvent(locale, shift)]);
}

/** The feed behind a token, or null when no feed has it (revoked, replaced, or never made). */
export async function feedCalendar(token: string): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const feed = await prisma.calendarFeed.findUnique({ where: { tokenHash: hashOf(token) }, select: { user: { select: { id: true, locale: true } } } });
  if (!feed) return null;
  const { id: userId, locale } = feed.user;
  const since = new Date(Date.now() - PAST_DAYS * 86_400_000);
  const words = WORDS[locale];
  const [signups, bookings, sessions] = await Promise.all([
    prisma.shiftSignup.findMany({
      where: { userId, status: 'CONFIRMED', shift: { cancelledAt: null, endsAt: { gte: since } } },
      select: { shift: { select: shiftSelect } },
    }),
    prisma.interviewBooking.findMany({
      where: { cancelledAt: null, application: { applicantId: userId }, slot: { endsAt: { gte: since } } },
      select: { id: true, slot: { select: { startsAt: true, endsAt: true, location: true } }, application: { select: { round: { select: { titleTr: true, titleEn: true } } } } },
    }),
    prisma.trainingSession.findMany({
      where: { endsAt: { gte: since }, course: { enrolments: { some: { application: { applicantId: userId } } } } },
      select: { id: true, title: true, startsAt: true, endsAt: true, place: true, course: { select: { titleTr: true, titleEn: true } } },
    }),
  ]);
  const events: Event[] = [
    ...signups.map((signup) => shiftEvent(locale, signup.shift)),
    ...bookings.map((booking) => ({
      uid: `interview-${booking.id}`,
      startsAt: booking.slot.startsAt,
      endsAt: booking.slot.endsAt,
      title: `${words.interview}: ${locale === 'en' ? booking.application.round.titleEn : booking.application.round.titleTr}`,
      location: booking.slot.location ?? words.online,
    })),
    ...sessions.map((session) => ({
      uid: `training-${session.id}`,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      title: `${words.training}: ${locale === 'en' ? session.course.titleEn : session.course.titleTr} — ${session.title}`,
      location: session.place,
    })),
  ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return calendar(locale, events);
}
