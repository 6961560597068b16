import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForumFacilitationPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { formatSessionTime } from './forum-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ForumFacilitationPage {
    myFacilitatedForumSessions {
      id
      kind
      title
      startsAt
      endsAt
      placeName
      event {
        id
        title
      }
    }
  }
`;

/** "Forum oturumlarım": the sessions a facilitator runs, each linking to its attendance and findings. */
export function ForumFacilitationPage() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(ForumFacilitationPageDocument);
  const sessions = data?.myFacilitatedForumSessions;
  return (
    <Stack>
      <PageHeader title={t('forums.facilitation.title')} lead={t('forums.facilitation.lead')} />
      {error && !sessions ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !sessions ? (
        <Skeleton height={200} />
      ) : sessions.length === 0 ? (
        <EmptyMessage title={t('forums.facilitation.empty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {sessions.map((session) => (
            <Card key={session.id} withBorder radius="md" component="article" aria-labelledby={`fsession-${session.id}`}>
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start">
                  <Title order={2} size="h4" id={`fsession-${session.id}`}>
                    <Anchor component={Link} to={`/forums/sessions/${encodeURIComponent(session.id)}/run`}>
                      {session.title}
                    </Anchor>
                  </Title>
                  <Badge variant="light">{t(`forums.report.kind.${session.kind}`)}</Badge>
                </Group>
                <Text size="sm">{session.event.title}</Text>
                <Text size="sm" c="dimmed">
                  {formatSessionTime(session.startsAt, session.endsAt, i18n.language)} · {session.placeName}
                </Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
