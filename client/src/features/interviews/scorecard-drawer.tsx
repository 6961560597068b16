import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Drawer, Group, Radio, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RecordInterviewOutcomeDocument,
  ScorecardDrawer_BookingFragmentDoc,
  ScorecardDrawer_CriterionFragmentDoc,
  type InterviewOutcome,
  type ScorecardDrawer_BookingFragment,
  type ScorecardDrawer_CriterionFragment,
} from '../../generated/graphql';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { formatMoment } from './format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ScorecardDrawer_booking on InterviewBooking {
    id
    attended
    outcome
    note
    decidedAt
    applicant {
      id
      fullName
    }
    slot {
      id
      startsAt
    }
    scores {
      score
      criterion {
        id
      }
    }
  }

  fragment ScorecardDrawer_criterion on InterviewCriterion {
    id
    label
    maxScore
    position
  }

  mutation RecordInterviewOutcome($input: RecordInterviewOutcomeInput!) {
    recordInterviewOutcome(input: $input) {
      __typename
      ... on MutationRecordInterviewOutcomeSuccess {
        data {
          id
          ...ScorecardDrawer_booking
          application {
            id
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

const OUTCOMES: InterviewOutcome[] = ['ACCEPT', 'WAITLIST', 'REJECT'];

/** The interview scorecard of one booking: attendance, a score per criterion, outcome and notes. */
export function ScorecardDrawer({
  booking,
  criteria,
  onClose,
}: {
  booking: FragmentType<typeof ScorecardDrawer_BookingFragmentDoc> | null;
  criteria: ReadonlyArray<FragmentType<typeof ScorecardDrawer_CriterionFragmentDoc>>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: ScorecardDrawer_BookingFragmentDoc,
    fragmentName: 'ScorecardDrawer_booking',
    from: booking,
  });
  const scale = useFragment({ fragment: ScorecardDrawer_CriterionFragmentDoc, fragmentName: 'ScorecardDrawer_criterion', from: [...criteria] });
  const opened = booking !== null && complete && scale.complete;

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={opened ? t('interviews.scorecard.title', { name: data.applicant.fullName }) : ''}
    >
      {opened ? <ScorecardForm key={data.id} booking={data} criteria={scale.data} onClose={onClose} /> : null}
    </Drawer>
  );
}

type Values = {
  attended: 'yes' | 'no' | '';
  outcome: InterviewOutcome | '';
  note: string;
  scores: Record<string, string>;
};

function ScorecardForm({
  booking,
  criteria,
  onClose,
}: {
  booking: ScorecardDrawer_BookingFragment;
  criteria: readonly ScorecardDrawer_CriterionFragment[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const decided = booking.outcome !== null;
  const form = useForm<Values>({
    attended: booking.attended === null ? '' : booking.attended ? 'yes' : 'no',
    outcome: booking.outcome ?? '',
    note: booking.note ?? '',
    scores: Object.fromEntries(booking.scores.map((entry) => [entry.criterion.id, String(entry.score)])),
  });
  const [missing, setMissing] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordInterviewOutcomeDocument);
  const attended = form.values.attended === 'yes';
  const sorted = [...criteria].sort((a, b) => a.position - b.position);

  async function submit() {
    setMissing(null);
    if (form.values.attended === '') {
      setMissing(t('interviews.scorecard.attendanceRequired'));
      return;
    }
    if (attended && form.values.outcome === '') {
      setMissing(t('interviews.scorecard.outcomeRequired'));
      return;
    }
    const scores = attended
      ? sorted.flatMap((criterion) => {
          const value = form.values.scores[criterion.id];
          return value === undefined || value === '' ? [] : [{ criterionId: criterion.id, score: Number(value) }];
        })
      : [];
    const result = await form.send(
      async () =>
        (
          await record({
            variables: {
              input: {
                bookingId: booking.id,
                attended,
                scores,
                outcome: form.values.outcome === '' ? null : form.values.outcome,
                note: form.values.note.trim() || null,
              },
            },
          })
        ).data?.recordInterviewOutcome,
    );
    if (!result) return;
    notifications.show({ color: 'green', message: t('interviews.scorecard.saved', { name: booking.applicant.fullName }) });
    onClose();
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {formatMoment(booking.slot.startsAt, language)}
        </Text>
        {decided ? (
          <Alert color="blue" variant="light">
            <Group gap="xs">
              <Text size="sm">{t('interviews.scorecard.decided')}</Text>
              <Badge variant="light">{t(`interviews.outcome.${booking.outcome!}`)}</Badge>
            </Group>
          </Alert>
        ) : null}
        <FormErrorAlert message={missing ?? form.formError} />
        <Radio.Group
          label={t('interviews.scorecard.attendance')}
          value={form.values.attended}
          onChange={(value) => {
            form.setValue('attended', value === 'yes' ? 'yes' : 'no');
            // A no-show can only be rejected (or left open): drop any other outcome chosen.
            if (value === 'no' && form.values.outcome !== 'REJECT') form.setValue('outcome', '');
          }}
          required
        >
          <Group mt="xs">
            <Radio value="yes" label={t('interviews.scorecard.attended')} disabled={decided} />
            <Radio value="no" label={t('interviews.scorecard.noShow')} disabled={decided} />
          </Group>
        </Radio.Group>

        {attended ? (
          <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={3} fz="md" component="legend">
              {t('interviews.scorecard.scores')}
            </Title>
            {sorted.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('interviews.scorecard.noCriteria')}
              </Text>
            ) : (
              sorted.map((criterion) => (
                <Stack key={criterion.id} gap={4}>
                  <Text size="sm" fw={500} id={`criterion-${criterion.id}`}>
                    {t('interviews.scorecard.criterion', { label: criterion.label, max: criterion.maxScore })}
                  </Text>
                  <SegmentedControl
                    aria-labelledby={`criterion-${criterion.id}`}
                    disabled={decided}
                    value={form.values.scores[criterion.id] ?? ''}
                    onChange={(value) => form.setValue('scores', { ...form.values.scores, [criterion.id]: value })}
                    data={Array.from({ length: criterion.maxScore + 1 }, (_, score) => ({ value: String(score), label: String(score) }))}
                  />
                </Stack>
              ))
            )}
          </Stack>
        ) : null}

        <Radio.Group
          label={t('interviews.scorecard.outcome')}
          description={attended ? undefined : t('interviews.scorecard.noShowHelp')}
          value={form.values.outcome}
          onChange={(value) => form.setValue('outcome', OUTCOMES.find((outcome) => outcome === value) ?? '')}
          error={form.errors.outcome}
        >
          <Stack gap={6} mt="xs">
            {OUTCOMES.map((outcome) => (
              <Radio
                key={outcome}
                value={outcome}
                label={t(`interviews.outcome.${outcome}`)}
                disabled={decided || (form.values.attended === 'no' && outcome !== 'REJECT')}
              />
            ))}
          </Stack>
        </Radio.Group>

        <Textarea
          label={t('interviews.scorecard.note')}
          description={t('interviews.scorecard.noteHelp')}
          value={form.values.note}
          onChange={(event) => form.setValue('note', event.currentTarget.value)}
          error={form.errors.note}
          rows={4}
          maxLength={4000}
          disabled={decided}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          {decided ? null : (
            <Button type="submit" loading={loading}>
              {t('interviews.scorecard.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
