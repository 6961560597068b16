// An iCalendar file (RFC 5545) for one interview: CRLF line endings, escaped text, lines folded at
// 75 octets without splitting a UTF-8 character, times in UTC.
import type { Locale } from '../../i18n/messages.ts';
import { formatDeadline, interviewWords, slotSummary, type SlotPlace } from './texts.ts';

export type InterviewEvent = SlotPlace & {
  uid: string;
  roundTitle: string;
  /** Until when the applicant may still move or cancel it. */
  changeableUntil: Date;
  cancelled: boolean;
  /** Where the applicant manages the booking. */
  manageUrl: string;
};

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

export function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Folds a content line: at most 75 octets per physical line, continuations start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = lines.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      lines.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

export function interviewCalendar(locale: Locale, event: InterviewEvent, now = new Date()): string {
  const words = interviewWords(locale);
  const description = [
    event.roundTitle,
    slotSummary(locale, event),
    event.cancelled ? null : `${words.changeUntil}: ${formatDeadline(locale, event.changeableUntil)}`,
    event.manageUrl,
  ]
    .filter((part) => part !== null)
    .join('\n\n');
  const summary = `${event.cancelled ? `${words.cancelled}: ` : ''}${words.summary}: ${event.roundTitle}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Izmir Buyuksehir Belediyesi//Katilim//TR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(event.startsAt)}`,
    `DTEND:${utcStamp(event.endsAt)}`,
    `SUMMARY:${escapeText(summary)}`,
    `LOCATION:${escapeText(event.location ?? event.onlineUrl ?? '')}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(event.onlineUrl ? [`URL:${event.onlineUrl}`] : []),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    // A cancelled copy must win over the confirmed one a calendar may already hold.
    `SEQUENCE:${event.cancelled ? 1 : 0}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
