// Authorization rows of the shifts module, split by part: shifts-planning.ts, shifts-signups.ts,
// shifts-attendance.ts hold the rows of their operations.
import type { Operations } from './table.ts';

export const operations: Operations = {};
