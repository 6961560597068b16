import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CouncilPageDocument, type CouncilProposalStatus } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { ProposalCard } from './proposal-card';
import { PUBLIC_STATUSES } from './proposal-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CouncilPage($committeeId: ID, $status: CouncilProposalStatus, $after: String) {
    publicCouncilCommittees {
      id
      name
      description
    }
    publicCouncilProposals(committeeId: $committeeId, status: $status, first: 10, after: $after) {
      totalCount
      edges {
        node {
          id
          ...ProposalCard_proposal
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** "Çocuk Meclisi": what the council is, its committees, and the proposals it submitted with the municipality's answers. No personal data. */
export function CouncilPage() {
  const { t } = useTranslation();
  const [committeeId, setCommitteeId] = useState<string | null>(null);
  const [status, setStatus] = useState<CouncilProposalStatus | null>(null);
  const { data, previousData, error, refetch, fetchMore, loading } = useQuery(CouncilPageDocument, { variables: { committeeId, status } });
  const page = data ?? previousData;
  const committees = page?.publicCouncilCommittees ?? [];
  const connection = page?.publicCouncilProposals;
  const proposals = connection?.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? [];

  return (
    <Stack>
      <PageHeader title={t('council.proposals.publicTitle')} lead={t('council.proposals.publicLead')} />
      <Text maw={720}>{t('council.proposals.about')}</Text>
      {error && !page ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !page ? (
        <Skeleton height={240} />
      ) : (
        <>
          <Title order={2}>{t('council.proposals.committeesTitle')}</Title>
          {committees.length === 0 ? (
            <Text c="dimmed">{t('council.proposals.noCommittees')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {committees.map((committee) => (
                <Card key={committee.id} withBorder radius="md" component="li">
                  <Text fw={600}>{committee.name}</Text>
                  <Text size="sm" c="dimmed">
                    {committee.description}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          )}
          <Title order={2}>{t('council.proposals.proposalsTitle')}</Title>
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('council.proposals.filterCommittee')}
              placeholder={t('council.proposals.all')}
              clearable
              value={committeeId}
              onChange={setCommitteeId}
              data={committees.map((committee) => ({ value: committee.id, label: committee.name }))}
              w={{ base: '100%', sm: 320 }}
            />
            <Select
              label={t('council.proposals.filterStatus')}
              placeholder={t('council.proposals.all')}
              clearable
              value={status}
              onChange={(value) => setStatus(value as CouncilProposalStatus | null)}
              data={PUBLIC_STATUSES.map((value) => ({ value, label: t(`council.proposals.status.${value}`) }))}
              w={{ base: '100%', sm: 240 }}
            />
          </Group>
          {connection && (
            <Text size="sm" c="dimmed" role="status">
              {t('council.proposals.count', { count: connection.totalCount })}
            </Text>
          )}
          {proposals.length === 0 ? (
            <EmptyMessage title={t('council.proposals.emptyPublic')} />
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {proposals.map((proposal) => (
                <ProposalCard key={proposal.id} proposal={proposal} />
              ))}
            </SimpleGrid>
          )}
          {connection?.pageInfo.hasNextPage ? (
            <Button variant="default" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })} w="fit-content">
              {t('council.proposals.more')}
            </Button>
          ) : null}
        </>
      )}
    </Stack>
  );
}
