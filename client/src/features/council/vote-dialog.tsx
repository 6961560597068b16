import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordCouncilProposalVoteDocument, VoteDialog_CommitteeFragmentDoc, type CouncilVoteChoice } from '../../generated/graphql';
import { FormErrorAlert } from '../../shared/page';
import { formatInstant, refusalOf } from './proposal-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment VoteDialog_committee on CouncilCommittee {
    id
    proposalVoteMeetings {
      id
      title
      startsAt
      status
    }
    proposalVoters {
      id
      firstName
      lastName
    }
  }
  mutation RecordCouncilProposalVote($input: RecordCouncilProposalVoteInput!) {
    recordCouncilProposalVote(input: $input) {
      __typename
      ... on MutationRecordCouncilProposalVoteSuccess {
        data {
          id
          status
          votedAt
          tally {
            for
            against
            abstain
          }
        }
      }
      ... on Error {
        code
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

type Choice = CouncilVoteChoice | 'NONE';

/**
 * Recording the committee's vote on a draft: the meeting (held, or today's), one choice per active
 * member (or "did not vote"), the tally as it stands, and the result before it is saved.
 */
export function VoteDialog({
  committee: ref,
  proposal,
  onClose,
  onDone,
}: {
  committee: FragmentType<typeof VoteDialog_CommitteeFragmentDoc>;
  proposal: { id: string; title: string };
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data: committee, complete } = useFragment({ fragment: VoteDialog_CommitteeFragmentDoc, fragmentName: 'VoteDialog_committee', from: ref });
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [error, setError] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordCouncilProposalVoteDocument);
  if (!complete) return null;
  const voters = committee.proposalVoters;
  const choiceOf = (id: string): Choice => choices[id] ?? 'NONE';
  const tally = { FOR: 0, AGAINST: 0, ABSTAIN: 0 };
  for (const voter of voters) {
    const choice = choiceOf(voter.id);
    if (choice !== 'NONE') tally[choice] += 1;
  }
  const cast = tally.FOR + tally.AGAINST + tally.ABSTAIN;

  async function submit() {
    setError(null);
    if (!meetingId) {
      setError(t('council.proposals.vote.chooseMeeting'));
      return;
    }
    const votes = voters.flatMap((voter) => {
      const choice = choiceOf(voter.id);
      return choice === 'NONE' ? [] : [{ memberId: voter.id, choice }];
    });
    if (votes.length === 0) {
      setError(t('council.proposals.vote.noVotes'));
      return;
    }
    try {
      const { data } = await record({ variables: { input: { proposalId: proposal.id, meetingId, votes } } });
      const answer = data?.recordCouncilProposalVote;
      const refusal = refusalOf(answer);
      if (refusal) {
        setError(refusal);
        return;
      }
      const status = answer?.__typename === 'MutationRecordCouncilProposalVoteSuccess' ? answer.data.status : null;
      notifications.show({ color: status === 'ADOPTED' ? 'green' : 'orange', message: t(status === 'ADOPTED' ? 'council.proposals.vote.adopted' : 'council.proposals.vote.rejected') });
      onDone();
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('council.proposals.vote.title', { title: proposal.title })} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <FormErrorAlert message={error} />
          <Select
            label={t('council.proposals.vote.meeting')}
            required
            value={meetingId}
            onChange={setMeetingId}
            nothingFoundMessage={t('council.proposals.vote.noMeetings')}
            data={committee.proposalVoteMeetings.map((meeting) => ({ value: meeting.id, label: `${meeting.title} — ${formatInstant(meeting.startsAt, language)}` }))}
          />
          {committee.proposalVoteMeetings.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('council.proposals.vote.noMeetings')}
            </Text>
          ) : null}
          {voters.length === 0 ? (
            <Text c="dimmed">{t('council.proposals.vote.noVoters')}</Text>
          ) : (
            <Table>
              <Table.Caption>{t('council.proposals.vote.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('council.proposals.vote.member')}</Table.Th>
                  <Table.Th scope="col">{t('council.proposals.vote.choice')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {voters.map((voter) => {
                  const name = [voter.firstName, voter.lastName].filter(Boolean).join(' ');
                  return (
                    <Table.Tr key={voter.id}>
                      <Table.Th scope="row">{name}</Table.Th>
                      <Table.Td>
                        <SegmentedControl
                          aria-label={t('council.proposals.vote.choiceOf', { name })}
                          size="xs"
                          value={choiceOf(voter.id)}
                          onChange={(value) => setChoices((all) => ({ ...all, [voter.id]: value as Choice }))}
                          data={(['FOR', 'AGAINST', 'ABSTAIN', 'NONE'] as const).map((value) => ({ value, label: t(`council.proposals.vote.${value}`) }))}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          <Text fw={600} role="status" aria-live="polite" data-testid="vote-tally">
            {t('council.proposals.vote.tally', { for: tally.FOR, against: tally.AGAINST, abstain: tally.ABSTAIN })}
            {' — '}
            {cast === 0 ? t('council.proposals.vote.noneYet') : tally.FOR > tally.AGAINST ? t('council.proposals.vote.wouldAdopt') : t('council.proposals.vote.wouldReject')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('council.proposals.vote.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
