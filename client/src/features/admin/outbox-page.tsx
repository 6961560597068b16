import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdminOutboxPageDocument,
  type OutboxRow_MessageFragment,
  type OutboxStatus,
} from '../../generated/graphql';
import { PageHeader } from '../../shared/page';
import { PagedTable } from '../../shared/paged-table';
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
  const { data, previousData, error, refetch, fetchMore, networkStatus, loading } = useQuery(AdminOutboxPageDocument, {
    variables: { first: PAGE_SIZE, status: status ?? undefined },
  });

  return (
    <Stack>
      <PageHeader
        title={t('admin.outbox.title')}
        lead={t('admin.outbox.lead')}
        actions={
          <Button variant="default" onClick={() => void refetch()} loading={networkStatus === NetworkStatus.refetch}>
            {t('common.refresh')}
          </Button>
        }
      />
      <PagedTable
        caption={t('admin.outbox.tableLabel')}
        connection={(data ?? previousData)?.outboxMessages}
        loading={loading && !data}
        error={error}
        refetch={refetch}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        totalLabel={(count) => t('admin.outbox.total', { count })}
        empty={{ title: t('admin.outbox.empty') }}
        filters={
          <Select
            label={t('admin.outbox.status')}
            placeholder={t('admin.outbox.allStatuses')}
            data={OUTBOX_STATUSES.map((value) => ({ value, label: t(`outboxStatus.${value}`) }))}
            value={status}
            onChange={(value) => setStatus(OUTBOX_STATUSES.find((candidate) => candidate === value) ?? null)}
            clearable
            w={{ base: '100%', sm: 220 }}
          />
        }
        minWidth={900}
        highlightOnHover
        columns={[
          { key: 'createdAt', header: t('admin.outbox.createdAt') },
          { key: 'to', header: t('admin.outbox.to') },
          { key: 'subject', header: t('admin.outbox.subject') },
          { key: 'template', header: t('admin.outbox.template') },
          { key: 'status', header: t('admin.outbox.status') },
          { key: 'attempts', header: t('admin.outbox.attempts'), align: 'right' },
          { key: 'lastError', header: t('admin.outbox.lastError') },
        ]}
        renderRow={(message) => <OutboxRow message={message} onOpen={setOpen} />}
      />
      <OutboxMessageDialog message={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
