import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppShellDocument, PublishInterviewSlotsDocument, RecordInterviewOutcomeDocument, RoundInterviewsPageDocument } from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const coordinatorShell = {
  request: { query: AppShellDocument },
  result: {
    data: {
      me: { __typename: 'User' as const, id: 'u-c', roles: ['COORDINATOR' as const], firstName: 'Sevgi', lastName: 'Işıkçı', fullName: 'Sevgi Işıkçı' },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const criteria = [
  { __typename: 'InterviewCriterion' as const, id: 'c-1', label: 'Motivasyon', maxScore: 5, position: 1 },
  { __typename: 'InterviewCriterion' as const, id: 'c-2', label: 'İletişim', maxScore: 3, position: 2 },
];

const applicant = { __typename: 'User' as const, id: 'u-a', fullName: 'Ayşe Yılmaz' };
const slotTimes = { startsAt: '2030-03-04T07:00:00.000Z', endsAt: '2030-03-04T07:45:00.000Z' };

const booking = {
  __typename: 'InterviewBooking' as const,
  id: 'b-1',
  attended: null,
  outcome: null,
  note: null,
  decidedAt: null,
  applicant,
  slot: { __typename: 'InterviewSlot' as const, id: 's-1', startsAt: slotTimes.startsAt },
  scores: [],
};

const page = {
  request: { query: RoundInterviewsPageDocument, variables: () => true },
  result: {
    data: {
      node: { __typename: 'RecruitmentRound' as const, id: 'r-1', title: 'Eşit İzmir Gönüllüleri 2030', status: 'INTERVIEWING' as const, bookingCutoffHours: 24, interviewCriteria: criteria },
      interviewSlots: [
        {
          __typename: 'InterviewSlot' as const,
          id: 's-1',
          ...slotTimes,
          location: 'Konak Kadın Dayanışma Merkezi',
          onlineUrl: null,
          capacity: 1,
          bookedCount: 1,
          placesLeft: 0,
          interviewers: [{ __typename: 'User' as const, id: 'u-c', fullName: 'Sevgi Işıkçı' }],
          bookings: [booking],
        },
      ],
      interviewers: [{ __typename: 'User' as const, id: 'u-c', fullName: 'Sevgi Işıkçı' }],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('the interview scorecard', () => {
  it('records attendance, a score per criterion, the outcome and a note, and shows the outcome on the slot', async () => {
    const record = vi.fn(() => ({
      data: {
        recordInterviewOutcome: {
          __typename: 'MutationRecordInterviewOutcomeSuccess' as const,
          data: {
            ...booking,
            attended: true,
            outcome: 'ACCEPT' as const,
            note: 'Atölye deneyimi güçlü.',
            decidedAt: '2030-03-04T08:00:00.000Z',
            scores: [
              { __typename: 'InterviewScore' as const, score: 4, criterion: { __typename: 'InterviewCriterion' as const, id: 'c-1' } },
              { __typename: 'InterviewScore' as const, score: 3, criterion: { __typename: 'InterviewCriterion' as const, id: 'c-2' } },
            ],
            application: { __typename: 'VolunteerApplication' as const, id: 'a-1', status: 'ACCEPTED' as const },
          },
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/coordination/rounds/r-1/interviews', [
      coordinatorShell,
      page,
      { request: { query: RecordInterviewOutcomeDocument, variables: () => true }, result: record },
    ]);

    const slot = await screen.findByRole('article', { name: 'Görüşme saati 10:00–10:45' });
    expect(within(slot).getByText('Görüşmeciler: Sevgi Işıkçı')).toBeInTheDocument();
    expect(within(slot).getByText('1 / 1 dolu')).toBeInTheDocument();
    await user.click(within(slot).getByRole('button', { name: 'Ayşe Yılmaz için puan kartı' }));

    const drawer = await screen.findByRole('dialog', { name: 'Puan kartı: Ayşe Yılmaz' });
    // Scores are asked only of someone who came.
    expect(within(drawer).queryByText('Motivasyon (0–5)')).not.toBeInTheDocument();
    await user.click(within(drawer).getByRole('radio', { name: 'Görüşmeye katıldı' }));
    const motivation = within(drawer).getByText('Motivasyon (0–5)').parentElement!;
    await user.click(within(motivation).getByRole('radio', { name: '4' }));
    const communication = within(drawer).getByText('İletişim (0–3)').parentElement!;
    expect(within(communication).getAllByRole('radio')).toHaveLength(4);
    await user.click(within(communication).getByRole('radio', { name: '3' }));
    await user.click(within(drawer).getByRole('radio', { name: 'Kabul' }));
    await user.type(within(drawer).getByRole('textbox', { name: /Koordinatör notu/ }), 'Atölye deneyimi güçlü.');
    await user.click(within(drawer).getByRole('button', { name: 'Kaydet' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(record).toHaveBeenCalledWith({
      input: {
        bookingId: 'b-1',
        attended: true,
        scores: [
          { criterionId: 'c-1', score: 4 },
          { criterionId: 'c-2', score: 3 },
        ],
        outcome: 'ACCEPT',
        note: 'Atölye deneyimi güçlü.',
      },
    });
    // The slot shows the outcome from the mutation's answer; nothing was refetched.
    expect(within(screen.getByRole('article', { name: 'Görüşme saati 10:00–10:45' })).getByText('Kabul')).toBeInTheDocument();
  });

  it('records a no-show without scores, allowing only a rejection', async () => {
    const record = vi.fn(() => ({
      data: {
        recordInterviewOutcome: {
          __typename: 'MutationRecordInterviewOutcomeSuccess' as const,
          data: { ...booking, attended: false, application: { __typename: 'VolunteerApplication' as const, id: 'a-1', status: 'INTERVIEW_SCHEDULED' as const } },
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/coordination/rounds/r-1/interviews', [
      coordinatorShell,
      page,
      { request: { query: RecordInterviewOutcomeDocument, variables: () => true }, result: record },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Ayşe Yılmaz için puan kartı' }));
    const drawer = await screen.findByRole('dialog', { name: 'Puan kartı: Ayşe Yılmaz' });
    await user.click(within(drawer).getByRole('radio', { name: 'Gelmedi' }));
    expect(within(drawer).queryByText('Puanlar')).not.toBeInTheDocument();
    expect(within(drawer).getByRole('radio', { name: 'Kabul' })).toBeDisabled();
    expect(within(drawer).getByRole('radio', { name: 'Olumsuz' })).toBeEnabled();
    await user.click(within(drawer).getByRole('button', { name: 'Kaydet' }));

    await waitFor(() => expect(record).toHaveBeenCalledWith({ input: { bookingId: 'b-1', attended: false, scores: [], outcome: null, note: null } }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(screen.getByRole('article', { name: 'Görüşme saati 10:00–10:45' })).getByText('Gelmedi')).toBeInTheDocument();
  });

  it('puts a typed error under its field, and a failed request as the network error, keeping the drawer open', async () => {
    const answers = [
      {
        data: {
          recordInterviewOutcome: {
            __typename: 'InputValidationError' as const,
            message: 'Girilen bilgiler geçersiz.',
            issues: [{ __typename: 'ValidationIssue' as const, path: ['input', 'note'], message: 'Not en fazla 4000 karakter olabilir.' }],
          },
        },
      },
    ];
    const user = userEvent.setup();
    renderApp('/coordination/rounds/r-1/interviews', [
      coordinatorShell,
      page,
      { request: { query: RecordInterviewOutcomeDocument, variables: () => true }, result: () => answers.shift()! },
      { request: { query: RecordInterviewOutcomeDocument, variables: () => true }, error: new Error('offline') },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Ayşe Yılmaz için puan kartı' }));
    const drawer = await screen.findByRole('dialog', { name: 'Puan kartı: Ayşe Yılmaz' });
    await user.click(within(drawer).getByRole('radio', { name: 'Gelmedi' }));
    await user.click(within(drawer).getByRole('button', { name: 'Kaydet' }));
    expect(await within(drawer).findByText('Not en fazla 4000 karakter olabilir.')).toBeVisible();
    expect(within(drawer).getByRole('textbox', { name: /Koordinatör notu/ })).toHaveAttribute('aria-invalid', 'true');

    await user.click(within(drawer).getByRole('button', { name: 'Kaydet' }));
    expect(await within(drawer).findByRole('alert')).toHaveTextContent('Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.');
    expect(screen.getByRole('dialog', { name: 'Puan kartı: Ayşe Yılmaz' })).toBeInTheDocument();
  });
});

describe('publishing interview times', () => {
  it('sends the batch and lists the clashes clearly when an interviewer would be in two interviews', async () => {
    const publish = vi.fn(() => ({
      data: {
        publishInterviewSlots: {
          __typename: 'InterviewerConflictError' as const,
          message: 'Görüşmeciler aynı anda iki görüşmede olamaz: 1 çakışma var. Hiçbir saat yayımlanmadı.',
          total: 1,
          clashes: [
            {
              __typename: 'InterviewerClash' as const,
              interviewerId: 'u-c',
              interviewerName: 'Sevgi Işıkçı',
              startsAt: '2030-03-04T07:00:00.000Z',
              endsAt: '2030-03-04T07:45:00.000Z',
              conflictingStartsAt: '2030-03-04T07:30:00.000Z',
              conflictingEndsAt: '2030-03-04T08:15:00.000Z',
              existing: true,
            },
          ],
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/coordination/rounds/r-1/interviews', [
      coordinatorShell,
      page,
      { request: { query: PublishInterviewSlotsDocument, variables: () => true }, result: publish },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Görüşme saatleri yayımla' }));
    const dialog = await screen.findByRole('dialog', { name: 'Görüşme saatleri yayımla' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Yer/ }), 'Konak');
    await user.click(within(dialog).getByRole('button', { name: 'Yayımla' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('1 çakışma: hiçbir saat yayımlanmadı');
    expect(alert).toHaveTextContent('Sevgi Işıkçı: 4 Mart 2030 Pazartesi, 10:00–10:45 saati, zaten yayımlanmış 10:30–11:15 görüşmesiyle çakışıyor.');
    expect(publish).toHaveBeenCalledWith({
      input: expect.objectContaining({
        roundId: 'r-1',
        weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
        times: ['10:00', '14:00'],
        durationMinutes: 45,
        interviewerIds: ['u-c'],
        location: 'Konak',
        onlineUrl: null,
        capacity: 1,
      }),
    });
    // Nothing was published: the dialog stays open for a change.
    expect(screen.getByRole('dialog', { name: 'Görüşme saatleri yayımla' })).toBeInTheDocument();
  });
});
