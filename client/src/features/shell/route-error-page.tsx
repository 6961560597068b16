import { Alert, Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Last resort when a page throws while rendering: say so and offer a fresh start. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Alert color="red" title={t('common.loadFailed')} role="alert" w="100%">
          {t('common.loadFailedHelp')}
        </Alert>
        <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
      </Stack>
    </Container>
  );
}
