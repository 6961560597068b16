// Phone numbers as both sides read them: a Turkish number in any common spelling is stored as
// +90 and ten digits; a number of another country is accepted in international form only.

/** Longer than this, what was typed is not a phone number however it is spaced. */
export const PHONE_MAX_LENGTH = 30;

/**
 * 0532 123 45 67, +90 532 123 45 67, 0090 532…, (0232) 123-45-67, 5321234567 → +905321234567:
 * Turkish landlines (2xx–4xx) and mobiles (5xx). +44 20 7946 0958 → +442079460958 (E.164, another
 * country). Anything else → null.
 */
export function normalizePhone(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed.length > PHONE_MAX_LENGTH) return null;
  const compact = trimmed.replace(/[\s\-().]/g, '');
  const national = compact.startsWith('+90')
    ? compact.slice(3)
    : compact.startsWith('0090')
      ? compact.slice(4)
      : compact.startsWith('0')
        ? compact.slice(1)
        : compact;
  if (/^[2-5]\d{9}$/.test(national)) return `+90${national}`;
  if (/^\+[1-9]\d{7,14}$/.test(compact) && !compact.startsWith('+90')) return compact;
  return null;
}

export function isValidPhone(raw: string): boolean {
  return normalizePhone(raw) !== null;
}
