import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TrainingsIndexPageDocument } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { PageHeader } from '../../shared/page';
import { PagedTable } from '../../shared/paged-table';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query TrainingsIndexPage($first: Int!, $after: String) {
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

const STATUS_COLOURS = { DRAFT: 'gray', OPEN: 'green', SCREENING: 'blue', INTERVIEWING: 'violet', TRAINING: 'orange', COMPLETED: 'teal' } as const;

export function TrainingsIndexPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, error, refetch, fetchMore } = useQuery(TrainingsIndexPageDocument, { variables: { first: PAGE_SIZE } });

  return (
    <Stack>
      <PageHeader title={t('trainings.index.title')} lead={t('trainings.index.lead')} />
      <PagedTable
        caption={t('trainings.index.tableLabel')}
        connection={data?.recruitmentRounds}
        error={error}
        refetch={refetch}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        empty={{ title: t('trainings.index.empty') }}
        striped
        columns={[
          {
            key: 'round',
            header: t('trainings.index.round'),
            cell: (round) => (
              <Anchor
                component={Link}
                to={`/coordination/rounds/${encodeURIComponent(round.id)}/trainings`}
                aria-label={t('trainings.index.open', { title: round.title })}
              >
                {round.title}
              </Anchor>
            ),
          },
          {
            key: 'status',
            header: t('trainings.index.status'),
            cell: (round) => (
              <Badge variant="light" color={STATUS_COLOURS[round.status]}>
                {t(`trainings.roundStatus.${round.status}`)}
              </Badge>
            ),
          },
          {
            key: 'dates',
            header: t('trainings.index.dates'),
            cell: (round) => (
              <Text size="sm" c="dimmed">
                {format.dateTime(round.opensAt)} – {format.dateTime(round.closesAt)}
              </Text>
            ),
          },
        ]}
      />
    </Stack>
  );
}
