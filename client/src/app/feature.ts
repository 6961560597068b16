import type { TypePolicies } from '@apollo/client';
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Viewer } from '../features/shell/viewer';
import { loadPageTranslations } from './i18n';

/** The groups of the main navigation, in the order the shell shows them. */
export const NAV_SECTIONS = ['home', 'programmes', 'volunteerWork', 'account', 'admin'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

export type NavEntry = {
  section: NavSection;
  to: string;
  label: (t: TFunction) => string;
  /** Position inside the section; entries of different features interleave by it. */
  order: number;
  /** Leave out to show the entry to everyone. */
  visible?: (viewer: Viewer | null) => boolean;
};

/**
 * What a folder under `features/` contributes to the app. `app/features.ts` collects every
 * `features/<name>/feature.tsx` by convention; translations come from `features/<name>/i18n/`.
 */
export type Feature = {
  /** Mounted inside the app shell, below the page boundary (loading and error states). */
  routes?: RouteObject[];
  nav?: NavEntry[];
  /** Merged per type and field into the one Apollo cache. */
  typePolicies?: TypePolicies;
};

/**
 * A page loaded on first visit, so its code, and the libraries, styles and strings only pages
 * use, stay out of the landing page's download. `name` is the module's named export.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): NonNullable<RouteObject['lazy']> {
  return async () => {
    const [page] = await Promise.all([load(), import('./page-styles'), loadPageTranslations()]);
    return { Component: page[name] };
  };
}
