import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, RoundStatus } from '../../generated/graphql';
import { APPLICATION_STATUS_COLOR, ROUND_STATUS_COLOR } from './labels';

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={APPLICATION_STATUS_COLOR[status]} variant="light" miw="max-content">
      {t(`volunteering.applicationStatus.${status}`)}
    </Badge>
  );
}

export function RoundStatusBadge({ status, open }: { status: RoundStatus; open?: boolean }) {
  const { t } = useTranslation();
  // An OPEN round outside its dates does not take applications: say so rather than "open".
  const closedNow = status === 'OPEN' && open === false;
  return (
    <Badge color={closedNow ? 'gray' : ROUND_STATUS_COLOR[status]} variant={status === 'OPEN' && !closedNow ? 'filled' : 'light'} miw="max-content">
      {closedNow ? t('volunteering.roundStatus.OPEN_CLOSED_NOW') : t(`volunteering.roundStatus.${status}`)}
    </Badge>
  );
}
