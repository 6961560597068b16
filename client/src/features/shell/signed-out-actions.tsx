import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function SignedOutActions() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button component={Link} to="/login" variant="subtle" size="sm">
        {t('userMenu.logIn')}
      </Button>
      <Button component={Link} to="/register" size="sm" visibleFrom="xs">
        {t('userMenu.register')}
      </Button>
    </Group>
  );
}
