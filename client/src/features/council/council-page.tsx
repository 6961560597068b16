import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The council's public page (the proposals slice fills it with committees and submitted proposals). */
export function CouncilPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('council.proposals.publicTitle')}</Title>
      <Text>{t('council.proposals.publicLead')}</Text>
    </Stack>
  );
}
