import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CourseCard_CandidateFragmentDoc, CourseCard_CourseFragmentDoc } from '../../generated/graphql';
import { formatSessionTime } from './istanbul-time';
import { AddSessionDialog } from './add-session-dialog';
import { AttendanceGrid } from './attendance-grid';
import { EnrolDialog } from './enrol-dialog';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment CourseCard_course on TrainingCourse {
    id
    title
    completionRule
    minSessions
    qualification {
      id
      name
    }
    sessions {
      id
      title
      startsAt
      endsAt
      place
      trainer
      capacity
      isMakeUp
      makeUpFor {
        id
        title
      }
    }
    enrolments {
      id
      application {
        id
      }
    }
    ...AttendanceGrid_course
  }

  fragment CourseCard_candidate on VolunteerApplication {
    id
    ...EnrolDialog_candidate
  }
`;

export function CourseCard({
  course,
  candidates,
}: {
  course: FragmentType<typeof CourseCard_CourseFragmentDoc>;
  candidates: ReadonlyArray<FragmentType<typeof CourseCard_CandidateFragmentDoc>>;
}) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const { data, complete } = useFragment({ fragment: CourseCard_CourseFragmentDoc, fragmentName: 'CourseCard_course', from: course });
  const people = useFragment({ fragment: CourseCard_CandidateFragmentDoc, fragmentName: 'CourseCard_candidate', from: [...candidates] });
  if (!complete || !people.complete) return null;

  const headingId = `course-${data.id}`;
  const enrolled = new Set(data.enrolments.map((e) => e.application.id));
  const sessions = [...data.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby={headingId}>
      <Stack>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Title order={2} size="h3" id={headingId}>
              {data.title}
            </Title>
            <Text size="sm" c="dimmed">
              {data.completionRule === 'MIN_SESSIONS'
                ? t('trainings.course.ruleSummaryMin', { count: data.minSessions ?? 0 })
                : t('trainings.course.ruleSummaryAll')}
            </Text>
            <Group gap="xs">
              <Badge variant="light">{t('trainings.course.grants', { name: data.qualification.name })}</Badge>
              <Badge variant="outline" color="gray">
                {t('trainings.course.enrolled', { count: data.enrolments.length })}
              </Badge>
            </Group>
          </Stack>
          <Group gap="xs">
            <Button variant="light" onClick={() => setAdding(true)}>
              {t('trainings.sessions.add')}
            </Button>
            <Button onClick={() => setEnrolling(true)}>{t('trainings.enrol.button')}</Button>
          </Group>
        </Group>

        <Title order={3} size="h4">
          {t('trainings.sessions.title')}
        </Title>
        {sessions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('trainings.sessions.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('trainings.sessions.tableLabel', { course: data.title })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('trainings.sessions.name')}</Table.Th>
                  <Table.Th>{t('trainings.sessions.when')}</Table.Th>
                  <Table.Th>{t('trainings.sessions.place')}</Table.Th>
                  <Table.Th>{t('trainings.sessions.trainer')}</Table.Th>
                  <Table.Th>{t('trainings.sessions.capacity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.map((session) => (
                  <Table.Tr key={session.id}>
                    <Table.Td>
                      <Group gap="xs">
                        <span>{session.title}</span>
                        {session.makeUpFor ? (
                          <Badge size="sm" color="orange" variant="light" title={t('trainings.sessions.makeUpFor', { title: session.makeUpFor.title })}>
                            {t('trainings.sessions.makeUpBadge')}
                          </Badge>
                        ) : null}
                      </Group>
                      {session.makeUpFor ? (
                        <Text size="xs" c="dimmed">
                          {t('trainings.sessions.makeUpFor', { title: session.makeUpFor.title })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {formatSessionTime(session.startsAt, session.endsAt, i18n.resolvedLanguage ?? i18n.language)}
                    </Table.Td>
                    <Table.Td>{session.place}</Table.Td>
                    <Table.Td>{session.trainer}</Table.Td>
                    <Table.Td>{session.capacity}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        <AttendanceGrid course={data} />
      </Stack>
      <AddSessionDialog
        courseId={data.id}
        courseTitle={data.title}
        regularSessions={sessions.filter((s) => !s.isMakeUp)}
        opened={adding}
        onClose={() => setAdding(false)}
      />
      <EnrolDialog
        courseId={data.id}
        courseTitle={data.title}
        candidates={people.data.filter((c) => !enrolled.has(c.id))}
        opened={enrolling}
        onClose={() => setEnrolling(false)}
      />
    </Paper>
  );
}
