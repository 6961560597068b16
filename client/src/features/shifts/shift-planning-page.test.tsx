import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { AppShellDocument, EditFollowingShiftsDocument, InviteToShiftDocument, ShiftDialogDocument, ShiftPlanningPageDocument, StaffingSuggestionsDocument, type ShiftFillLevel } from '../../generated/graphql';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { renderApp } from '../../test/render-app';
import { addDays } from '@katilim/schema/istanbul-day';
import { visibleDays } from './calendar-days';

// The shifts below stand on this week's days at 10:00. The clock (Date only: timers stay real) is set to
// a Monday morning in İzmir, before any of them starts, so whichever day and hour the suite runs a
// shift is never already past (an edit of "this and all following" is offered only for one that is not).
vi.hoisted(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-30T05:00:00Z'));
});
afterAll(() => {
  vi.useRealTimers();
});

const coordinatorShell = {
  request: { query: AppShellDocument },
  result: {
    data: {
      me: { __typename: 'User' as const, id: 'u-coordinator', roles: ['COORDINATOR' as const], firstName: 'Mehmet', lastName: 'Kaya', fullName: 'Mehmet Kaya' },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const week = visibleDays('week', todayInIstanbul());
const month = visibleDays('month', todayInIstanbul());
/** An instant at an İzmir wall-clock time on a day (Türkiye is UTC+3 all year). */
const at = (day: string, time: string) => new Date(`${day}T${time}:00+03:00`).toISOString();

function shift(id: string, day: string, title: string, fill: { held: number; waitlisted: number; capacity: number; level: ShiftFillLevel }, extra: { atRisk?: boolean; recurring?: boolean } = {}) {
  return {
    __typename: 'Shift' as const,
    id,
    startsAt: at(day, '10:00'),
    endsAt: at(day, '13:00'),
    capacity: fill.capacity,
    recurring: extra.recurring ?? false,
    atRisk: extra.atRisk ?? false,
    opportunity: { __typename: 'ShiftOpportunity' as const, id: `o-${id}`, title },
    fill: { __typename: 'ShiftFill' as const, ...fill },
  };
}

const SURVEY = shift('s-1', week[1]!, 'Karabağlar saha araştırması', { held: 3, waitlisted: 2, capacity: 4, level: 'PARTIAL' }, { recurring: true });
const WORKSHOP = shift('s-2', week[3]!, 'Çocuk hakları atölyesi', { held: 2, waitlisted: 0, capacity: 2, level: 'FULL' });
const CAMPAIGN = shift('s-3', addDays(month.at(-1)!, -1), 'Sosyal medya kampanya haftası', { held: 0, waitlisted: 0, capacity: 3, level: 'EMPTY' });

const page = (days: string[], shifts: ReturnType<typeof shift>[]) => ({
  request: { query: ShiftPlanningPageDocument, variables: { from: days[0], to: days.at(-1), areaId: null, districtId: null } },
  result: {
    data: {
      shiftCalendar: shifts,
      atRiskShifts: [{ __typename: 'Shift' as const, id: SURVEY.id, startsAt: SURVEY.startsAt, endsAt: SURVEY.endsAt, opportunity: SURVEY.opportunity, fill: { __typename: 'ShiftFill' as const, held: 3, capacity: 4 } }],
      shiftOpportunities: {
        __typename: 'QueryShiftOpportunitiesConnection' as const,
        edges: [{ __typename: 'QueryShiftOpportunitiesConnectionEdge' as const, node: { __typename: 'ShiftOpportunity' as const, id: 'o-s-1', title: SURVEY.opportunity.title } }],
      },
      volunteerAreas: [{ __typename: 'VolunteerArea' as const, id: 'a-1', name: 'Saha çalışması' }],
      districts: [{ __typename: 'District' as const, id: 15, name: 'Karabağlar' }],
      qualifications: [],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const surveyDialog = {
  request: { query: ShiftDialogDocument, variables: { id: SURVEY.id } },
  result: {
    data: {
      node: {
        ...SURVEY,
        cutoffHours: 12,
        cancelledAt: null,
        detached: false,
        occurrenceDate: week[1],
        opportunity: { ...SURVEY.opportunity, online: false, address: 'Karabağlar Belediyesi önü', district: { __typename: 'District' as const, id: 15, name: 'Karabağlar' } },
        roles: [],
        series: { __typename: 'ShiftSeries' as const, id: 'se-1', weekdays: [2, 4], until: addDays(week[1]!, 28), startTime: '10:00', durationMinutes: 180 },
        fill: { __typename: 'ShiftFill' as const, held: 3, waitlisted: 2, capacity: 4, level: 'PARTIAL' as const },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('the shift planning page', () => {
  it('shows the week with fill levels in words as well as colour, then the month', async () => {
    const user = userEvent.setup();
    renderApp('/coordination/shifts', [coordinatorShell, page(week, [SURVEY, WORKSHOP]), page(month, [SURVEY, WORKSHOP, CAMPAIGN])]);
    expect(await screen.findByRole('heading', { name: 'Vardiya planlama', level: 1 })).toBeInTheDocument();

    const calendar = await screen.findByRole('list', { name: 'Vardiya takvimi' });
    const survey = within(calendar).getByRole('button', { name: /Karabağlar saha araştırması\s*Kısmen dolu · 3\/4/ });
    expect(survey).toHaveTextContent('10:00–13:00 · tekrarlanan');
    expect(survey).toHaveTextContent('Kısmen dolu · 3/4 · 2 bekliyor');
    expect(within(calendar).getByRole('button', { name: /Çocuk hakları atölyesi\s*Dolu · 2\/2/ })).toHaveTextContent('Dolu · 2/2');
    expect(within(calendar).getAllByRole('listitem')).toHaveLength(7);
    expect(within(calendar).queryByText('Sosyal medya kampanya haftası')).not.toBeInTheDocument();

    const atRisk = screen.getByRole('region', { name: 'Riskteki vardiyalar' });
    expect(within(atRisk).getByText('4 yerden 1 tanesi boş')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Ay' }));
    const monthView = await screen.findByRole('list', { name: 'Vardiya takvimi' });
    await waitFor(() => expect(within(monthView).getByRole('button', { name: /Sosyal medya kampanya haftası\s*Boş · 0\/3/ })).toBeInTheDocument());
    expect(within(monthView).getAllByRole('listitem')).toHaveLength(month.length);
  });

  it('says so when the calendar cannot be loaded, with a retry', async () => {
    renderApp('/coordination/shifts', [
      coordinatorShell,
      { request: { query: ShiftPlanningPageDocument, variables: { from: week[0], to: week[6], areaId: null, districtId: null } }, error: new Error('offline') },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Bilgiler yüklenemedi');
    expect(screen.getByRole('button', { name: 'Tekrar dene' })).toBeInTheDocument();
  });

  it('finds volunteers for an at-risk shift, each with why, and invites the chosen ones', async () => {
    const invite = vi.fn(() => ({
      data: {
        inviteToShift: {
          __typename: 'MutationInviteToShiftSuccess' as const,
          data: { __typename: 'InviteToShiftResult' as const, invitations: [{ __typename: 'ShiftInvitation' as const, id: 'i-1' }], skipped: [] },
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/coordination/shifts', [
      coordinatorShell,
      page(week, [SURVEY]),
      surveyDialog,
      {
        request: { query: StaffingSuggestionsDocument, variables: { shiftId: SURVEY.id } },
        result: {
          data: {
            staffingSuggestions: [
              { __typename: 'StaffingSuggestion' as const, volunteerId: 'VXNlcjox', fullName: 'Ayla Demir', explanation: 'vardiyanın ilçesinde (Karabağlar) oturuyor · bu alanı seçti · son 60 günde 0 vardiya · bu hafta 0/12 saat', sameDistrict: true, choseArea: true },
              { __typename: 'StaffingSuggestion' as const, volunteerId: 'VXNlcjoy', fullName: 'Burak Işık', explanation: 'Konak ilçesinde oturuyor · bu alanı seçti · son 60 günde 2 vardiya · bu hafta 3/12 saat', sameDistrict: false, choseArea: true },
            ],
          },
        },
      },
      { request: { query: InviteToShiftDocument, variables: () => true }, result: invite },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Karabağlar saha araştırması için gönüllü bul' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vardiya' });
    expect(await within(dialog).findByText(/bu alanı seçti · son 60 günde 2 vardiya/)).toBeInTheDocument();
    expect(within(dialog).getByRole('tab', { name: 'Gönüllü bul' })).toHaveAttribute('aria-selected', 'true');
    expect(within(dialog).getByRole('button', { name: 'Seçilenleri davet et (0)' })).toBeDisabled();

    await user.click(within(dialog).getByRole('checkbox', { name: '1. Ayla Demir' }));
    await user.click(within(dialog).getByRole('button', { name: 'Seçilenleri davet et (1)' }));
    await waitFor(() => expect(invite).toHaveBeenCalledWith({ input: { shiftId: SURVEY.id, userIds: ['VXNlcjox'] } }));
    expect(await within(dialog).findByText('Davet gönderilen: 1.')).toBeInTheDocument();
  });

  it('edits "this and all following" shifts of a series from the chosen one', async () => {
    const edit = vi.fn(() => ({
      data: {
        editFollowingShifts: {
          __typename: 'MutationEditFollowingShiftsSuccess' as const,
          data: { __typename: 'EditFollowingShiftsResult' as const, updated: 4, created: 1, cancelled: 2, notified: 5 },
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/coordination/shifts', [coordinatorShell, page(week, [SURVEY]), surveyDialog, { request: { query: EditFollowingShiftsDocument, variables: () => true }, result: edit }]);
    await user.click(await screen.findByRole('button', { name: /Karabağlar saha araştırması\s*Kısmen dolu/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Vardiya' });
    expect(await within(dialog).findByText('Tekrarlanan bir serinin parçası')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('tab', { name: 'Düzenle' }));
    await user.click(within(dialog).getByRole('radio', { name: /Bu ve sonraki tüm vardiyalar/ }));
    const startTime = within(dialog).getByLabelText(/Başlangıç saati/);
    await user.clear(startTime);
    await user.type(startTime, '11:30');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Per' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Çar' }));
    await user.click(within(dialog).getByRole('button', { name: 'Kaydet' }));
    await waitFor(() =>
      expect(edit).toHaveBeenCalledWith({
        input: { shiftId: SURVEY.id, weekdays: [2, 3], startTime: '11:30', durationMinutes: 180, until: addDays(week[1]!, 28), capacity: 4, cutoffHours: 12, roles: [] },
      }),
    );
    expect(await screen.findByText('Seri güncellendi: 4 vardiya korundu, 1 eklendi, 2 iptal edildi; 5 kişiye haber verildi.')).toBeInTheDocument();
  });
});
