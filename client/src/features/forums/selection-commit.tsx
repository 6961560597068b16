import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Button, Card, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CommitForumSelectionDocument, SelectionCommit_SessionFragmentDoc } from '../../generated/graphql';
import { useConfirm } from '../../shared/confirm';
import { refusalOf } from '../../shared/form';
import { formatForumDateTime } from './forum-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment SelectionCommit_session on ForumSession {
    id
    selection {
      secretHash
      distributionHash
      algorithm
      committedAt
    }
  }
  mutation CommitForumSelection($input: ForumSelectionSessionInput!) {
    commitForumSelection(input: $input) {
      __typename
      ... on MutationCommitForumSelectionSuccess {
        data {
          id
          registrationOpen
          selection {
            status
          }
          ...SelectionCommit_session
          ...SelectionDraw_session
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/** A hash with a button that copies it. */
export function SelectionHash({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code style={{ wordBreak: 'break-all' }}>{value}</Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="default" onClick={copy} aria-label={t('forums.selection.copyLabel', { what: label })}>
              {copied ? t('forums.selection.copied') : t('forums.selection.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </div>
  );
}

/**
 * Step 1 of the public draw: publish the distribution and the secret's hash. Before, a button with a
 * confirmation (the pool and the quotas freeze); after, the two hashes to publish.
 */
export function SelectionCommit({
  session: sessionRef,
  blockedBy,
}: {
  session: FragmentType<typeof SelectionCommit_SessionFragmentDoc>;
  /** Why committing makes no sense now (unsaved quotas), or null. */
  blockedBy: string | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const confirm = useConfirm();
  // The answer carries the new selection record into the cache; nothing else on the page changes.
  const [commit] = useMutation(CommitForumSelectionDocument);
  const { data, complete } = useFragment({ fragment: SelectionCommit_SessionFragmentDoc, fragmentName: 'SelectionCommit_session', from: sessionRef });
  if (!complete) return null;
  const { id: sessionId, selection } = data;

  async function ask() {
    const done = await confirm({
      title: t('forums.selection.commit.confirmTitle'),
      message: t('forums.selection.commit.confirmText'),
      confirmLabel: t('forums.selection.commit.confirm'),
      action: async () => refusalOf((await commit({ variables: { input: { sessionId } } })).data?.commitForumSelection),
    });
    if (done) notifications.show({ color: 'green', message: t('forums.selection.commit.done') });
  }

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="selection-commit">
      <Title order={2} size="h4" id="selection-commit" mb="xs">
        {t('forums.selection.commit.title')}
      </Title>
      {selection ? (
        <Stack gap="sm">
          <Text size="sm">{t('forums.selection.commit.committedAt', { at: formatForumDateTime(selection.committedAt, language), algorithm: selection.algorithm })}</Text>
          <SelectionHash label={t('forums.selection.secretHash')} value={selection.secretHash} />
          <SelectionHash label={t('forums.selection.distributionHash')} value={selection.distributionHash} />
          <Text size="sm">{t('forums.selection.commit.meaning')}</Text>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('forums.selection.commit.lead')}</Text>
          {blockedBy ? (
            <Text size="sm" c="orange.9">
              {blockedBy}
            </Text>
          ) : null}
          <Button w="fit-content" disabled={blockedBy !== null} onClick={() => void ask()}>
            {t('forums.selection.commit.button')}
          </Button>
        </Stack>
      )}
    </Card>
  );
}
