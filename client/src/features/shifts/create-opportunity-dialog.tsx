import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CreateShiftOpportunityDocument, OpportunityDialog_OpportunityFragmentDoc, UpdateShiftOpportunityDocument } from '../../generated/graphql';
import { usePhone } from './use-phone';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment OpportunityDialog_opportunity on ShiftOpportunity {
    id
    titleTr
    titleEn
    descriptionTr
    descriptionEn
    online
    address
    area {
      id
    }
    district {
      id
    }
    qualifications {
      id
    }
  }

  mutation UpdateShiftOpportunity($input: UpdateShiftOpportunityInput!) {
    updateShiftOpportunity(input: $input) {
      __typename
      ... on MutationUpdateShiftOpportunitySuccess {
        data {
          id
          title
          ...OpportunityDialog_opportunity
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

  mutation CreateShiftOpportunity($input: CreateShiftOpportunityInput!) {
    createShiftOpportunity(input: $input) {
      __typename
      ... on MutationCreateShiftOpportunitySuccess {
        data {
          id
          title
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

type Option = { id: string | number; name: string };
type Props = {
  opened: boolean;
  onClose: () => void;
  areas: Option[];
  districts: Option[];
  qualifications: Option[];
  /** Given, the dialog edits this opportunity; without, it creates one. */
  opportunity?: FragmentType<typeof OpportunityDialog_OpportunityFragmentDoc> | null;
};

const REFRESH = ['ShiftPlanningPage', 'ShiftOpportunitiesPage'];

/** Creates an opportunity, or edits one (the same form, filled in). */
export function CreateOpportunityDialog({ opened, onClose, opportunity = null, ...options }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();
  const editing = opportunity !== null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(editing ? 'shifts.planning.opportunityForm.editTitle' : 'shifts.planning.opportunityForm.title')}
      size="lg"
      fullScreen={phone}
    >
      {opened ? editing ? <EditOpportunityForm {...options} opportunity={opportunity} onDone={onClose} /> : <OpportunityForm {...options} onDone={onClose} /> : null}
    </Modal>
  );
}

type FormOptions = Pick<Props, 'areas' | 'districts' | 'qualifications'> & { onDone: () => void };

function EditOpportunityForm({ opportunity, ...options }: FormOptions & { opportunity: FragmentType<typeof OpportunityDialog_OpportunityFragmentDoc> }) {
  const { data, complete } = useFragment({ fragment: OpportunityDialog_OpportunityFragmentDoc, fragmentName: 'OpportunityDialog_opportunity', from: opportunity });
  if (!complete) return null;
  return <OpportunityForm {...options} existing={data} />;
}

type Existing = {
  id: string;
  titleTr: string;
  titleEn: string;
  descriptionTr: string;
  descriptionEn: string;
  online: boolean;
  address?: string | null;
  area: { id: string };
  district?: { id: number } | null;
  qualifications: ReadonlyArray<{ id: string }>;
};

function OpportunityForm({ areas, districts, qualifications, onDone, existing }: FormOptions & { existing?: Existing }) {
  const { t } = useTranslation();
  const form = useForm({
    titleTr: existing?.titleTr ?? '',
    titleEn: existing?.titleEn ?? '',
    descriptionTr: existing?.descriptionTr ?? '',
    descriptionEn: existing?.descriptionEn ?? '',
    areaId: (existing?.area.id ?? null) as string | null,
    online: existing?.online ?? false,
    districtId: (existing?.district ? String(existing.district.id) : null) as string | null,
    address: existing?.address ?? '',
    qualificationIds: (existing?.qualifications.map((q) => q.id) ?? []) as string[],
  });
  const [create, creating] = useMutation(CreateShiftOpportunityDocument, { refetchQueries: REFRESH });
  const [update, updating] = useMutation(UpdateShiftOpportunityDocument, { refetchQueries: REFRESH });
  const loading = creating.loading || updating.loading;
  const required = t('shifts.planning.validation.required');
  const schema = z
    .object({
      titleTr: z.string().trim().min(1, required),
      titleEn: z.string().trim().min(1, required),
      descriptionTr: z.string(),
      descriptionEn: z.string(),
      areaId: z.string({ error: required }),
      online: z.boolean(),
      districtId: z.string().nullable(),
      address: z.string(),
      qualificationIds: z.array(z.string()),
    })
    .superRefine((input, ctx) => {
      if (input.online) return;
      if (!input.districtId) ctx.addIssue({ code: 'custom', path: ['districtId'], message: t('shifts.planning.validation.place') });
      if (!input.address.trim()) ctx.addIssue({ code: 'custom', path: ['address'], message: t('shifts.planning.validation.place') });
    });

  const submit = form.onSubmit(async () => {
    const input = form.parse(schema);
    if (!input) return;
    const fields = {
      ...input,
      areaId: input.areaId,
      districtId: input.online || !input.districtId ? null : Number(input.districtId),
      address: input.online ? null : input.address,
    };
    const result = await form.send(async () =>
      existing
        ? (await update({ variables: { input: { ...fields, id: existing.id } } })).data?.updateShiftOpportunity
        : (await create({ variables: { input: fields } })).data?.createShiftOpportunity,
    );
    if (!result) return;
    notifications.show({ color: 'green', message: t(existing ? 'shifts.planning.opportunityForm.updated' : 'shifts.planning.opportunityForm.created', { title: result.data.title }) });
    onDone();
  });
  const { values, errors, setValue } = form;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('shifts.planning.opportunityForm.titleTr')} value={values.titleTr} onChange={(e) => setValue('titleTr', e.currentTarget.value)} error={errors.titleTr} required data-autofocus />
          <TextInput label={t('shifts.planning.opportunityForm.titleEn')} value={values.titleEn} onChange={(e) => setValue('titleEn', e.currentTarget.value)} error={errors.titleEn} required />
          <Textarea label={t('shifts.planning.opportunityForm.descriptionTr')} value={values.descriptionTr} onChange={(e) => setValue('descriptionTr', e.currentTarget.value)} autosize minRows={2} />
          <Textarea label={t('shifts.planning.opportunityForm.descriptionEn')} value={values.descriptionEn} onChange={(e) => setValue('descriptionEn', e.currentTarget.value)} autosize minRows={2} />
        </SimpleGrid>
        <Select
          label={t('shifts.planning.opportunityForm.area')}
          data={areas.map((a) => ({ value: String(a.id), label: a.name }))}
          value={values.areaId}
          onChange={(value) => setValue('areaId', value)}
          error={errors.areaId}
          required
        />
        <Switch label={t('shifts.planning.opportunityForm.online')} checked={values.online} onChange={(e) => setValue('online', e.currentTarget.checked)} />
        {values.online ? null : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('shifts.planning.opportunityForm.district')}
              data={districts.map((d) => ({ value: String(d.id), label: d.name }))}
              value={values.districtId}
              onChange={(value) => setValue('districtId', value)}
              error={errors.districtId}
              searchable
              required
            />
            <TextInput label={t('shifts.planning.opportunityForm.address')} value={values.address} onChange={(e) => setValue('address', e.currentTarget.value)} error={errors.address} required />
          </SimpleGrid>
        )}
        <MultiSelect
          label={t('shifts.planning.opportunityForm.qualifications')}
          description={t('shifts.planning.opportunityForm.qualificationsHelp')}
          data={qualifications.map((q) => ({ value: String(q.id), label: q.name }))}
          value={values.qualificationIds}
          onChange={(value) => setValue('qualificationIds', value)}
          searchable
          clearable
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
