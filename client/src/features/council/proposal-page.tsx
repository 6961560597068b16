import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProposalPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { formatDay, formatInstantDay } from './proposal-format';
import { ProposalStatusBadge } from './proposal-status-badge';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ProposalPage($id: ID!) {
    node(id: $id) {
      id
      ... on CouncilProposal {
        title
        problem
        suggestion
        status
        submittedAt
        answer
        committee {
          id
          name
        }
        district {
          id
          name
        }
        responses {
          id
          status
          answer
          respondedOn
        }
      }
    }
  }
`;

/** A proposal's public page: what the committee asked, and each answer of the municipality in order. */
export function ProposalPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { proposalId = '' } = useParams();
  const { data, error, refetch, loading } = useQuery(ProposalPageDocument, { variables: { id: proposalId } });
  const proposal = data?.node?.__typename === 'CouncilProposal' ? data.node : null;

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton height={320} />;
  if (!proposal) return <EmptyMessage title={t('council.proposals.notFound')} />;
  return (
    <Stack>
      <Anchor component={Link} to="/council" size="sm">
        {t('council.proposals.back')}
      </Anchor>
      <PageHeader title={proposal.title} lead={[proposal.committee.name, proposal.district?.name].filter(Boolean).join(' · ')} actions={<ProposalStatusBadge status={proposal.status} />} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="proposal-problem">
        <Title order={2} size="h4" id="proposal-problem">
          {t('council.proposals.problem')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{proposal.problem}</Text>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="proposal-suggestion">
        <Title order={2} size="h4" id="proposal-suggestion">
          {t('council.proposals.suggestion')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{proposal.suggestion}</Text>
      </Paper>
      <Title order={2} size="h4">
        {t('council.proposals.timeline')}
      </Title>
      <Timeline active={proposal.responses.length} bulletSize={18} lineWidth={2}>
        {proposal.submittedAt ? (
          <Timeline.Item title={t('council.proposals.status.SUBMITTED')}>
            <Text size="sm" c="dimmed">
              {formatInstantDay(proposal.submittedAt, language)}
            </Text>
          </Timeline.Item>
        ) : null}
        {proposal.responses.map((response) => (
          <Timeline.Item key={response.id} title={t(`council.proposals.status.${response.status}`)}>
            <Text size="sm" c="dimmed">
              {formatDay(response.respondedOn, language)}
            </Text>
            {response.answer ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {response.answer}
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
