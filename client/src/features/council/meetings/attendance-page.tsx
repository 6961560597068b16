import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CouncilAttendancePageDocument, RecordCouncilAttendanceDocument, type CouncilAttendanceStatus } from '../../../generated/graphql';
import { isErrorResult } from '../../../shared/form';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../../shared/page';
import { AttendanceCard } from './attendance-card';
import { formatMeetingTime } from './meeting-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CouncilAttendancePage($id: ID!) {
    node(id: $id) {
      __typename
      ... on CouncilMeeting {
        id
        title
        startsAt
        endsAt
        status
        placeName
        viewerRuns
        roster {
          id
          status
          ...AttendanceCard_member
        }
        attendances {
          member {
            id
          }
          status
        }
      }
    }
  }
  mutation RecordCouncilAttendance($input: RecordCouncilAttendanceInput!) {
    recordCouncilAttendance(input: $input) {
      __typename
      ... on MutationRecordCouncilAttendanceSuccess {
        data {
          id
          status
          attendanceSummary {
            present
            excused
            absent
          }
          attendances {
            member {
              id
            }
            status
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
`;

type Marks = Record<string, CouncilAttendanceStatus>;

/** Attendance on a phone: one card per child, three large toggles, "everyone present", save. */
export function AttendancePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { meetingId = '' } = useParams();
  const { data, error, refetch } = useQuery(CouncilAttendancePageDocument, { variables: { id: meetingId } });
  const [record, { loading: saving }] = useMutation(RecordCouncilAttendanceDocument);
  // The page's own marks, over what was recorded (a reload after saving keeps them).
  const [edits, setMarks] = useState<Marks>({});
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const meeting = data?.node?.__typename === 'CouncilMeeting' ? data.node : null;

  const marks: Marks = { ...Object.fromEntries((meeting?.attendances ?? []).map((row) => [row.member.id, row.status])), ...edits };

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  if (!meeting) return <EmptyMessage title={t('council.meetings.notFound')} />;

  const active = meeting.roster.filter((member) => member.status === 'ACTIVE');
  const suspended = meeting.roster.filter((member) => member.status !== 'ACTIVE');
  const marked = active.filter((member) => marks[member.id]).length;
  const cancelled = meeting.status === 'CANCELLED';

  const mark = (memberId: string, status: CouncilAttendanceStatus) => {
    setResult(null);
    setMarks((current) => ({ ...current, [memberId]: status }));
  };
  const everyonePresent = () => {
    setResult(null);
    setMarks((current) => ({ ...current, ...Object.fromEntries(active.map((member) => [member.id, 'PRESENT' as const])) }));
  };
  const save = async () => {
    const entries = active.filter((member) => marks[member.id]).map((member) => ({ memberId: member.id, status: marks[member.id]! }));
    try {
      const response = await record({ variables: { input: { meetingId: meeting.id, entries } } });
      const answer = response.data?.recordCouncilAttendance;
      if (!answer || isErrorResult(answer) || answer.__typename !== 'MutationRecordCouncilAttendanceSuccess') {
        setResult({ ok: false, message: answer && isErrorResult(answer) ? answer.message : t('council.meetings.saveFailed') });
        return;
      }
      const summary = answer.data.attendanceSummary;
      setResult({ ok: true, message: t('council.meetings.attendanceSaved', { present: summary.present, excused: summary.excused, absent: summary.absent }) });
    } catch {
      setResult({ ok: false, message: t('council.meetings.saveFailed') });
    }
  };

  return (
    <Stack gap="md" maw={560}>
      <PageHeader title={t('council.meetings.attendanceTitle', { title: meeting.title })} lead={formatMeetingTime(meeting.startsAt, meeting.endsAt, language)} />
      <Anchor component={Link} to={`/council/meetings/${meeting.id}`}>
        {t('council.meetings.backToMeeting')}
      </Anchor>
      {cancelled ? <Alert color="red">{t('council.meetings.cancelledNotice')}</Alert> : null}
      {active.length === 0 ? (
        <EmptyMessage title={t('council.meetings.noMembers')} />
      ) : (
        <>
          <Group justify="space-between">
            <Text aria-live="polite">{t('council.meetings.markedCount', { marked, total: active.length })}</Text>
            <Button variant="light" onClick={everyonePresent} disabled={cancelled}>
              {t('council.meetings.everyonePresent')}
            </Button>
          </Group>
          <Stack gap="sm">
            {active.map((member) => (
              <AttendanceCard key={member.id} member={member} status={marks[member.id] ?? null} onChange={(status) => mark(member.id, status)} />
            ))}
          </Stack>
        </>
      )}
      {suspended.length ? (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('council.meetings.suspendedTitle')}
          </Title>
          {suspended.map((member) => (
            <AttendanceCard key={member.id} member={member} status={null} onChange={() => undefined} />
          ))}
        </Stack>
      ) : null}
      <div role="status" aria-live="polite">
        {result?.ok ? <Alert color="green">{result.message}</Alert> : null}
      </div>
      {result && !result.ok ? <FormErrorAlert message={result.message} /> : null}
      <Button size="lg" onClick={() => void save()} loading={saving} disabled={cancelled || marked === 0}>
        {t('council.meetings.saveAttendance')}
      </Button>
    </Stack>
  );
}
