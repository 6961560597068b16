import { describe, expect, it } from 'vitest';
import { boardedState, filterUnits, foldName, loadList, loadQueue, saveList, saveQueue, tripCheckInCodeOf, withoutSent, type QueuedTap, type StoredList } from './boarding-store';

const list: StoredList = {
  departureId: 'RGVw',
  tripTitle: 'Körfez Turu',
  startsAt: '2026-12-01T07:00:00.000Z',
  pdfPath: '/trips/departures/x/boarding.pdf',
  pickupPoints: [
    { id: 'p1', name: 'Konak' },
    { id: 'p2', name: 'Karşıyaka' },
  ],
  savedAt: '2026-12-01T06:00:00.000Z',
  units: [
    {
      registrationId: 'r1',
      checkInCode: 'code-one-1234',
      entryNumber: 1,
      registrantName: 'Ayşe Işık',
      registrantPhone: '+905320000001',
      pickupPoint: { id: 'p1', name: 'Konak' },
      participants: [
        { id: 'a', firstName: 'Ayşe', lastName: 'Işık', isRegistrant: true, child: false, boardedAt: null },
        { id: 'b', firstName: 'İpek', lastName: 'Işık', isRegistrant: false, child: true, boardedAt: '2026-12-01T06:50:00.000Z' },
      ],
    },
    {
      registrationId: 'r2',
      checkInCode: 'code-two-5678',
      entryNumber: 2,
      registrantName: 'Zeynep Çelik',
      registrantPhone: '+905320000002',
      pickupPoint: { id: 'p2', name: 'Karşıyaka' },
      participants: [{ id: 'c', firstName: 'Zeynep', lastName: 'Çelik', isRegistrant: true, child: false, boardedAt: null }],
    },
  ],
};

const tap = (participantId: string, action: 'BOARD' | 'UNBOARD', at: string, clientEventId: string): QueuedTap => ({ participantId, action, at, clientEventId });

describe('the state the phone shows', () => {
  it('applies the latest queued tap by (at, clientEventId) over the server’s state', () => {
    const queue = [
      tap('a', 'BOARD', '2026-12-01T06:55:00.000Z', '2'),
      tap('b', 'UNBOARD', '2026-12-01T06:56:00.000Z', '1'),
      tap('c', 'BOARD', '2026-12-01T06:57:00.000Z', 'f'),
      tap('c', 'UNBOARD', '2026-12-01T06:57:00.000Z', 'a'),
    ];
    expect(Object.fromEntries(boardedState(list, queue))).toEqual({ a: '2026-12-01T06:55:00.000Z', b: null, c: '2026-12-01T06:57:00.000Z' });
    // The order the taps were queued in does not matter.
    expect(boardedState(list, [...queue].reverse())).toEqual(boardedState(list, queue));
  });

  it('keeps taps made while a sync was under way', () => {
    const sent = [tap('a', 'BOARD', 't1', '1')];
    expect(withoutSent([...sent, tap('c', 'BOARD', 't2', '2')], sent).map((t) => t.clientEventId)).toEqual(['2']);
  });
});

describe('search and scan', () => {
  it.each([
    ['ışık', ['r1']],
    ['ISIK', ['r1']],
    ['ipek', ['r1']],
    ['İPEK', ['r1']],
    ['celik', ['r2']],
    ['2', ['r2']],
    ['', ['r1', 'r2']],
  ])('finds %s by Turkish folding', (search, ids) => {
    expect(filterUnits(list, null, search).map((u) => u.registrationId)).toEqual(ids);
  });

  it('filters by pick-up point', () => {
    expect(filterUnits(list, 'p2', '').map((u) => u.registrationId)).toEqual(['r2']);
    expect(foldName('  IŞIL İnce ')).toBe('isil ince');
  });

  it('reads the check-in code from the unit’s link or the bare code', () => {
    expect(tripCheckInCodeOf('https://katilim.izmir.bel.tr/trips/check-in/AbC_d-123456')).toBe('AbC_d-123456');
    expect(tripCheckInCodeOf(' AbC_d-123456 ')).toBe('AbC_d-123456');
    expect(tripCheckInCodeOf('https://example.org/shifts/check-in/x.y')).toBeNull();
    expect(tripCheckInCodeOf('hello world')).toBeNull();
  });
});

describe('storage', () => {
  it('keeps the list and the queue per departure, and forgets an empty queue', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    saveList(storage, list);
    saveQueue(storage, list.departureId, [tap('a', 'BOARD', 't', '1')]);
    expect(loadList(storage, list.departureId)).toEqual(list);
    expect(loadQueue(storage, list.departureId)).toHaveLength(1);
    expect(loadQueue(storage, 'other')).toEqual([]);
    saveQueue(storage, list.departureId, []);
    expect(store.size).toBe(1);
    store.set('katilim.trips.boarding.bad.list', '{not json');
    expect(loadList(storage, 'bad')).toBeNull();
  });
});
