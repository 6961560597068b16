import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Alert, Button, CopyButton, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarFeedSection_UserFragmentDoc, CreateCalendarFeedDocument, RevokeCalendarFeedDocument } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment CalendarFeedSection_user on User {
    id
    calendarFeed {
      createdAt
    }
  }

  mutation CreateCalendarFeed {
    createCalendarFeed {
      __typename
      ... on MutationCreateCalendarFeedSuccess {
        data {
          url
          createdAt
        }
      }
      ... on Error {
        message
      }
    }
  }

  mutation RevokeCalendarFeed {
    revokeCalendarFeed {
      __typename
      ... on Error {
        message
      }
    }
  }
`;

/** "Takvim aboneliği" on the profile page: a private iCal URL with one's shifts, interviews and trainings. */
export function CalendarFeedSection({ user }: { user: FragmentType<typeof CalendarFeedSection_UserFragmentDoc> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, complete } = useFragment({ fragment: CalendarFeedSection_UserFragmentDoc, fragmentName: 'CalendarFeedSection_user', from: user });
  const [url, setUrl] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(CreateCalendarFeedDocument, { refetchQueries: ['ProfilePage'] });
  const [revoke, { loading: revoking }] = useMutation(RevokeCalendarFeedDocument, { refetchQueries: ['ProfilePage'] });
  if (!complete) return null;
  const feed = data.calendarFeed;

  async function onCreate() {
    setFailure(null);
    try {
      const result = (await create()).data?.createCalendarFeed;
      if (result?.__typename === 'MutationCreateCalendarFeedSuccess') setUrl(result.data.url);
      else if (result && 'message' in result) setFailure(result.message);
    } catch {
      setFailure(t('common.networkError'));
    }
  }

  async function onRevoke() {
    setFailure(null);
    try {
      await revoke();
      setUrl(null);
    } catch {
      setFailure(t('common.networkError'));
    }
  }

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="calendar-feed-heading">
      <Title order={2} size="h3" id="calendar-feed-heading" mb="xs">
        {t('shifts.attendance.feed.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('shifts.attendance.feed.lead')}
      </Text>
      {failure ? (
        <Alert color="red" role="alert" mb="sm">
          {failure}
        </Alert>
      ) : null}
      {url ? (
        <Alert color="green" role="status" mb="sm" title={t('shifts.attendance.feed.created')}>
          <Group align="flex-end" wrap="nowrap">
            <TextInput label={t('shifts.attendance.feed.url')} value={url} readOnly style={{ flex: 1 }} onFocus={(event) => event.currentTarget.select()} />
            <CopyButton value={url}>{({ copied, copy }) => <Button onClick={copy} variant="light">{copied ? t('shifts.attendance.feed.copied') : t('shifts.attendance.feed.copy')}</Button>}</CopyButton>
          </Group>
          <Text size="xs" mt="xs">
            {t('shifts.attendance.feed.shownOnce')}
          </Text>
        </Alert>
      ) : feed ? (
        <Text size="sm" mb="sm">
          {t('shifts.attendance.feed.exists', { date: format.dateTime(feed.createdAt) })}
        </Text>
      ) : null}
      <Group>
        <Button variant="light" loading={creating} onClick={() => void onCreate()}>
          {feed ? t('shifts.attendance.feed.rotate') : t('shifts.attendance.feed.create')}
        </Button>
        {feed ? (
          <Button variant="subtle" color="red" loading={revoking} onClick={() => void onRevoke()}>
            {t('shifts.attendance.feed.revoke')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
