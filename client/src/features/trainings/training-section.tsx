import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TrainingSection_ApplicationFragmentDoc, type TrainingSection_ApplicationFragment } from '../../generated/graphql';
import { formatSessionTime } from './istanbul-time';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment TrainingSection_application on VolunteerApplication {
    id
    trainings {
      id
      completedAt
      progress {
        attended
        required
        complete
      }
      attendance {
        sessionId
        status
      }
      course {
        id
        title
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
          makeUpFor {
            id
            title
          }
        }
      }
    }
  }
`;

type Enrolment = TrainingSection_ApplicationFragment['trainings'][number];
const STATUS_COLOURS = { ATTENDED: 'green', ABSENT: 'red', EXCUSED: 'yellow' } as const;

/** The applicant's trainings on their application card: sessions to attend, and their attendance. */
export function TrainingSection({ application }: { application: FragmentType<typeof TrainingSection_ApplicationFragmentDoc> }) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: TrainingSection_ApplicationFragmentDoc,
    fragmentName: 'TrainingSection_application',
    from: application,
  });
  if (!complete || data.trainings.length === 0) return null;

  return (
    <Stack gap="sm" component="section" aria-labelledby={`trainings-${data.id}`}>
      <Title order={3} size="h4" id={`trainings-${data.id}`}>
        {t('trainings.applicant.title')}
      </Title>
      {data.trainings.map((enrolment) => (
        <CourseSessions key={enrolment.id} enrolment={enrolment} />
      ))}
    </Stack>
  );
}

function CourseSessions({ enrolment }: { enrolment: Enrolment }) {
  const { t, i18n } = useTranslation();
  const statusOf = new Map(enrolment.attendance.map((a) => [a.sessionId, a.status]));
  // A make-up session concerns only someone who did not attend the session it replaces.
  const sessions = [...enrolment.course.sessions]
    .filter((s) => !s.makeUpFor || statusOf.get(s.makeUpFor.id) !== 'ATTENDED' || statusOf.has(s.id))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  // Read once: which sessions are upcoming does not change while the card is on screen.
  const [now] = useState(() => Date.now());

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text fw={600}>{enrolment.course.title}</Text>
        <Badge color={enrolment.completedAt ? 'green' : 'blue'} variant="light">
          {enrolment.completedAt ? t('trainings.applicant.completed') : t('trainings.applicant.inProgress')}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('trainings.applicant.progress', { attended: enrolment.progress.attended, required: enrolment.progress.required })} ·{' '}
        {enrolment.completedAt
          ? t('trainings.applicant.earned', { name: enrolment.course.qualification.name })
          : t('trainings.applicant.grants', { name: enrolment.course.qualification.name })}
      </Text>
      <List spacing="xs" size="sm" listStyleType="none" aria-label={t('trainings.applicant.sessionsLabel', { course: enrolment.course.title })}>
        {sessions.map((session) => {
          const status = statusOf.get(session.id);
          const upcoming = new Date(session.startsAt).getTime() > now;
          return (
            <List.Item key={session.id}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={500}>
                  {session.title}
                </Text>
                {session.makeUpFor ? (
                  <Badge size="sm" color="orange" variant="outline">
                    {t('trainings.applicant.makeUpFor', { title: session.makeUpFor.title })}
                  </Badge>
                ) : null}
                {status ? (
                  <Badge size="sm" color={STATUS_COLOURS[status]} variant="light">
                    {t(`trainings.attendance.${status}`)}
                  </Badge>
                ) : (
                  <Badge size="sm" color="gray" variant="light">
                    {upcoming ? t('trainings.applicant.upcoming') : t('trainings.applicant.notRecorded')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {formatSessionTime(session.startsAt, session.endsAt, i18n.resolvedLanguage ?? i18n.language)} ·{' '}
                {t('trainings.applicant.where', { place: session.place, trainer: session.trainer })}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
