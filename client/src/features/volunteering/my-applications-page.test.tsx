import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppShellDocument, MyApplicationsPageDocument, WithdrawApplicationDocument, type ApplicationStatus } from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const shellMock = {
  request: { query: AppShellDocument },
  result: {
    data: { me: { __typename: 'User' as const, id: 'u-1', roles: [], firstName: 'Işıl', lastName: 'Demir', fullName: 'Işıl Demir' } },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

type Event = { from: ApplicationStatus | null; to: ApplicationStatus; at: string };

function application(id: string, title: string, status: ApplicationStatus, events: Event[], nextStep: string) {
  return {
    __typename: 'VolunteerApplication' as const,
    id,
    status,
    nextStep,
    canWithdraw: !['REJECTED', 'WITHDRAWN', 'ACTIVE'].includes(status),
    submittedAt: events.find((event) => event.to === 'SUBMITTED')?.at ?? null,
    createdAt: events[0]!.at,
    round: { __typename: 'RecruitmentRound' as const, id: `r-${id}`, slug: `donem-${id}`, title, isOpenForApplications: true },
    choices: [
      { __typename: 'ApplicationAreaChoice' as const, rank: 1, area: { __typename: 'VolunteerArea' as const, id: 'a-1', name: 'Çeviri' } },
      { __typename: 'ApplicationAreaChoice' as const, rank: 2, area: { __typename: 'VolunteerArea' as const, id: 'a-2', name: 'Atölyeler' } },
    ],
    events: events.map((event, index) => ({ __typename: 'ApplicationEvent' as const, id: `${id}-e${index}`, ...event })),
    // What the interviews and trainings slices add to the card: nothing booked, no course yet.
    interviewBooking: null,
    trainings: [],
  };
}

const invited = application(
  'app-1',
  'Bahar 2027',
  'INTERVIEW_INVITED',
  [
    { from: null, to: 'DRAFT', at: '2026-11-02T08:00:00.000Z' },
    { from: 'DRAFT', to: 'SUBMITTED', at: '2026-11-03T09:15:00.000Z' },
    { from: 'SUBMITTED', to: 'SCREENING', at: '2026-11-05T11:00:00.000Z' },
    { from: 'SCREENING', to: 'INTERVIEW_INVITED', at: '2026-11-07T13:30:00.000Z' },
  ],
  'Lütfen yayımlanan saatlerden birini seçerek görüşmenizi ayırtın.',
);
const rejected = application(
  'app-0',
  'Güz 2026',
  'REJECTED',
  [
    { from: 'DRAFT', to: 'SUBMITTED', at: '2026-03-01T10:00:00.000Z' },
    { from: 'SUBMITTED', to: 'REJECTED', at: '2026-03-20T10:00:00.000Z' },
  ],
  'İlginiz için teşekkür ederiz.',
);

const pageMock = {
  request: { query: MyApplicationsPageDocument },
  result: { data: { myApplications: [invited, rejected] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('my applications', () => {
  it('shows each application with its status, a dated timeline and what happens next', async () => {
    renderApp('/volunteering/my-applications', [shellMock, pageMock]);

    const card = await screen.findByRole('article', { name: 'Bahar 2027' });
    // The badge, and the last step of the timeline.
    expect(within(card).getAllByText('Görüşmeye davetli')).toHaveLength(2);
    expect(within(card).getByText('Lütfen yayımlanan saatlerden birini seçerek görüşmenizi ayırtın.')).toBeVisible();
    expect(within(card).getByText('1. Çeviri · 2. Atölyeler')).toBeVisible();
    const timeline = within(card).getByRole('region', { name: 'Başvuru geçmişi' });
    const steps = ['Taslak oluşturuldu', 'Alındı', 'İnceleniyor', 'Görüşmeye davetli'];
    for (const step of steps) expect(within(timeline).getByText(step)).toBeVisible();
    // Dates in İzmir time: 13:30 UTC is 16:30 there.
    expect(within(timeline).getByText(/7 Kas 2026 16:30/)).toBeVisible();

    const old = screen.getByRole('article', { name: 'Güz 2026' });
    expect(within(old).getAllByText('Olumsuz')).toHaveLength(2);
    expect(within(old).queryByRole('button', { name: /geri çek/ })).not.toBeInTheDocument();
  });

  it('withdraws after confirmation and shows the new status from the answer', async () => {
    const withdraw = vi.fn(() => ({
      data: {
        withdrawApplication: {
          __typename: 'MutationWithdrawApplicationSuccess' as const,
          data: application(
            'app-1',
            'Bahar 2027',
            'WITHDRAWN',
            [
              { from: null, to: 'DRAFT', at: '2026-11-02T08:00:00.000Z' },
              { from: 'DRAFT', to: 'SUBMITTED', at: '2026-11-03T09:15:00.000Z' },
              { from: 'SUBMITTED', to: 'SCREENING', at: '2026-11-05T11:00:00.000Z' },
              { from: 'SCREENING', to: 'INTERVIEW_INVITED', at: '2026-11-07T13:30:00.000Z' },
              { from: 'INTERVIEW_INVITED', to: 'WITHDRAWN', at: '2026-11-08T07:00:00.000Z' },
            ],
            'Başvurunuzu geri çektiniz.',
          ),
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/volunteering/my-applications', [shellMock, pageMock, { request: { query: WithdrawApplicationDocument, variables: () => true }, result: withdraw }]);

    await user.click(await screen.findByRole('button', { name: 'Başvuruyu geri çek: Bahar 2027' }));
    const dialog = await screen.findByRole('dialog', { name: 'Başvuru geri çekilsin mi? (Bahar 2027)' });
    expect(withdraw).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Evet, geri çek' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(withdraw).toHaveBeenCalledWith({ input: { applicationId: 'app-1' } });
    // Badge and last timeline step, from the mutation's answer in the cache: nothing refetched.
    const updated = screen.getByRole('article', { name: 'Bahar 2027' });
    await waitFor(() => expect(within(updated).getAllByText('Geri çekildi')).toHaveLength(2));
    expect(within(updated).getByText('Başvurunuzu geri çektiniz.')).toBeVisible();
    expect(within(updated).queryByRole('button', { name: /geri çek/ })).not.toBeInTheDocument();
  });

  it('invites to the open rounds when there is no application', async () => {
    renderApp('/volunteering/my-applications', [shellMock, { ...pageMock, result: { data: { myApplications: [] } } }]);
    expect(await screen.findByText('Henüz bir başvurunuz yok.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Açık dönemleri gör' })).toHaveAttribute('href', '/volunteering');
  });
});
