import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Loader, Modal, MultiSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManageFacilitatorCandidatesDocument, ManageFacilitatorsDialog_SessionFragmentDoc, SetForumSessionFacilitatorsDocument } from '../../generated/graphql';
import { FormErrorAlert, QueryError } from '../../shared/page';
import { forumRefusal } from './manage-format';

// Read by codegen, which turns it into the typed documents imported above. The candidates are the
// council's list (people holding the FACILITATOR role), loaded with the dialog.
const _graphql = /* GraphQL */ `
  fragment ManageFacilitatorsDialog_session on ForumSession {
    id
    title
    facilitators {
      id
      fullName
    }
  }
  query ManageFacilitatorCandidates {
    councilFacilitatorCandidates {
      id
      fullName
    }
  }
  mutation SetForumSessionFacilitators($input: SetForumSessionFacilitatorsInput!) {
    setForumSessionFacilitators(input: $input) {
      __typename
      ... on MutationSetForumSessionFacilitatorsSuccess {
        data {
          id
          facilitatorNames
          ...ManageFacilitatorsDialog_session
        }
      }
      ... on Error {
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

/** Who facilitates a session: chosen among the people with the FACILITATOR role; saving replaces the list. */
export function ManageFacilitatorsDialog({ session: sessionRef, onClose }: { session: FragmentType<typeof ManageFacilitatorsDialog_SessionFragmentDoc>; onClose: () => void }) {
  const { t } = useTranslation();
  const { data: session, complete } = useFragment({ fragment: ManageFacilitatorsDialog_SessionFragmentDoc, fragmentName: 'ManageFacilitatorsDialog_session', from: sessionRef });
  const candidates = useQuery(ManageFacilitatorCandidatesDocument);
  const [chosen, setChosen] = useState<string[]>(() => (complete ? session.facilitators.map((user) => user.id) : []));
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetForumSessionFacilitatorsDocument);
  if (!complete) return null;
  const sessionId = session.id;

  // Someone assigned earlier who no longer holds the role still shows, so that removing them is possible.
  const people = new Map([...session.facilitators, ...(candidates.data?.councilFacilitatorCandidates ?? [])].map((user) => [user.id, user.fullName]));

  async function submit() {
    setError(null);
    try {
      const answer = (await save({ variables: { input: { sessionId, userIds: chosen } } })).data?.setForumSessionFacilitators;
      const refusal = forumRefusal(answer, t);
      if (refusal) return setError(refusal);
      if (answer?.__typename === 'MutationSetForumSessionFacilitatorsSuccess') onClose();
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('forums.manage.facilitators.title', { session: session.title })}>
      <form
        onSubmit={(submitEvent) => {
          submitEvent.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {candidates.error && !candidates.data ? <QueryError onRetry={() => void candidates.refetch()} /> : null}
          {candidates.loading ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
          <MultiSelect
            label={t('forums.manage.facilitators.label')}
            description={t('forums.manage.facilitators.help')}
            searchable
            value={chosen}
            onChange={setChosen}
            data={[...people].map(([value, label]) => ({ value, label }))}
            nothingFoundMessage={t('forums.manage.facilitators.none')}
          />
          <FormErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
