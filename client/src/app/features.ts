import type { TypePolicies } from '@apollo/client';
import type { RouteObject } from 'react-router';
import { UPCOMING_PROGRAMMES, upcomingProgramme } from '../features/shell/upcoming-programmes';
import type { Feature, NavEntry } from './feature';

// Every feature folder's manifest, found by convention: adding a folder needs no edit here.
// Eager, because manifests are small; the pages they name load lazily (see `lazyPage`).
const manifests = import.meta.glob<Feature>('../features/*/feature.ts', { eager: true, import: 'feature' });

function featureName(path: string): string {
  return path.split('/').at(-2) ?? path;
}

type Collected = ReadonlyArray<{ name: string; feature: Feature }>;

/** Manifests by folder name, then placeholders for announced programmes that have no folder yet. */
export function collectFeatures(found: Record<string, Feature>): Collected {
  const collected = Object.entries(found)
    .map(([path, feature]) => ({ name: featureName(path), feature }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const names = new Set(collected.map(({ name }) => name));
  return [
    ...collected,
    ...UPCOMING_PROGRAMMES.filter(({ name }) => !names.has(name)).map((programme) => ({
      name: programme.name,
      feature: upcomingProgramme(programme),
    })),
  ];
}

export const features: Collected = collectFeatures(manifests);

export const featureRoutes: RouteObject[] = features.flatMap(({ feature }) => feature.routes ?? []);

/** Every feature's entries, by `order` (the shell groups them into sections). */
export const navEntries: NavEntry[] = features
  .flatMap(({ feature }) => feature.nav ?? [])
  .sort((a, b) => a.order - b.order);

/** Type policies of all features, merged per type and, for root types, per field. */
export function mergeTypePolicies(list: ReadonlyArray<TypePolicies>): TypePolicies {
  const merged: TypePolicies = {};
  for (const policies of list) {
    for (const [typeName, policy] of Object.entries(policies)) {
      const current = merged[typeName];
      if (!current) {
        merged[typeName] = policy;
        continue;
      }
      const clash = Object.keys(policy.fields ?? {}).filter((field) => field in (current.fields ?? {}));
      if (clash.length > 0) throw new Error(`Two features set the cache policy of ${typeName}.${clash.join(', ')}`);
      merged[typeName] = { ...current, ...policy, fields: { ...current.fields, ...policy.fields } };
    }
  }
  return merged;
}

export const typePolicies: TypePolicies = mergeTypePolicies(
  features.flatMap(({ feature }) => (feature.typePolicies ? [feature.typePolicies] : [])),
);
