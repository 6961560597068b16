import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Card, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManageQuestionsEditor_EventFragmentDoc, SetForumProfileQuestionsDocument } from '../../generated/graphql';
import { FormErrorAlert } from '../../shared/page';
import { forumRefusal } from './manage-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ManageQuestionsEditor_event on ForumEvent {
    id
    status
    questions {
      id
      key
      labelTr
      labelEn
      options {
        id
        value
        labelTr
        labelEn
      }
    }
  }
  mutation SetForumProfileQuestions($input: SetForumProfileQuestionsInput!) {
    setForumProfileQuestions(input: $input) {
      __typename
      ... on MutationSetForumProfileQuestionsSuccess {
        data {
          id
          ...ManageQuestionsEditor_event
        }
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

type Option = { rowKey: number; value: string; labelTr: string; labelEn: string };
type Question = { rowKey: number; key: string; labelTr: string; labelEn: string; options: Option[] };

let nextRowKey = 1;
const rowKey = () => nextRowKey++;
const emptyOption = (): Option => ({ rowKey: rowKey(), value: '', labelTr: '', labelEn: '' });
const emptyQuestion = (): Question => ({ rowKey: rowKey(), key: '', labelTr: '', labelEn: '', options: [emptyOption(), emptyOption()] });

/**
 * The profile questions applicants to the event's focus groups answer (quotas count their options):
 * rows added and removed here, saved as one list. The server refuses changes once anyone has applied.
 */
export function ManageQuestionsEditor({ event: eventRef }: { event: FragmentType<typeof ManageQuestionsEditor_EventFragmentDoc> }) {
  const { t } = useTranslation();
  const { data: event, complete } = useFragment({ fragment: ManageQuestionsEditor_EventFragmentDoc, fragmentName: 'ManageQuestionsEditor_event', from: eventRef });
  const [draft, setDraft] = useState<Question[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetForumProfileQuestionsDocument);
  if (!complete) return null;
  const closed = event.status === 'CLOSED';
  const eventId = event.id;

  const startEditing = () => {
    setError(null);
    setDraft(
      event.questions.map((question) => ({
        rowKey: rowKey(),
        key: question.key,
        labelTr: question.labelTr,
        labelEn: question.labelEn,
        options: question.options.map((option) => ({ rowKey: rowKey(), value: option.value, labelTr: option.labelTr, labelEn: option.labelEn })),
      })),
    );
  };
  const editQuestion = (key: number, change: (question: Question) => Question) => setDraft((list) => list?.map((question) => (question.rowKey === key ? change(question) : question)) ?? null);
  const editOption = (questionKey: number, optionKey: number, change: Partial<Option>) =>
    editQuestion(questionKey, (question) => ({ ...question, options: question.options.map((option) => (option.rowKey === optionKey ? { ...option, ...change } : option)) }));

  async function submit(questions: Question[]) {
    setError(null);
    const input = {
      eventId,
      questions: questions.map((question) => ({
        key: question.key.trim(),
        labelTr: question.labelTr.trim(),
        labelEn: question.labelEn.trim(),
        options: question.options.map((option) => ({ value: option.value.trim(), labelTr: option.labelTr.trim(), labelEn: option.labelEn.trim() })),
      })),
    };
    try {
      const answer = (await save({ variables: { input } })).data?.setForumProfileQuestions;
      const refusal = forumRefusal(answer, t);
      if (refusal) return setError(refusal);
      if (answer?.__typename === 'MutationSetForumProfileQuestionsSuccess') {
        setDraft(null);
        notifications.show({ color: 'green', message: t('forums.manage.questions.saved') });
      }
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="manage-questions">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3" id="manage-questions">
            {t('forums.manage.questions.title')}
          </Title>
          {draft === null ? (
            <Button variant="default" onClick={startEditing} disabled={closed}>
              {t('forums.manage.questions.edit')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm">{t('forums.manage.questions.lead')}</Text>
        {draft === null ? (
          event.questions.length === 0 ? (
            <Text size="sm">{t('forums.manage.questions.empty')}</Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {event.questions.map((question) => (
                <li key={question.id}>
                  <Text size="sm">
                    <strong>{question.labelTr}</strong> / {question.labelEn} ({question.key}): {question.options.map((option) => `${option.labelTr} (${option.value})`).join(', ')}
                  </Text>
                </li>
              ))}
            </Stack>
          )
        ) : (
          <form
            onSubmit={(submitEvent) => {
              submitEvent.preventDefault();
              void submit(draft);
            }}
          >
            <Stack>
              {draft.map((question, index) => {
                const n = index + 1;
                return (
                  <Card key={question.rowKey} withBorder radius="md" padding="sm" component="fieldset" aria-label={t('forums.manage.questions.question', { n })}>
                    <Stack gap="xs">
                      <SimpleGrid cols={{ base: 1, sm: 3 }}>
                        <TextInput
                          required
                          label={t('forums.manage.questions.key', { n })}
                          description={t('forums.manage.questions.keyHelp')}
                          value={question.key}
                          onChange={(change) => {
                            const value = change.currentTarget.value;
                            editQuestion(question.rowKey, (current) => ({ ...current, key: value }));
                          }}
                        />
                        <TextInput
                          required
                          label={t('forums.manage.questions.labelTr', { n })}
                          value={question.labelTr}
                          onChange={(change) => {
                            const value = change.currentTarget.value;
                            editQuestion(question.rowKey, (current) => ({ ...current, labelTr: value }));
                          }}
                        />
                        <TextInput
                          required
                          label={t('forums.manage.questions.labelEn', { n })}
                          value={question.labelEn}
                          onChange={(change) => {
                            const value = change.currentTarget.value;
                            editQuestion(question.rowKey, (current) => ({ ...current, labelEn: value }));
                          }}
                        />
                      </SimpleGrid>
                      {question.options.map((option, optionIndex) => {
                        const m = optionIndex + 1;
                        return (
                          <Group key={option.rowKey} align="flex-end" wrap="nowrap" gap="xs">
                            <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
                              <TextInput
                                required
                                label={t('forums.manage.questions.optionValue', { n, m })}
                                value={option.value}
                                onChange={(change) => editOption(question.rowKey, option.rowKey, { value: change.currentTarget.value })}
                              />
                              <TextInput
                                required
                                label={t('forums.manage.questions.optionTr', { n, m })}
                                value={option.labelTr}
                                onChange={(change) => editOption(question.rowKey, option.rowKey, { labelTr: change.currentTarget.value })}
                              />
                              <TextInput
                                required
                                label={t('forums.manage.questions.optionEn', { n, m })}
                                value={option.labelEn}
                                onChange={(change) => editOption(question.rowKey, option.rowKey, { labelEn: change.currentTarget.value })}
                              />
                            </SimpleGrid>
                            <ActionIcon
                              variant="subtle"
                              color="red.9"
                              size="lg"
                              aria-label={t('forums.manage.questions.removeOption', { n, m })}
                              disabled={question.options.length <= 1}
                              onClick={() => editQuestion(question.rowKey, (current) => ({ ...current, options: current.options.filter((x) => x.rowKey !== option.rowKey) }))}
                            >
                              ×
                            </ActionIcon>
                          </Group>
                        );
                      })}
                      <Group justify="space-between">
                        <Button variant="subtle" size="xs" onClick={() => editQuestion(question.rowKey, (current) => ({ ...current, options: [...current.options, emptyOption()] }))}>
                          {t('forums.manage.questions.addOption', { n })}
                        </Button>
                        <Button variant="subtle" size="xs" color="red.9" onClick={() => setDraft((list) => list?.filter((x) => x.rowKey !== question.rowKey) ?? null)}>
                          {t('forums.manage.questions.remove', { n })}
                        </Button>
                      </Group>
                    </Stack>
                  </Card>
                );
              })}
              <Button variant="subtle" w="fit-content" onClick={() => setDraft((list) => [...(list ?? []), emptyQuestion()])}>
                {t('forums.manage.questions.add')}
              </Button>
              <FormErrorAlert message={error} />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setDraft(null)}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={loading}>
                  {t('forums.manage.questions.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
