import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateTripDocument, TripFormDistrictsDocument, UpdateTripDocument, type TripAudience, type TripKind } from '../../generated/graphql';
import { FormErrorAlert } from '../../shared/page';
import { usePhone } from '../shifts/use-phone';
import { refusalOf } from '../../shared/form';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query TripFormDistricts {
    districts {
      id
      name
    }
  }
  mutation CreateTrip($input: CreateTripInput!) {
    createTrip(input: $input) {
      __typename
      ... on MutationCreateTripSuccess {
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
  mutation UpdateTrip($input: UpdateTripInput!) {
    updateTrip(input: $input) {
      __typename
      ... on MutationUpdateTripSuccess {
        data {
          id
          title
          titleTr
          titleEn
          descriptionTr
          descriptionEn
          whatToBringTr
          whatToBringEn
          accessibilityTr
          accessibilityEn
          kind
          audience
          minAge
          maxAge
          maxCompanions
          companionMaxAge
          maxPerSeason
          priorityDistrictIds
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

export type TripFormValues = {
  kind: TripKind;
  audience: TripAudience;
  titleTr: string;
  titleEn: string;
  descriptionTr: string;
  descriptionEn: string;
  whatToBringTr: string;
  whatToBringEn: string;
  accessibilityTr: string;
  accessibilityEn: string;
  minAge: number;
  maxAge: number | null;
  maxCompanions: number;
  companionMaxAge: number;
  maxPerSeason: number | null;
  priorityDistrictIds: number[];
};

const KINDS: TripKind[] = ['GULF_TOUR', 'CULTURE_TOUR', 'SEA_TRIP', 'MUSEUM', 'HISTORIC_SITE', 'FERRY_TOUR'];

export const NEW_TRIP: TripFormValues = {
  kind: 'GULF_TOUR',
  audience: 'WOMEN',
  titleTr: '',
  titleEn: '',
  descriptionTr: '',
  descriptionEn: '',
  whatToBringTr: '',
  whatToBringEn: '',
  accessibilityTr: '',
  accessibilityEn: '',
  minAge: 18,
  maxAge: null,
  maxCompanions: 3,
  companionMaxAge: 11,
  maxPerSeason: null,
  priorityDistrictIds: [],
};

/** Creating a trip, or editing one (`id` given): both languages side by side, eligibility, priority districts. */
export function TripFormDialog({ id, initial, onClose, onSaved }: { id?: string; initial: TripFormValues; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [values, setValues] = useState<TripFormValues>(initial);
  const [error, setError] = useState<string | null>(null);
  const districts = useQuery(TripFormDistrictsDocument);
  const [create, creating] = useMutation(CreateTripDocument, { refetchQueries: ['TripPlanningPage'] });
  const [update, updating] = useMutation(UpdateTripDocument);
  const set = <K extends keyof TripFormValues>(key: K, value: TripFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const text = (key: 'titleTr' | 'titleEn' | 'descriptionTr' | 'descriptionEn' | 'whatToBringTr' | 'whatToBringEn' | 'accessibilityTr' | 'accessibilityEn') => ({
    label: t(`trips.planning.form.${key}`),
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
  });

  async function submit() {
    setError(null);
    try {
      if (id) {
        const result = (await update({ variables: { input: { id, ...values } } })).data?.updateTrip;
        const refusal = refusalOf(result);
        if (refusal) return setError(refusal);
        onSaved(id);
      } else {
        const result = (await create({ variables: { input: values } })).data?.createTrip;
        const refusal = refusalOf(result);
        if (refusal) return setError(refusal);
        if (result?.__typename === 'MutationCreateTripSuccess') onSaved(result.data.id);
      }
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Modal opened onClose={onClose} title={id ? t('trips.planning.form.editTitle') : t('trips.planning.form.createTitle')} size="xl" fullScreen={phone}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('trips.planning.form.audience')}
              value={values.audience}
              allowDeselect={false}
              onChange={(value) => value && set('audience', value as TripAudience)}
              data={(['WOMEN', 'CHILDREN'] as const).map((value) => ({ value, label: t(`trips.audience.${value}`) }))}
            />
            <Select
              label={t('trips.planning.form.kind')}
              value={values.kind}
              allowDeselect={false}
              onChange={(value) => value && set('kind', value as TripKind)}
              data={KINDS.map((value) => ({ value, label: t(`trips.kind.${value}`) }))}
            />
            <TextInput required {...text('titleTr')} />
            <TextInput required {...text('titleEn')} />
            <Textarea required autosize minRows={2} {...text('descriptionTr')} />
            <Textarea required autosize minRows={2} {...text('descriptionEn')} />
            <Textarea autosize {...text('whatToBringTr')} />
            <Textarea autosize {...text('whatToBringEn')} />
            <Textarea autosize {...text('accessibilityTr')} />
            <Textarea autosize {...text('accessibilityEn')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            <NumberInput label={t('trips.planning.form.minAge')} value={values.minAge} min={0} max={120} onChange={(value) => set('minAge', Number(value) || 0)} />
            <NumberInput label={t('trips.planning.form.maxAge')} value={values.maxAge ?? ''} min={0} max={120} onChange={(value) => set('maxAge', value === '' ? null : Number(value))} />
            <NumberInput label={t(values.audience === 'WOMEN' ? 'trips.planning.form.maxCompanions' : 'trips.planning.form.maxChildren')} value={values.maxCompanions} min={0} max={10} onChange={(value) => set('maxCompanions', Number(value) || 0)} />
            {values.audience === 'WOMEN' ? (
              <NumberInput label={t('trips.planning.form.companionMaxAge')} value={values.companionMaxAge} min={0} max={17} onChange={(value) => set('companionMaxAge', Number(value) || 0)} />
            ) : null}
            <NumberInput label={t('trips.planning.form.maxPerSeason')} value={values.maxPerSeason ?? ''} min={1} max={50} onChange={(value) => set('maxPerSeason', value === '' ? null : Number(value))} />
          </SimpleGrid>
          <MultiSelect
            label={t('trips.planning.form.priorityDistricts')}
            description={t('trips.planning.form.priorityDistrictsHelp')}
            searchable
            value={values.priorityDistrictIds.map(String)}
            onChange={(ids) => set('priorityDistrictIds', ids.map(Number))}
            data={(districts.data?.districts ?? []).map((district) => ({ value: String(district.id), label: district.name }))}
          />
          <FormErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading}>
              {t('trips.planning.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
