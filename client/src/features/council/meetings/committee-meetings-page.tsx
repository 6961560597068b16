import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CouncilCommitteeMeetingsPageDocument, type CouncilCommitteeMeetingsPageQuery } from '../../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../../shared/page';
import { formatMeetingTime } from './meeting-format';
import { ScheduleMeetingDialog } from './schedule-meeting-dialog';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CouncilCommitteeMeetingsPage($committeeId: ID!, $now: DateTime!) {
    committee: node(id: $committeeId) {
      __typename
      ... on CouncilCommittee {
        id
        name
        viewerRuns
      }
    }
    upcoming: councilMeetings(committeeId: $committeeId, from: $now, first: 20) {
      edges {
        node {
          id
          title
          startsAt
          endsAt
          status
          placeName
          seriesId
        }
      }
    }
    past: councilMeetings(committeeId: $committeeId, to: $now, newestFirst: true, first: 20) {
      edges {
        node {
          id
          title
          startsAt
          endsAt
          status
          placeName
          seriesId
        }
      }
    }
  }
`;

type Row = NonNullable<CouncilCommitteeMeetingsPageQuery['upcoming']>['edges'][number]['node'];
const STATUS_COLOR = { SCHEDULED: 'blue', HELD: 'green', CANCELLED: 'gray' } as const;

function MeetingList({ rows, empty }: { rows: readonly Row[]; empty: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (!rows.length) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap="xs">
      {rows.map((meeting) => (
        <Card key={meeting.id} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <Anchor component={Link} to={`/council/meetings/${meeting.id}`} fw={600}>
                {meeting.title}
              </Anchor>
              <Text size="sm">{formatMeetingTime(meeting.startsAt, meeting.endsAt, language)}</Text>
              <Text size="sm" c="dimmed">
                {meeting.placeName}
              </Text>
            </Stack>
            <Group gap="xs">
              {meeting.seriesId ? <Badge variant="outline">{t('council.meetings.series')}</Badge> : null}
              <Badge color={STATUS_COLOR[meeting.status]}>{t(`council.meetings.meetingStatus.${meeting.status}`)}</Badge>
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** A committee's meetings: upcoming and past, and "Schedule a meeting" for those who run it. */
export function CommitteeMeetingsPage() {
  const { t } = useTranslation();
  const { committeeId = '' } = useParams();
  // The page's "now", fixed when it opens, so the two lists split at the same instant.
  const now = useMemo(() => new Date().toISOString(), []);
  const { data, error, refetch } = useQuery(CouncilCommitteeMeetingsPageDocument, { variables: { committeeId, now } });
  const [scheduling, setScheduling] = useState(false);
  const committee = data?.committee?.__typename === 'CouncilCommittee' ? data.committee : null;

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  if (!committee) return <EmptyMessage title={t('council.meetings.notFound')} />;
  const upcoming = data.upcoming?.edges.map((edge) => edge.node) ?? [];
  const past = data.past?.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack>
      <PageHeader
        title={t('council.meetings.committeeTitle', { committee: committee.name })}
        actions={committee.viewerRuns ? <Button onClick={() => setScheduling(true)}>{t('council.meetings.scheduleTitle')}</Button> : null}
      />
      <Anchor component={Link} to={`/council/committees/${committee.id}`}>
        {t('council.meetings.backToCommittee')}
      </Anchor>
      <Title order={2}>{t('council.meetings.upcoming')}</Title>
      <MeetingList rows={upcoming as Row[]} empty={t('council.meetings.noUpcoming')} />
      <Title order={2}>{t('council.meetings.past')}</Title>
      <MeetingList rows={past as Row[]} empty={t('council.meetings.noPast')} />
      {committee.viewerRuns ? (
        <ScheduleMeetingDialog
          committeeId={committee.id}
          opened={scheduling}
          onClose={() => setScheduling(false)}
          onDone={() => {
            setScheduling(false);
            notifications.show({ color: 'green', message: t('council.meetings.scheduled') });
            void refetch();
          }}
        />
      ) : null}
    </Stack>
  );
}
