import { useApolloClient } from '@apollo/client/react';
import { Badge, Button, Checkbox, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BoardColumnMoreDocument,
  type ApplicationStatus,
  type BoardColumn_ConnectionFragment,
  type BoardColumnMoreQueryVariables,
} from '../../../generated/graphql';
import { APPLICATION_STATUS_COLOR } from '../labels';
import { BoardCard } from './board-card';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment BoardColumn_connection on QueryRoundApplicationsConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        ...BoardCard_application
      }
    }
  }

  query BoardColumnMore(
    $roundId: ID!
    $status: ApplicationStatus!
    $first: Int!
    $after: String
    $areaId: ID
    $districtId: Int
    $ageBand: AgeBand
    $language: String
    $search: String
  ) {
    roundApplications(
      roundId: $roundId
      status: $status
      first: $first
      after: $after
      areaId: $areaId
      districtId: $districtId
      ageBand: $ageBand
      language: $language
      search: $search
    ) {
      ...BoardColumn_connection
    }
  }
`;

export type ColumnFilters = Omit<BoardColumnMoreQueryVariables, 'status' | 'after'>;

/** A status column: its filtered total, its cards, "select all shown" and the next page. */
export function BoardColumn({
  status,
  connection: data,
  filters,
  selected,
  onSelect,
  onOpen,
}: {
  status: ApplicationStatus;
  connection: BoardColumn_ConnectionFragment;
  filters: ColumnFilters;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], selected: boolean) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [loadingMore, setLoadingMore] = useState(false);
  const [failed, setFailed] = useState(false);
  const cards = data.edges.flatMap((edge) => (edge ? [edge.node] : []));
  const ids = cards.map((card) => card.id);
  const selectedHere = ids.filter((id) => selected.has(id)).length;
  const label = t(`volunteering.applicationStatus.${status}`);
  const headingId = `column-${status}`;

  const loadMore = async () => {
    setLoadingMore(true);
    setFailed(false);
    try {
      // Merged into this column's list by the cache's pagination policy.
      await client.query({ query: BoardColumnMoreDocument, variables: { ...filters, status, after: data.pageInfo.endCursor }, fetchPolicy: 'network-only' });
    } catch {
      setFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="sm" w={{ base: '100%', sm: 280 }} miw={{ sm: 280 }} component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="sm" id={headingId}>
            {label}
          </Text>
          <Badge color={APPLICATION_STATUS_COLOR[status]} variant="light" aria-label={t('volunteering.board.columnCount', { count: data.totalCount })}>
            {data.totalCount}
          </Badge>
        </Group>
        {cards.length ? (
          <Checkbox
            size="xs"
            label={t('volunteering.board.selectShown', { count: cards.length })}
            checked={selectedHere === cards.length}
            indeterminate={selectedHere > 0 && selectedHere < cards.length}
            onChange={(event) => onSelect(ids, event.currentTarget.checked)}
          />
        ) : (
          <Text size="xs" c="dimmed">
            {t('volunteering.board.columnEmpty')}
          </Text>
        )}
        <ScrollArea.Autosize mah={{ base: 360, sm: 560 }} type="auto">
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('volunteering.board.columnList', { status: label })}>
            {cards.map((card) => (
              <BoardCard key={card.id} application={card} selected={selected.has(card.id)} onSelect={(id, on) => onSelect([id], on)} onOpen={onOpen} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        {failed ? (
          <Text size="xs" c="red" role="alert">
            {t('common.loadFailed')}
          </Text>
        ) : null}
        {data.pageInfo.hasNextPage ? (
          <Button size="xs" variant="subtle" loading={loadingMore} onClick={() => void loadMore()}>
            {t('volunteering.board.loadMore', { shown: cards.length, total: data.totalCount })}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}
