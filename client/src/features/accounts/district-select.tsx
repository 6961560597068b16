import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Select, type OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DistrictSelect_DistrictFragmentDoc } from '../../generated/graphql';
import { compareText, matchesSearch } from '../../i18n/turkish-case';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment DistrictSelect_district on District {
    id
    name
  }
`;

// Mantine's default filter lower-cases the English way; "izmir" would then miss "İzmir".
const turkishFilter: OptionsFilter = ({ options, search }) =>
  options.filter((option) => 'label' in option && matchesSearch(option.label, search));

export function DistrictSelect({
  districts,
  value,
  onChange,
  error,
}: {
  districts: Array<FragmentType<typeof DistrictSelect_DistrictFragmentDoc>>;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { data, complete } = useFragment({
    fragment: DistrictSelect_DistrictFragmentDoc,
    fragmentName: 'DistrictSelect_district',
    from: districts,
  });
  const options = complete
    ? data
        .map((district) => ({ value: String(district.id), label: district.name }))
        .sort((a, b) => compareText(i18n.language)(a.label, b.label))
    : [];

  return (
    <Select
      label={t('accounts.fields.district')}
      placeholder={t('accounts.fields.districtPlaceholder')}
      nothingFoundMessage={t('accounts.fields.districtNothingFound')}
      data={options}
      value={value}
      onChange={onChange}
      error={error}
      filter={turkishFilter}
      searchable
      required
      maxDropdownHeight={280}
    />
  );
}
