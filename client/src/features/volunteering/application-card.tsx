import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Anchor, Button, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApplicationCard_ApplicationFragmentDoc } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { ApplicationTimeline } from './application-timeline';
import { ApplicationStatusBadge } from './status-badges';
import { InterviewBookingSection } from '../interviews/interview-booking-section';
import { TrainingSection } from '../trainings/training-section';

// Read by codegen, which turns it into the typed documents imported above. Other slices extend
// the card: add their fragment spread at the marked line and their component at the marked spot.
const _graphql = /* GraphQL */ `
  fragment ApplicationCard_application on VolunteerApplication {
    id
    status
    nextStep
    canWithdraw
    submittedAt
    createdAt
    round {
      id
      slug
      title
      isOpenForApplications
    }
    choices {
      rank
      area {
        id
        name
      }
    }
    ...ApplicationTimeline_application
    # interviews slice: spread the interview fragment here
    ...InterviewBookingSection_application
    # trainings slice: spread the trainings fragment here
    ...TrainingSection_application
  }
`;

export function ApplicationCard({
  application,
  onWithdraw,
}: {
  application: FragmentType<typeof ApplicationCard_ApplicationFragmentDoc>;
  onWithdraw: (application: { id: string; roundTitle: string }) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, complete } = useFragment({
    fragment: ApplicationCard_ApplicationFragmentDoc,
    fragmentName: 'ApplicationCard_application',
    from: application,
  });
  if (!complete) return null;
  const headingId = `application-${data.id}`;
  const isDraft = data.status === 'DRAFT';

  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={2} size="h3" id={headingId}>
              <Anchor component={Link} to={`/volunteering/rounds/${data.round.slug}`} inherit>
                {data.round.title}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {data.submittedAt
                ? t('volunteering.my.submittedOn', { date: format.dateTime(data.submittedAt) })
                : t('volunteering.my.startedOn', { date: format.dateTime(data.createdAt) })}
            </Text>
          </Stack>
          <ApplicationStatusBadge status={data.status} />
        </Group>

        {data.choices.length ? (
          <Text size="sm">
            <Text span fw={600}>
              {t('volunteering.my.choices')}:{' '}
            </Text>
            {data.choices.map((choice) => t('volunteering.my.choice', { rank: choice.rank, area: choice.area.name })).join(' · ')}
          </Text>
        ) : null}

        <Stack gap={4} component="section" aria-label={t('volunteering.my.nextStep')}>
          <Text size="sm" fw={600}>
            {t('volunteering.my.nextStep')}
          </Text>
          <Text size="sm">{data.nextStep}</Text>
        </Stack>

        <Divider />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Stack gap="xs" component="section" aria-label={t('volunteering.my.timeline')}>
            <Text size="sm" fw={600}>
              {t('volunteering.my.timeline')}
            </Text>
            <ApplicationTimeline application={data} />
          </Stack>
          <Stack gap="md">
            {/* interviews slice */}
            <InterviewBookingSection application={data} />
            {/* trainings slice */}
            <TrainingSection application={data} />
          </Stack>
        </SimpleGrid>

        <Group justify="flex-end" gap="sm">
          {isDraft && data.round.isOpenForApplications ? (
            <Button component={Link} to={`/volunteering/rounds/${data.round.slug}/apply`}>
              {t('volunteering.my.continueDraft')}
            </Button>
          ) : null}
          {data.canWithdraw ? (
            <Button
              variant="subtle"
              color="red"
              onClick={() => onWithdraw({ id: data.id, roundTitle: data.round.title })}
              aria-label={t('volunteering.my.withdrawFor', { round: data.round.title })}
            >
              {t('volunteering.my.withdraw')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
