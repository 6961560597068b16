import type { ApolloCache, Reference } from '@apollo/client';
import type { ApplicationStatus } from '../../../generated/graphql';

type Edge = { __typename?: string; cursor: string; node: Reference };
type Connection = { edges?: Edge[]; totalCount?: number; pageInfo?: { hasNextPage?: boolean } };
type Count = { __typename?: string; status: ApplicationStatus; count: number };

/** The key arguments Apollo keeps in a field's store name: `roundApplications:{"roundId":…}`. */
function argsOf(storeFieldName: string): Record<string, unknown> {
  const start = storeFieldName.indexOf('{');
  if (start < 0) return {};
  try {
    return JSON.parse(storeFieldName.slice(start).replace(/\)$/, '')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * The row id of a normalised reference ("VolunteerApplication:<global id>"), which orders the
 * board (oldest first) like the server's ORDER BY id.
 */
function rowIdOfRef(ref: string): string {
  const globalId = ref.slice(ref.indexOf(':') + 1);
  try {
    return atob(globalId).split(':')[1] ?? globalId;
  } catch {
    return globalId;
  }
}

/**
 * After a bulk move: each moved card leaves its column and joins the column of its new status,
 * in id order, under the same filters; the column totals and the round's counts follow. Nothing is
 * fetched again. A card whose place lies beyond the loaded part of a column is only counted.
 */
export function moveCardsInCache(
  cache: ApolloCache,
  roundId: string,
  moved: ReadonlyArray<{ id: string; from: ApplicationStatus; to: ApplicationStatus }>,
) {
  if (!moved.length) return;
  const refOf = (id: string) => cache.identify({ __typename: 'VolunteerApplication', id });
  const refs = new Map(moved.map((move) => [refOf(move.id), move]));
  // The filters (all key arguments but status) under which each card was seen, with its edge.
  const seen: { filters: string; edge: Edge; to: ApplicationStatus }[] = [];
  const filtersOf = (args: Record<string, unknown>) => JSON.stringify({ ...args, status: undefined });

  cache.modify({
    fields: {
      roundApplications: (value, { storeFieldName }) => {
        const existing = value as Connection;
        const args = argsOf(storeFieldName);
        if (args.roundId !== roundId || !existing.edges) return value;
        const kept = existing.edges.filter((edge) => {
          const move = refs.get(edge.node.__ref);
          if (move) seen.push({ filters: filtersOf(args), edge, to: move.to });
          return !move;
        });
        const removed = existing.edges.length - kept.length;
        return removed ? { ...existing, edges: kept, totalCount: (existing.totalCount ?? 0) - removed } : value;
      },
    },
  });

  cache.modify({
    fields: {
      roundApplications: (value, { storeFieldName }) => {
        const existing = value as Connection;
        const args = argsOf(storeFieldName);
        if (args.roundId !== roundId || !existing.edges) return value;
        const filters = filtersOf(args);
        const arriving = seen.filter((entry) => entry.to === args.status && entry.filters === filters);
        if (!arriving.length) return value;
        let edges = existing.edges;
        let added = 0;
        for (const { edge } of arriving) {
          if (edges.some((current) => current.node.__ref === edge.node.__ref)) continue;
          added += 1;
          const id = rowIdOfRef(edge.node.__ref);
          const index = edges.findIndex((current) => rowIdOfRef(current.node.__ref) > id);
          // Past the last loaded card while more pages exist: it will come with a later page.
          if (index < 0 && existing.pageInfo?.hasNextPage) continue;
          edges = index < 0 ? [...edges, edge] : [...edges.slice(0, index), edge, ...edges.slice(index)];
        }
        return { ...existing, edges, totalCount: (existing.totalCount ?? 0) + added };
      },
      roundApplicationCounts: (value, { storeFieldName }) => {
        if (argsOf(storeFieldName).roundId !== roundId) return value;
        return (value as readonly Count[]).map((entry) => {
          const leaving = moved.filter((move) => move.from === entry.status).length;
          const arriving = moved.filter((move) => move.to === entry.status).length;
          return leaving || arriving ? { ...entry, count: entry.count - leaving + arriving } : entry;
        });
      },
    },
  });
}
