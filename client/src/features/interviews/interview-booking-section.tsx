import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CancelInterviewBookingDocument,
  InterviewBookingSection_ApplicationFragmentDoc,
  type InterviewBookingSection_ApplicationFragment,
} from '../../generated/graphql';
import { useConfirm } from '../../shared/confirm';
import { isErrorResult } from '../../shared/form';
import { formatMoment, formatTimeRange, formatDay } from './format';
import { SlotPicker } from './slot-picker';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment InterviewBookingSection_application on VolunteerApplication {
    id
    status
    interviewBooking {
      id
      changeableUntil
      canChange
      icsUrl
      slot {
        id
        startsAt
        endsAt
        location
        onlineUrl
      }
    }
  }

  mutation CancelInterviewBooking($input: CancelInterviewBookingInput!) {
    cancelInterviewBooking(input: $input) {
      __typename
      ... on MutationCancelInterviewBookingSuccess {
        data {
          id
          cancelledAt
          application {
            id
            ...InterviewBookingSection_application
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/**
 * The applicant's interview: the booked time with its calendar file, moving and cancelling until
 * the cut-off; or, when invited, the published times to choose from.
 */
export function InterviewBookingSection({
  application,
}: {
  application: FragmentType<typeof InterviewBookingSection_ApplicationFragmentDoc>;
}) {
  const { data, complete } = useFragment({
    fragment: InterviewBookingSection_ApplicationFragmentDoc,
    fragmentName: 'InterviewBookingSection_application',
    from: application,
  });
  if (!complete) return null;
  // A past interview with an outcome is the timeline's business, not this section's.
  if (data.status === 'INTERVIEW_SCHEDULED' && data.interviewBooking) {
    return <BookedInterview application={data} booking={data.interviewBooking} />;
  }
  if (data.status !== 'INTERVIEW_INVITED') return null;
  return <ChooseInterview applicationId={data.id} />;
}

function ChooseInterview({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby={`interview-${applicationId}`}>
      <Title order={3} id={`interview-${applicationId}`}>
        {t('interviews.booking.chooseTitle')}
      </Title>
      <Text size="sm">{t('interviews.booking.chooseLead')}</Text>
      <SlotPicker applicationId={applicationId} />
    </Stack>
  );
}

type Booking = NonNullable<InterviewBookingSection_ApplicationFragment['interviewBooking']>;

function BookedInterview({ application, booking }: { application: InterviewBookingSection_ApplicationFragment; booking: Booking }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [moving, setMoving] = useState(false);
  const confirm = useConfirm();
  const [cancel] = useMutation(CancelInterviewBookingDocument);
  const { slot } = booking;

  async function cancelBooking() {
    const done = await confirm({
      title: t('interviews.booking.cancelTitle'),
      message: t('interviews.booking.cancelLead'),
      confirmLabel: t('interviews.booking.confirmCancel'),
      cancelLabel: t('interviews.booking.keepBooking'),
      danger: true,
      action: async () => {
        const result = (await cancel({ variables: { input: { bookingId: booking.id } } })).data?.cancelInterviewBooking;
        return result && isErrorResult(result) ? result.message : null;
      },
    });
    if (done) notifications.show({ color: 'green', message: t('interviews.booking.cancelled') });
  }

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`interview-${application.id}`}>
      <Stack gap="sm">
        <Title order={3} id={`interview-${application.id}`}>
          {t('interviews.booking.bookedTitle')}
        </Title>
        <div>
          <Text fw={700}>{formatDay(slot.startsAt, language)}</Text>
          <Text>
            {t('interviews.booking.timeInIzmir', { time: formatTimeRange(slot.startsAt, slot.endsAt, language) })}
          </Text>
        </div>
        {slot.location ? (
          <Text>
            <Text span fw={500}>
              {t('interviews.booking.place')}:
            </Text>{' '}
            {slot.location}
          </Text>
        ) : null}
        {slot.onlineUrl ? (
          <Text>
            <Text span fw={500}>
              {t('interviews.booking.online')}:
            </Text>{' '}
            <Anchor href={slot.onlineUrl} target="_blank" rel="noopener noreferrer">
              {slot.onlineUrl}
            </Anchor>
          </Text>
        ) : null}
        <Group gap="sm">
          <Button component="a" href={booking.icsUrl} download variant="light">
            {t('interviews.booking.addToCalendar')}
          </Button>
        </Group>
        {booking.canChange ? (
          <>
            <Text size="sm" c="dimmed">
              {t('interviews.booking.changeUntil', { deadline: formatMoment(booking.changeableUntil, language) })}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={() => setMoving((open) => !open)} aria-expanded={moving}>
                {moving ? t('interviews.booking.keepTime') : t('interviews.booking.move')}
              </Button>
              <Button variant="subtle" color="red" onClick={() => void cancelBooking()}>
                {t('interviews.booking.cancel')}
              </Button>
            </Group>
          </>
        ) : (
          <Alert color="gray" variant="light">
            {t('interviews.booking.cutoffPassed', { deadline: formatMoment(booking.changeableUntil, language) })}
          </Alert>
        )}
        {moving && booking.canChange ? (
          <Stack gap="xs">
            <Title order={4}>{t('interviews.booking.moveTitle')}</Title>
            <SlotPicker applicationId={application.id} rescheduleBookingId={booking.id} onDone={() => setMoving(false)} />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
