import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CreateShiftOpportunityDocument } from '../../generated/graphql';
import { usePhone } from './use-phone';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
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
type Props = { opened: boolean; onClose: () => void; areas: Option[]; districts: Option[]; qualifications: Option[] };

export function CreateOpportunityDialog({ opened, onClose, ...options }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shifts.planning.opportunityForm.title')} size="lg" fullScreen={phone}>
      {opened ? <OpportunityForm {...options} onDone={onClose} /> : null}
    </Modal>
  );
}

function OpportunityForm({ areas, districts, qualifications, onDone }: Omit<Props, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    titleTr: '',
    titleEn: '',
    descriptionTr: '',
    descriptionEn: '',
    areaId: null as string | null,
    online: false,
    districtId: null as string | null,
    address: '',
    qualificationIds: [] as string[],
  });
  const [create, { loading }] = useMutation(CreateShiftOpportunityDocument, { refetchQueries: ['ShiftPlanningPage'] });
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
    const result = await form.send(async () =>
      (
        await create({
          variables: {
            input: {
              ...input,
              areaId: input.areaId,
              districtId: input.online || !input.districtId ? null : Number(input.districtId),
              address: input.online ? null : input.address,
            },
          },
        })
      ).data?.createShiftOpportunity,
    );
    if (!result) return;
    notifications.show({ color: 'green', message: t('shifts.planning.opportunityForm.created', { title: result.data.title }) });
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
