import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, List, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CancelCouncilMeetingDocument, CouncilMeetingPageDocument, CouncilMeetingSummaryDocument, RecordCouncilMinutesDocument } from '../../../generated/graphql';
import { useConfirm } from '../../../shared/confirm';
import { isErrorResult } from '../../../shared/form';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../../shared/page';
import { formatMeetingTime } from './meeting-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CouncilMeetingPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on CouncilMeeting {
        id
        kind
        title
        startsAt
        endsAt
        placeName
        address
        status
        seriesId
        minutes
        minutesAt
        viewerRuns
        committee {
          id
          name
        }
        agendaItems {
          id
          position
          title
          notes
          report
          committee {
            id
            name
          }
        }
        decisions {
          id
          position
          text
        }
        myChildrenAttendance {
          member {
            id
            firstName
          }
          status
        }
      }
    }
  }
  query CouncilMeetingSummary($id: ID!) {
    node(id: $id) {
      __typename
      ... on CouncilMeeting {
        id
        attendanceSummary {
          present
          excused
          absent
        }
      }
    }
  }
  mutation RecordCouncilMinutes($input: RecordCouncilMinutesInput!) {
    recordCouncilMinutes(input: $input) {
      __typename
      ... on MutationRecordCouncilMinutesSuccess {
        data {
          id
          minutes
          minutesAt
          decisions {
            id
            position
            text
          }
        }
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation CancelCouncilMeeting($input: CancelCouncilMeetingInput!) {
    cancelCouncilMeeting(input: $input) {
      __typename
      ... on MutationCancelCouncilMeetingSuccess {
        data {
          id
          status
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/** The attendance counts, for those who run the meeting (a second query: guardians may not read them). */
function AttendanceSummary({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(CouncilMeetingSummaryDocument, { variables: { id: meetingId } });
  const summary = data?.node?.__typename === 'CouncilMeeting' ? data.node.attendanceSummary : null;
  if (!summary) return null;
  return <Text>{t('council.meetings.summary', { present: summary.present, excused: summary.excused, absent: summary.absent })}</Text>;
}

function MinutesEditor({ meetingId, minutes, decisions, onDone }: { meetingId: string; minutes: string; decisions: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(minutes);
  const [list, setList] = useState(decisions.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(RecordCouncilMinutesDocument);
  const submit = async () => {
    setError(null);
    const response = await save({ variables: { input: { meetingId, minutes: text, decisions: list.split('\n').map((line) => line.trim()).filter(Boolean) } } });
    const answer = response.data?.recordCouncilMinutes;
    if (!answer || isErrorResult(answer)) {
      setError(answer?.message ?? t('council.meetings.saveFailed'));
      return;
    }
    notifications.show({ color: 'green', message: t('council.meetings.minutesSaved') });
    onDone();
  };
  return (
    <Stack>
      <Textarea label={t('council.meetings.minutes')} autosize minRows={4} value={text} onChange={(event) => setText(event.currentTarget.value)} />
      <Textarea
        label={t('council.meetings.decisionsField')}
        description={t('council.meetings.decisionsHelp')}
        autosize
        minRows={3}
        value={list}
        onChange={(event) => setList(event.currentTarget.value)}
      />
      <FormErrorAlert message={error} />
      <Group>
        <Button onClick={() => void submit()} loading={loading}>
          {t('council.meetings.saveMinutes')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A meeting: details, agenda, minutes and decisions (edited by runners), attendance summary, cancel. */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { meetingId = '' } = useParams();
  const { data, error, refetch } = useQuery(CouncilMeetingPageDocument, { variables: { id: meetingId } });
  const [cancel, { loading: cancelling }] = useMutation(CancelCouncilMeetingDocument);
  const confirm = useConfirm();
  const [editing, setEditing] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const [openedAt] = useState(() => Date.now());
  const meeting = data?.node?.__typename === 'CouncilMeeting' ? data.node : null;

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  if (!meeting) return <EmptyMessage title={t('council.meetings.notFound')} />;
  const assembly = meeting.kind === 'GENERAL_ASSEMBLY';
  const live = meeting.status === 'SCHEDULED' && new Date(meeting.startsAt).getTime() > openedAt;

  const doCancel = async () => {
    const ok = await confirm({ title: t('council.meetings.cancelTitle'), message: t('council.meetings.cancelConfirm'), confirmLabel: t('council.meetings.cancel') });
    if (!ok) return;
    const response = await cancel({ variables: { input: { meetingId: meeting.id } } });
    const answer = response.data?.cancelCouncilMeeting;
    if (!answer || isErrorResult(answer)) {
      setCancelError(answer?.message ?? t('council.meetings.saveFailed'));
      return;
    }
    notifications.show({ color: 'green', message: t('council.meetings.cancelled') });
    void refetch();
  };

  return (
    <Stack>
      <PageHeader
        title={meeting.title}
        lead={formatMeetingTime(meeting.startsAt, meeting.endsAt, language)}
        actions={
          meeting.viewerRuns && !assembly && meeting.status !== 'CANCELLED' ? (
            <Button component={Link} to={`/council/meetings/${meeting.id}/attendance`}>
              {t('council.meetings.takeAttendance')}
            </Button>
          ) : null
        }
      />
      <Group gap="xs">
        <Badge>{t(`council.meetings.meetingStatus.${meeting.status}`)}</Badge>
        {assembly ? <Badge variant="outline">{t('council.meetings.assembly')}</Badge> : null}
        {meeting.seriesId ? <Badge variant="outline">{t('council.meetings.series')}</Badge> : null}
      </Group>
      {meeting.committee ? (
        <Anchor component={Link} to={`/council/committees/${meeting.committee.id}/meetings`}>
          {t('council.meetings.allMeetingsOf', { committee: meeting.committee.name })}
        </Anchor>
      ) : null}
      <Text>
        {meeting.placeName}
        {meeting.address ? `, ${meeting.address}` : ''}
      </Text>
      {meeting.status === 'CANCELLED' ? <Alert color="red">{t('council.meetings.cancelledNotice')}</Alert> : null}

      <Title order={2}>{t('council.meetings.agenda')}</Title>
      {meeting.agendaItems.length ? (
        <List type="ordered" spacing="xs">
          {meeting.agendaItems.map((item) => (
            <List.Item key={item.id}>
              <Text fw={600}>{item.committee ? item.committee.name : item.title}</Text>
              {item.notes ? <Text size="sm">{item.notes}</Text> : null}
              {assembly ? <Text size="sm" c={item.report ? undefined : 'dimmed'}>{item.report || t('council.meetings.noReport')}</Text> : null}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text c="dimmed">{t('council.meetings.noAgenda')}</Text>
      )}

      {meeting.myChildrenAttendance.length ? (
        <Card withBorder>
          <Title order={2} size="h4">
            {t('council.meetings.myChildren')}
          </Title>
          {meeting.myChildrenAttendance.map((row) => (
            <Text key={row.member.id}>
              {row.member.firstName}: {t(`council.meetings.status.${row.status}`)}
            </Text>
          ))}
        </Card>
      ) : null}

      {meeting.viewerRuns && !assembly ? (
        <>
          <Title order={2}>{t('council.meetings.attendance')}</Title>
          <AttendanceSummary meetingId={meeting.id} />
        </>
      ) : null}

      <Title order={2}>{t('council.meetings.minutesAndDecisions')}</Title>
      {editing ? (
        <MinutesEditor
          meetingId={meeting.id}
          minutes={meeting.minutes}
          decisions={meeting.decisions.map((decision) => decision.text)}
          onDone={() => {
            setEditing(false);
            void refetch();
          }}
        />
      ) : (
        <Stack gap="xs">
          {meeting.minutes ? <Text style={{ whiteSpace: 'pre-wrap' }}>{meeting.minutes}</Text> : <Text c="dimmed">{t('council.meetings.noMinutes')}</Text>}
          {meeting.decisions.length ? (
            <List type="ordered">
              {meeting.decisions.map((decision) => (
                <List.Item key={decision.id}>{decision.text}</List.Item>
              ))}
            </List>
          ) : null}
          {meeting.viewerRuns && meeting.status !== 'CANCELLED' ? (
            <Button variant="light" onClick={() => setEditing(true)} style={{ alignSelf: 'flex-start' }}>
              {t('council.meetings.editMinutes')}
            </Button>
          ) : null}
        </Stack>
      )}

      {meeting.viewerRuns && live ? (
        <Stack gap="xs">
          <FormErrorAlert message={cancelError} />
          <Button color="red" variant="outline" onClick={() => void doCancel()} loading={cancelling} style={{ alignSelf: 'flex-start' }}>
            {t('council.meetings.cancelMeeting')}
          </Button>
        </Stack>
      ) : null}
    </Stack>
  );
}
