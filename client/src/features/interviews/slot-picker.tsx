import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Radio, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AvailableInterviewSlotsDocument,
  BookInterviewSlotDocument,
  RescheduleInterviewBookingDocument,
  type AvailableInterviewSlotsQuery,
} from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { EmptyMessage, QueryError } from '../../shared/page';
import { formatDay, formatTimeRange, groupByDay } from './format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query AvailableInterviewSlots($applicationId: ID!) {
    availableInterviewSlots(applicationId: $applicationId) {
      id
      startsAt
      endsAt
      location
      onlineUrl
      capacity
      placesLeft
    }
  }

  mutation BookInterviewSlot($input: BookInterviewSlotInput!) {
    bookInterviewSlot(input: $input) {
      __typename
      ... on MutationBookInterviewSlotSuccess {
        data {
          id
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

  mutation RescheduleInterviewBooking($input: RescheduleInterviewBookingInput!) {
    rescheduleInterviewBooking(input: $input) {
      __typename
      ... on MutationRescheduleInterviewBookingSuccess {
        data {
          id
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

type Slot = AvailableInterviewSlotsQuery['availableInterviewSlots'][number];

/**
 * The published times the applicant can still book, by day. Books a new interview, or moves the
 * booking `rescheduleBookingId`. The booking comes back in the mutation's payload, which updates
 * the application in the cache: nothing is refetched on success.
 */
export function SlotPicker({
  applicationId,
  rescheduleBookingId,
  onDone,
}: {
  applicationId: string;
  rescheduleBookingId?: string;
  onDone?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  // Places change while the page is open: show what is cached, then what the server says now.
  const { data, error, refetch } = useQuery(AvailableInterviewSlotsDocument, {
    variables: { applicationId },
    fetchPolicy: 'cache-and-network',
  });
  const [selected, setSelected] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [book, booking] = useMutation(BookInterviewSlotDocument);
  const [reschedule, rescheduling] = useMutation(RescheduleInterviewBookingDocument);
  const saving = booking.loading || rescheduling.loading;

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <Stack gap="xs" aria-busy>
        <Skeleton height={24} width="40%" />
        <Skeleton height={44} />
        <Skeleton height={44} />
      </Stack>
    );
  }
  const slots = data.availableInterviewSlots;
  if (slots.length === 0) {
    return <EmptyMessage title={t('interviews.booking.noSlots')}>{t('interviews.booking.noSlotsHelp')}</EmptyMessage>;
  }

  async function submit() {
    if (!selected) return;
    setFailure(null);
    try {
      const result = rescheduleBookingId
        ? (await reschedule({ variables: { input: { bookingId: rescheduleBookingId, slotId: selected } } })).data?.rescheduleInterviewBooking
        : (await book({ variables: { input: { applicationId, slotId: selected } } })).data?.bookInterviewSlot;
      if (!result) return;
      if (isErrorResult(result)) {
        setFailure(result.message);
        // Someone else may have taken it: show the places as they are now.
        setSelected(null);
        void refetch();
        return;
      }
      notifications.show({ color: 'green', message: rescheduleBookingId ? t('interviews.booking.moved') : t('interviews.booking.booked') });
      onDone?.();
    } catch {
      setFailure(t('common.networkError'));
    }
  }

  return (
    <Stack gap="md">
      {failure ? (
        <Alert color="red" title={t('common.errorTitle')} role="alert">
          {failure}
        </Alert>
      ) : null}
      <Radio.Group value={selected} onChange={setSelected} label={t('interviews.booking.slotsLabel')} description={t('interviews.booking.slotsHelp')}>
        <Stack gap="md" mt="xs">
          {groupByDay(slots).map(({ day, items }) => (
            <Stack key={day} gap={6} role="group" aria-label={formatDay(items[0]!.startsAt, language)}>
              <Title order={4} fz="md">
                {formatDay(items[0]!.startsAt, language)}
              </Title>
              {items.map((slot) => (
                <Radio
                  key={slot.id}
                  value={slot.id}
                  label={formatTimeRange(slot.startsAt, slot.endsAt, language)}
                  description={describe(slot, t)}
                />
              ))}
            </Stack>
          ))}
        </Stack>
      </Radio.Group>
      <Group>
        <Button onClick={() => void submit()} disabled={!selected} loading={saving}>
          {rescheduleBookingId ? t('interviews.booking.confirmMove') : t('interviews.booking.book')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('interviews.booking.izmirTime')}
      </Text>
    </Stack>
  );
}

function describe(slot: Slot, t: TFunction) {
  const place = [slot.location, slot.onlineUrl ? t('interviews.booking.onlineShort') : null].filter(Boolean).join(' · ');
  return slot.capacity > 1 ? `${place} · ${t('interviews.booking.groupPlaces', { count: slot.placesLeft })}` : place;
}
