import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CommitteeProposalsPageDocument, SubmitCouncilProposalDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { ProposalFormDialog, type ProposalDraft } from './proposal-form-dialog';
import { formatInstantDay, refusalOf } from './proposal-format';
import { ProposalStatusBadge } from './proposal-status-badge';
import { VoteDialog } from './vote-dialog';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CommitteeProposalsPage($committeeId: ID!, $after: String) {
    committee: node(id: $committeeId) {
      id
      ... on CouncilCommittee {
        name
        viewerRuns
        ...VoteDialog_committee
      }
    }
    councilProposals(committeeId: $committeeId, first: 25, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          problem
          suggestion
          status
          submittedAt
          answer
          district {
            id
          }
          tally {
            for
            against
            abstain
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  mutation SubmitCouncilProposal($input: SubmitCouncilProposalInput!) {
    submitCouncilProposal(input: $input) {
      __typename
      ... on MutationSubmitCouncilProposalSuccess {
        data {
          id
          status
          submittedAt
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`;

/** A committee's proposals for those who run it: draft and edit, record the committee's vote, submit what it adopted. */
export function CommitteeProposalsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { committeeId = '' } = useParams();
  const { data, error, refetch, fetchMore, loading } = useQuery(CommitteeProposalsPageDocument, { variables: { committeeId } });
  const [editing, setEditing] = useState<ProposalDraft | 'new' | null>(null);
  const [voting, setVoting] = useState<{ id: string; title: string } | null>(null);
  const [submit, submitting] = useMutation(SubmitCouncilProposalDocument);
  const committee = data?.committee?.__typename === 'CouncilCommittee' ? data.committee : null;
  const connection = data?.councilProposals;
  const proposals = connection?.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? [];

  async function submitProposal(id: string) {
    try {
      const refusal = refusalOf((await submit({ variables: { input: { proposalId: id } } })).data?.submitCouncilProposal);
      notifications.show(refusal ? { color: 'red', message: refusal } : { color: 'green', message: t('council.proposals.submitted') });
    } catch {
      notifications.show({ color: 'red', message: t('common.networkError') });
    }
  }

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  if (!committee) return <EmptyMessage title={t('council.proposals.notFound')} />;
  const runs = committee.viewerRuns;
  return (
    <Stack>
      <Anchor component={Link} to={`/council/committees/${encodeURIComponent(committee.id)}`} size="sm">
        {t('council.proposals.backToCommittee', { name: committee.name })}
      </Anchor>
      <PageHeader
        title={t('council.proposals.committeeTitle', { name: committee.name })}
        lead={t('council.proposals.committeeLead')}
        actions={runs ? <Button onClick={() => setEditing('new')}>{t('council.proposals.draftTitle')}</Button> : null}
      />
      {proposals.length === 0 ? (
        <EmptyMessage title={t('council.proposals.emptyCommittee')} />
      ) : (
        <Stack component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {proposals.map((proposal) => (
            <Card key={proposal.id} withBorder radius="md" component="li">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Title order={2} size="h4">
                    {proposal.status === 'DRAFT' || proposal.status === 'ADOPTED' || proposal.status === 'REJECTED' ? (
                      proposal.title
                    ) : (
                      <Anchor component={Link} to={`/council/proposals/${encodeURIComponent(proposal.id)}`}>
                        {proposal.title}
                      </Anchor>
                    )}
                  </Title>
                  <ProposalStatusBadge status={proposal.status} />
                </Group>
                <Text size="sm" lineClamp={2}>
                  {proposal.suggestion}
                </Text>
                {proposal.tally ? (
                  <Text size="sm" c="dimmed">
                    {t('council.proposals.vote.tally', { for: proposal.tally.for, against: proposal.tally.against, abstain: proposal.tally.abstain })}
                  </Text>
                ) : null}
                {proposal.submittedAt ? (
                  <Text size="sm" c="dimmed">
                    {t('council.proposals.submittedOn', { date: formatInstantDay(proposal.submittedAt, language) })}
                  </Text>
                ) : null}
                {proposal.answer ? <Text size="sm">{t('council.proposals.latestAnswer', { answer: proposal.answer })}</Text> : null}
                {runs ? (
                  <Group gap="xs">
                    {proposal.status === 'DRAFT' ? (
                      <>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() =>
                            setEditing({ id: proposal.id, title: proposal.title, problem: proposal.problem, suggestion: proposal.suggestion, districtId: proposal.district ? String(proposal.district.id) : null })
                          }
                        >
                          {t('council.proposals.edit')}
                        </Button>
                        <Button size="xs" onClick={() => setVoting({ id: proposal.id, title: proposal.title })}>
                          {t('council.proposals.vote.open')}
                        </Button>
                      </>
                    ) : null}
                    {proposal.status === 'ADOPTED' ? (
                      <Button size="xs" loading={submitting.loading} onClick={() => void submitProposal(proposal.id)}>
                        {t('council.proposals.submit')}
                      </Button>
                    ) : null}
                  </Group>
                ) : null}
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
      {editing ? (
        <ProposalFormDialog
          committeeId={committee.id}
          proposal={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            void refetch();
          }}
        />
      ) : null}
      {voting ? (
        <VoteDialog
          committee={committee}
          proposal={voting}
          onClose={() => setVoting(null)}
          onDone={() => {
            setVoting(null);
            void refetch();
          }}
        />
      ) : null}
    </Stack>
  );
}
