import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftCouncilProposalDocument, ProposalFormDistrictsDocument, UpdateCouncilProposalDocument } from '../../generated/graphql';
import { FormErrorAlert } from '../../shared/page';
import { refusalOf } from './proposal-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ProposalFormDistricts {
    districts {
      id
      name
    }
  }
  mutation DraftCouncilProposal($input: DraftCouncilProposalInput!) {
    draftCouncilProposal(input: $input) {
      __typename
      ... on MutationDraftCouncilProposalSuccess {
        data {
          id
          title
          problem
          suggestion
          status
          district {
            id
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
  mutation UpdateCouncilProposal($input: UpdateCouncilProposalInput!) {
    updateCouncilProposal(input: $input) {
      __typename
      ... on MutationUpdateCouncilProposalSuccess {
        data {
          id
          title
          problem
          suggestion
          district {
            id
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

export type ProposalDraft = { id: string; title: string; problem: string; suggestion: string; districtId: string | null };

/** Drafting a proposal, or editing a draft: title, the problem, the suggestion, the district it concerns. */
export function ProposalFormDialog({ committeeId, proposal, onClose, onDone }: { committeeId: string; proposal: ProposalDraft | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(proposal?.title ?? '');
  const [problem, setProblem] = useState(proposal?.problem ?? '');
  const [suggestion, setSuggestion] = useState(proposal?.suggestion ?? '');
  const [districtId, setDistrictId] = useState<string | null>(proposal?.districtId ?? null);
  const [error, setError] = useState<string | null>(null);
  const districts = useQuery(ProposalFormDistrictsDocument);
  const [draft, drafting] = useMutation(DraftCouncilProposalDocument);
  const [update, updating] = useMutation(UpdateCouncilProposalDocument);

  async function submit() {
    setError(null);
    const fields = { title, problem, suggestion, districtId: districtId ? Number(districtId) : null };
    try {
      const refusal = proposal
        ? refusalOf((await update({ variables: { input: { proposalId: proposal.id, ...fields } } })).data?.updateCouncilProposal)
        : refusalOf((await draft({ variables: { input: { committeeId, ...fields } } })).data?.draftCouncilProposal);
      if (refusal) {
        setError(refusal);
        return;
      }
      notifications.show({ color: 'green', message: t(proposal ? 'council.proposals.saved' : 'council.proposals.drafted') });
      onDone();
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Modal opened onClose={onClose} title={t(proposal ? 'council.proposals.editTitle' : 'council.proposals.draftTitle')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <FormErrorAlert message={error} />
          <TextInput label={t('council.proposals.fieldTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} required maxLength={160} />
          <Textarea label={t('council.proposals.problem')} value={problem} onChange={(event) => setProblem(event.currentTarget.value)} required autosize minRows={3} maxLength={4000} />
          <Textarea label={t('council.proposals.suggestion')} value={suggestion} onChange={(event) => setSuggestion(event.currentTarget.value)} required autosize minRows={3} maxLength={4000} />
          <Select
            label={t('council.proposals.district')}
            placeholder={t('council.proposals.noDistrict')}
            clearable
            searchable
            value={districtId}
            onChange={setDistrictId}
            data={(districts.data?.districts ?? []).map((district) => ({ value: String(district.id), label: district.name }))}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={drafting.loading || updating.loading}>
              {t('council.proposals.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
