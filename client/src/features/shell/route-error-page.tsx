import { Alert, Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

// Browsers word it differently; all mean a page's code could not be downloaded.
const CHUNK_FAILURE = /dynamically imported module|module script failed|error loading dynamically imported/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILURE.test(error.message);
}

/**
 * Last resort when a page cannot be shown (its code failed to download, or it threw while
 * rendering): say so and offer a fresh start, which also fetches a newly deployed version.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Alert color="red" title={t('common.loadFailed')} role="alert" w="100%">
          {isChunkLoadError(error) ? t('common.networkError') : t('common.loadFailedHelp')}
        </Alert>
        <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
      </Stack>
    </Container>
  );
}
