import { useQuery } from '@apollo/client/react';
import { Button, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VolunteeringRoundsPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { useViewer } from '../shell/viewer';
import { RoundCard } from './round-card';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query VolunteeringRoundsPage {
    recruitmentRounds(first: 50) {
      edges {
        node {
          id
          status
          isOpenForApplications
          ...RoundCard_round
        }
      }
    }
  }
`;

/** Open rounds first (still taking applications), then the rest as the server sends them (newest first). */
const rank = (round: { isOpenForApplications: boolean; status: string }) =>
  round.isOpenForApplications ? 0 : round.status === 'OPEN' ? 1 : round.status === 'DRAFT' ? 3 : 2;

export function RoundsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(VolunteeringRoundsPageDocument);
  const rounds = (data?.recruitmentRounds.edges ?? [])
    .flatMap((edge) => (edge ? [edge.node] : []))
    .map((round, index) => ({ round, index }))
    .sort((a, b) => rank(a.round) - rank(b.round) || a.index - b.index)
    .map(({ round }) => round);

  return (
    <Stack maw={880}>
      <PageHeader
        title={t('volunteering.rounds.title')}
        lead={t('volunteering.rounds.lead')}
        actions={
          viewer ? (
            <Button component={Link} to="/volunteering/my-applications" variant="light">
              {t('volunteering.nav.myApplications')}
            </Button>
          ) : null
        }
      />
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack aria-busy>
          <Skeleton height={160} radius="md" />
          <Skeleton height={160} radius="md" />
        </Stack>
      ) : rounds.length === 0 ? (
        <EmptyMessage title={t('volunteering.rounds.empty')}>{t('volunteering.rounds.emptyHelp')}</EmptyMessage>
      ) : (
        <Stack component="section" aria-label={t('volunteering.rounds.listLabel')}>
          {rounds.map((round) => (
            <RoundCard key={round.id} round={round} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
