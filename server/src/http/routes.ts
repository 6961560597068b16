// HTTP routes a module serves besides GraphQL (files, feeds): a module declares them in
// `modules/<m>/http.ts` as `export const routes = defineRoutes((context) => router)`; `pnpm generate`
// collects them into generated/routes-map.ts and app.ts mounts every one before the client's pages.
import { Router, type Request } from 'express';
import type { Viewer } from '../context.ts';
import { negotiateLocale, type Locale } from '../i18n/messages.ts';
import { sessionViewer } from '../modules/accounts/service.ts';
import { readCookie, SESSION_COOKIE } from './cookies.ts';

export type RouteContext = {
  /** The address people use (PUBLIC_URL), for links written into files. */
  publicUrl: string;
};

export type ModuleRoutes = (context: RouteContext) => Router;

/** A module's routes: a function of the app's settings answering an Express router. */
export function defineRoutes(build: (router: Router, context: RouteContext) => void): ModuleRoutes {
  return (context) => {
    const router = Router();
    build(router, context);
    return router;
  };
}

/** The logged-in person behind a request (by the session cookie), or null. */
export async function viewerOf(req: Request): Promise<Viewer | null> {
  const token = readCookie(req, SESSION_COOKIE);
  return token ? sessionViewer(token) : null;
}

/** The language to answer in: `?lang=`, else the browser's. */
export function localeOf(req: Request, fallback?: Locale): Locale {
  const asked = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  return negotiateLocale(asked ?? fallback, req.headers['accept-language']);
}
