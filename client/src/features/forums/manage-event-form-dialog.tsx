import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateForumEventDocument, ManageEventFormDialog_EventFragmentDoc, UpdateForumEventDocument, type ForumGenderRule } from '../../generated/graphql';
import { FormErrorAlert } from '../../shared/page';
import { usePhone } from '../shifts/use-phone';
import { forumRefusal } from './manage-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ManageEventFormDialog_event on ForumEvent {
    id
    titleTr
    titleEn
    descriptionTr
    descriptionEn
    gender
    minAge
    maxAge
    residentOfIzmir
  }
  mutation CreateForumEvent($input: CreateForumEventInput!) {
    createForumEvent(input: $input) {
      __typename
      ... on MutationCreateForumEventSuccess {
        data {
          id
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
  mutation UpdateForumEvent($input: UpdateForumEventInput!) {
    updateForumEvent(input: $input) {
      __typename
      ... on MutationUpdateForumEventSuccess {
        data {
          id
          title
          description
          ...ManageEventFormDialog_event
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

type Values = {
  titleTr: string;
  titleEn: string;
  descriptionTr: string;
  descriptionEn: string;
  gender: ForumGenderRule | null;
  minAge: number | '';
  maxAge: number | '';
  residentOfIzmir: boolean;
};

const EMPTY: Values = { titleTr: '', titleEn: '', descriptionTr: '', descriptionEn: '', gender: 'WOMAN', minAge: 16, maxAge: 30, residentOfIzmir: true };
const GENDERS: ReadonlyArray<ForumGenderRule> = ['WOMAN', 'MAN', 'NON_BINARY'];

/**
 * A forum event's titles, descriptions and eligibility (gender, age band on the session's day, living
 * in İzmir): a new event (it starts as a draft) or, given `event`, the one to edit.
 */
export function ManageEventFormDialog({
  event: eventRef,
  onClose,
  onCreated,
}: {
  event?: FragmentType<typeof ManageEventFormDialog_EventFragmentDoc>;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const { data: event, complete } = useFragment({ fragment: ManageEventFormDialog_EventFragmentDoc, fragmentName: 'ManageEventFormDialog_event', from: eventRef ?? null });
  const editing = eventRef !== undefined && complete;
  const [values, setValues] = useState<Values>(() =>
    editing
      ? {
          titleTr: event.titleTr,
          titleEn: event.titleEn,
          descriptionTr: event.descriptionTr,
          descriptionEn: event.descriptionEn,
          gender: event.gender && event.gender !== 'UNDISCLOSED' ? event.gender : null,
          minAge: event.minAge,
          maxAge: event.maxAge ?? '',
          residentOfIzmir: event.residentOfIzmir,
        }
      : EMPTY,
  );
  const [error, setError] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateForumEventDocument, { refetchQueries: ['ManageEventsPage'] });
  const [update, updating] = useMutation(UpdateForumEventDocument);

  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }));
  const text = (field: 'titleTr' | 'titleEn' | 'descriptionTr' | 'descriptionEn') => ({
    label: t(`forums.manage.event.${field}`),
    value: values[field],
    onChange: (change: { currentTarget: { value: string } }) => {
      const value = change.currentTarget.value;
      set(field, value);
    },
  });

  async function submit() {
    setError(null);
    const input = {
      titleTr: values.titleTr.trim(),
      titleEn: values.titleEn.trim(),
      descriptionTr: values.descriptionTr.trim(),
      descriptionEn: values.descriptionEn.trim(),
      gender: values.gender,
      minAge: values.minAge === '' ? 0 : values.minAge,
      maxAge: values.maxAge === '' ? null : values.maxAge,
      residentOfIzmir: values.residentOfIzmir,
    };
    try {
      if (editing) {
        const answer = (await update({ variables: { input: { ...input, id: event.id } } })).data?.updateForumEvent;
        const refusal = forumRefusal(answer, t);
        if (refusal) return setError(refusal);
        if (answer?.__typename === 'MutationUpdateForumEventSuccess') onClose();
      } else {
        const answer = (await create({ variables: { input } })).data?.createForumEvent;
        const refusal = forumRefusal(answer, t);
        if (refusal) return setError(refusal);
        if (answer?.__typename === 'MutationCreateForumEventSuccess') onCreated?.(answer.data.id);
      }
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Modal opened onClose={onClose} title={t(editing ? 'forums.manage.event.editTitle' : 'forums.manage.event.createTitle')} size="lg" fullScreen={phone}>
      <form
        onSubmit={(submitEvent) => {
          submitEvent.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput required {...text('titleTr')} />
            <TextInput required {...text('titleEn')} />
            <Textarea autosize minRows={3} {...text('descriptionTr')} />
            <Textarea autosize minRows={3} {...text('descriptionEn')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('forums.manage.event.gender')}
              value={values.gender ?? 'ANY'}
              allowDeselect={false}
              onChange={(value) => set('gender', value && value !== 'ANY' ? (value as ForumGenderRule) : null)}
              data={[{ value: 'ANY', label: t('forums.manage.event.anyGender') }, ...GENDERS.map((value) => ({ value, label: t(`forums.gender.${value}`) }))]}
            />
            <NumberInput required label={t('forums.manage.event.minAge')} value={values.minAge} min={0} max={120} onChange={(value) => set('minAge', value === '' ? '' : Number(value))} />
            <NumberInput
              label={t('forums.manage.event.maxAge')}
              description={t('forums.manage.event.maxAgeHelp')}
              value={values.maxAge}
              min={0}
              max={120}
              onChange={(value) => set('maxAge', value === '' ? '' : Number(value))}
            />
          </SimpleGrid>
          <Checkbox label={t('forums.manage.event.residentOfIzmir')} checked={values.residentOfIzmir} onChange={(change) => set('residentOfIzmir', change.currentTarget.checked)} />
          <FormErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading}>
              {editing ? t('common.save') : t('forums.manage.event.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
