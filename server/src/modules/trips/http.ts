// Files the trips module serves besides GraphQL; each part adds its routes (owned by that slice).
import { defineRoutes } from '../../http/routes.ts';
import { boardingRoutes } from './http-boarding.ts';
import { lotteryRoutes } from './http-lottery.ts';
import { reportsRoutes } from './http-reports.ts';

export const routes = defineRoutes((router, context) => {
  lotteryRoutes(router, context);
  boardingRoutes(router, context);
  reportsRoutes(router, context);
});
