// Authorization rows of the council module: who may call each of its root operations.
// Each part keeps its rows in council-<part>.ts.
import type { Operations } from './table.ts';

export const operations: Operations = {};
