// Authorization rows of trips' reports part.
import { STAFF, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.tripReport': {
    document: `{ tripReport(from: "2026-01-01", to: "2026-12-31") { total { departures fillRate } trips { title } districts { name } ageBands { band } } }`,
    allowed: STAFF,
  },
};
