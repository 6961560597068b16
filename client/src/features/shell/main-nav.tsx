import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { interviewsNavItems } from '../interviews/routes';
import { trainingsNavItems } from '../trainings/routes';
import { volunteeringNavItems } from '../volunteering/routes';
import { hasRole, type Viewer } from './viewer';

type Item = { to: string; label: string };

function NavSection({ title, items }: { title?: string; items: Item[] }) {
  const { pathname } = useLocation();
  return (
    <Stack gap={2} component="section" aria-label={title}>
      {title ? (
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
          {title}
        </Text>
      ) : null}
      {items.map((item) => {
        const active = item.to === '/' ? pathname === '/' : pathname.startsWith(item.to);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={active}
            aria-current={active ? 'page' : undefined}
          />
        );
      })}
    </Stack>
  );
}

export function MainNav({ viewer }: { viewer: Viewer | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <NavSection items={[{ to: '/', label: t('nav.home') }]} />
      <NavSection
        title={t('nav.programmes')}
        items={[
          { to: '/volunteering', label: t('nav.volunteering') },
          { to: '/council', label: t('nav.council') },
          { to: '/forums', label: t('nav.forums') },
          { to: '/trips', label: t('nav.trips') },
        ]}
      />
      {(() => {
        const items = [
          ...volunteeringNavItems(viewer, t),
          ...interviewsNavItems(viewer, t),
          ...trainingsNavItems(viewer, t),
        ];
        return items.length ? <NavSection title={t('nav.volunteerWork')} items={items} /> : null;
      })()}
      {viewer ? (
        <NavSection title={t('nav.account')} items={[{ to: '/profile', label: t('nav.profile') }]} />
      ) : null}
      {hasRole(viewer, 'ADMIN') ? (
        <NavSection
          title={t('nav.admin')}
          items={[
            { to: '/admin/users', label: t('nav.adminUsers') },
            { to: '/admin/outbox', label: t('nav.adminOutbox') },
          ]}
        />
      ) : null}
    </Stack>
  );
}
