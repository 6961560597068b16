import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Anchor, Blockquote, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProposalCard_ProposalFragmentDoc } from '../../generated/graphql';
import { formatInstantDay } from './proposal-format';
import { ProposalStatusBadge } from './proposal-status-badge';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ProposalCard_proposal on CouncilProposal {
    id
    title
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
  }
`;

/** A submitted proposal on the public page: what it asks, its status and the municipality's latest answer. */
export function ProposalCard({ proposal: ref }: { proposal: FragmentType<typeof ProposalCard_ProposalFragmentDoc> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data: proposal, complete } = useFragment({ fragment: ProposalCard_ProposalFragmentDoc, fragmentName: 'ProposalCard_proposal', from: ref });
  if (!complete) return null;
  const headingId = `proposal-${proposal.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h4" id={headingId}>
            <Anchor component={Link} to={`/council/proposals/${encodeURIComponent(proposal.id)}`}>
              {proposal.title}
            </Anchor>
          </Title>
          <ProposalStatusBadge status={proposal.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {[proposal.committee.name, proposal.district?.name, proposal.submittedAt ? t('council.proposals.submittedOn', { date: formatInstantDay(proposal.submittedAt, language) }) : null]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Text size="sm" lineClamp={3}>
          {proposal.suggestion}
        </Text>
        {proposal.answer ? (
          <Blockquote p="sm" color="blue" cite={t('council.proposals.answerCite')}>
            <Text size="sm">{proposal.answer}</Text>
          </Blockquote>
        ) : (
          <Text size="sm" c="dimmed">
            {t('council.proposals.noAnswerYet')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
