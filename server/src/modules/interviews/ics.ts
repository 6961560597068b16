// An iCalendar file (RFC 5545) for one interview, written by the `ics` library (escaping, folding,
// CRLF), never by hand: a coordinator's text must not be able to add a property to the file.
import { createEvent } from 'ics';
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

/**
 * Control characters other than the line break are never meaningful in these texts; a lone CR
 * would survive the library's escaping (it escapes CRLF and LF) and start a line of its own.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
export const plain = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');

/** A URL only when it is an https address with nothing that could end the property's line. */
function safeUrl(value: string | null): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (!value || /[\s\u0000-\u001f\u007f]/.test(value)) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The library folds at 75 characters; RFC 5545 asks for 75 octets, which Turkish text passes
 * before 75 characters. Unfold and fold again by octets, never inside a UTF-8 character.
 */
export function foldByOctets(calendar: string): string {
  const encoder = new TextEncoder();
  const fold = (line: string) => {
    const lines: string[] = [];
    let current = '';
    let size = 0;
    for (const char of line) {
      const bytes = encoder.encode(char).length;
      if (size + bytes > (lines.length === 0 ? 75 : 74)) {
        lines.push(current);
        current = '';
        size = 0;
      }
      current += char;
      size += bytes;
    }
    return [...lines, current].join('\r\n ');
  };
  return calendar.replace(/\r\n[ \t]/g, '').split('\r\n').map(fold).join('\r\n');
}

export function interviewCalendar(locale: Locale, event: InterviewEvent): string {
  const words = interviewWords(locale);
  const url = safeUrl(event.onlineUrl);
  const description = [
    event.roundTitle,
    slotSummary(locale, { ...event, onlineUrl: url ?? null }),
    event.cancelled ? null : `${words.changeUntil}: ${formatDeadline(locale, event.changeableUntil)}`,
    event.manageUrl,
  ]
    .filter((part) => part !== null)
    .join('\n\n');
  const { error, value } = createEvent({
    productId: '-//Izmir Buyuksehir Belediyesi//Katilim//TR',
    method: 'PUBLISH',
    uid: event.uid,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: plain(`${event.cancelled ? `${words.cancelled}: ` : ''}${words.summary}: ${event.roundTitle}`),
    description: plain(description),
    location: plain(event.location ?? url ?? ''),
    ...(url ? { url } : {}),
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    // A cancelled copy must win over the confirmed one a calendar may already hold.
    sequence: event.cancelled ? 1 : 0,
    transp: 'OPAQUE',
  });
  if (error || !value) throw error ?? new Error('ics produced no calendar');
  return foldByOctets(value);
}
