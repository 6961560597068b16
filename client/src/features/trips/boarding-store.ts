// The guide's phone keeps the boarding list and the taps not yet synced in localStorage, per
// departure, so a reload at the pier (no network) shows the list as it was, taps included. The
// state shown is the server's, with the queued taps applied over it by the server's own rule: a
// participant's latest tap by (at, clientEventId) wins.

export type BoardingAction = 'BOARD' | 'UNBOARD';

/** One tap, as queued and as sent to syncTripBoarding. */
export type QueuedTap = { clientEventId: string; participantId: string; action: BoardingAction; at: string };

export type StoredParticipant = { id: string; firstName: string; lastName: string; isRegistrant: boolean; child: boolean; boardedAt: string | null };
export type StoredUnit = {
  registrationId: string;
  checkInCode: string;
  entryNumber: number;
  registrantName: string;
  registrantPhone: string;
  pickupPoint: { id: string; name: string };
  participants: StoredParticipant[];
};
export type StoredList = {
  departureId: string;
  tripTitle: string;
  startsAt: string;
  pdfPath: string;
  pickupPoints: { id: string; name: string }[];
  units: StoredUnit[];
  /** When the server answered it. */
  savedAt: string;
};

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

const listKey = (departureId: string) => `katilim.trips.boarding.${departureId}.list`;
const queueKey = (departureId: string) => `katilim.trips.boarding.${departureId}.queue`;

function read<T>(storage: Storage, key: string): T | null {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function loadList(storage: Storage, departureId: string): StoredList | null {
  return read<StoredList>(storage, listKey(departureId));
}

export function saveList(storage: Storage, list: StoredList): void {
  storage.setItem(listKey(list.departureId), JSON.stringify(list));
}

export function loadQueue(storage: Storage, departureId: string): QueuedTap[] {
  return read<QueuedTap[]>(storage, queueKey(departureId)) ?? [];
}

export function saveQueue(storage: Storage, departureId: string, queue: readonly QueuedTap[]): void {
  if (queue.length === 0) storage.removeItem(queueKey(departureId));
  else storage.setItem(queueKey(departureId), JSON.stringify(queue));
}

/** Taps the server has answered for leave the queue; taps made meanwhile stay. */
export function withoutSent(queue: readonly QueuedTap[], sent: readonly QueuedTap[]): QueuedTap[] {
  const done = new Set(sent.map((tap) => tap.clientEventId));
  return queue.filter((tap) => !done.has(tap.clientEventId));
}

const later = (a: QueuedTap, b: QueuedTap) => (a.at === b.at ? a.clientEventId > b.clientEventId : a.at > b.at);

/** Each participant's boarding time as the phone shows it: the server's, or the latest queued tap's. */
export function boardedState(list: StoredList, queue: readonly QueuedTap[]): Map<string, string | null> {
  const state = new Map<string, string | null>();
  for (const unit of list.units) for (const participant of unit.participants) state.set(participant.id, participant.boardedAt);
  const latest = new Map<string, QueuedTap>();
  for (const tap of queue) {
    const current = latest.get(tap.participantId);
    if (!current || later(tap, current)) latest.set(tap.participantId, tap);
  }
  for (const [participantId, tap] of latest) if (state.has(participantId)) state.set(participantId, tap.action === 'BOARD' ? tap.at : null);
  return state;
}

/** Folds a name for search by Turkish rules: "IŞIK", "ışık" and "isik" meet. */
export function foldName(text: string): string {
  return text
    .toLocaleLowerCase('tr')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ı/g, 'i')
    .trim();
}

/** Units at the point (all when null) whose registrant or a participant matches the search. */
export function filterUnits(list: StoredList, pickupPointId: string | null, search: string): StoredUnit[] {
  const needle = foldName(search);
  return list.units.filter(
    (unit) =>
      (pickupPointId === null || unit.pickupPoint.id === pickupPointId) &&
      (needle === '' || unit.participants.some((p) => foldName(`${p.firstName} ${p.lastName}`).includes(needle)) || String(unit.entryNumber) === needle),
  );
}

/** The check-in code in what the camera read: the unit's link (`…/trips/check-in/<code>`) or the bare code. */
export function tripCheckInCodeOf(text: string): string | null {
  const trimmed = text.trim();
  const CODE = /^[A-Za-z0-9_-]{8,64}$/;
  if (CODE.test(trimmed)) return trimmed;
  try {
    const match = /^\/trips\/check-in\/([^/]+)\/?$/.exec(new URL(trimmed).pathname);
    const code = match ? decodeURIComponent(match[1]!) : null;
    return code && CODE.test(code) ? code : null;
  } catch {
    return null;
  }
}
