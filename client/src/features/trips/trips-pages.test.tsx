import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppShellDocument, CancelTripRegistrationDocument, MyTripsPageDocument, TripDrawPageDocument } from '../../generated/graphql';
import { renderApp } from '../../test/render-app';
import { departureUuid } from './draw-page';

const UUID = '019ad1c2-3b4c-7d5e-8f60-718293a4b5c6';
const DEPARTURE_ID = btoa(`TripDeparture:${UUID}`);

const anonymousShell = { request: { query: AppShellDocument }, result: { data: { me: null } }, maxUsageCount: Number.POSITIVE_INFINITY };
const womanShell = {
  request: { query: AppShellDocument },
  result: { data: { me: { __typename: 'User' as const, id: 'u-1', roles: ['VOLUNTEER' as const], firstName: 'Gülşen', lastName: 'Işıkçı', fullName: 'Gülşen Işıkçı' } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function draw(drawn: boolean) {
  return {
    __typename: 'TripDraw' as const,
    departureId: DEPARTURE_ID,
    tripTitle: 'Körfez Turu',
    startsAt: '2026-12-20T06:30:00.000Z',
    registrationClosesAt: '2026-12-10T20:59:00.000Z',
    secretHash: 'a'.repeat(64),
    entriesClosedAt: '2026-12-10T21:00:00.000Z',
    entryList: JSON.stringify({ entries: [{ number: 1 }, { number: 2 }, { number: 3 }], points: [] }),
    entryListHash: 'b'.repeat(64),
    publicValue: drawn ? '5123456:abcdef' : null,
    publicValueSource: drawn ? 'drand turu 5123456' : null,
    seed: drawn ? 'c'.repeat(64) : null,
    distributionHash: drawn ? 'd'.repeat(64) : null,
    result: drawn ? JSON.stringify({ version: 1, points: [{ position: 0, drawn: [3, 1], waitlist: [2] }] }) : null,
    secret: drawn ? 'e'.repeat(64) : null,
    drawnAt: drawn ? '2026-12-11T09:00:00.000Z' : null,
    departure: {
      __typename: 'TripDeparture' as const,
      id: DEPARTURE_ID,
      pickupPoints: [{ __typename: 'TripPickupPoint' as const, id: 'p-1', position: 0, name: 'Konak İskelesi', seats: 2 }],
    },
  };
}

describe('the public draw page', () => {
  it('shows the commitments, the result by entry numbers, and how to verify it with the JSON file', async () => {
    renderApp(`/trips/draws/${DEPARTURE_ID}`, [anonymousShell, { request: { query: TripDrawPageDocument, variables: { departureId: DEPARTURE_ID } }, result: { data: { tripDraw: draw(true) } } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kura: Körfez Turu' })).toBeInTheDocument();
    expect(screen.getByText('Kura çekildi')).toBeInTheDocument();
    expect(screen.getByText('e'.repeat(64))).toBeInTheDocument();
    const result = screen.getByRole('table');
    expect(within(result).getByRole('rowheader')).toHaveTextContent('Konak İskelesi (2 koltuk)');
    expect(screen.getByTestId('drawn-0')).toHaveTextContent('3, 1');
    expect(screen.getByTestId('waitlist-0')).toHaveTextContent('2');
    expect(screen.getByRole('link', { name: 'Kaydı indir (JSON)' })).toHaveAttribute('href', `/trips/draws/${UUID}.json`);
    expect(screen.getByText(new RegExp(`verify-trip-draw\\.ts .*/trips/draws/${UUID}\\.json`))).toBeInTheDocument();
  });

  it('says what is not public yet before the draw', async () => {
    renderApp(`/trips/draws/${DEPARTURE_ID}`, [anonymousShell, { request: { query: TripDrawPageDocument, variables: { departureId: DEPARTURE_ID } }, result: { data: { tripDraw: draw(false) } } }]);
    expect(await screen.findByText('Başvurular kapandı')).toBeInTheDocument();
    expect(screen.getAllByText('Henüz yok')).toHaveLength(4);
    expect(screen.getByText('Kura henüz çekilmedi.')).toBeInTheDocument();
  });

  it('reads the departure’s uuid out of its GraphQL id', () => {
    expect(departureUuid(DEPARTURE_ID)).toBe(UUID);
    expect(departureUuid('not base64!')).toBe('not base64!');
  });
});

function registration(cutoff: string) {
  return {
    __typename: 'TripRegistration' as const,
    id: 'r-1',
    status: 'CONFIRMED' as const,
    seats: 2,
    entryNumber: 7,
    drawPosition: null,
    holdExpiresAt: null,
    cancelReason: null,
    checkInQr: 'data:image/svg+xml;base64,PHN2Zy8+',
    pickupPoint: { __typename: 'TripPickupPoint' as const, id: 'p-1', name: 'Buca Belediyesi önü', address: 'Uğur Mumcu Cd.', pickupAt: '2030-06-01T05:30:00.000Z', vehicle: 'BUS' as const, vehicleName: '35 BCA 35' },
    participants: [
      { __typename: 'TripParticipant' as const, id: 'tp-1', firstName: 'Gülşen', lastName: 'Işıkçı', isRegistrant: true },
      { __typename: 'TripParticipant' as const, id: 'tp-2', firstName: 'Defne', lastName: 'Işıkçı', isRegistrant: false },
    ],
    departure: {
      __typename: 'TripDeparture' as const,
      id: DEPARTURE_ID,
      startsAt: '2030-06-01T06:30:00.000Z',
      endsAt: '2030-06-01T13:00:00.000Z',
      allocation: 'FIRST_COME' as const,
      cancelCutoffAt: cutoff,
      cancelledAt: null,
      cancellationNote: null,
      trip: { __typename: 'Trip' as const, id: 'dHJpcA', title: 'Körfez Turu' },
    },
  };
}

describe('Gezilerim', () => {
  it.each([
    ['before the cut-off, the seat goes on at once', '2030-05-30T06:30:00.000Z', 'hemen bekleyen birine verilir'],
    ['after the cut-off, a late cancellation', '2020-05-30T06:30:00.000Z', 'geç iptal'],
  ])('shows the QR code, and the cancel dialog says %s', async (_label, cutoff, words) => {
    const cancel = vi.fn(() => ({ data: { cancelTripRegistration: { __typename: 'MutationCancelTripRegistrationSuccess' as const, data: { __typename: 'TripRegistration' as const, id: 'r-1', status: 'CANCELLED' as const, cancelReason: 'SELF' as const } } } }));
    const user = userEvent.setup();
    renderApp('/trips/mine', [
      womanShell,
      { request: { query: MyTripsPageDocument }, result: { data: { myTripRegistrations: [registration(cutoff)] } }, maxUsageCount: Number.POSITIVE_INFINITY },
      { request: { query: CancelTripRegistrationDocument, variables: { input: { id: 'r-1' } } }, result: cancel },
    ]);
    const card = await screen.findByRole('article', { name: 'Körfez Turu' });
    expect(within(card).getByText('Yeriniz kesin')).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: 'Körfez Turu biniş karekodu' })).toHaveAttribute('src', 'data:image/svg+xml;base64,PHN2Zy8+');
    expect(within(card).getByText('Yolcular: Gülşen Işıkçı, Defne Işıkçı')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Kaydı iptal et' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(words);
    await user.click(within(dialog).getByRole('button', { name: 'Kaydı iptal et' }));
    await vi.waitFor(() => expect(cancel).toHaveBeenCalledTimes(1));
  });
});

describe('the address in a boarding QR code', () => {
  it('tells whoever scans it with a camera app what the code is for, and names nobody', async () => {
    renderApp('/trips/check-in/Qx7_abcDEF123-zz', [anonymousShell]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Biniş karekodu' })).toBeInTheDocument();
    expect(screen.getByText('Qx7_abcDEF123-zz')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gezilerim sayfasına git' })).toHaveAttribute('href', '/trips/mine');
  });
});
