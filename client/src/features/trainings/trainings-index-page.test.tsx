import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppShellDocument, TrainingsIndexPageDocument, type RoundStatus } from '../../generated/graphql';
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

function round(id: string, title: string, status: RoundStatus) {
  return {
    __typename: 'RecruitmentRound' as const,
    id,
    title,
    status,
    opensAt: '2030-01-06T21:00:00.000Z',
    closesAt: '2030-02-06T20:59:59.999Z',
  };
}

function page(rounds: ReturnType<typeof round>[], hasNextPage: boolean) {
  return {
    data: {
      recruitmentRounds: {
        __typename: 'QueryRecruitmentRoundsConnection' as const,
        edges: rounds.map((node) => ({ __typename: 'QueryRecruitmentRoundsConnectionEdge' as const, cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: `c-${rounds.at(-1)!.id}` },
      },
    },
  };
}

describe('the trainings index, a paged table over the rounds', () => {
  it('adds the next page of rounds under the first, through the cache’s pagination policy', async () => {
    const user = userEvent.setup();
    renderApp('/coordination/trainings', [
      coordinatorShell,
      { request: { query: TrainingsIndexPageDocument, variables: { first: 50 } }, result: page([round('r-1', 'Eşit İzmir 2030', 'TRAINING')], true) },
      {
        request: { query: TrainingsIndexPageDocument, variables: { first: 50, after: 'c-r-1' } },
        result: page([round('r-2', 'Eşit İzmir 2029', 'COMPLETED')], false),
      },
    ]);

    const table = await screen.findByRole('table', { name: 'Başvuru dönemleri' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Dönem', 'Durum', 'Başvuru tarihleri']);
    expect(within(table).getByRole('link', { name: 'Eşit İzmir 2030 eğitimleri' })).toHaveAttribute('href', '/coordination/rounds/r-1/trainings');
    expect(screen.getByText('1 kayıt gösteriliyor')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Daha fazla yükle' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(within(table).getByText('Tamamlandı')).toBeInTheDocument();
    expect(screen.getByText('2 kayıt gösteriliyor')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Daha fazla yükle' })).not.toBeInTheDocument();
  });

  it('shows the error with a retry, and the rounds once the retry succeeds', async () => {
    const user = userEvent.setup();
    renderApp('/coordination/trainings', [
      coordinatorShell,
      { request: { query: TrainingsIndexPageDocument, variables: { first: 50 } }, error: new Error('offline') },
      { request: { query: TrainingsIndexPageDocument, variables: { first: 50 } }, result: page([round('r-1', 'Eşit İzmir 2030', 'TRAINING')], false) },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Tekrar dene' }));
    expect(await screen.findByRole('table', { name: 'Başvuru dönemleri' })).toBeInTheDocument();
  });
});
