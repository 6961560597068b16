import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Code, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DrawForumSelectionDocument, type ForumApplicationStatus, ReplaceForumParticipantDocument, SelectionDraw_SessionFragmentDoc } from '../../generated/graphql';
import { useConfirm } from '../../shared/confirm';
import { SelectionHash } from './selection-commit';
import { refusalOf } from '../../shared/form';
import { formatForumDateTime } from './forum-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment SelectionDraw_session on ForumSession {
    id
    selection {
      status
      publicValue
      seed
      secret
      algorithm
      drawnAt
      panelIds
      waitlistIds
    }
  }
  mutation DrawForumSelection($input: DrawForumSelectionInput!) {
    drawForumSelection(input: $input) {
      __typename
      ... on MutationDrawForumSelectionSuccess {
        data {
          id
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
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
    }
  }
  mutation ReplaceForumParticipant($input: ReplaceForumParticipantInput!) {
    replaceForumParticipant(input: $input) {
      __typename
      ... on MutationReplaceForumParticipantSuccess {
        data {
          id
          participantName
          status
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

export type SelectionPerson = { readonly name: string; readonly status: ForumApplicationStatus };

/** Someone the page has not loaded yet is shown by a dimmed note rather than an id. */
function PersonName({ person }: { person: SelectionPerson | undefined }) {
  const { t } = useTranslation();
  return person ? (
    <>{person.name}</>
  ) : (
    <Text span c="dimmed" size="sm">
      {t('forums.selection.notLoaded')}
    </Text>
  );
}

/**
 * Step 2: the draw with a public value nobody knew at the commitment. Afterwards the panel (with a
 * replacement for whoever drops out), the waitlist in order, and what anyone needs to check it.
 */
export function SelectionDraw({
  session: sessionRef,
  people,
}: {
  session: FragmentType<typeof SelectionDraw_SessionFragmentDoc>;
  people: ReadonlyMap<string, SelectionPerson>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const confirm = useConfirm();
  const [publicValue, setPublicValue] = useState('');
  // Every applicant's status changes with the draw (and two with a replacement): the page is asked again.
  const [draw] = useMutation(DrawForumSelectionDocument, { refetchQueries: ['ForumSelectionPage'], awaitRefetchQueries: true });
  const [replace] = useMutation(ReplaceForumParticipantDocument, { refetchQueries: ['ForumSelectionPage'], awaitRefetchQueries: true });
  const { data, complete } = useFragment({ fragment: SelectionDraw_SessionFragmentDoc, fragmentName: 'SelectionDraw_session', from: sessionRef });
  if (!complete || !data.selection) return null;
  const { id: sessionId, selection } = data;
  const drawn = selection.status === 'DRAWN';

  async function askDraw() {
    const value = publicValue.trim();
    const done = await confirm({
      title: t('forums.selection.draw.confirmTitle'),
      message: t('forums.selection.draw.confirmText', { value }),
      confirmLabel: t('forums.selection.draw.button'),
      action: async () => refusalOf((await draw({ variables: { input: { sessionId, publicValue: value } } })).data?.drawForumSelection),
    });
    if (done) notifications.show({ color: 'green', message: t('forums.selection.draw.done') });
  }

  async function askReplace(applicationId: string, name: string) {
    const done = await confirm({
      title: t('forums.selection.replace.confirmTitle', { name }),
      message: t('forums.selection.replace.confirmText', { name }),
      confirmLabel: t('forums.selection.replace.confirm'),
      danger: true,
      action: async () => refusalOf((await replace({ variables: { input: { applicationId } } })).data?.replaceForumParticipant),
    });
    if (done) notifications.show({ color: 'green', message: t('forums.selection.replace.done', { name }) });
  }

  if (!drawn) {
    return (
      <Card withBorder radius="md" component="section" aria-labelledby="selection-draw">
        <Title order={2} size="h4" id="selection-draw" mb="xs">
          {t('forums.selection.draw.title')}
        </Title>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void askDraw();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('forums.selection.draw.lead')}</Text>
            <TextInput
              required
              label={t('forums.selection.draw.publicValue')}
              description={t('forums.selection.draw.publicValueHelp')}
              value={publicValue}
              onChange={(event) => setPublicValue(event.currentTarget.value)}
              maxLength={500}
            />
            <Button type="submit" w="fit-content" disabled={publicValue.trim() === ''}>
              {t('forums.selection.draw.button')}
            </Button>
          </Stack>
        </form>
      </Card>
    );
  }

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="selection-draw">
      <Title order={2} size="h4" id="selection-draw" mb="xs">
        {t('forums.selection.draw.resultTitle')}
      </Title>
      <Stack gap="md">
        {selection.drawnAt ? <Text size="sm">{t('forums.selection.draw.drawnAt', { at: formatForumDateTime(selection.drawnAt, language) })}</Text> : null}
        <section aria-labelledby="selection-panel">
          <Title order={3} size="h5" id="selection-panel" mb="xs">
            {t('forums.selection.draw.panel', { count: selection.panelIds.length })}
          </Title>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">#</Table.Th>
                <Table.Th scope="col">{t('forums.selection.applicants.name')}</Table.Th>
                <Table.Th scope="col">{t('forums.selection.applicants.status')}</Table.Th>
                <Table.Th scope="col">{t('forums.selection.replace.column')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody data-testid="selection-panel">
              {selection.panelIds.map((id, index) => {
                const person = people.get(id);
                const replaceable = person && (person.status === 'SELECTED' || person.status === 'WITHDRAWN');
                return (
                  <Table.Tr key={id}>
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Th scope="row" fw={400}>
                      <PersonName person={person} />
                    </Table.Th>
                    <Table.Td>{person ? <Badge variant="light">{t(`forums.selection.status.${person.status}`)}</Badge> : null}</Table.Td>
                    <Table.Td>
                      {replaceable ? (
                        <Button size="compact-sm" variant="default" onClick={() => void askReplace(id, person.name)} aria-label={t('forums.selection.replace.buttonFor', { name: person.name })}>
                          {t('forums.selection.replace.button')}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </section>
        <section aria-labelledby="selection-waitlist">
          <Title order={3} size="h5" id="selection-waitlist" mb="xs">
            {t('forums.selection.draw.waitlist', { count: selection.waitlistIds.length })}
          </Title>
          {selection.waitlistIds.length === 0 ? (
            <Text size="sm">{t('forums.selection.draw.noWaitlist')}</Text>
          ) : (
            <ol data-testid="selection-waitlist" style={{ margin: 0 }}>
              {selection.waitlistIds.map((id) => (
                <li key={id}>
                  <PersonName person={people.get(id)} />
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="selection-record">
          <Title order={3} size="h5" id="selection-record" mb="xs">
            {t('forums.selection.draw.record')}
          </Title>
          <Stack gap="xs">
            {selection.publicValue ? <SelectionHash label={t('forums.selection.publicValue')} value={selection.publicValue} /> : null}
            {selection.seed ? <SelectionHash label={t('forums.selection.seed')} value={selection.seed} /> : null}
            {selection.secret ? <SelectionHash label={t('forums.selection.secret')} value={selection.secret} /> : null}
            <Text size="sm">
              {t('forums.selection.algorithm')} <Code>{selection.algorithm}</Code>
            </Text>
          </Stack>
        </section>
        <section aria-labelledby="selection-verify">
          <Title order={3} size="h5" id="selection-verify" mb="xs">
            {t('forums.selection.verify.title')}
          </Title>
          <Stack gap={4}>
            <Text size="sm">{t('forums.selection.verify.hashes')}</Text>
            <Text size="sm">{t('forums.selection.verify.seed')}</Text>
            <Text size="sm">{t('forums.selection.verify.panel')}</Text>
            <Text size="sm">{t('forums.selection.verify.readme')}</Text>
          </Stack>
        </section>
      </Stack>
    </Card>
  );
}
