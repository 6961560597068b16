import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EnrolDialog_CandidateFragmentDoc,
  EnrolInTrainingDocument,
  type EnrolDialog_CandidateFragment,
} from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { turkishFilter } from './search';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment EnrolDialog_candidate on VolunteerApplication {
    id
    status
    applicant {
      id
      fullName
    }
  }

  mutation EnrolInTraining($input: EnrolInTrainingInput!) {
    enrolInTraining(input: $input) {
      __typename
      ... on MutationEnrolInTrainingSuccess {
        data {
          enrolled {
            id
            application {
              id
              status
            }
          }
          skipped {
            applicationId
            reason
          }
          course {
            id
            ...CourseCard_course
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

type Props = {
  courseId: string;
  courseTitle: string;
  candidates: ReadonlyArray<FragmentType<typeof EnrolDialog_CandidateFragmentDoc>>;
  opened: boolean;
  onClose: () => void;
};

export function EnrolDialog({ courseId, courseTitle, candidates, opened, onClose }: Props) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: EnrolDialog_CandidateFragmentDoc,
    fragmentName: 'EnrolDialog_candidate',
    from: [...candidates],
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('trainings.enrol.dialogTitle', { course: courseTitle })} size="lg">
      {opened && complete ? <EnrolForm courseId={courseId} candidates={data} onDone={onClose} /> : null}
    </Modal>
  );
}

function EnrolForm({ courseId, candidates, onDone }: { courseId: string; candidates: readonly EnrolDialog_CandidateFragment[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [enrol, { loading }] = useMutation(EnrolInTrainingDocument);
  const nameOf = new Map(candidates.map((c) => [c.id, c.applicant.fullName]));

  async function submit() {
    if (selected.length === 0) {
      setError(t('trainings.validation.choosePeople'));
      return;
    }
    setError(null);
    try {
      const { data } = await enrol({ variables: { input: { courseId, applicationIds: selected } } });
      const result = data?.enrolInTraining;
      if (!result) return;
      if (isErrorResult(result)) {
        setError(result.message);
        return;
      }
      notifications.show({ color: 'green', message: t('trainings.enrol.done', { count: result.data.enrolled.length }) });
      if (result.data.skipped.length) {
        const names = result.data.skipped
          .map((s) => `${nameOf.get(s.applicationId) ?? '?'} (${t(`trainings.enrol.reason.${s.reason}`)})`)
          .join(', ');
        notifications.show({ color: 'yellow', message: t('trainings.enrol.skipped', { names }) });
      }
      onDone();
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Stack>
      <Text size="sm">{t('trainings.enrol.lead')}</Text>
      <FormErrorAlert message={error} />
      {candidates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trainings.enrol.none')}
        </Text>
      ) : (
        <MultiSelect
          label={t('trainings.enrol.label')}
          placeholder={t('trainings.enrol.placeholder')}
          data={candidates.map((c) => ({ value: c.id, label: `${c.applicant.fullName} · ${t(`trainings.applicationStatus.${c.status}`)}` }))}
          value={selected}
          onChange={setSelected}
          filter={turkishFilter}
          searchable
          clearable
          hidePickedOptions
          data-autofocus
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={loading} disabled={candidates.length === 0}>
          {t('trainings.enrol.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
