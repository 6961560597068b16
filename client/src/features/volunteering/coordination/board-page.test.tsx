import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  AppShellDocument,
  BoardPageDocument,
  MoveApplicationsToScreeningDocument,
  RejectApplicationsDocument,
  type ApplicationStatus,
} from '../../../generated/graphql';
import { renderApp } from '../../../test/render-app';

const shellMock = {
  request: { query: AppShellDocument },
  result: {
    data: {
      me: { __typename: 'User' as const, id: 'u-c', roles: ['COORDINATOR' as const], firstName: 'Nilüfer', lastName: 'Kaya', fullName: 'Nilüfer Kaya' },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Global ids sort like the row ids they hold: the board lists the oldest first. */
const gid = (n: number) => btoa(`VolunteerApplication:0190000${n}-0000-7000-8000-000000000000`);

function card(n: number, name: string) {
  return {
    __typename: 'VolunteerApplication' as const,
    id: gid(n),
    age: 20 + n,
    applicant: { __typename: 'User' as const, fullName: name },
    choices: [{ __typename: 'ApplicationAreaChoice' as const, area: { __typename: 'VolunteerArea' as const, name: 'Atölyeler' } }],
  };
}

function column(cards: ReturnType<typeof card>[]) {
  return {
    __typename: 'QueryRoundApplicationsConnection' as const,
    totalCount: cards.length,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: cards.length ? `c-${cards.at(-1)!.id}` : null },
    edges: cards.map((node) => ({ __typename: 'QueryRoundApplicationsConnectionEdge' as const, node })),
  };
}

const ayse = card(1, 'Ayşe IŞIK');
const can = card(3, 'Can Öztürk');
const mehmet = card(2, 'Mehmet Yılmaz');
const counts: Partial<Record<ApplicationStatus, number>> = { DRAFT: 4, SUBMITTED: 2, SCREENING: 1 };

function boardMock(onFetch: () => void) {
  const empty = column([]);
  return {
    request: { query: BoardPageDocument, variables: () => true },
    result: () => {
      onFetch();
      return {
        data: {
          round: {
            __typename: 'RecruitmentRound' as const,
            id: 'round-1',
            title: 'Bahar 2027',
            areas: [{ __typename: 'VolunteerArea' as const, id: 'a-ws', name: 'Atölyeler' }],
          },
          roundApplicationCounts: (
            ['DRAFT', 'SUBMITTED', 'SCREENING', 'INTERVIEW_INVITED', 'INTERVIEW_SCHEDULED', 'ACCEPTED', 'WAITLISTED', 'REJECTED', 'IN_TRAINING', 'ACTIVE', 'WITHDRAWN'] as const
          ).map((status) => ({ __typename: 'ApplicationStatusCount' as const, status, count: counts[status] ?? 0 })),
          districts: [{ __typename: 'District' as const, id: 7, name: 'Bornova' }],
          submitted: column([ayse, can]),
          screening: column([mehmet]),
          interviewInvited: empty,
          interviewScheduled: empty,
          waitlisted: empty,
          accepted: empty,
          inTraining: empty,
          active: empty,
        },
      };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const cardsIn = (status: string) =>
  within(screen.getByRole('region', { name: status }))
    .queryAllByRole('button', { name: /başvurusunu aç/ })
    .map((button) => button.textContent);

describe('the review board', () => {
  it('moves the selected applications to screening and updates the columns from the answer, telling what was skipped', async () => {
    let boardFetches = 0;
    const move = vi.fn(() => ({
      data: {
        moveApplicationsToScreening: {
          __typename: 'MutationMoveApplicationsToScreeningSuccess' as const,
          data: {
            __typename: 'ApplicationMoveResult' as const,
            moved: [{ __typename: 'VolunteerApplication' as const, id: ayse.id, status: 'SCREENING' as const }],
            skipped: [{ __typename: 'SkippedApplicationMove' as const, applicationId: mehmet.id, reason: 'ILLEGAL_TRANSITION' as const, status: 'SCREENING' as const }],
          },
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/coordination/rounds/round-1/board', [
      shellMock,
      boardMock(() => (boardFetches += 1)),
      { request: { query: MoveApplicationsToScreeningDocument, variables: () => true }, result: move },
    ]);

    expect(await screen.findByRole('heading', { name: 'Başvuru panosu: Bahar 2027' })).toBeVisible();
    expect(cardsIn('Alındı')).toEqual([expect.stringContaining('Ayşe IŞIK'), expect.stringContaining('Can Öztürk')]);
    expect(cardsIn('İnceleniyor')).toEqual([expect.stringContaining('Mehmet Yılmaz')]);

    await user.click(screen.getByRole('checkbox', { name: 'Ayşe IŞIK başvurusunu seç' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mehmet Yılmaz başvurusunu seç' }));
    const bar = screen.getByRole('region', { name: 'Toplu işlemler' });
    expect(within(bar).getByText('2 başvuru seçildi')).toBeVisible();
    await user.click(within(bar).getByRole('button', { name: 'Ön değerlendirmeye al' }));

    await waitFor(() => expect(move).toHaveBeenCalledWith({ input: { applicationIds: [ayse.id, mehmet.id] } }));
    await waitFor(() => expect(cardsIn('İnceleniyor')).toHaveLength(2));
    // In id order: Ayşe (1) before Mehmet (2).
    expect(cardsIn('İnceleniyor')).toEqual([expect.stringContaining('Ayşe IŞIK'), expect.stringContaining('Mehmet Yılmaz')]);
    expect(cardsIn('Alındı')).toEqual([expect.stringContaining('Can Öztürk')]);
    expect(within(screen.getByRole('region', { name: 'Alındı' })).getByLabelText('1 başvuru')).toBeVisible();
    expect(within(screen.getByRole('region', { name: 'İnceleniyor' })).getByLabelText('2 başvuru')).toBeVisible();
    expect(await screen.findByText('1 başvuru taşındı')).toBeVisible();
    expect(screen.getByText('1 başvuru bu işleme uygun olmadığı için atlandı (İnceleniyor: 1).')).toBeVisible();
    // The selection is cleared and nothing was fetched again.
    expect(screen.queryByRole('region', { name: 'Toplu işlemler' })).not.toBeInTheDocument();
    expect(boardFetches).toBe(1);
  });

  it('rejects with an edited template in both languages', async () => {
    const reject = vi.fn(() => ({
      data: {
        rejectApplications: {
          __typename: 'MutationRejectApplicationsSuccess' as const,
          data: {
            __typename: 'ApplicationMoveResult' as const,
            moved: [{ __typename: 'VolunteerApplication' as const, id: can.id, status: 'REJECTED' as const }],
            skipped: [],
          },
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/coordination/rounds/round-1/board', [
      shellMock,
      boardMock(() => undefined),
      { request: { query: RejectApplicationsDocument, variables: () => true }, result: reject },
    ]);

    await user.click(await screen.findByRole('checkbox', { name: 'Can Öztürk başvurusunu seç' }));
    await user.click(screen.getByRole('button', { name: 'Olumsuz yanıtla…' }));
    const dialog = await screen.findByRole('dialog', { name: '1 başvuruyu olumsuz yanıtla' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Mesaj şablonu' }));
    await user.click(await screen.findByRole('option', { name: 'Sonraki döneme davet' }));
    const turkish = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Mesaj (Türkçe)' });
    expect(turkish.value).toContain('bir sonraki başvuru döneminde');
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Mesaj (İngilizce)' }).value).toContain('next recruitment round');
    await user.type(turkish, ' Sevgiyle.');
    await user.click(within(dialog).getByRole('button', { name: 'Olumsuz yanıtla' }));

    await waitFor(() => expect(reject).toHaveBeenCalledTimes(1));
    const [variables] = reject.mock.calls[0] as unknown as [{ input: { applicationIds: string[]; message: string; messageEn: string } }];
    expect(variables.input.applicationIds).toEqual([can.id]);
    expect(variables.input.message).toMatch(/bir sonraki başvuru döneminde sizi yeniden aramızda görmek isteriz\. Sevgiyle\.$/);
    expect(variables.input.messageEn).toMatch(/next recruitment round\.$/);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(cardsIn('Alındı')).toEqual([expect.stringContaining('Ayşe IŞIK')]));
    // The closed columns are not loaded; their count follows from the answer.
    expect(screen.getByRole('button', { name: 'Kapananları göster (Olumsuz: 1 · Geri çekildi: 0)' })).toBeVisible();
  });
});
