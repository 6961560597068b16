import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageHeader } from '../../shared/page';
import { ResendVerification } from './resend-verification';

function emailFromState(state: unknown): string | undefined {
  if (typeof state === 'object' && state !== null && 'email' in state) {
    return typeof state.email === 'string' ? state.email : undefined;
  }
  return undefined;
}

export function CheckInboxPage() {
  const { t } = useTranslation();
  const email = emailFromState(useLocation().state);

  return (
    <Stack maw={640}>
      <PageHeader title={t('accounts.checkInbox.title')} />
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        <Stack>
          <Text size="lg">
            {email
              ? t('accounts.checkInbox.body', { email })
              : t('accounts.checkInbox.bodyNoEmail')}
          </Text>
          <Text c="dimmed">{t('accounts.checkInbox.hint')}</Text>
          <ResendVerification email={email} />
        </Stack>
      </Paper>
    </Stack>
  );
}
