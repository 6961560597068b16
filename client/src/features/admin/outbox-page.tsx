import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdminOutboxPageDocument,
  type OutboxRow_MessageFragment,
  type OutboxStatus,
} from '../../generated/graphql';
import { EmptyMessage, LoadMoreFooter, PageHeader, QueryError } from '../../shared/page';
import { OUTBOX_STATUSES } from './labels';
import { OutboxMessageDialog } from './outbox-message-dialog';
import { OutboxRow } from './outbox-row';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query AdminOutboxPage($first: Int!, $after: String, $status: OutboxStatus) {
    outboxMessages(first: $first, after: $after, status: $status) {
      totalCount
      edges {
        cursor
        node {
          id
          ...OutboxRow_message
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const PAGE_SIZE = 25;

export function OutboxPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  const [open, setOpen] = useState<OutboxRow_MessageFragment | null>(null);
  const { data, previousData, error, refetch, fetchMore, networkStatus, loading } = useQuery(
    AdminOutboxPageDocument,
    { variables: { first: PAGE_SIZE, status: status ?? undefined } },
  );
  const shown = data ?? previousData;
  const messages = shown?.outboxMessages.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? [];

  return (
    <Stack>
      <PageHeader
        title={t('admin.outbox.title')}
        lead={t('admin.outbox.lead')}
        actions={
          <Button
            variant="default"
            onClick={() => void refetch()}
            loading={networkStatus === NetworkStatus.refetch}
          >
            {t('common.refresh')}
          </Button>
        }
      />
      <Select
        label={t('admin.outbox.status')}
        placeholder={t('admin.outbox.allStatuses')}
        data={OUTBOX_STATUSES.map((value) => ({ value, label: t(`outboxStatus.${value}`) }))}
        value={status}
        onChange={(value) => setStatus(OUTBOX_STATUSES.find((candidate) => candidate === value) ?? null)}
        clearable
        w={{ base: '100%', sm: 220 }}
      />

      {error && !shown ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !shown ? (
        <Stack gap="xs">
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} height={40} />
          ))}
        </Stack>
      ) : messages.length === 0 ? (
        <EmptyMessage title={t('admin.outbox.empty')} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('admin.outbox.total', { count: shown.outboxMessages.totalCount })}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table
              highlightOnHover
              aria-label={t('admin.outbox.tableLabel')}
              aria-busy={loading}
              style={{ opacity: loading && !data ? 0.6 : 1 }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.outbox.createdAt')}</Table.Th>
                  <Table.Th>{t('admin.outbox.to')}</Table.Th>
                  <Table.Th>{t('admin.outbox.subject')}</Table.Th>
                  <Table.Th>{t('admin.outbox.template')}</Table.Th>
                  <Table.Th>{t('admin.outbox.status')}</Table.Th>
                  <Table.Th ta="right">{t('admin.outbox.attempts')}</Table.Th>
                  <Table.Th>{t('admin.outbox.lastError')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {messages.map((message) => (
                  <OutboxRow key={message.id} message={message} onOpen={setOpen} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMoreFooter
            shown={messages.length}
            total={shown.outboxMessages.totalCount}
            hasMore={shown.outboxMessages.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: shown.outboxMessages.pageInfo.endCursor } })}
          />
        </Stack>
      )}
      <OutboxMessageDialog message={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
