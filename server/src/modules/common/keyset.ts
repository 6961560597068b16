// Pages of a Pothos connection ordered by id alone, as a plain condition on the id. Prisma's join
// strategy does not take a `cursor`: with one, every relation of the page costs a statement of its
// own, so page 3 of the board would cost twice the round trips of page 1.

type ConnectionQuery = { cursor?: { id?: string }; skip?: number; take?: number };

/**
 * The query Pothos built for a connection (take, skip, cursor and the selection), with the
 * cursor turned into `id > cursor` (or `<`, by direction and paging sense) within `where`.
 * `W` is the model's WhereInput, which takes `{ AND: [W, { id }] }` as well.
 */
export function keysetPage<Q extends ConnectionQuery, W extends object>(
  query: Q,
  where: W,
  direction: 'asc' | 'desc',
): Omit<Q, 'cursor' | 'skip'> & { skip: number; where: W; orderBy: { id: 'asc' | 'desc' } } {
  const { cursor, skip = 0, ...rest } = query;
  const orderBy = { id: direction };
  if (!cursor?.id) return { ...rest, skip, where, orderBy };
  const forward = (query.take ?? 0) >= 0;
  const beyond = forward === (direction === 'asc') ? { gt: cursor.id } : { lt: cursor.id };
  // Pothos skips the cursor row itself (skip: 1); the strict comparison leaves it out already.
  return { ...rest, skip: Math.max(0, skip - 1), where: { AND: [where, { id: beyond }] } as W, orderBy };
}
