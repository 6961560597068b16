import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppShellDocument, MyShiftsPageDocument, OfferShiftSwapDocument, ShiftSwapCandidatesDocument, ShiftsPageDocument, SignUpForShiftDocument } from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const volunteerShell = {
  request: { query: AppShellDocument },
  result: {
    data: { me: { __typename: 'User' as const, id: 'u-1', roles: ['VOLUNTEER' as const], firstName: 'Işıl', lastName: 'Demir', fullName: 'Işıl Demir' } },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const STARTS = '2026-12-09T07:00:00.000Z';
function shift(placesLeft: number, mySignups: { id: string; status: 'CONFIRMED' | 'WAITLISTED'; waitlistPosition: number | null }[] = []) {
  return {
    __typename: 'Shift' as const,
    id: 'c2hpZnQ',
    startsAt: STARTS,
    endsAt: '2026-12-09T10:00:00.000Z',
    calendarPath: '/calendar/shifts/c2hpZnQ.ics',
    signupClosesAt: '2030-12-08T19:00:00.000Z',
    capacity: 10,
    placesLeft,
    waitlistLength: placesLeft ? 0 : 3,
    opportunity: {
      __typename: 'ShiftOpportunity' as const,
      id: 'o-1',
      title: 'Karabağlar saha araştırması',
      description: 'Mahallelerde anket.',
      online: false,
      address: 'Karabağlar Belediyesi önü',
      area: { __typename: 'VolunteerArea' as const, id: 'a-1', name: 'Saha çalışması' },
      district: { __typename: 'District' as const, id: 18, name: 'Karabağlar' },
    },
    roles: [],
    mySignups: mySignups.map((s) => ({ __typename: 'ShiftSignup' as const, ...s })),
  };
}

const page = (placesLeft: number) => ({
  request: { query: ShiftsPageDocument, variables: () => true },
  result: {
    data: {
      availableShifts: {
        __typename: 'QueryAvailableShiftsConnection' as const,
        edges: [{ __typename: 'QueryAvailableShiftsConnectionEdge' as const, node: shift(placesLeft) }],
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      },
      volunteerAreas: [{ __typename: 'VolunteerArea' as const, id: 'a-1', name: 'Saha çalışması' }],
      districts: [{ __typename: 'District' as const, id: 18, name: 'Karabağlar' }],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('Vardiyalar', () => {
  it('shows a refusal in the server’s words and offers the waitlist when the last place went meanwhile', async () => {
    const answers = [
      { __typename: 'ShiftFullError' as const, joinWaitlist: true, code: 'SHIFT_FULL', message: 'Bu vardiyanın 10 yerinin hepsi dolu. Bekleme listesine katılabilirsiniz.' },
      {
        __typename: 'MutationSignUpForShiftSuccess' as const,
        data: { __typename: 'ShiftSignup' as const, id: 's-1', status: 'WAITLISTED' as const, waitlistPosition: 4, shift: shift(0, [{ id: 's-1', status: 'WAITLISTED', waitlistPosition: 4 }]) },
      },
    ];
    const signUp = vi.fn((variables: { input: { joinWaitlist: boolean } }) => ({ data: { signUpForShift: answers[variables.input.joinWaitlist ? 1 : 0]! } }));
    const user = userEvent.setup();
    renderApp('/shifts', [volunteerShell, page(1), { request: { query: SignUpForShiftDocument, variables: () => true }, result: signUp, maxUsageCount: 2 }]);

    const card = await screen.findByRole('article', { name: 'Karabağlar saha araştırması' });
    expect(within(card).getByText('Boş yer: 1')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Takvime ekle' })).toHaveAttribute('href', '/calendar/shifts/c2hpZnQ.ics');
    await user.click(within(card).getByRole('button', { name: 'Kaydol' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Bu vardiyanın 10 yerinin hepsi dolu.');

    await user.click(within(card).getByRole('button', { name: 'Bekleme listesine katıl' }));
    expect(await within(card).findByText('Bekleme listesinde 4. sıra')).toBeInTheDocument();
    expect(signUp.mock.calls.map(([variables]) => variables.input.joinWaitlist)).toEqual([false, true]);
  });

  it('says so when nothing matches', async () => {
    renderApp('/shifts', [
      volunteerShell,
      {
        ...page(1),
        result: { data: { ...page(1).result.data, availableShifts: { ...page(1).result.data.availableShifts, edges: [] } } },
      },
    ]);
    expect(await screen.findByText('Bu ölçütlere uyan vardiya yok.')).toBeInTheDocument();
  });
});

describe('Vardiyalarım', () => {
  it('counts down an offer’s hold and lists the waitlist position', async () => {
    const hold = new Date(Date.now() + 2 * 3_600_000 + 5 * 60_000).toISOString();
    const signup = (id: string, status: 'OFFERED' | 'WAITLISTED', extra: object) => ({
      __typename: 'ShiftSignup' as const,
      id,
      status,
      waitlistPosition: null,
      holdExpiresAt: null,
      lateCancellation: false,
      role: null,
      pendingSwaps: [],
      shift: { __typename: 'Shift' as const, id: `sh-${id}`, startsAt: STARTS, endsAt: '2026-12-09T10:00:00.000Z', calendarPath: `/calendar/shifts/sh-${id}.ics`, opportunity: { ...shift(1).opportunity } },
      ...extra,
    });
    renderApp('/shifts/mine', [
      volunteerShell,
      {
        request: { query: MyShiftsPageDocument },
        result: {
          data: {
            myShiftSignups: {
              __typename: 'QueryMyShiftSignupsConnection' as const,
              edges: [
                { __typename: 'QueryMyShiftSignupsConnectionEdge' as const, node: signup('s-1', 'OFFERED', { holdExpiresAt: hold }) },
                { __typename: 'QueryMyShiftSignupsConnectionEdge' as const, node: signup('s-2', 'WAITLISTED', { waitlistPosition: 2 }) },
              ],
            },
            myShiftSwapOffers: [],
            myShiftInvitations: [],
          },
        },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'Onaylamanız gereken yerler' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/Onaylamak için kalan süre: 2 sa 0[45] dk/);
    expect(screen.getByRole('button', { name: 'Yeri onayla' })).toBeInTheDocument();
    expect(screen.getByText('Bekleme listesinde 2. sıra')).toBeInTheDocument();
  });

  const invitation = (id: string, title: string) => ({
    __typename: 'ShiftInvitation' as const,
    id,
    shift: {
      __typename: 'Shift' as const,
      id: `sh-${id}`,
      startsAt: STARTS,
      endsAt: '2026-12-09T10:00:00.000Z',
      opportunity: { __typename: 'ShiftOpportunity' as const, id: `o-${id}`, title },
    },
  });
  const withInvitations = (invitations: ReturnType<typeof invitation>[]) => ({
    request: { query: MyShiftsPageDocument },
    result: {
      data: {
        myShiftSignups: { __typename: 'QueryMyShiftSignupsConnection' as const, edges: [] },
        myShiftSwapOffers: [],
        myShiftInvitations: invitations,
      },
    },
  });

  it('highlights and focuses the invitation the mail’s link points at', async () => {
    renderApp('/shifts/mine?invitation=inv-2', [volunteerShell, withInvitations([invitation('inv-1', 'Konak atölyesi'), invitation('inv-2', 'Karşıyaka standı')])]);
    const badge = await screen.findByText('E-postadaki davet');
    expect(screen.getAllByText('E-postadaki davet')).toHaveLength(1);
    const card = badge.closest('[data-highlighted]') as HTMLElement;
    expect(card).toHaveTextContent('"Karşıyaka standı" vardiyasına davet edildiniz');
    expect(card).toHaveFocus();
    expect(within(card).getByRole('button', { name: 'Kabul et' })).toBeInTheDocument();
    expect(screen.queryByText(/Bu davet artık yanıt beklemiyor/)).not.toBeInTheDocument();
  });

  it('says so when the linked invitation no longer awaits an answer', async () => {
    renderApp('/shifts/mine?invitation=inv-gone', [volunteerShell, withInvitations([invitation('inv-1', 'Konak atölyesi')])], { language: 'en' });
    expect(await screen.findByText(/This invitation no longer awaits an answer/)).toBeInTheDocument();
    expect(screen.queryByText('The invitation from your email')).not.toBeInTheDocument();
  });

  it('offers the place to a colleague chosen by name among those who could take it', async () => {
    const user = userEvent.setup();
    const confirmed = {
      __typename: 'ShiftSignup' as const,
      id: 's-1',
      status: 'CONFIRMED' as const,
      waitlistPosition: null,
      holdExpiresAt: null,
      lateCancellation: false,
      role: null,
      pendingSwaps: [],
      shift: { __typename: 'Shift' as const, id: 'sh-1', startsAt: STARTS, endsAt: '2026-12-09T10:00:00.000Z', calendarPath: '/calendar/shifts/sh-1.ics', opportunity: { ...shift(1).opportunity } },
    };
    const colleagues = [
      { __typename: 'ShiftSwapCandidate' as const, id: 'VXNlcjox', name: 'Sevgül I.' },
      { __typename: 'ShiftSwapCandidate' as const, id: 'VXNlcjoy', name: 'Deniz K.' },
    ];
    const offered = vi.fn();
    renderApp('/shifts/mine', [
      volunteerShell,
      {
        request: { query: MyShiftsPageDocument },
        result: {
          data: {
            myShiftSignups: { __typename: 'QueryMyShiftSignupsConnection' as const, edges: [{ __typename: 'QueryMyShiftSignupsConnectionEdge' as const, node: confirmed }] },
            myShiftSwapOffers: [],
            myShiftInvitations: [],
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: ShiftSwapCandidatesDocument, variables: () => true },
        result: (variables: { signupId: string; search: string | null }) => ({
          data: { swapCandidates: colleagues.filter((c) => !variables.search || c.name.toLocaleLowerCase('tr').includes(variables.search.toLocaleLowerCase('tr'))) },
        }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: OfferShiftSwapDocument, variables: { input: { signupId: 's-1', toUserId: 'VXNlcjox' } } },
        result: () => {
          offered();
          return { data: { offerShiftSwap: { __typename: 'MutationOfferShiftSwapSuccess' as const, data: { __typename: 'ShiftSwap' as const, id: 'sw-1', toName: 'Sevgül Işıklı' } } } };
        },
      },
    ]);
    // A confirmed place can be added to one's calendar (the shift's .ics).
    expect(await screen.findByRole('link', { name: 'Takvime ekle' })).toHaveAttribute('href', '/calendar/shifts/sh-1.ics');
    await user.click(await screen.findByRole('button', { name: 'Yerimi devret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yerimi devret' });
    expect(within(dialog).queryByLabelText(/e-posta/i)).not.toBeInTheDocument();
    await user.type(within(dialog).getByPlaceholderText('Adıyla arayın'), 'sev');
    await user.click(await screen.findByRole('option', { name: 'Sevgül I.' }));
    expect(screen.queryByRole('option', { name: 'Deniz K.' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Teklif gönder' }));
    expect(await screen.findByText('Devir teklifi Sevgül Işıklı kişisine gönderildi.')).toBeInTheDocument();
    expect(offered).toHaveBeenCalledTimes(1);
  });
});
