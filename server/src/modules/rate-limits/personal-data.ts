// Rate-limit events keep only a hash of an email address or an IP, for at most a day; the hash of
// a known address can still be matched, so the person's address events are exported and erased.
import { declarePersonalData } from '../privacy/declaration.ts';
import { rateLimitKey } from './service.ts';

/** The kinds of limit keyed by an email address (see accounts/service.ts). */
const ADDRESS_KINDS = ['mail:address'];

const keysOf = (email: string) => ADDRESS_KINDS.map((kind) => rateLimitKey(kind, email));

export const personalData = declarePersonalData({
  module: 'rate-limits',
  models: ['RateLimitEvent'],
  export: async (tx, subject) => {
    const events = await tx.rateLimitEvent.findMany({ where: { key: { in: keysOf(subject.email) } }, orderBy: { createdAt: 'asc' } });
    return { RateLimitEvent: events.map((event) => ({ ...event, id: event.id.toString() })) };
  },
  erase: async (tx, { subject }) => {
    await tx.rateLimitEvent.deleteMany({ where: { key: { in: keysOf(subject.email) } } });
  },
});
