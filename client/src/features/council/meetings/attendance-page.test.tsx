import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppShellDocument, CouncilAttendancePageDocument, RecordCouncilAttendanceDocument } from '../../../generated/graphql';
import { renderApp } from '../../../test/render-app';

const MEETING = btoa('CouncilMeeting:019ad1c2-3b4c-7d5e-8f60-718293a4b5c6');
const PATH = `/council/meetings/${MEETING}/attendance`;

const facilitatorShell = {
  request: { query: AppShellDocument },
  result: { data: { me: { __typename: 'User' as const, id: 'u-1', roles: ['FACILITATOR' as const], firstName: 'Selin', lastName: 'Kolay', fullName: 'Selin Kolay' } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const member = (id: string, firstName: string, lastName: string, extra: { status?: 'ACTIVE' | 'SUSPENDED'; mediaAllowed?: boolean } = {}) => ({
  __typename: 'CouncilMember' as const,
  id,
  firstName,
  lastName,
  status: extra.status ?? ('ACTIVE' as const),
  mediaAllowed: extra.mediaAllowed ?? true,
});

const meeting = {
  __typename: 'CouncilMeeting' as const,
  id: MEETING,
  title: 'Parklar',
  startsAt: '2026-12-07T13:00:00.000Z',
  endsAt: '2026-12-07T14:30:00.000Z',
  status: 'SCHEDULED' as const,
  placeName: 'Konak Çocuk Meclisi Salonu',
  viewerRuns: true,
  roster: [member('m-1', 'Ada', 'Yıldız'), member('m-2', 'Deniz', 'Kaya', { mediaAllowed: false }), member('m-3', 'Berk', 'Şahin', { status: 'SUSPENDED' })],
  attendances: [],
};
const pageMock = { request: { query: CouncilAttendancePageDocument, variables: { id: MEETING } }, result: { data: { node: meeting } }, maxUsageCount: Number.POSITIVE_INFINITY };

describe('the attendance page', () => {
  it('marks everyone present, one child excused, and saves the batch with a visible result', async () => {
    const saved = vi.fn((variables: { input: { entries: { memberId: string; status: string }[] } }) => ({
      data: {
        recordCouncilAttendance: {
          __typename: 'MutationRecordCouncilAttendanceSuccess' as const,
          data: {
            __typename: 'CouncilMeeting' as const,
            id: MEETING,
            status: 'HELD' as const,
            attendanceSummary: { __typename: 'CouncilAttendanceSummary' as const, present: 1, excused: 1, absent: 0 },
            attendances: variables.input.entries.map((entry) => ({
              __typename: 'CouncilAttendance' as const,
              member: { __typename: 'CouncilMember' as const, id: entry.memberId },
              status: entry.status,
            })),
          },
        },
      },
    }));
    const record = { request: { query: RecordCouncilAttendanceDocument, variables: () => true }, result: saved };
    renderApp(PATH, [facilitatorShell, pageMock, record]);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Yoklama: Parklar' })).toBeInTheDocument();
    const cards = screen.getAllByTestId('attendance-card');
    expect(cards).toHaveLength(3);
    // The "no photos" badge is on Deniz's card only.
    expect(within(cards[1]!).getByText('Fotoğraf yok')).toBeInTheDocument();
    expect(within(cards[0]!).queryByText('Fotoğraf yok')).toBeNull();
    // The suspended child is listed apart, with why, and cannot be marked.
    expect(screen.getByRole('heading', { name: 'Askıdaki üyeler' })).toBeInTheDocument();
    expect(within(cards[2]!).getByText(/Katılım onayı olmadığı için askıda/)).toBeInTheDocument();
    expect(within(cards[2]!).queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Yoklamayı kaydet' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Herkes katıldı' }));
    expect(screen.getByText('2 çocuktan 2 tanesi işaretlendi')).toBeInTheDocument();
    await user.click(within(cards[1]!).getByRole('radio', { name: 'İzinli' }));
    expect(within(cards[1]!).getByRole('radio', { name: 'İzinli' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Yoklamayı kaydet' }));

    expect(await screen.findByText('Yoklama kaydedildi. Katılan: 1, izinli: 1, gelmeyen: 0.')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(saved.mock.calls[0]![0].input).toEqual({
      meetingId: MEETING,
      entries: [
        { memberId: 'm-1', status: 'PRESENT' },
        { memberId: 'm-2', status: 'EXCUSED' },
      ],
    });
  });

  it('shows the server’s refusal when the batch is refused', async () => {
    const refused = {
      request: { query: RecordCouncilAttendanceDocument, variables: () => true },
      result: {
        data: {
          recordCouncilAttendance: {
            __typename: 'CouncilMeetingCancelledError' as const,
            message: 'Bu toplantı iptal edildi.',
          },
        },
      },
    };
    renderApp(PATH, [facilitatorShell, pageMock, refused]);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Yoklama: Parklar' });
    await user.click(within(screen.getAllByTestId('attendance-card')[0]!).getByRole('radio', { name: 'Gelmedi' }));
    await user.click(screen.getByRole('button', { name: 'Yoklamayı kaydet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bu toplantı iptal edildi.');
  });
});
