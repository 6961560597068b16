import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordCouncilProposalResponseDocument, type CouncilProposalStatus } from '../../generated/graphql';
import { FormErrorAlert } from '../../shared/page';
import { RESPONSE_STATUSES, refusalOf } from './proposal-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation RecordCouncilProposalResponse($input: RecordCouncilProposalResponseInput!) {
    recordCouncilProposalResponse(input: $input) {
      __typename
      ... on MutationRecordCouncilProposalResponseSuccess {
        data {
          id
          status
          answer
          nextResponses
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

/** Recording the municipality's response: the status it gave (next ones offered first), the date, the answer. */
export function ResponseDialog({
  proposal,
  onClose,
  onDone,
}: {
  proposal: { id: string; title: string; nextResponses: readonly CouncilProposalStatus[] };
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [correction, setCorrection] = useState(false);
  const [status, setStatus] = useState<string | null>(proposal.nextResponses[0] ?? null);
  const [respondedOn, setRespondedOn] = useState(todayInIstanbul());
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordCouncilProposalResponseDocument);
  const offered = correction ? RESPONSE_STATUSES : proposal.nextResponses;

  async function submit() {
    setError(null);
    if (!status) {
      setError(t('council.proposals.response.chooseStatus'));
      return;
    }
    try {
      const { data } = await record({ variables: { input: { proposalId: proposal.id, status: status as CouncilProposalStatus, respondedOn, answer, correction } } });
      const refusal = refusalOf(data?.recordCouncilProposalResponse);
      if (refusal) {
        setError(refusal);
        return;
      }
      notifications.show({ color: 'green', message: t('council.proposals.response.saved') });
      onDone();
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('council.proposals.response.title', { title: proposal.title })} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <FormErrorAlert message={error} />
          <Select
            label={t('council.proposals.response.status')}
            required
            value={status}
            onChange={setStatus}
            data={offered.map((value) => ({ value, label: t(`council.proposals.status.${value}`) }))}
          />
          <Checkbox
            label={t('council.proposals.response.correction')}
            description={t('council.proposals.response.correctionHelp')}
            checked={correction}
            onChange={(event) => setCorrection(event.currentTarget.checked)}
          />
          <TextInput type="date" label={t('council.proposals.response.date')} required value={respondedOn} max={todayInIstanbul()} onChange={(event) => setRespondedOn(event.currentTarget.value)} />
          <Textarea label={t('council.proposals.response.answer')} value={answer} onChange={(event) => setAnswer(event.currentTarget.value)} autosize minRows={3} maxLength={4000} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('council.proposals.response.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
