import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Autocomplete, Badge, Button, Group, Paper, Radio, SegmentedControl, Skeleton, Stack, Table, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AddForumFindingDocument, ForumRunPageDocument, RecordForumAttendanceDocument } from '../../generated/graphql';
import { isErrorResult, refusalOf } from '../../shared/form';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../shared/page';
import { formatSessionTime } from './forum-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ForumRunPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on ForumSession {
        id
        kind
        title
        startsAt
        endsAt
        placeName
        event {
          id
          title
        }
        confirmedRegistrations {
          id
          participantName
          accessibilityNeeds
          attended
        }
        selectedApplications {
          id
          participantName
          attended
        }
        findings {
          id
          kind
          theme
          body
          createdAt
        }
        comments {
          id
          body
          authorName
          createdAt
        }
      }
    }
  }
  mutation RecordForumAttendance($input: RecordForumAttendanceInput!) {
    recordForumAttendance(input: $input) {
      __typename
      ... on MutationRecordForumAttendanceSuccess {
        data {
          id
          confirmedRegistrations {
            id
            attended
          }
          selectedApplications {
            id
            attended
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation AddForumFinding($input: AddForumFindingInput!) {
    addForumFinding(input: $input) {
      __typename
      ... on MutationAddForumFindingSuccess {
        data {
          id
          kind
          theme
          body
          createdAt
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

type Participant = { id: string; participantName: string; attended: boolean | null; accessibilityNeeds?: string | null };

/** "Oturumu yürüt": a session's facilitator (or a coordinator) marks who came and records findings. */
export function ForumRunPage() {
  const { t, i18n } = useTranslation();
  const { sessionId = '' } = useParams();
  const { data, error, refetch } = useQuery(ForumRunPageDocument, { variables: { id: sessionId } });
  const session = data?.node?.__typename === 'ForumSession' ? data.node : null;
  const [record] = useMutation(RecordForumAttendanceDocument);
  const [pending, setPending] = useState<string | null>(null);
  // The choice shows at once; the server's answer replaces it (or it is undone on a refusal).
  const [chosen, setChosen] = useState<Record<string, boolean>>({});

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  if (!session) return <EmptyMessage title={t('forums.run.notFound')} />;

  const focus = session.kind === 'FOCUS_GROUP';
  const people: Participant[] = focus ? session.selectedApplications : session.confirmedRegistrations;

  const mark = async (person: Participant, attended: boolean) => {
    setPending(person.id);
    setChosen((current) => ({ ...current, [person.id]: attended }));
    const undo = () =>
      setChosen((current) => {
        const { [person.id]: _dropped, ...rest } = current;
        return rest;
      });
    try {
      const result = await record({
        variables: { input: { sessionId: session.id, attended, ...(focus ? { applicationId: person.id } : { registrationId: person.id }) } },
      });
      const answer = result.data?.recordForumAttendance;
      if (answer && isErrorResult(answer)) {
        undo();
        notifications.show({ color: 'red', message: answer.message });
      }
    } catch {
      undo();
      notifications.show({ color: 'red', message: t('common.networkError') });
    } finally {
      setPending(null);
    }
  };
  const attendedOf = (person: Participant) => chosen[person.id] ?? person.attended;

  const marked = people.filter((p) => attendedOf(p) !== null).length;
  const present = people.filter((p) => attendedOf(p) === true).length;

  return (
    <Stack>
      <PageHeader title={session.title} lead={`${session.event.title} · ${formatSessionTime(session.startsAt, session.endsAt, i18n.language)} · ${session.placeName}`} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="run-attendance">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4" id="run-attendance">
              {t('forums.run.attendance')}
            </Title>
            <Text size="sm" aria-live="polite">
              {t('forums.run.attendanceCount', { present, marked, total: people.length })}
            </Text>
          </Group>
          {people.length === 0 ? (
            <Text>{focus ? t('forums.run.noPanel') : t('forums.run.noParticipants')}</Text>
          ) : (
            <Table striped>
              <VisuallyHidden component="caption">{t('forums.run.attendance')}</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('forums.run.name')}</Table.Th>
                  {focus ? null : <Table.Th scope="col">{t('forums.run.needs')}</Table.Th>}
                  <Table.Th scope="col">{t('forums.run.came')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Th scope="row">{person.participantName}</Table.Th>
                    {focus ? null : <Table.Td>{person.accessibilityNeeds ?? '—'}</Table.Td>}
                    <Table.Td>
                      <Radio.Group
                        label={<VisuallyHidden>{t('forums.run.cameFor', { name: person.participantName })}</VisuallyHidden>}
                        value={attendedOf(person) === null ? '' : attendedOf(person) ? 'yes' : 'no'}
                        onChange={(value) => void mark(person, value === 'yes')}
                      >
                        <Group gap="md">
                          <Radio value="yes" label={t('forums.run.present')} disabled={pending === person.id} />
                          <Radio value="no" label={t('forums.run.absent')} disabled={pending === person.id} />
                        </Group>
                      </Radio.Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>
      <FindingsPanel sessionId={session.id} findings={session.findings} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="run-comments">
        <Stack gap="xs">
          <Title order={2} size="h4" id="run-comments">
            {t('forums.run.comments')}
          </Title>
          {session.comments.length === 0 ? <Text size="sm">{t('forums.run.noComments')}</Text> : null}
          {session.comments.map((comment) => (
            <Paper key={comment.id} withBorder p="sm" radius="sm">
              <Text size="sm" fw={600}>
                {comment.authorName}
              </Text>
              <Text size="sm">{comment.body}</Text>
            </Paper>
          ))}
        </Stack>
      </Paper>
      <Anchor component={Link} to={`/forums/events/${encodeURIComponent(session.event.id)}/report`}>
        {t('forums.run.toReport')}
      </Anchor>
    </Stack>
  );
}

type Finding = { id: string; kind: 'NOTE' | 'RECOMMENDATION'; theme: string; body: string };

function FindingsPanel({ sessionId, findings }: { sessionId: string; findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'NOTE' | 'RECOMMENDATION'>('RECOMMENDATION');
  const [theme, setTheme] = useState('');
  const [body, setBody] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddForumFindingDocument, {
    update(cache, result) {
      const answer = result.data?.addForumFinding;
      if (answer?.__typename !== 'MutationAddForumFindingSuccess') return;
      cache.modify({
        id: cache.identify({ __typename: 'ForumSession', id: sessionId }),
        fields: { findings: (existing, { toReference }) => [...(Array.isArray(existing) ? existing : []), toReference({ __typename: 'ForumFinding', id: answer.data.id })] },
      });
    },
  });
  const themes = [...new Set(findings.map((f) => f.theme))];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    try {
      const result = await add({ variables: { input: { sessionId, kind, theme, body } } });
      const answer = result.data?.addForumFinding;
      if (!answer) return;
      const refusal = refusalOf(answer);
      if (refusal) {
        setRefusal(refusal);
        return;
      }
      setBody('');
      notifications.show({ color: 'teal', message: t('forums.run.findingSaved') });
    } catch {
      setRefusal(t('common.networkError'));
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="run-findings">
      <Stack gap="sm">
        <Title order={2} size="h4" id="run-findings">
          {t('forums.run.findings')}
        </Title>
        {findings.length === 0 ? <Text size="sm">{t('forums.run.noFindings')}</Text> : null}
        {findings.map((finding) => (
          <Paper key={finding.id} withBorder p="sm" radius="sm">
            <Group gap="xs">
              <Badge variant="light" color={finding.kind === 'RECOMMENDATION' ? 'teal' : 'gray'}>
                {t(`forums.run.kind.${finding.kind}`)}
              </Badge>
              <Text size="sm" fw={600}>
                {finding.theme}
              </Text>
            </Group>
            <Text size="sm" mt={4}>
              {finding.body}
            </Text>
          </Paper>
        ))}
        <form onSubmit={(event) => void submit(event)} aria-labelledby="run-new-finding">
          <Stack gap="xs">
            <Title order={3} size="h5" id="run-new-finding">
              {t('forums.run.newFinding')}
            </Title>
            <SegmentedControl
              aria-label={t('forums.run.kindLabel')}
              value={kind}
              onChange={(value) => setKind(value as 'NOTE' | 'RECOMMENDATION')}
              data={[
                { value: 'RECOMMENDATION', label: t('forums.run.kind.RECOMMENDATION') },
                { value: 'NOTE', label: t('forums.run.kind.NOTE') },
              ]}
            />
            <Autocomplete label={t('forums.run.theme')} description={t('forums.run.themeHint')} required maxLength={80} data={themes} value={theme} onChange={setTheme} />
            <Textarea label={t('forums.run.body')} required autosize minRows={3} maxLength={4000} value={body} onChange={(event) => setBody(event.currentTarget.value)} />
            <FormErrorAlert message={refusal} />
            <Group>
              <Button type="submit" loading={loading} disabled={!theme.trim() || !body.trim()}>
                {t('forums.run.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
