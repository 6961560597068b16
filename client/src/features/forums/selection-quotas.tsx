import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetForumQuotasDocument } from '../../generated/graphql';
import { FormErrorAlert } from '../../shared/page';
import { type QuestionLabels } from './selection-format';
import { refusalOf } from '../../shared/form';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation SetForumQuotas($input: SetForumQuotasInput!) {
    setForumQuotas(input: $input) {
      __typename
      ... on MutationSetForumQuotasSuccess {
        data {
          id
          panelSize
          quotas {
            questionKey
            value
            min
            max
          }
        }
      }
      ... on ForumUnknownQuotaError {
        questionKey
        value
      }
      ... on Error {
        message
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`;

type Bound = number | '';
export type QuotaBounds = { readonly min: Bound; readonly max: Bound };
/** The editor's state: an empty bound means no rule (at least 0, at most the whole panel). */
export type QuotaDraft = { readonly panelSize: Bound; readonly bounds: Readonly<Record<string, QuotaBounds>> };
export type QuotaRule = { readonly questionKey: string; readonly value: string; readonly min: number; readonly max: number };
export type QuotaChange = { readonly questionKey: string; readonly value: string; readonly minTo?: number | null; readonly maxTo?: number | null };

const boundKey = (questionKey: string, value: string) => `${questionKey}:${value}`;

export function draftFrom(panelSize: number | null | undefined, quotas: ReadonlyArray<QuotaRule>): QuotaDraft {
  return { panelSize: panelSize ?? '', bounds: Object.fromEntries(quotas.map((quota) => [boundKey(quota.questionKey, quota.value), { min: quota.min, max: quota.max }])) };
}

/** The draft with a suggested relaxation's new bounds written in (a bound it leaves alone stays). */
export function draftWithChanges(draft: QuotaDraft, changes: ReadonlyArray<QuotaChange>): QuotaDraft {
  const bounds = { ...draft.bounds };
  for (const change of changes) {
    const key = boundKey(change.questionKey, change.value);
    const current = bounds[key] ?? { min: '', max: '' };
    bounds[key] = { min: change.minTo ?? current.min, max: change.maxTo ?? current.max };
  }
  return { ...draft, bounds };
}

/** The rules the server is sent: every answer with a bound set, the other bound filled with its default. */
export function rulesOf(draft: QuotaDraft): QuotaRule[] {
  const panelSize = draft.panelSize === '' ? 0 : draft.panelSize;
  return Object.entries(draft.bounds).flatMap(([key, bound]) => {
    if (bound.min === '' && bound.max === '') return [];
    const [questionKey = '', value = ''] = key.split(':');
    return [{ questionKey, value, min: bound.min === '' ? 0 : bound.min, max: bound.max === '' ? panelSize : bound.max }];
  });
}

export function sameDraft(a: QuotaDraft, b: QuotaDraft): boolean {
  const key = (draft: QuotaDraft) => JSON.stringify([draft.panelSize, rulesOf(draft).sort((x, y) => `${x.questionKey}:${x.value}`.localeCompare(`${y.questionKey}:${y.value}`))]);
  return key(a) === key(b);
}

const asBound = (value: number | string): Bound => (typeof value === 'number' ? value : value.trim() === '' || Number.isNaN(Number(value)) ? '' : Number(value));

/**
 * The panel size and, for each answer to each question, how many of the panel must (at least) and
 * may (at most) have it. Frozen once the selection is committed.
 */
export function SelectionQuotaEditor({
  sessionId,
  labels,
  draft,
  onChange,
  saved,
  frozen,
}: {
  sessionId: string;
  labels: QuestionLabels;
  draft: QuotaDraft;
  onChange: (draft: QuotaDraft) => void;
  saved: QuotaDraft;
  frozen: boolean;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetForumQuotasDocument, { refetchQueries: ['ForumSelectionPreview'] });
  const unsaved = !sameDraft(draft, saved);

  function setBound(questionKey: string, value: string, side: 'min' | 'max', next: number | string) {
    const key = boundKey(questionKey, value);
    const current = draft.bounds[key] ?? { min: '', max: '' };
    onChange({ ...draft, bounds: { ...draft.bounds, [key]: { ...current, [side]: asBound(next) } } });
  }

  async function submit() {
    setError(null);
    if (draft.panelSize === '') return setError(t('forums.selection.quotas.panelSizeNeeded'));
    try {
      const answer = (await save({ variables: { input: { sessionId, panelSize: draft.panelSize, quotas: rulesOf(draft) } } })).data?.setForumQuotas;
      if (answer?.__typename === 'ForumUnknownQuotaError') return setError(t('forums.selection.quotas.unknownQuota', { question: answer.questionKey, option: answer.value }));
      const refusal = refusalOf(answer);
      if (refusal) return setError(refusal);
      notifications.show({ color: 'green', message: t('forums.selection.quotas.saved') });
    } catch {
      setError(t('forums.selection.networkError'));
    }
  }

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="selection-quotas">
      <Title order={2} size="h4" id="selection-quotas" mb="xs">
        {t('forums.selection.quotas.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {frozen ? t('forums.selection.quotas.frozen') : t('forums.selection.quotas.lead')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <NumberInput
            label={t('forums.selection.quotas.panelSize')}
            required
            min={1}
            max={500}
            allowDecimal={false}
            allowNegative={false}
            disabled={frozen}
            value={draft.panelSize}
            onChange={(value) => onChange({ ...draft, panelSize: asBound(value) })}
            w={200}
          />
          {labels.questions.map((question) => (
            <Table key={question.key} striped captionSide="top">
              <Table.Caption style={{ textAlign: 'start', fontWeight: 600 }}>{question.label}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('forums.selection.quotas.answer')}</Table.Th>
                  <Table.Th scope="col">{t('forums.selection.quotas.min')}</Table.Th>
                  <Table.Th scope="col">{t('forums.selection.quotas.max')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {question.options.map((option) => {
                  const bound = draft.bounds[boundKey(question.key, option.value)] ?? { min: '', max: '' };
                  return (
                    <Table.Tr key={option.value}>
                      <Table.Th scope="row" fw={400}>
                        {option.label}
                      </Table.Th>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('forums.selection.quotas.minOf', { option: option.label })}
                          placeholder="0"
                          min={0}
                          max={500}
                          allowDecimal={false}
                          allowNegative={false}
                          disabled={frozen}
                          value={bound.min}
                          onChange={(value) => setBound(question.key, option.value, 'min', value)}
                          w={110}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('forums.selection.quotas.maxOf', { option: option.label })}
                          placeholder={draft.panelSize === '' ? '' : String(draft.panelSize)}
                          min={0}
                          max={500}
                          allowDecimal={false}
                          allowNegative={false}
                          disabled={frozen}
                          value={bound.max}
                          onChange={(value) => setBound(question.key, option.value, 'max', value)}
                          w={110}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          ))}
          {labels.questions.length === 0 ? <Text size="sm">{t('forums.selection.quotas.noQuestions')}</Text> : null}
          <FormErrorAlert message={error} />
          {!frozen ? (
            <Group gap="sm">
              <Button type="submit" loading={loading} disabled={!unsaved}>
                {t('forums.selection.quotas.save')}
              </Button>
              {unsaved ? (
                <>
                  <Button variant="default" onClick={() => onChange(saved)}>
                    {t('forums.selection.quotas.reset')}
                  </Button>
                  <Text size="sm" role="status">
                    {t('forums.selection.quotas.unsaved')}
                  </Text>
                </>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
