import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InterviewRoundsPageDocument, type RoundStatus } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { formatDay } from './format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query InterviewRoundsPage {
    recruitmentRounds(first: 50) {
      edges {
        node {
          id
          title
          status
          opensAt
          closesAt
        }
      }
    }
  }
`;

const STATUS_COLOURS: Record<RoundStatus, string> = {
  DRAFT: 'gray',
  OPEN: 'green',
  SCREENING: 'blue',
  INTERVIEWING: 'violet',
  TRAINING: 'orange',
  COMPLETED: 'teal',
};

// Rounds where interviews are happening come first.
const ORDER: RoundStatus[] = ['INTERVIEWING', 'SCREENING', 'OPEN', 'TRAINING', 'DRAFT', 'COMPLETED'];

/** Coordinators pick the round whose interviews they schedule. */
export function InterviewRoundsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data, error, refetch } = useQuery(InterviewRoundsPageDocument);
  const rounds = (data?.recruitmentRounds.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? []).sort(
    (a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status),
  );

  return (
    <Stack>
      <PageHeader title={t('interviews.rounds.title')} lead={t('interviews.rounds.lead')} />
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack gap="xs" aria-busy>
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} height={40} />
          ))}
        </Stack>
      ) : rounds.length === 0 ? (
        <EmptyMessage title={t('interviews.rounds.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped aria-label={t('interviews.rounds.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('interviews.rounds.round')}</Table.Th>
                <Table.Th>{t('interviews.rounds.status')}</Table.Th>
                <Table.Th>{t('interviews.rounds.dates')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rounds.map((round) => (
                <Table.Tr key={round.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/coordination/rounds/${encodeURIComponent(round.id)}/interviews`}>
                      {round.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOURS[round.status]} miw="max-content">
                      {t(`interviews.roundStatus.${round.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {formatDay(round.opensAt, language)} – {formatDay(round.closesAt, language)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
