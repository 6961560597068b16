// How long a place or seat offered from a waitlist is held for the person to confirm: one rule for
// every module that promotes from a waitlist (shifts, trips), each passing its own hours.
const HOUR = 3_600_000;

export type HoldRule = {
  /** The usual hold. */
  holdHours: number;
  /** The shorter hold once the start is this close… */
  nearWindowHours: number;
  /** …of this many hours. */
  holdHoursNear: number;
};

/**
 * When an offer made now must be confirmed: holdHours, or holdHoursNear when the start is within
 * nearWindowHours; never after `latest` (the start by default, or an earlier cut-off).
 */
export function holdExpiry(startsAt: Date, rule: HoldRule, now = new Date(), latest: Date = startsAt): Date {
  const near = startsAt.getTime() - now.getTime() <= rule.nearWindowHours * HOUR;
  const hold = (near ? rule.holdHoursNear : rule.holdHours) * HOUR;
  return new Date(Math.min(now.getTime() + hold, startsAt.getTime(), latest.getTime()));
}
