// Files the council serves besides GraphQL; each part adds its routes (owned by that slice).
import { defineRoutes } from '../../http/routes.ts';
import { membersRoutes } from './http-members.ts';
import { reportsRoutes } from './http-reports.ts';

export const routes = defineRoutes((router, context) => {
  membersRoutes(router, context);
  reportsRoutes(router, context);
});
