import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ManageEventsPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { ScrollTable } from '../trips/scroll-table';
import { ManageEventFormDialog } from './manage-event-form-dialog';
import { formatForumDateTime } from './forum-format';
import { ManageStatusBadge } from './manage-status-badge';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ManageEventsPage($after: String) {
    forumEvents(includeDrafts: true, first: 20, after: $after) {
      edges {
        node {
          id
          title
          status
          createdAt
          sessions {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`;

/** Coordinators' forum events, drafts included, newest first; a new event starts here. */
export function ManageEventsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const navigate = useNavigate();
  const { data, error, refetch, fetchMore, loading } = useQuery(ManageEventsPageDocument);
  const [creating, setCreating] = useState(false);
  const connection = data?.forumEvents;
  const events = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack>
      <PageHeader title={t('forums.manage.list.title')} lead={t('forums.manage.list.lead')} actions={<Button onClick={() => setCreating(true)}>{t('forums.manage.list.new')}</Button>} />
      {error && !data ? <QueryError onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Skeleton height={240} /> : null}
      {data && events.length === 0 ? <EmptyMessage title={t('forums.manage.list.empty')}>{t('forums.manage.list.emptyHelp')}</EmptyMessage> : null}
      {events.length > 0 ? (
        <ScrollTable label={t('forums.manage.list.title')} minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('forums.manage.list.event')}</Table.Th>
                <Table.Th scope="col">{t('forums.manage.list.status')}</Table.Th>
                <Table.Th scope="col">{t('forums.manage.list.sessions')}</Table.Th>
                <Table.Th scope="col">{t('forums.manage.list.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/forums/manage/events/${encodeURIComponent(event.id)}`}>
                      {event.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <ManageStatusBadge status={event.status} />
                  </Table.Td>
                  <Table.Td>{event.sessions.length}</Table.Td>
                  <Table.Td>{formatForumDateTime(event.createdAt, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
      {connection ? (
        <Text size="sm" c="dimmed">
          {t('common.showing', { shown: events.length, total: connection.totalCount })}
        </Text>
      ) : null}
      {connection?.pageInfo.hasNextPage ? (
        <Button variant="default" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })} style={{ alignSelf: 'center' }}>
          {t('forums.manage.list.more')}
        </Button>
      ) : null}
      {creating ? (
        <ManageEventFormDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/forums/manage/events/${encodeURIComponent(id)}`);
          }}
        />
      ) : null}
    </Stack>
  );
}
