import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CouncilProposalStatus } from '../../generated/graphql';
import { STATUS_COLOR } from './proposal-format';

/** A proposal's status as a coloured badge, in words (the colour is never the only sign). */
export function ProposalStatusBadge({ status }: { status: CouncilProposalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" autoContrast>
      {t(`council.proposals.status.${status}`)}
    </Badge>
  );
}
