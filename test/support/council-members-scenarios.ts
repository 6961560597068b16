// Scenario builders for the council's members part: a valid recording input (paper, with a scan) and
// the smallest files of each kind a scan may be.
import { todayInIstanbul } from '@katilim/schema/istanbul-day';

/** A 1×1 PNG, base64. */
export const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC';
/** The first bytes of a PDF are enough for the check (the file is kept as sent). */
export const PDF_BASE64 = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF').toString('base64');

/** A birth date `years` ago today (İzmir), minus a month so the birthday has passed. */
export function bornYearsAgo(years: number): string {
  const [y, m] = todayInIstanbul().split('-').map(Number) as [number, number];
  const month = m === 1 ? 12 : m - 1;
  return `${y - years - (m === 1 ? 1 : 0)}-${String(month).padStart(2, '0')}-10`;
}

export const ALL_PURPOSES = ['COUNCIL_PARTICIPATION', 'COUNCIL_MEDIA', 'COUNCIL_TRIPS', 'COUNCIL_CHILD_CONTACT'] as const;

/** A runner's recording of a child (RecordCouncilMemberInput) from a signed paper form. */
export function recordInput(committeeGlobalId: string, more: Record<string, unknown> = {}) {
  const today = todayInIstanbul();
  return {
    committeeId: committeeGlobalId,
    firstName: 'İpek',
    lastName: 'Işıkgöz',
    birthDate: bornYearsAgo(12),
    gender: 'WOMAN',
    school: 'Konak Ortaokulu',
    districtId: 15,
    email: 'ipek@example.com',
    guardian: { firstName: 'Şule', lastName: 'Işıkgöz', relationship: 'Anne', phone: '0532 111 22 33', email: 'sule@example.com', locale: 'tr' },
    consents: ALL_PURPOSES.map((purpose) => ({ purpose, givenOn: today, scan: { base64: PNG_BASE64 } })),
    ...more,
  };
}
