// The guide's queue of taps: applied on the phone at once, kept in localStorage, and sent through
// syncTripBoarding when there is a network — on load, on the browser's `online` event and on a
// retry timer. A tap leaves the queue only once the server has answered for it; the server records
// each tap once (by its clientEventId), so sending it again after a lost answer is harmless.
import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SyncTripBoardingDocument } from '../../generated/graphql';
import { loadQueue, saveQueue, withoutSent, type QueuedTap } from './boarding-store';

// Read by codegen, which turns it into the typed document imported above.
const _graphql = /* GraphQL */ `
  mutation SyncTripBoarding($input: SyncTripBoardingInput!) {
    syncTripBoarding(input: $input) {
      __typename
      ... on MutationSyncTripBoardingSuccess {
        data {
          recorded
          duplicates
          participants {
            id
            boardedAt
          }
        }
      }
      ... on TripBoardingUnknownParticipantsError {
        participantIds
      }
      ... on Error {
        message
      }
    }
  }
`;

/** Taps per request (the server takes up to 500). */
const BATCH = 200;
const RETRY_MS = 15_000;

export type SyncStatus = 'idle' | 'syncing' | 'failed';

export type BoardingSync = {
  queue: QueuedTap[];
  online: boolean;
  status: SyncStatus;
  /** A refusal the server gave (translated), until the next successful sync. */
  refusal: string | null;
  enqueue: (taps: QueuedTap[]) => void;
  syncNow: () => void;
};

/**
 * The queue of one departure. `onSynced` receives the participants' states as the server now holds
 * them, to refresh the stored list.
 */
export function useBoardingSync(departureId: string, onSynced: (states: { id: string; boardedAt: string | null }[]) => void): BoardingSync {
  const [queue, setQueue] = useState<QueuedTap[]>(() => loadQueue(localStorage, departureId));
  const [online, setOnline] = useState(() => navigator.onLine);
  const [status, setStatus] = useState<SyncStatus>('idle');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [mutate] = useMutation(SyncTripBoardingDocument);
  const running = useRef(false);
  const onSyncedRef = useRef(onSynced);
  useEffect(() => {
    onSyncedRef.current = onSynced;
  });

  /** The queue as stored: the one truth, shared with taps made while a request is out. */
  const update = useCallback(
    (change: (current: QueuedTap[]) => QueuedTap[]) => {
      const next = change(loadQueue(localStorage, departureId));
      saveQueue(localStorage, departureId, next);
      setQueue(next);
    },
    [departureId],
  );

  /** One request; answers whether the server answered for the batch (so the next may go). */
  const send = useCallback(
    async (batch: QueuedTap[]): Promise<boolean> => {
      try {
        const { data } = await mutate({ variables: { input: { departureId, events: batch } } });
        const result = data?.syncTripBoarding;
        if (result?.__typename === 'MutationSyncTripBoardingSuccess') {
          update((current) => withoutSent(current, batch));
          onSyncedRef.current(result.data.participants.map((p) => ({ id: p.id, boardedAt: p.boardedAt ?? null })));
          setRefusal(null);
          setStatus('idle');
          return true;
        }
        if (result?.__typename === 'TripBoardingUnknownParticipantsError') {
          // Those people are not on the list any more (a cancelled registration): their taps can never
          // be recorded, so they leave the queue and the rest is sent again.
          const unknown = new Set(result.participantIds);
          update((current) => current.filter((tap) => !unknown.has(tap.participantId)));
          setRefusal(result.message);
          setStatus('idle');
          return true;
        }
        setRefusal(result && 'message' in result ? result.message : null);
        setStatus('failed');
        return false;
      } catch {
        // No answer (offline, a dropped connection): everything stays queued for the next try.
        setStatus('failed');
        return false;
      }
    },
    [departureId, mutate, update],
  );

  /** Sends the queue in batches while the server answers; after a failure the timer retries. */
  const sync = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (;;) {
        const batch = loadQueue(localStorage, departureId).slice(0, BATCH);
        if (batch.length === 0 || !navigator.onLine) break;
        setStatus('syncing');
        if (!(await send(batch))) break;
      }
    } finally {
      running.current = false;
    }
  }, [departureId, send]);

  useEffect(() => {
    const wentOnline = () => {
      setOnline(true);
      void sync();
    };
    const wentOffline = () => setOnline(false);
    window.addEventListener('online', wentOnline);
    window.addEventListener('offline', wentOffline);
    const timer = window.setInterval(() => {
      if (navigator.onLine) void sync();
    }, RETRY_MS);
    void sync();
    return () => {
      window.removeEventListener('online', wentOnline);
      window.removeEventListener('offline', wentOffline);
      window.clearInterval(timer);
    };
  }, [sync]);

  const enqueue = useCallback(
    (taps: QueuedTap[]) => {
      update((current) => [...current, ...taps]);
      if (navigator.onLine) void sync();
    },
    [sync, update],
  );

  return { queue, online, status, refusal, enqueue, syncNow: () => void sync() };
}
