import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  CoordinatorCancelInterviewBookingDocument,
  SlotCard_SlotFragmentDoc,
  type InterviewOutcome,
  type SlotCard_SlotFragment,
} from '../../generated/graphql';
import { useConfirm } from '../../shared/confirm';
import { isErrorResult } from '../../shared/form';
import { formatTimeRange } from './format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment SlotCard_slot on InterviewSlot {
    id
    startsAt
    endsAt
    location
    onlineUrl
    capacity
    bookedCount
    placesLeft
    interviewers {
      id
      fullName
    }
    bookings {
      id
      attended
      outcome
      applicant {
        id
        fullName
      }
      ...ScorecardDrawer_booking
    }
  }

  mutation CoordinatorCancelInterviewBooking($input: CancelInterviewBookingInput!) {
    cancelInterviewBooking(input: $input) {
      __typename
      ... on MutationCancelInterviewBookingSuccess {
        data {
          id
          cancelledAt
          application {
            id
            status
          }
          slot {
            id
            ...SlotCard_slot
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

export type SlotCardBooking = SlotCard_SlotFragment['bookings'][number];

const OUTCOME_COLOURS: Record<InterviewOutcome, string> = { ACCEPT: 'green', REJECT: 'red', WAITLIST: 'yellow' };

/** One published slot: when, where, who interviews, who booked, and what can be done about it. */
export function SlotCard({
  slot,
  onAssign,
  onScore,
}: {
  slot: FragmentType<typeof SlotCard_SlotFragmentDoc>;
  onAssign: (slotId: string) => void;
  onScore: (booking: SlotCardBooking) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data, complete } = useFragment({ fragment: SlotCard_SlotFragmentDoc, fragmentName: 'SlotCard_slot', from: slot });
  const confirm = useConfirm();
  const [cancel] = useMutation(CoordinatorCancelInterviewBookingDocument);
  if (!complete) return null;
  const time = formatTimeRange(data.startsAt, data.endsAt, language);

  async function cancelBooking(booking: SlotCardBooking) {
    const name = booking.applicant.fullName;
    const done = await confirm({
      title: t('interviews.slot.cancelTitle', { name }),
      message: t('interviews.slot.cancelLead'),
      confirmLabel: t('interviews.slot.confirmCancel'),
      danger: true,
      action: async () => {
        const result = (await cancel({ variables: { input: { bookingId: booking.id } } })).data?.cancelInterviewBooking;
        return result && isErrorResult(result) ? result.message : null;
      },
    });
    if (done) notifications.show({ color: 'green', message: t('interviews.slot.cancelled', { name }) });
  }

  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={t('interviews.slot.label', { time })}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Text fw={700}>{time}</Text>
            <Text size="sm" c="dimmed">
              {[data.location, data.onlineUrl ? t('interviews.slot.online') : null].filter(Boolean).join(' · ')}
              {data.onlineUrl ? (
                <>
                  {' '}
                  <Anchor href={data.onlineUrl} target="_blank" rel="noopener noreferrer" size="sm">
                    {t('interviews.slot.openLink')}
                  </Anchor>
                </>
              ) : null}
            </Text>
            <Text size="sm">
              {t('interviews.slot.interviewers', { names: data.interviewers.map((person) => person.fullName).join(', ') })}
            </Text>
          </Stack>
          <Group gap="xs">
            <Badge variant="light" color={data.placesLeft === 0 ? 'gray' : 'blue'} miw="max-content">
              {t('interviews.slot.places', { booked: data.bookedCount, capacity: data.capacity })}
            </Badge>
            {data.placesLeft > 0 ? (
              <Button size="xs" variant="light" onClick={() => onAssign(data.id)} aria-label={t('interviews.slot.assignAt', { time })}>
                {t('interviews.slot.assign')}
              </Button>
            ) : null}
          </Group>
        </Group>
        {data.bookings.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('interviews.slot.noBookings')}
          </Text>
        ) : (
          <List spacing={6} listStyleType="none" aria-label={t('interviews.slot.bookingsLabel', { time })}>
            {data.bookings.map((booking) => (
              <List.Item key={booking.id}>
                <Group gap="xs" wrap="wrap">
                  <Text fw={500}>{booking.applicant.fullName}</Text>
                  {booking.outcome ? (
                    <Badge color={OUTCOME_COLOURS[booking.outcome]} variant="light" miw="max-content">
                      {t(`interviews.outcome.${booking.outcome}`)}
                    </Badge>
                  ) : booking.attended === false ? (
                    <Badge color="orange" variant="light" miw="max-content">
                      {t('interviews.slot.noShow')}
                    </Badge>
                  ) : null}
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => onScore(booking)}
                    aria-label={t('interviews.slot.scorecardFor', { name: booking.applicant.fullName })}
                  >
                    {t('interviews.slot.scorecard')}
                  </Button>
                  {booking.outcome ? null : (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => void cancelBooking(booking)}
                      aria-label={t('interviews.slot.cancelFor', { name: booking.applicant.fullName })}
                    >
                      {t('interviews.slot.cancel')}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
