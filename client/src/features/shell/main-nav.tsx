import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NAV_SECTIONS } from '../../app/feature';
import { navEntries } from '../../app/features';
import type { Viewer } from './viewer';

type Item = { to: string; label: string };

/** The one link the current page belongs to: the longest path that contains it. */
function currentLink(pathname: string, items: Item[]): string | undefined {
  return items
    .map((item) => item.to)
    .filter((to) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`)))
    .sort((a, b) => b.length - a.length)[0];
}

function NavSection({ title, items, current }: { title?: string; items: Item[]; current: string | undefined }) {
  return (
    <Stack gap={2} component="section" aria-label={title}>
      {title ? (
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
          {title}
        </Text>
      ) : null}
      {items.map((item) => {
        const active = item.to === current;
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
  const { pathname } = useLocation();
  // Entries come from each feature's manifest; the shell only names and orders the sections.
  const visible = navEntries.filter((entry) => entry.visible?.(viewer) ?? true);
  const sections: { title?: string; items: Item[] }[] = NAV_SECTIONS.map((section) => ({
    title: section === 'home' ? undefined : t(`nav.${section}`),
    items: visible.filter((entry) => entry.section === section).map((entry) => ({ to: entry.to, label: entry.label(t) })),
  }));
  const current = currentLink(pathname, sections.flatMap((section) => section.items));
  return (
    <Stack gap="xs">
      {sections
        .filter((section) => section.items.length > 0)
        .map((section) => (
          <NavSection key={section.title ?? 'home'} title={section.title} items={section.items} current={current} />
        ))}
    </Stack>
  );
}
