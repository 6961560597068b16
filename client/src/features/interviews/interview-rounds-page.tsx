import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InterviewRoundsPageDocument, type RoundStatus } from '../../generated/graphql';
import { PageHeader } from '../../shared/page';
import { PagedTable } from '../../shared/paged-table';
import { formatDay } from './format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query InterviewRoundsPage($first: Int!, $after: String) {
    recruitmentRounds(first: $first, after: $after) {
      edges {
        node {
          id
          title
          status
          opensAt
          closesAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const PAGE_SIZE = 50;

const STATUS_COLOURS: Record<RoundStatus, string> = {
  DRAFT: 'gray',
  OPEN: 'green',
  SCREENING: 'blue',
  INTERVIEWING: 'violet',
  TRAINING: 'orange',
  COMPLETED: 'teal',
};

// Rounds where interviews are happening come first (among those loaded).
const ORDER: RoundStatus[] = ['INTERVIEWING', 'SCREENING', 'OPEN', 'TRAINING', 'DRAFT', 'COMPLETED'];

/** Coordinators pick the round whose interviews they schedule. */
export function InterviewRoundsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data, error, refetch, fetchMore } = useQuery(InterviewRoundsPageDocument, { variables: { first: PAGE_SIZE } });
  const connection = data?.recruitmentRounds;
  const sorted = connection && {
    ...connection,
    edges: [...connection.edges].sort((a, b) => ORDER.indexOf(a.node.status) - ORDER.indexOf(b.node.status)),
  };

  return (
    <Stack>
      <PageHeader title={t('interviews.rounds.title')} lead={t('interviews.rounds.lead')} />
      <PagedTable
        caption={t('interviews.rounds.tableLabel')}
        connection={sorted}
        error={error}
        refetch={refetch}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        empty={{ title: t('interviews.rounds.empty') }}
        minWidth={520}
        striped
        columns={[
          {
            key: 'round',
            header: t('interviews.rounds.round'),
            cell: (round) => (
              <Anchor component={Link} to={`/coordination/rounds/${encodeURIComponent(round.id)}/interviews`}>
                {round.title}
              </Anchor>
            ),
          },
          {
            key: 'status',
            header: t('interviews.rounds.status'),
            cell: (round) => (
              <Badge variant="light" color={STATUS_COLOURS[round.status]} miw="max-content">
                {t(`interviews.roundStatus.${round.status}`)}
              </Badge>
            ),
          },
          {
            key: 'dates',
            header: t('interviews.rounds.dates'),
            cell: (round) => (
              <Text size="sm" c="dimmed">
                {formatDay(round.opensAt, language)} – {formatDay(round.closesAt, language)}
              </Text>
            ),
          },
        ]}
      />
    </Stack>
  );
}
