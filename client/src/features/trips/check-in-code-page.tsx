import { Anchor, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../shared/page';

/**
 * Where a boarding QR code's address leads when a participant (or anyone) scans it with an ordinary
 * camera app: it says what the code is for. Boarding itself happens on the guide's boarding page,
 * which reads the same code; nothing about the registration is shown here.
 */
export function TripCheckInCodePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  return (
    <Stack>
      <PageHeader title={t('trips.checkInCode.title')} lead={t('trips.checkInCode.lead')} />
      <Text>
        {t('trips.checkInCode.code')} <Code>{code}</Code>
      </Text>
      <Anchor component={Link} to="/trips/mine">
        {t('trips.checkInCode.mine')}
      </Anchor>
    </Stack>
  );
}
