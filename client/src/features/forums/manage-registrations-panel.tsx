import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ManageSessionRegistrationsDocument, type ForumRegistrationStatus } from '../../generated/graphql';
import { QueryError } from '../../shared/page';
import { ScrollTable } from '../trips/scroll-table';
import { formatForumDateTime } from './forum-format';

// Read by codegen, which turns it into the typed documents imported above. Loaded for one session at a
// time, so the event page's query stays within the complexity limit.
const _graphql = /* GraphQL */ `
  query ManageSessionRegistrations($sessionId: ID!) {
    forumSessionRegistrations(sessionId: $sessionId, first: 50) {
      edges {
        node {
          id
          participantName
          status
          waitlistPosition
          createdAt
        }
      }
      totalCount
    }
  }
`;

const COLOR: Record<ForumRegistrationStatus, string> = { CONFIRMED: 'green.9', WAITLISTED: 'yellow.9', CANCELLED: 'gray.8' };

/** An open forum's registrations in arrival order: who, their status and place on the waitlist. */
export function ManageRegistrationsPanel({ sessionId, title, onClose }: { sessionId: string; title: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data, error, refetch } = useQuery(ManageSessionRegistrationsDocument, { variables: { sessionId } });
  const connection = data?.forumSessionRegistrations;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const heading = t('forums.manage.registrations.title', { session: title });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="manage-registrations">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3" id="manage-registrations">
            {heading}
          </Title>
          <Button variant="default" size="xs" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
        {error && !data ? <QueryError onRetry={() => void refetch()} /> : null}
        {!data && !error ? <Skeleton height={120} /> : null}
        {data && rows.length === 0 ? <Text size="sm">{t('forums.manage.registrations.empty')}</Text> : null}
        {rows.length > 0 ? (
          <ScrollTable label={heading} minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('forums.manage.registrations.name')}</Table.Th>
                  <Table.Th scope="col">{t('forums.manage.registrations.status')}</Table.Th>
                  <Table.Th scope="col">{t('forums.manage.registrations.position')}</Table.Th>
                  <Table.Th scope="col">{t('forums.manage.registrations.at')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Th scope="row">{row.participantName}</Table.Th>
                    <Table.Td>
                      <Badge variant="outline" color={COLOR[row.status]}>
                        {t(`forums.manage.registrations.statuses.${row.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{row.waitlistPosition ?? '—'}</Table.Td>
                    <Table.Td>{formatForumDateTime(row.createdAt, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : null}
        {connection && connection.totalCount > rows.length ? (
          <Text size="sm" c="dimmed">
            {t('common.showing', { shown: rows.length, total: connection.totalCount })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
