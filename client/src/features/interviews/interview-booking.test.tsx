import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  AppShellDocument,
  ApplicationInterviewPageDocument,
  AvailableInterviewSlotsDocument,
  BookInterviewSlotDocument,
} from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const applicantShell = {
  request: { query: AppShellDocument },
  result: {
    data: {
      me: { __typename: 'User' as const, id: 'u-1', roles: [], firstName: 'Işıl', lastName: 'Demir', fullName: 'Işıl Demir' },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const round = { __typename: 'RecruitmentRound' as const, id: 'r-1', title: 'Eşit İzmir Gönüllüleri 2030' };

function applicationPage(status: 'INTERVIEW_INVITED' | 'INTERVIEW_SCHEDULED') {
  return {
    request: { query: ApplicationInterviewPageDocument, variables: { id: 'a-1' } },
    result: {
      data: { node: { __typename: 'VolunteerApplication' as const, id: 'a-1', status, round, interviewBooking: null } },
    },
  };
}

// Monday 4 and Tuesday 5 March 2030; İzmir is UTC+3.
function slot(id: string, startsAt: string, endsAt: string, extra: { capacity?: number; placesLeft?: number; onlineUrl?: string | null } = {}) {
  return {
    __typename: 'InterviewSlot' as const,
    id,
    startsAt,
    endsAt,
    location: 'Konak Kadın Dayanışma Merkezi',
    onlineUrl: extra.onlineUrl ?? null,
    capacity: extra.capacity ?? 1,
    placesLeft: extra.placesLeft ?? 1,
  };
}

const slots = [
  slot('s-2', '2030-03-04T11:30:00.000Z', '2030-03-04T12:15:00.000Z', { capacity: 4, placesLeft: 2 }),
  slot('s-1', '2030-03-04T07:00:00.000Z', '2030-03-04T07:45:00.000Z'),
  slot('s-3', '2030-03-05T07:00:00.000Z', '2030-03-05T07:45:00.000Z', { onlineUrl: 'https://meet.example.org/x' }),
];

function available(list: ReturnType<typeof slot>[]) {
  return {
    request: { query: AvailableInterviewSlotsDocument, variables: { applicationId: 'a-1' } },
    result: { data: { availableInterviewSlots: list } },
  };
}

const bookedApplication = {
  __typename: 'VolunteerApplication' as const,
  id: 'a-1',
  status: 'INTERVIEW_SCHEDULED' as const,
  interviewBooking: {
    __typename: 'InterviewBooking' as const,
    id: 'b-1',
    changeableUntil: '2030-03-03T07:00:00.000Z',
    canChange: true,
    icsUrl: '/calendar/interview-bookings/b-1.ics',
    slot: {
      __typename: 'InterviewSlot' as const,
      id: 's-1',
      startsAt: '2030-03-04T07:00:00.000Z',
      endsAt: '2030-03-04T07:45:00.000Z',
      location: 'Konak Kadın Dayanışma Merkezi',
      onlineUrl: null,
    },
  },
};

describe('booking an interview', () => {
  it('shows the published times by İzmir day, books one, and shows the booked time from the answer', async () => {
    const book = vi.fn(() => ({
      data: {
        bookInterviewSlot: {
          __typename: 'MutationBookInterviewSlotSuccess' as const,
          data: { __typename: 'InterviewBooking' as const, id: 'b-1', application: bookedApplication },
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/volunteering/applications/a-1/interview', [
      applicantShell,
      applicationPage('INTERVIEW_INVITED'),
      available(slots),
      { request: { query: BookInterviewSlotDocument, variables: () => true }, result: book },
    ]);

    expect(await screen.findByRole('heading', { name: 'Görüşme saatinizi seçin' })).toBeInTheDocument();
    const monday = await screen.findByRole('group', { name: '4 Mart 2030 Pazartesi' });
    const tuesday = screen.getByRole('group', { name: '5 Mart 2030 Salı' });
    // In time order within the day, whatever order the server sent.
    expect(within(monday).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['s-1', 's-2']);
    expect(within(monday).getByText('Konak Kadın Dayanışma Merkezi · grup görüşmesi, 2 yer kaldı')).toBeInTheDocument();
    expect(within(tuesday).getByRole('radio', { name: '10:00–10:45' })).toBeInTheDocument();

    const bookButton = screen.getByRole('button', { name: 'Bu saati ayırt' });
    expect(bookButton).toBeDisabled();
    await user.click(within(monday).getByRole('radio', { name: '10:00–10:45' }));
    await user.click(bookButton);

    expect(await screen.findByRole('heading', { name: 'Görüşme randevunuz' })).toBeInTheDocument();
    expect(book).toHaveBeenCalledWith({ input: { applicationId: 'a-1', slotId: 's-1' } });
    expect(screen.getByText('4 Mart 2030 Pazartesi')).toBeInTheDocument();
    expect(screen.getByText('10:00–10:45 (İzmir saati)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Takvime ekle (.ics)' })).toHaveAttribute('href', '/calendar/interview-bookings/b-1.ics');
    expect(screen.getByText(/3 Mart 2030 Pazar, 10:00 tarihine kadar değiştirebilir/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Başka bir saat seç' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Randevuyu iptal et' })).toBeInTheDocument();
  });

  it('says so when the place was just taken, and shows the places as they are now', async () => {
    const user = userEvent.setup();
    renderApp('/volunteering/applications/a-1/interview', [
      applicantShell,
      applicationPage('INTERVIEW_INVITED'),
      available(slots),
      {
        request: { query: BookInterviewSlotDocument, variables: () => true },
        result: {
          data: {
            bookInterviewSlot: {
              __typename: 'SlotTakenError' as const,
              message: 'Bu görüşme saati dolu: son yer az önce başka birine geçti. Lütfen başka bir saat seçin.',
            },
          },
        },
      },
      available(slots.filter((s) => s.id !== 's-1')),
    ]);

    const monday = await screen.findByRole('group', { name: '4 Mart 2030 Pazartesi' });
    await user.click(within(monday).getByRole('radio', { name: '10:00–10:45' }));
    await user.click(screen.getByRole('button', { name: 'Bu saati ayırt' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Bu görüşme saati dolu');
    await waitFor(() => expect(within(screen.getByRole('group', { name: '4 Mart 2030 Pazartesi' })).getAllByRole('radio')).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Bu saati ayırt' })).toBeDisabled();
  });

  it('tells an applicant who is not invited that there is nothing to book', async () => {
    renderApp('/volunteering/applications/a-1/interview', [
      applicantShell,
      {
        request: { query: ApplicationInterviewPageDocument, variables: { id: 'a-1' } },
        result: { data: { node: { __typename: 'VolunteerApplication' as const, id: 'a-1', status: 'SUBMITTED' as const, round, interviewBooking: null } } },
      },
    ]);
    expect(await screen.findByText('Bu başvuru için görüşme randevusu alınamaz.')).toBeInTheDocument();
  });
});
