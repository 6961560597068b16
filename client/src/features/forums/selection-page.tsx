import { useQuery } from '@apollo/client/react';
import { Badge, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ForumSelectionPageDocument, type ForumSelectionPageQuery } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { formatSessionTime } from './forum-format';
import { SelectionApplicants } from './selection-applicants';
import { SelectionCommit } from './selection-commit';
import { SelectionDraw, type SelectionPerson } from './selection-draw';
import { questionLabels } from './selection-format';
import { SelectionProbabilities } from './selection-probabilities';
import { draftFrom, draftWithChanges, sameDraft, SelectionQuotaEditor } from './selection-quotas';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ForumSelectionPage($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on ForumSession {
        id
        kind
        title
        startsAt
        endsAt
        panelSize
        applicationCount
        event {
          id
          title
          questions {
            id
            key
            label
            options {
              id
              value
              label
            }
          }
        }
        quotas {
          questionKey
          value
          min
          max
        }
        selection {
          status
        }
        ...SelectionCommit_session
        ...SelectionDraw_session
      }
    }
    forumSessionApplications(sessionId: $id, first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          participantName
          status
          ...SelectionApplicantRow_application
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    panel: forumSessionApplications(sessionId: $id, status: SELECTED, first: 100) {
      edges {
        node {
          id
          participantName
          status
        }
      }
    }
  }
`;

type Data = NonNullable<ForumSelectionPageQuery>;
type Session = Extract<NonNullable<Data['node']>, { __typename: 'ForumSession' }>;

/** A focus group's selection for coordinators: applicants, quotas, probabilities, commitment, draw and replacements. */
export function SelectionPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const { data, error, refetch, fetchMore, loading } = useQuery(ForumSelectionPageDocument, { variables: { id: sessionId } });

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  const session = data.node?.__typename === 'ForumSession' ? data.node : null;
  if (!session) return <EmptyMessage title={t('forums.selection.notFound')} />;
  if (session.kind !== 'FOCUS_GROUP') return <EmptyMessage title={t('forums.selection.notFocusGroup', { title: session.title })} />;
  const connection = data.forumSessionApplications;

  return (
    <SelectionWorkspace
      // Another session starts the quota editor again from what is stored.
      key={session.id}
      session={session}
      data={data}
      loading={loading}
      onMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
    />
  );
}

function SelectionWorkspace({ session, data, loading, onMore }: { session: Session; data: Data; loading: boolean; onMore: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const labels = useMemo(() => questionLabels(session.event.questions), [session.event.questions]);
  const saved = useMemo(() => draftFrom(session.panelSize, session.quotas), [session.panelSize, session.quotas]);
  const [draft, setDraft] = useState(saved);
  const connection = data.forumSessionApplications;
  const applications = connection.edges.map((edge) => edge.node);
  const people = useMemo(() => {
    const byId = new Map<string, SelectionPerson>();
    for (const edge of [...data.panel.edges, ...data.forumSessionApplications.edges]) byId.set(edge.node.id, { name: edge.node.participantName, status: edge.node.status });
    return byId;
  }, [data.panel.edges, data.forumSessionApplications.edges]);
  const names = useMemo(() => new Map([...people].map(([id, person]) => [id, person.name])), [people]);
  const selection = session.selection;
  const committed = selection !== null && selection !== undefined;
  const unsaved = !sameDraft(draft, saved);
  const blockedBy = unsaved
    ? t('forums.selection.commit.unsaved')
    : !session.panelSize
      ? t('forums.selection.commit.noPanelSize')
      : session.applicationCount === 0
        ? t('forums.selection.commit.noApplicants')
        : null;

  return (
    <Stack>
      <PageHeader
        title={t('forums.selection.title', { session: session.title })}
        lead={`${session.event.title} · ${formatSessionTime(session.startsAt, session.endsAt, language)}`}
      />
      <Group gap="xs">
        <Badge variant="light" color={selection?.status === 'DRAWN' ? 'teal' : committed ? 'grape' : 'blue'}>
          {selection?.status === 'DRAWN' ? t('forums.selection.stage.drawn') : committed ? t('forums.selection.stage.committed') : t('forums.selection.stage.open')}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('forums.selection.summary', { panel: session.panelSize ?? 0, count: session.applicationCount })}
        </Text>
      </Group>

      <SelectionApplicants applications={applications} labels={labels} total={connection.totalCount} hasMore={connection.pageInfo.hasNextPage} loading={loading} onMore={onMore} />

      <SimpleGrid cols={{ base: 1, lg: committed ? 1 : 2 }}>
        <SelectionQuotaEditor sessionId={session.id} labels={labels} draft={draft} onChange={setDraft} saved={saved} frozen={committed} />
        {!committed ? <SelectionProbabilities sessionId={session.id} labels={labels} names={names} onApplyRelaxation={(changes) => setDraft((current) => draftWithChanges(current, changes))} /> : null}
      </SimpleGrid>

      <SelectionCommit session={session} blockedBy={blockedBy} />
      {selection ? <SelectionDraw session={session} people={people} /> : null}
    </Stack>
  );
}
