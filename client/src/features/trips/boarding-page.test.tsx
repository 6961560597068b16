// Names are matched with an optional space: jsdom joins a visually hidden part without the space Chromium keeps.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppShellDocument, SyncTripBoardingDocument, TripBoardingPageDocument } from '../../generated/graphql';
import { renderApp } from '../../test/render-app';
import { loadQueue, type QueuedTap } from './boarding-store';

const DEPARTURE = 'VHJpcERlcGFydHVyZTox';
const PATH = `/coordination/trips/departures/${DEPARTURE}/boarding`;

const coordinatorShell = {
  request: { query: AppShellDocument },
  result: {
    data: { me: { __typename: 'User' as const, id: 'u-1', roles: ['COORDINATOR' as const], firstName: 'Ayşe', lastName: 'Rehber', fullName: 'Ayşe Rehber' } },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const participant = (id: string, firstName: string, child: boolean, boardedAt: string | null = null) => ({
  __typename: 'TripBoardingParticipant' as const,
  id,
  firstName,
  lastName: 'Işık',
  isRegistrant: !child,
  child,
  boardedAt,
});

const list = {
  __typename: 'TripBoardingList' as const,
  departureId: DEPARTURE,
  tripTitle: 'Körfez Turu',
  startsAt: '2026-12-01T07:00:00.000Z',
  pdfPath: '/trips/departures/d-1/boarding.pdf',
  pickupPoints: [{ __typename: 'TripBoardingPickupPoint' as const, id: 'p-1', name: 'Konak İskelesi' }],
  units: [
    {
      __typename: 'TripBoardingUnit' as const,
      registrationId: 'r-1',
      checkInCode: 'code-one-1234',
      entryNumber: 1,
      registrantName: 'Gülşen Işık',
      registrantPhone: '+905320000001',
      pickupPoint: { __typename: 'TripBoardingUnitPickupPoint' as const, id: 'p-1', name: 'Konak İskelesi' },
      participants: [participant('a', 'Gülşen', false), participant('b', 'Ela', true)],
    },
  ],
};

const listMock = { request: { query: TripBoardingPageDocument, variables: { departureId: DEPARTURE } }, result: { data: { tripBoardingList: list } }, maxUsageCount: Number.POSITIVE_INFINITY };

let online = true;
beforeEach(() => {
  online = true;
  localStorage.clear();
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(() => vi.restoreAllMocks());

function goOnline() {
  online = true;
  window.dispatchEvent(new Event('online'));
}

describe('the guide’s boarding page', () => {
  it('applies taps at once offline, keeps them on the phone and syncs them when the network returns', async () => {
    const sent: QueuedTap[][] = [];
    const sync = vi.fn((variables: { input: { events: QueuedTap[] } }) => {
      sent.push(variables.input.events);
      return {
        data: {
          syncTripBoarding: {
            __typename: 'MutationSyncTripBoardingSuccess' as const,
            data: {
              __typename: 'TripBoardingSync' as const,
              recorded: variables.input.events.length,
              duplicates: 0,
              participants: variables.input.events.map((e) => ({ __typename: 'TripParticipant' as const, id: e.participantId, boardedAt: e.at })),
            },
          },
        },
      };
    });
    const user = userEvent.setup();
    renderApp(PATH, [coordinatorShell, listMock, { request: { query: SyncTripBoardingDocument, variables: () => true }, result: sync, maxUsageCount: 5 }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Biniş: Körfez Turu' })).toBeInTheDocument();
    expect(screen.getByText('Binen: 0 / 2')).toBeInTheDocument();

    online = false;
    window.dispatchEvent(new Event('offline'));
    await user.click(screen.getByRole('button', { name: /^Hepsini bindir ?\(Gülşen Işık\)$/ }));
    expect(screen.getByRole('button', { name: /^Ela Işık Çocuk ?\(bindi\)$/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Binen: 2 / 2')).toBeInTheDocument();
    expect(within(screen.getByTestId('boarding-sync')).getByText('Çevrim dışı')).toBeInTheDocument();
    const queued = loadQueue(localStorage, DEPARTURE);
    expect(queued.map((tap) => [tap.participantId, tap.action])).toEqual([
      ['a', 'BOARD'],
      ['b', 'BOARD'],
    ]);
    expect(new Set(queued.map((tap) => tap.clientEventId)).size).toBe(2);
    expect(sync).not.toHaveBeenCalled();

    goOnline();
    expect(await within(screen.getByTestId('boarding-sync')).findByText('Tümü eşitlendi')).toBeInTheDocument();
    expect(sent).toEqual([queued]);
    expect(loadQueue(localStorage, DEPARTURE)).toEqual([]);
    // The list kept on the phone then holds the server's state (it is stored once the cache has the answer,
    // which may come a moment after the status line on a busy machine).
    await vi.waitFor(() => {
      const stored = JSON.parse(localStorage.getItem(`katilim.trips.boarding.${DEPARTURE}.list`)!);
      expect(stored.units[0].participants.map((p: { boardedAt: string | null }) => p.boardedAt)).toEqual(queued.map((tap) => tap.at));
    });
  });

  it('keeps a tap queued when the sync gets no answer, and shows the stored list when the page loads without network', async () => {
    const user = userEvent.setup();
    const first = renderApp(PATH, [coordinatorShell, listMock, { request: { query: SyncTripBoardingDocument, variables: () => true }, error: new Error('Failed to fetch'), maxUsageCount: 5 }]);
    await user.click(await screen.findByRole('button', { name: /^Gülşen Işık ?\(binmedi\)$/ }));
    expect(await within(screen.getByTestId('boarding-sync')).findByText('1 kayıt eşitlenmeyi bekliyor')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Şimdi eşitle' })).toBeInTheDocument());
    expect(loadQueue(localStorage, DEPARTURE)).toHaveLength(1);
    first.unmount();

    online = false;
    renderApp(PATH, [coordinatorShell, { request: { query: TripBoardingPageDocument, variables: { departureId: DEPARTURE } }, error: new Error('Failed to fetch') }]);
    expect(await screen.findByRole('button', { name: /^Gülşen Işık ?\(bindi\)$/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Binişler telefonda kaydediliyor; 1 kayıt bağlantı gelince eşitlenecek.')).toBeInTheDocument();
  });

  it('finds people by a name typed without Turkish letters', async () => {
    const user = userEvent.setup();
    renderApp(PATH, [coordinatorShell, listMock]);
    await screen.findByRole('heading', { level: 2, name: 'No. 1 · Gülşen Işık' });
    await user.type(screen.getByRole('searchbox', { name: 'Ada göre ara' }), 'gulsen isik');
    expect(screen.getByRole('heading', { level: 2, name: 'No. 1 · Gülşen Işık' })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Ada göre ara' }));
    await user.type(screen.getByRole('searchbox', { name: 'Ada göre ara' }), 'zeynep');
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    expect(screen.getByText('Aramaya uyan kimse yok.')).toBeInTheDocument();
  });
});
