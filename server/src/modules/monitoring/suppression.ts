// Small-cell suppression for the public statistics: a table of counts (cells) with its published
// total. Any count below 5 is shown as "<5" (primary suppression). A hidden cell must not be
// recoverable from the total and the cells shown: while some hidden cell's value is pinned by them
// (the tightest bounds the sum allows, from 0–4 for a "<5" cell and 5 up for a hidden larger one,
// meet), the smallest shown cell is hidden too (complementary suppression). A total below 5 hides
// everything.

export const THRESHOLD = 5;

export type Cell = { key: string; value: number };
export type ShownCell = { key: string; value: number | null; suppressed: 'small' | 'complementary' | null };
export type SuppressedTable = { cells: ShownCell[]; total: number | null; totalSuppressed?: 'small' | 'complementary' | null };

/** The bounds on each hidden cell that the total and the shown cells leave. */
export function boundsOfHidden(table: SuppressedTable, totalValue: number): Map<string, { min: number; max: number }> {
  const hidden = table.cells.filter((cell) => cell.value === null);
  const shown = table.cells.reduce((n, cell) => n + (cell.value ?? 0), 0);
  const rest = totalValue - shown;
  const lo = (cell: ShownCell) => (cell.suppressed === 'small' ? 0 : THRESHOLD);
  const hi = (cell: ShownCell) => (cell.suppressed === 'small' ? THRESHOLD - 1 : totalValue);
  const bounds = new Map<string, { min: number; max: number }>();
  for (const cell of hidden) {
    const others = hidden.filter((other) => other !== cell);
    const min = Math.max(lo(cell), rest - others.reduce((n, o) => n + hi(o), 0));
    const max = Math.min(hi(cell), rest - others.reduce((n, o) => n + lo(o), 0));
    bounds.set(cell.key, { min, max });
  }
  return bounds;
}

export function suppress(cells: readonly Cell[]): SuppressedTable {
  const total = cells.reduce((n, cell) => n + cell.value, 0);
  if (total < THRESHOLD) return { total: null, totalSuppressed: 'small', cells: cells.map((cell) => ({ key: cell.key, value: null, suppressed: 'small' })) };
  const table: SuppressedTable = {
    total,
    totalSuppressed: null,
    cells: cells.map((cell) => (cell.value < THRESHOLD ? { key: cell.key, value: null, suppressed: 'small' } : { key: cell.key, value: cell.value, suppressed: null })),
  };
  for (;;) {
    const bounds = boundsOfHidden(table, total);
    const pinned = [...bounds.values()].some((b) => b.min === b.max);
    if (!pinned) return table;
    const shown = table.cells.filter((cell) => cell.value !== null).sort((a, b) => a.value! - b.value! || a.key.localeCompare(b.key));
    const next = shown[0];
    // Every cell hidden and still pinned (say one district holds everyone and the rest are 0): the
    // total would tell that district's count, so it is hidden as well (it is 5 or more: not "<5").
    if (!next) return { total: null, totalSuppressed: 'complementary', cells: table.cells };
    next.value = null;
    next.suppressed = 'complementary';
  }
}
