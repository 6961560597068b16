import { lazy, Suspense, type ComponentProps } from 'react';

// The menu (Mantine's Menu, Popover, floating-ui) is only for signed-in people: it loads after
// the shell, not as part of the landing page's download.
const Menu = lazy(() => import('./user-menu').then((module) => ({ default: module.UserMenu })));

export function UserMenu(props: ComponentProps<typeof Menu>) {
  return (
    <Suspense fallback={null}>
      <Menu {...props} />
    </Suspense>
  );
}
