import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CoordinationProposalsPageDocument, type CouncilProposalStatus } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { formatInstantDay } from './proposal-format';
import { ProposalStatusBadge } from './proposal-status-badge';
import { ResponseDialog } from './response-dialog';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CoordinationProposalsPage($after: String) {
    councilProposalsAwaitingAnswer(first: 25, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          suggestion
          status
          submittedAt
          answer
          nextResponses
          committee {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** Coordinators: submitted proposals whose answer is not final, oldest first; record the municipality's response. */
export function CoordinationProposalsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data, error, refetch, fetchMore, loading } = useQuery(CoordinationProposalsPageDocument);
  const [answering, setAnswering] = useState<{ id: string; title: string; nextResponses: readonly CouncilProposalStatus[] } | null>(null);
  const connection = data?.councilProposalsAwaitingAnswer;
  const proposals = connection?.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? [];

  return (
    <Stack>
      <PageHeader title={t('council.proposals.coordinationTitle')} lead={t('council.proposals.coordinationLead')} />
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !connection ? (
        <Skeleton height={240} />
      ) : proposals.length === 0 ? (
        <EmptyMessage title={t('council.proposals.emptyAwaiting')} />
      ) : (
        <Stack component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {proposals.map((proposal) => (
            <Card key={proposal.id} withBorder radius="md" component="li">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Title order={2} size="h4">
                    <Anchor component={Link} to={`/council/proposals/${encodeURIComponent(proposal.id)}`}>
                      {proposal.title}
                    </Anchor>
                  </Title>
                  <ProposalStatusBadge status={proposal.status} />
                </Group>
                <Text size="sm" c="dimmed">
                  {[proposal.committee.name, proposal.submittedAt ? t('council.proposals.submittedOn', { date: formatInstantDay(proposal.submittedAt, language) }) : null].filter(Boolean).join(' · ')}
                </Text>
                <Text size="sm" lineClamp={2}>
                  {proposal.suggestion}
                </Text>
                {proposal.answer ? <Text size="sm">{t('council.proposals.latestAnswer', { answer: proposal.answer })}</Text> : null}
                <Button size="xs" w="fit-content" onClick={() => setAnswering({ id: proposal.id, title: proposal.title, nextResponses: proposal.nextResponses })}>
                  {t('council.proposals.response.open')}
                </Button>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {connection?.pageInfo.hasNextPage ? (
        <Button variant="default" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })} w="fit-content">
          {t('council.proposals.more')}
        </Button>
      ) : null}
      {answering ? (
        <ResponseDialog
          proposal={answering}
          onClose={() => setAnswering(null)}
          onDone={() => {
            setAnswering(null);
            void refetch();
          }}
        />
      ) : null}
    </Stack>
  );
}
