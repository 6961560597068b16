import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Checkbox, Group, Paper, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CommentOnForumSummaryDocument, DeleteForumCommentDocument, ForumSummaryPageDocument } from '../../generated/graphql';
import { isErrorResult, refusalOf } from '../../shared/form';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../shared/page';
import { formatSessionTime } from './forum-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ForumSummaryPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on ForumSession {
        id
        title
        startsAt
        endsAt
        placeName
        event {
          id
          title
        }
        findings {
          id
          kind
          theme
          body
        }
        myComments {
          id
          body
          createdAt
        }
      }
    }
  }
  mutation CommentOnForumSummary($input: CommentOnForumSummaryInput!) {
    commentOnForumSummary(input: $input) {
      __typename
      ... on MutationCommentOnForumSummarySuccess {
        data {
          id
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
  mutation DeleteForumComment($input: DeleteForumCommentInput!) {
    deleteForumComment(input: $input) {
      __typename
      ... on MutationDeleteForumCommentSuccess {
        data {
          id
          myComments {
            id
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/** "Oturum özeti": what a session found, for those who took part, with their comments. */
export function ForumSummaryPage() {
  const { t, i18n } = useTranslation();
  const { sessionId = '' } = useParams();
  const { data, error, refetch } = useQuery(ForumSummaryPageDocument, { variables: { id: sessionId }, errorPolicy: 'all' });
  const session = data?.node?.__typename === 'ForumSession' ? data.node : null;
  // The findings are refused to anyone who did not take part: say so rather than "could not load".
  const forbidden = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');

  if (forbidden) return <EmptyMessage title={t('forums.summary.onlyParticipants')} />;
  if (error && !session) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  if (!session) return <EmptyMessage title={t('forums.run.notFound')} />;

  const byTheme = new Map<string, typeof session.findings>();
  for (const finding of session.findings) byTheme.set(finding.theme, [...(byTheme.get(finding.theme) ?? []), finding]);

  return (
    <Stack>
      <PageHeader title={t('forums.summary.title', { session: session.title })} lead={`${session.event.title} · ${formatSessionTime(session.startsAt, session.endsAt, i18n.language)} · ${session.placeName}`} />
      {session.findings.length === 0 ? <EmptyMessage title={t('forums.summary.empty')} /> : null}
      {[...byTheme].map(([theme, findings]) => (
        <Paper key={theme} withBorder p="md" radius="md" component="section" aria-label={theme}>
          <Title order={2} size="h4" mb="xs">
            {theme}
          </Title>
          <Stack gap="xs">
            {findings.map((finding) => (
              <Group key={finding.id} gap="xs" align="flex-start" wrap="nowrap">
                <Badge variant="light" color={finding.kind === 'RECOMMENDATION' ? 'teal' : 'gray'}>
                  {t(`forums.run.kind.${finding.kind}`)}
                </Badge>
                <Text size="sm">{finding.body}</Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      ))}
      <CommentPanel sessionId={session.id} comments={session.myComments} />
    </Stack>
  );
}

function CommentPanel({ sessionId, comments }: { sessionId: string; comments: readonly { id: string; body: string }[] }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [consent, setConsent] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [comment, { loading }] = useMutation(CommentOnForumSummaryDocument, {
    update(cache, result) {
      const answer = result.data?.commentOnForumSummary;
      if (answer?.__typename !== 'MutationCommentOnForumSummarySuccess') return;
      cache.modify({
        id: cache.identify({ __typename: 'ForumSession', id: sessionId }),
        fields: { myComments: (existing, { toReference }) => [...(Array.isArray(existing) ? existing : []), toReference({ __typename: 'ForumComment', id: answer.data.id })] },
      });
    },
  });
  const [remove] = useMutation(DeleteForumCommentDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    try {
      const result = await comment({ variables: { input: { sessionId, body, consent } } });
      const answer = result.data?.commentOnForumSummary;
      if (!answer) return;
      const refusal = refusalOf(answer);
      if (refusal) {
        setRefusal(refusal);
        return;
      }
      setBody('');
      notifications.show({ color: 'teal', message: t('forums.summary.sent') });
    } catch {
      setRefusal(t('common.networkError'));
    }
  };

  const drop = async (id: string) => {
    try {
      const result = await remove({ variables: { input: { commentId: id } } });
      const answer = result.data?.deleteForumComment;
      if (answer && isErrorResult(answer)) notifications.show({ color: 'red', message: answer.message });
    } catch {
      notifications.show({ color: 'red', message: t('common.networkError') });
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="summary-comment">
      <Stack gap="sm">
        <Title order={2} size="h4" id="summary-comment">
          {t('forums.summary.commentTitle')}
        </Title>
        <Text size="sm">{t('forums.summary.commentLead')}</Text>
        {comments.map((own) => (
          <Paper key={own.id} withBorder p="sm" radius="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm">{own.body}</Text>
              <Button size="xs" variant="default" onClick={() => void drop(own.id)}>
                {t('forums.summary.delete')}
              </Button>
            </Group>
          </Paper>
        ))}
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap="xs">
            <Textarea label={t('forums.summary.comment')} required autosize minRows={3} maxLength={2000} value={body} onChange={(event) => setBody(event.currentTarget.value)} />
            <Checkbox label={t('forums.summary.consent')} checked={consent} onChange={(event) => setConsent(event.currentTarget.checked)} />
            <FormErrorAlert message={refusal} />
            <Group>
              <Button type="submit" loading={loading} disabled={!body.trim()}>
                {t('forums.summary.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
