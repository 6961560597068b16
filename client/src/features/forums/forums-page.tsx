import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ForumsPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { hasRole, useViewer } from '../shell/viewer';
import { SelectionLink } from './selection-link';
import { SessionCard } from './session-card';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ForumsPage($after: String) {
    forumEvents(first: 5, after: $after) {
      edges {
        node {
          id
          title
          description
          status
          gender
          minAge
          maxAge
          residentOfIzmir
          sessions {
            id
            kind
            title
            ...SessionCard_session
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** "Forumlar": the published forum events, each with its open forums and focus groups. */
export function ForumsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const coordinator = hasRole(viewer, 'COORDINATOR');
  const { data, error, refetch, fetchMore, loading } = useQuery(ForumsPageDocument);
  const connection = data?.forumEvents;
  const events = connection?.edges.map((edge) => edge.node) ?? [];

  const who = (event: (typeof events)[number]) =>
    [
      event.gender ? t(`forums.gender.${event.gender}`) : null,
      event.maxAge ? t('forums.ageRange', { min: event.minAge, max: event.maxAge }) : t('forums.ageFrom', { min: event.minAge }),
      event.residentOfIzmir ? t('forums.resident') : null,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <Stack>
      <PageHeader title={t('forums.list.title')} lead={t('forums.list.lead')} />
      {error && !data ? <QueryError onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Skeleton height={240} /> : null}
      {data && events.length === 0 ? <EmptyMessage title={t('forums.list.empty')} /> : null}
      {events.map((event) => (
        <Card key={event.id} withBorder padding="lg" radius="md" component="section" aria-labelledby={`event-${event.id}`}>
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start">
              <Title order={2} size="h3" id={`event-${event.id}`}>
                {event.title}
              </Title>
              {event.status === 'CLOSED' ? <Badge color="gray">{t('forums.list.closed')}</Badge> : null}
            </Group>
            {event.description ? <Text>{event.description}</Text> : null}
            <Text size="sm">
              <strong>{t('forums.list.forWhom')}</strong> {who(event)}
            </Text>
            {event.sessions.length === 0 ? <Text>{t('forums.list.noSessions')}</Text> : null}
            {event.sessions.map((session) => (
              <Stack key={session.id} gap={4}>
                <SessionCard session={session} eventId={event.id} signedIn={viewer !== null} />
                {coordinator && session.kind === 'FOCUS_GROUP' ? <SelectionLink sessionId={session.id} title={session.title} /> : null}
              </Stack>
            ))}
          </Stack>
        </Card>
      ))}
      {connection?.pageInfo.hasNextPage ? (
        <Button variant="default" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })} style={{ alignSelf: 'center' }}>
          {t('forums.list.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
