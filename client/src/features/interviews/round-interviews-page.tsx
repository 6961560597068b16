import { useQuery } from '@apollo/client/react';
import { addDays, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { Anchor, Button, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RoundInterviewsPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { AssignSlotDialog } from './assign-slot-dialog';
import { formatDay, groupByDay } from './format';
import { PublishSlotsDialog } from './publish-slots-dialog';
import { ScorecardDrawer } from './scorecard-drawer';
import { SlotCard, type SlotCardBooking } from './slot-card';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query RoundInterviewsPage($roundId: ID!, $from: Date!, $to: Date!) {
    node(id: $roundId) {
      id
      ... on RecruitmentRound {
        title
        status
        bookingCutoffHours
        interviewCriteria {
          id
          ...ScorecardDrawer_criterion
        }
      }
    }
    interviewSlots(roundId: $roundId, from: $from, to: $to) {
      id
      startsAt
      ...SlotCard_slot
    }
    interviewers {
      id
      ...PublishSlotsDialog_interviewer
    }
  }
`;

/** How many days the list shows at first (the server accepts up to 93). */
const DEFAULT_SPAN_DAYS = 28;
const MAX_SPAN_DAYS = 93;

/** A round's interviews for coordinators: publish slots, see who booked, assign, score. */
export function RoundInterviewsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { id = '' } = useParams();
  const [range, setRange] = useState(() => {
    const today = todayInIstanbul();
    return { from: today, to: addDays(today, DEFAULT_SPAN_DAYS - 1) };
  });
  const { data, previousData, error, refetch, loading } = useQuery(RoundInterviewsPageDocument, {
    variables: { roundId: id, ...range },
  });
  const shown = data ?? previousData;
  const round = shown?.node?.__typename === 'RecruitmentRound' ? shown.node : null;
  const [publishing, setPublishing] = useState(false);
  const [assigningSlotId, setAssigningSlotId] = useState<string | null>(null);
  const [scoring, setScoring] = useState<SlotCardBooking | null>(null);

  function changeRange(next: Partial<typeof range>) {
    const merged = { ...range, ...next };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(merged.from) || !/^\d{4}-\d{2}-\d{2}$/.test(merged.to)) return;
    // Keep the range valid: the end follows the start, and spans at most MAX_SPAN_DAYS.
    const to = merged.to < merged.from ? merged.from : merged.to > addDays(merged.from, MAX_SPAN_DAYS - 1) ? addDays(merged.from, MAX_SPAN_DAYS - 1) : merged.to;
    setRange({ from: merged.from, to });
  }

  const back = (
    <Anchor component={Link} to="/coordination/interviews" size="sm">
      {t('interviews.coordination.back')}
    </Anchor>
  );

  if (error && !shown) {
    return (
      <Stack>
        {back}
        <PageHeader title={t('interviews.coordination.title')} />
        <QueryError onRetry={() => void refetch()} />
      </Stack>
    );
  }
  if (!shown) {
    return (
      <Stack aria-busy>
        {back}
        <Skeleton height={40} width="60%" />
        <Skeleton height={80} radius="md" />
        <Skeleton height={240} radius="md" />
      </Stack>
    );
  }
  if (!round) {
    return (
      <Stack>
        {back}
        <EmptyMessage title={t('interviews.coordination.notFound')} />
      </Stack>
    );
  }

  const days = groupByDay(shown.interviewSlots);

  return (
    <Stack>
      {back}
      <PageHeader
        title={t('interviews.coordination.title')}
        lead={`${round.title} · ${t('interviews.coordination.cutoff', { count: round.bookingCutoffHours })}`}
        actions={<Button onClick={() => setPublishing(true)}>{t('interviews.publish.open')}</Button>}
      />
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          type="date"
          label={t('interviews.coordination.from')}
          value={range.from}
          onChange={(event) => changeRange({ from: event.currentTarget.value })}
          w={{ base: '100%', xs: 180 }}
        />
        <TextInput
          type="date"
          label={t('interviews.coordination.to')}
          value={range.to}
          onChange={(event) => changeRange({ to: event.currentTarget.value })}
          w={{ base: '100%', xs: 180 }}
        />
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {t('interviews.coordination.slotCount', { count: shown.interviewSlots.length })}
        </Text>
      </Group>
      {days.length === 0 ? (
        <EmptyMessage title={t('interviews.coordination.empty')}>{t('interviews.coordination.emptyHelp')}</EmptyMessage>
      ) : (
        <Stack gap="lg" aria-busy={loading}>
          {days.map(({ day, items }) => (
            <Stack key={day} gap="xs" component="section" aria-label={formatDay(items[0]!.startsAt, language)}>
              <Title order={2} fz="h4">
                {formatDay(items[0]!.startsAt, language)}
              </Title>
              {items.map((slot) => (
                <SlotCard key={slot.id} slot={slot} onAssign={setAssigningSlotId} onScore={setScoring} />
              ))}
            </Stack>
          ))}
        </Stack>
      )}
      <PublishSlotsDialog
        opened={publishing}
        roundId={round.id}
        interviewers={shown.interviewers}
        onClose={() => setPublishing(false)}
        onPublished={() => void refetch()}
      />
      <AssignSlotDialog roundId={round.id} slotId={assigningSlotId} onClose={() => setAssigningSlotId(null)} />
      <ScorecardDrawer booking={scoring} criteria={round.interviewCriteria} onClose={() => setScoring(null)} />
    </Stack>
  );
}
