import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Radio, SegmentedControl, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssignInterviewCandidatesDocument, AssignInterviewSlotDocument } from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { FormErrorAlert, QueryError } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query AssignInterviewCandidates($roundId: ID!, $status: ApplicationStatus!, $search: String) {
    roundApplications(roundId: $roundId, status: $status, search: $search, first: 20) {
      totalCount
      edges {
        node {
          id
          status
          applicant {
            id
            fullName
          }
        }
      }
    }
  }

  mutation AssignInterviewSlot($input: AssignInterviewSlotInput!) {
    assignInterviewSlot(input: $input) {
      __typename
      ... on MutationAssignInterviewSlotSuccess {
        data {
          id
          application {
            id
            status
          }
          slot {
            id
            ...SlotCard_slot
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

type Status = 'INTERVIEW_INVITED' | 'SCREENING';

/** A coordinator books a slot for an applicant who is invited (or still in screening). */
export function AssignSlotDialog({ roundId, slotId, onClose }: { roundId: string; slotId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={slotId !== null} onClose={onClose} title={t('interviews.assign.title')}>
      {slotId ? <AssignForm key={slotId} roundId={roundId} slotId={slotId} onClose={onClose} /> : null}
    </Modal>
  );
}

function AssignForm({ roundId, slotId, onClose }: { roundId: string; slotId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('INTERVIEW_INVITED');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { data, previousData, error: loadError, refetch } = useQuery(AssignInterviewCandidatesDocument, {
    variables: { roundId, status, search: debouncedSearch || undefined },
    fetchPolicy: 'cache-and-network',
  });
  const [assign, { loading }] = useMutation(AssignInterviewSlotDocument);
  const shown = data ?? previousData;
  const candidates = shown?.roundApplications.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? [];

  async function submit() {
    if (!selected) return;
    setError(null);
    try {
      const { data: result } = await assign({ variables: { input: { applicationId: selected, slotId } } });
      if (!result) return;
      if (isErrorResult(result.assignInterviewSlot)) {
        setError(result.assignInterviewSlot.message);
        return;
      }
      notifications.show({ color: 'green', message: t('interviews.assign.done') });
      onClose();
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Stack>
      <Text size="sm">{t('interviews.assign.lead')}</Text>
      <SegmentedControl
        aria-label={t('interviews.assign.statusLabel')}
        value={status}
        onChange={(value) => {
          setStatus(value === 'SCREENING' ? 'SCREENING' : 'INTERVIEW_INVITED');
          setSelected(null);
        }}
        data={[
          { value: 'INTERVIEW_INVITED', label: t('interviews.assign.invited') },
          { value: 'SCREENING', label: t('interviews.assign.screening') },
        ]}
      />
      <TextInput
        type="search"
        label={t('interviews.assign.search')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <FormErrorAlert message={error} />
      {loadError && !shown ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !shown ? (
        <Stack gap="xs" aria-busy>
          <Skeleton height={28} />
          <Skeleton height={28} />
        </Stack>
      ) : candidates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('interviews.assign.empty')}
        </Text>
      ) : (
        <Radio.Group value={selected} onChange={setSelected} label={t('interviews.assign.applicant')}>
          <Stack gap={6} mt="xs">
            {candidates.map((candidate) => (
              <Radio key={candidate.id} value={candidate.id} label={candidate.applicant.fullName} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} disabled={!selected} loading={loading}>
          {t('interviews.assign.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
