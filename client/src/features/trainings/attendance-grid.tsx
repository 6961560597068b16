import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, List, Radio, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActivateVolunteerDocument,
  AttendanceGrid_CourseFragmentDoc,
  RecordSessionAttendanceDocument,
  type AttendanceGrid_CourseFragment,
  type AttendanceStatus,
} from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { isErrorResult } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment AttendanceGrid_course on TrainingCourse {
    id
    title
    sessions {
      id
      title
      startsAt
      isMakeUp
      makeUpFor {
        id
      }
    }
    enrolments {
      id
      ...AttendanceGrid_enrolment @unmask
    }
  }

  fragment AttendanceGrid_enrolment on TrainingEnrolment {
    id
    completedAt
    applicant {
      id
      fullName
    }
    application {
      id
      status
    }
    attendance {
      sessionId
      status
    }
    progress {
      attended
      required
      complete
    }
    missingQualifications {
      id
      name
    }
  }

  mutation RecordSessionAttendance($input: RecordSessionAttendanceInput!) {
    recordSessionAttendance(input: $input) {
      __typename
      ... on MutationRecordSessionAttendanceSuccess {
        data {
          id
          completedAt
          ...AttendanceGrid_enrolment
        }
      }
      ... on Error {
        message
      }
    }
  }

  mutation ActivateVolunteer($input: ActivateVolunteerInput!) {
    activateVolunteer(input: $input) {
      __typename
      ... on MutationActivateVolunteerSuccess {
        data {
          id
          status
        }
      }
      ... on QualificationsMissingError {
        message
        missing {
          id
          name
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

export const ATTENDANCE_STATUSES = ['ATTENDED', 'ABSENT', 'EXCUSED'] as const satisfies readonly AttendanceStatus[];

type Course = AttendanceGrid_CourseFragment;
type Session = Course['sessions'][number];

/** The session attendance is most likely taken for: the latest regular one that has started, else the first. */
function defaultSession(sessions: Session[], now: number): Session | undefined {
  const started = sessions.filter((s) => !s.isMakeUp && new Date(s.startsAt).getTime() <= now);
  return started.at(-1) ?? sessions[0];
}

export function AttendanceGrid({ course }: { course: FragmentType<typeof AttendanceGrid_CourseFragmentDoc> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, complete } = useFragment({ fragment: AttendanceGrid_CourseFragmentDoc, fragmentName: 'AttendanceGrid_course', from: course });
  const sessions = complete ? [...data.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt)) : [];
  const [chosen, setChosen] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  if (!complete) return null;
  const session = sessions.find((s) => s.id === chosen) ?? defaultSession(sessions, now);

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('trainings.attendance.title')}
      </Title>
      {sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trainings.attendance.noSessions')}
        </Text>
      ) : data.enrolments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trainings.attendance.noEnrolments')}
        </Text>
      ) : (
        <>
          <Select
            label={t('trainings.attendance.session')}
            data={sessions.map((s) => ({
              value: s.id,
              label: `${s.isMakeUp ? `${t('trainings.sessions.makeUpBadge')}: ` : ''}${s.title} · ${format.dateTime(s.startsAt)}`,
            }))}
            value={session?.id ?? null}
            onChange={setChosen}
            allowDeselect={false}
            w={{ base: '100%', sm: 420 }}
          />
          {/* Keyed by session: the marks start again from what is recorded for the chosen one. */}
          {session ? <SessionAttendance key={session.id} course={data} session={session} /> : null}
        </>
      )}
    </Stack>
  );
}

type ActivationFailure = { name: string; message: string; missing: string[] };

function SessionAttendance({ course, session }: { course: Course; session: Session }) {
  const { t } = useTranslation();
  const recordedFor = (enrolment: Course['enrolments'][number], sessionId: string) =>
    enrolment.attendance.find((a) => a.sessionId === sessionId)?.status ?? null;
  // A make-up session is for those who did not attend the session it replaces.
  const originalId = session.makeUpFor?.id ?? null;
  const rows = originalId
    ? course.enrolments.filter((e) => recordedFor(e, originalId) !== 'ATTENDED' || recordedFor(e, session.id) !== null)
    : course.enrolments;
  const recorded = new Map(rows.map((e) => [e.id, recordedFor(e, session.id)]));
  const [marks, setMarks] = useState<Record<string, AttendanceStatus>>({});
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ActivationFailure | null>(null);
  const [record, { loading }] = useMutation(RecordSessionAttendanceDocument);
  const changes = Object.entries(marks).filter(([id, status]) => recorded.get(id) !== status);

  async function save() {
    setError(null);
    if (changes.length === 0) {
      setError(t('trainings.attendance.nothingToSave'));
      return;
    }
    const before = new Set(course.enrolments.filter((e) => e.completedAt).map((e) => e.id));
    try {
      const { data } = await record({
        variables: { input: { sessionId: session.id, entries: changes.map(([enrolmentId, status]) => ({ enrolmentId, status })) } },
      });
      const result = data?.recordSessionAttendance;
      if (!result) return;
      if (isErrorResult(result)) {
        setError(result.message);
        return;
      }
      setMarks({});
      const completedNow = result.data.filter((e) => e.completedAt && !before.has(e.id)).length;
      notifications.show({ color: 'green', message: t('trainings.attendance.saved') });
      if (completedNow) notifications.show({ color: 'green', message: t('trainings.attendance.completedNow', { count: completedNow }) });
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Stack gap="sm">
      {originalId ? (
        <Text size="sm" c="dimmed">
          {t('trainings.attendance.makeUpOnly')}
        </Text>
      ) : null}
      <FormErrorAlert message={error} />
      {failure ? (
        <Alert color="red" title={t('trainings.activate.failedTitle', { name: failure.name })} role="alert" withCloseButton onClose={() => setFailure(null)}>
          <Text size="sm">{failure.message}</Text>
          {failure.missing.length ? (
            <>
              <Text size="sm" mt="xs" fw={600}>
                {t('trainings.activate.missingList')}
              </Text>
              <List size="sm">
                {failure.missing.map((name) => (
                  <List.Item key={name}>{name}</List.Item>
                ))}
              </List>
            </>
          ) : null}
        </Alert>
      ) : null}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trainings.attendance.noMakeUpNeeded')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-label={t('trainings.attendance.tableLabel', { session: session.title })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trainings.attendance.person')}</Table.Th>
                <Table.Th>{t('trainings.attendance.mark')}</Table.Th>
                <Table.Th>{t('trainings.attendance.progress')}</Table.Th>
                <Table.Th>{t('trainings.attendance.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((enrolment) => {
                const name = enrolment.applicant.fullName;
                const value = marks[enrolment.id] ?? recorded.get(enrolment.id) ?? null;
                return (
                  <Table.Tr key={enrolment.id}>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text fw={500}>{name}</Text>
                        <Badge size="sm" variant="light" color={enrolment.application.status === 'ACTIVE' ? 'teal' : 'gray'}>
                          {t(`trainings.applicationStatus.${enrolment.application.status}` as const)}
                        </Badge>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Radio.Group
                        label={<VisuallyHidden>{t('trainings.attendance.rowLabel', { name })}</VisuallyHidden>}
                        value={value}
                        onChange={(status) => {
                          const next = ATTENDANCE_STATUSES.find((candidate) => candidate === status);
                          if (next) setMarks((current) => ({ ...current, [enrolment.id]: next }));
                        }}
                      >
                        <Group gap="md" wrap="wrap">
                          {ATTENDANCE_STATUSES.map((status) => (
                            <Radio key={status} value={status} label={t(`trainings.attendance.${status}`)} />
                          ))}
                        </Group>
                      </Radio.Group>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text size="sm">
                          {t('trainings.attendance.sessionsAttended', {
                            attended: enrolment.progress.attended,
                            required: enrolment.progress.required,
                          })}
                        </Text>
                        <Badge size="sm" color={enrolment.progress.complete ? 'green' : 'yellow'} variant="light">
                          {enrolment.progress.complete ? t('trainings.attendance.complete') : t('trainings.attendance.incomplete')}
                        </Badge>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      {enrolment.application.status === 'IN_TRAINING' ? (
                        <ActivateButton
                          applicationId={enrolment.application.id}
                          name={name}
                          missing={enrolment.missingQualifications.map((q) => q.name)}
                          onFailure={setFailure}
                        />
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {changes.length ? t('trainings.attendance.unsaved') : ''}
        </Text>
        <Button onClick={() => void save()} loading={loading} disabled={rows.length === 0}>
          {t('trainings.attendance.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function ActivateButton({
  applicationId,
  name,
  missing,
  onFailure,
}: {
  applicationId: string;
  name: string;
  missing: string[];
  onFailure: (failure: ActivationFailure | null) => void;
}) {
  const { t } = useTranslation();
  const [activate, { loading }] = useMutation(ActivateVolunteerDocument);

  async function run() {
    onFailure(null);
    try {
      const { data } = await activate({ variables: { input: { applicationId } } });
      const result = data?.activateVolunteer;
      if (!result) return;
      if (result.__typename === 'QualificationsMissingError') {
        onFailure({ name, message: result.message, missing: result.missing.map((q) => q.name) });
        return;
      }
      if (isErrorResult(result)) {
        onFailure({ name, message: result.message, missing: [] });
        return;
      }
      notifications.show({ color: 'green', message: t('trainings.activate.done', { name }) });
    } catch {
      onFailure({ name, message: t('common.networkError'), missing: [] });
    }
  }

  return (
    <Stack gap={4} align="flex-start">
      <Button size="xs" onClick={() => void run()} loading={loading} aria-label={t('trainings.activate.buttonLabel', { name })}>
        {t('trainings.activate.button')}
      </Button>
      <Text size="xs" c={missing.length ? 'orange' : 'green'}>
        {missing.length ? t('trainings.activate.missing', { names: missing.join(', ') }) : t('trainings.activate.ready')}
      </Text>
    </Stack>
  );
}
