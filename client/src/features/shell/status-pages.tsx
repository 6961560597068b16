import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../shared/page';

export type Section = 'volunteering' | 'council' | 'forums' | 'trips';

export function ComingSoonPage({ section }: { section: Section }) {
  const { t } = useTranslation();
  const name = t(`nav.${section}`);
  return (
    <Stack>
      <PageHeader title={name} />
      <Stack gap="sm" align="flex-start">
        <Text fw={700} size="lg">
          {t('comingSoon.title')}
        </Text>
        <Text>{t('comingSoon.body', { section: name })}</Text>
        <Button component={Link} to="/" variant="light">
          {t('comingSoon.backHome')}
        </Button>
      </Stack>
    </Stack>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <PageHeader title={t('notFound.title')} lead={t('notFound.body')} />
      <Button component={Link} to="/">
        {t('common.backHome')}
      </Button>
    </Stack>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <PageHeader title={t('forbidden.title')} lead={t('forbidden.body')} />
      <Button component={Link} to="/">
        {t('common.backHome')}
      </Button>
    </Stack>
  );
}
