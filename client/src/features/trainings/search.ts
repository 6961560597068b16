import type { OptionsFilter } from '@mantine/core';
import { matchesSearch } from '../../i18n/turkish-case';

// Mantine's default filter lower-cases the English way; "ışık" would then miss "IŞIK".
export const turkishFilter: OptionsFilter = ({ options, search }) =>
  options.filter((option) => 'label' in option && matchesSearch(option.label, search));
