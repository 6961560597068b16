import type { FragmentType, Reference } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, Radio, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  CreateCourseDialog_QualificationFragmentDoc,
  CreateTrainingCourseDocument,
  type CompletionRule,
  type CreateCourseDialog_QualificationFragment,
} from '../../generated/graphql';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment CreateCourseDialog_qualification on Qualification {
    id
    name
    validityMonths
  }

  mutation CreateTrainingCourse($input: CreateTrainingCourseInput!) {
    createTrainingCourse(input: $input) {
      __typename
      ... on MutationCreateTrainingCourseSuccess {
        data {
          id
          title
          ...CourseCard_course
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

type Props = {
  roundId: string;
  qualifications: ReadonlyArray<FragmentType<typeof CreateCourseDialog_QualificationFragmentDoc>>;
  opened: boolean;
  onClose: () => void;
};

export function CreateCourseDialog({ roundId, qualifications, opened, onClose }: Props) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: CreateCourseDialog_QualificationFragmentDoc,
    fragmentName: 'CreateCourseDialog_qualification',
    from: [...qualifications],
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('trainings.course.dialogTitle')} size="lg">
      {opened && complete ? <CourseForm roundId={roundId} qualifications={data} onDone={onClose} /> : null}
    </Modal>
  );
}

function CourseForm({
  roundId,
  qualifications,
  onDone,
}: {
  roundId: string;
  qualifications: readonly CreateCourseDialog_QualificationFragment[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    titleTr: '',
    titleEn: '',
    completionRule: 'ALL_SESSIONS' as CompletionRule,
    minSessions: 2 as number | string,
    qualificationId: (qualifications[0]?.id ?? null) as string | null,
  });
  const [create, { loading }] = useMutation(CreateTrainingCourseDocument, {
    update: (cache, { data }) => {
      const result = data?.createTrainingCourse;
      if (result?.__typename !== 'MutationCreateTrainingCourseSuccess') return;
      cache.modify<{ trainingCourses: readonly Reference[] }>({
        fields: {
          trainingCourses: (existing, { storeFieldName, toReference }) => {
            const added = toReference(result.data);
            return added && storeFieldName.includes(JSON.stringify(roundId)) ? [...existing, added] : existing;
          },
        },
      });
    },
  });

  const required = z.string().trim().min(1, t('trainings.validation.required'));
  const schema = z
    .object({
      titleTr: required,
      titleEn: required,
      completionRule: z.enum(['ALL_SESSIONS', 'MIN_SESSIONS']),
      minSessions: z.coerce.number().int().min(1, t('trainings.validation.minSessions')).max(50, t('trainings.validation.minSessions')),
      qualificationId: z.string({ error: t('trainings.validation.chooseQualification') }).min(1, t('trainings.validation.chooseQualification')),
    })
    .transform(({ minSessions, ...input }) => ({ ...input, roundId, minSessions: input.completionRule === 'MIN_SESSIONS' ? minSessions : null }));

  const submit = form.onSubmit(async () => {
    const input = form.parse(schema);
    if (!input) return;
    const result = await form.send(async () => (await create({ variables: { input } })).data?.createTrainingCourse);
    if (!result) return;
    notifications.show({ color: 'green', message: t('trainings.course.created', { title: result.data.title }) });
    onDone();
  });
  const { values, errors, setValue } = form;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert message={form.formError} />
        <TextInput
          label={t('trainings.course.titleTr')}
          value={values.titleTr}
          onChange={(event) => setValue('titleTr', event.currentTarget.value)}
          error={errors.titleTr}
          required
          data-autofocus
        />
        <TextInput
          label={t('trainings.course.titleEn')}
          value={values.titleEn}
          onChange={(event) => setValue('titleEn', event.currentTarget.value)}
          error={errors.titleEn}
          required
        />
        <Radio.Group
          label={t('trainings.course.rule')}
          value={values.completionRule}
          onChange={(value) => setValue('completionRule', value === 'MIN_SESSIONS' ? 'MIN_SESSIONS' : 'ALL_SESSIONS')}
        >
          <Group mt="xs">
            <Radio value="ALL_SESSIONS" label={t('trainings.course.ruleAll')} />
            <Radio value="MIN_SESSIONS" label={t('trainings.course.ruleMin')} />
          </Group>
        </Radio.Group>
        {values.completionRule === 'MIN_SESSIONS' ? (
          <NumberInput
            label={t('trainings.course.minSessions')}
            value={values.minSessions}
            onChange={(value) => setValue('minSessions', value)}
            error={errors.minSessions}
            min={1}
            max={50}
            required
          />
        ) : null}
        <Select
          label={t('trainings.course.qualification')}
          placeholder={t('trainings.course.qualificationPlaceholder')}
          data={qualifications.map((q) => ({ value: q.id, label: `${q.name} (${t('trainings.qualification.months', { count: q.validityMonths })})` }))}
          value={values.qualificationId}
          onChange={(value) => setValue('qualificationId', value)}
          error={errors.qualificationId}
          searchable
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
