import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TrainingsIndexPageDocument } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query TrainingsIndexPage {
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

const STATUS_COLOURS = { DRAFT: 'gray', OPEN: 'green', SCREENING: 'blue', INTERVIEWING: 'violet', TRAINING: 'orange', COMPLETED: 'teal' } as const;

export function TrainingsIndexPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, error, refetch } = useQuery(TrainingsIndexPageDocument);
  const rounds = data?.recruitmentRounds.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? [];

  return (
    <Stack>
      <PageHeader title={t('trainings.index.title')} lead={t('trainings.index.lead')} />
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack gap="xs">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} height={40} />
          ))}
        </Stack>
      ) : rounds.length === 0 ? (
        <EmptyMessage title={t('trainings.index.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={t('trainings.index.tableLabel')}>
            <Table.Tbody>
              {rounds.map((round) => (
                <Table.Tr key={round.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/coordination/rounds/${encodeURIComponent(round.id)}/trainings`} aria-label={t('trainings.index.open', { title: round.title })}>
                      {round.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOURS[round.status]}>
                      {t(`trainings.roundStatus.${round.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {format.dateTime(round.opensAt)} – {format.dateTime(round.closesAt)}
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
