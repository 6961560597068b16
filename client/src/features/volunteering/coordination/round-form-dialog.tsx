import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { endOfIstanbulDay, istanbulDayOf, parseCalendarDate, startOfIstanbulDay } from '@katilim/schema/istanbul-day';
import { Button, Group, Modal, MultiSelect, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  CreateRecruitmentRoundDocument,
  RoundFormDialog_RoundFragmentDoc,
  UpdateRecruitmentRoundDocument,
  type RoundFormDialog_RoundFragment,
} from '../../../generated/graphql';
import { useForm } from '../../../shared/form';
import { FormErrorAlert } from '../../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment RoundFormDialog_round on RecruitmentRound {
    id
    slug
    titleTr
    titleEn
    descriptionTr
    descriptionEn
    trainingInfoTr
    trainingInfoEn
    opensAt
    closesAt
    seatsSought
    bookingCutoffHours
    areas {
      id
    }
  }

  fragment RoundFormDialog_result on RecruitmentRound {
    id
    title
    status
    isOpenForApplications
    applicationCount
    ...RoundFormDialog_round
  }

  mutation CreateRecruitmentRound($input: RecruitmentRoundInput!) {
    createRecruitmentRound(input: $input) {
      __typename
      ... on MutationCreateRecruitmentRoundSuccess {
        data {
          id
          ...RoundFormDialog_result
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

  mutation UpdateRecruitmentRound($input: UpdateRecruitmentRoundInput!) {
    updateRecruitmentRound(input: $input) {
      __typename
      ... on MutationUpdateRecruitmentRoundSuccess {
        data {
          id
          ...RoundFormDialog_result
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
  slug: string;
  titleTr: string;
  titleEn: string;
  descriptionTr: string;
  descriptionEn: string;
  trainingInfoTr: string;
  trainingInfoEn: string;
  opensOn: string;
  closesOn: string;
  seatsSought: number | string;
  bookingCutoffHours: number | string;
  areaIds: string[];
};

function initialValues(round: RoundFormDialog_RoundFragment | null): Values {
  return {
    slug: round?.slug ?? '',
    titleTr: round?.titleTr ?? '',
    titleEn: round?.titleEn ?? '',
    descriptionTr: round?.descriptionTr ?? '',
    descriptionEn: round?.descriptionEn ?? '',
    trainingInfoTr: round?.trainingInfoTr ?? '',
    trainingInfoEn: round?.trainingInfoEn ?? '',
    opensOn: round ? istanbulDayOf(round.opensAt) : '',
    closesOn: round ? istanbulDayOf(round.closesAt) : '',
    seatsSought: round?.seatsSought ?? 20,
    bookingCutoffHours: round?.bookingCutoffHours ?? 24,
    areaIds: round?.areas.map((area) => area.id) ?? [],
  };
}

/** Creates a round (round null) or edits one; opened as a dialog from the coordinators' list. */
export function RoundFormDialog({
  opened,
  round,
  areas,
  onClose,
  onCreated,
}: {
  opened: boolean;
  round: FragmentType<typeof RoundFormDialog_RoundFragmentDoc> | null;
  areas: { id: string; name: string }[];
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: RoundFormDialog_RoundFragmentDoc, fragmentName: 'RoundFormDialog_round', from: round });
  const editing = round && complete ? data : null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={editing ? t('volunteering.coordination.form.editTitle') : t('volunteering.coordination.form.createTitle')}
    >
      {/* Keyed so that each opening starts from the round's current values. */}
      <RoundForm key={editing?.id ?? 'new'} round={editing} areas={areas} onDone={onClose} onCreated={onCreated} />
    </Modal>
  );
}

function RoundForm({
  round,
  areas,
  onDone,
  onCreated,
}: {
  round: RoundFormDialog_RoundFragment | null;
  areas: { id: string; name: string }[];
  onDone: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>(initialValues(round));
  const [create, { loading: creating }] = useMutation(CreateRecruitmentRoundDocument);
  const [update, { loading: updating }] = useMutation(UpdateRecruitmentRoundDocument);
  const required = z.string().trim().min(1, t('validation.required'));
  const day = z.string().refine((value) => parseCalendarDate(value) !== null, t('volunteering.coordination.form.dateRequired'));
  const schema = z
    .object({
      slug: z
        .string()
        .trim()
        .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, t('volunteering.coordination.form.slugHelp')),
      titleTr: required,
      titleEn: required,
      descriptionTr: required,
      descriptionEn: required,
      trainingInfoTr: required,
      trainingInfoEn: required,
      opensOn: day,
      closesOn: day,
      seatsSought: z.number({ error: t('volunteering.coordination.form.number') }).int().min(1, t('volunteering.coordination.form.number')),
      bookingCutoffHours: z.number({ error: t('volunteering.coordination.form.number') }).int().min(0).max(336),
      areaIds: z.array(z.string()).min(1, t('volunteering.coordination.form.areasRequired')),
    })
    .refine((values) => values.closesOn >= values.opensOn, { path: ['closesOn'], message: t('volunteering.coordination.form.closesBeforeOpens') });

  const submit = form.onSubmit(async () => {
    const input = form.parse(schema);
    if (!input) return;
    const fields = {
      ...(input.slug ? { slug: input.slug } : {}),
      titleTr: input.titleTr,
      titleEn: input.titleEn,
      descriptionTr: input.descriptionTr,
      descriptionEn: input.descriptionEn,
      trainingInfoTr: input.trainingInfoTr,
      trainingInfoEn: input.trainingInfoEn,
      // A round opens at 00:00 on its first İzmir day and closes at the last instant of its last.
      opensAt: startOfIstanbulDay(input.opensOn).toISOString(),
      closesAt: endOfIstanbulDay(input.closesOn).toISOString(),
      seatsSought: input.seatsSought,
      bookingCutoffHours: input.bookingCutoffHours,
      areaIds: input.areaIds,
    };
    const options = { aliases: { opensAt: 'opensOn', closesAt: 'closesOn' } } as const;
    const result = round
      ? await form.send(async () => (await update({ variables: { input: { roundId: round.id, ...fields } } })).data?.updateRecruitmentRound, options)
      : await form.send(async () => (await create({ variables: { input: fields } })).data?.createRecruitmentRound, options);
    if (!result) return;
    if (!round) onCreated();
    notifications.show({ color: 'green', message: t('volunteering.coordination.form.saved') });
    onDone();
  });

  const { values, errors, setValue } = form;
  const text = (field: 'titleTr' | 'titleEn') => (
    <TextInput label={t(`volunteering.coordination.form.${field}`)} value={values[field]} onChange={(e) => setValue(field, e.currentTarget.value)} error={errors[field]} required />
  );
  const long = (field: 'descriptionTr' | 'descriptionEn' | 'trainingInfoTr' | 'trainingInfoEn') => (
    <Textarea
      label={t(`volunteering.coordination.form.${field}`)}
      value={values[field]}
      onChange={(e) => setValue(field, e.currentTarget.value)}
      error={errors[field]}
      rows={3}
      required
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('titleTr')}
          {text('titleEn')}
          {long('descriptionTr')}
          {long('descriptionEn')}
          {long('trainingInfoTr')}
          {long('trainingInfoEn')}
          <TextInput
            type="date"
            label={t('volunteering.coordination.form.opensOn')}
            value={values.opensOn}
            onChange={(e) => setValue('opensOn', e.currentTarget.value)}
            error={errors.opensOn}
            required
          />
          <TextInput
            type="date"
            label={t('volunteering.coordination.form.closesOn')}
            value={values.closesOn}
            onChange={(e) => setValue('closesOn', e.currentTarget.value)}
            error={errors.closesOn}
            required
          />
          <NumberInput
            label={t('volunteering.coordination.form.seatsSought')}
            value={values.seatsSought}
            onChange={(value) => setValue('seatsSought', value)}
            error={errors.seatsSought}
            min={1}
            allowDecimal={false}
            required
          />
          <NumberInput
            label={t('volunteering.coordination.form.bookingCutoffHours')}
            description={t('volunteering.coordination.form.bookingCutoffHelp')}
            value={values.bookingCutoffHours}
            onChange={(value) => setValue('bookingCutoffHours', value)}
            error={errors.bookingCutoffHours}
            min={0}
            max={336}
            allowDecimal={false}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('volunteering.coordination.form.areas')}
          data={areas.map((area) => ({ value: area.id, label: area.name }))}
          value={values.areaIds}
          onChange={(value) => setValue('areaIds', value)}
          error={errors.areaIds}
          required
        />
        <TextInput
          label={t('volunteering.coordination.form.slug')}
          description={t('volunteering.coordination.form.slugHelp')}
          value={values.slug}
          onChange={(e) => setValue('slug', e.currentTarget.value)}
          error={errors.slug}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={creating || updating}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
