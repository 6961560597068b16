// HTTP: Express 5 with Apollo Server at /graphql, a health check, and the built client on the
// same port. Stateless: sessions and jobs live in PostgreSQL, so servers can be added freely.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { InputValidationError } from '@pothos/plugin-validation';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import helmet from 'helmet';
import type { Config } from '../config.ts';
import type { Context } from '../context.ts';
import { prisma } from '../db/prisma.ts';
import { RefusedDocumentError } from '../errors.ts';
import { issuePath, translateIssue } from '../i18n/issues.ts';
import { negotiateLocale, translate } from '../i18n/messages.ts';
import type { Logger } from '../logger.ts';
import { sessionViewer } from '../modules/accounts/service.ts';
import { oncePerRequestRule } from '../modules/common/once-per-request.ts';
import { calendarRouter } from '../modules/interviews/calendar.ts';
import { moduleRoutes } from '../generated/routes-map.ts';
import { schema } from '../schema.ts';
import { callerMistake } from './caller-mistakes.ts';
import { clearSessionCookie, DEVICE_COOKIE, readCookie, SESSION_COOKIE, setDeviceCookie, setSessionCookie } from './cookies.ts';

const defaultClientDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../client/dist');

const EXPECTED_CODES = new Set(['QUERY_TOO_COMPLEX', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/** Logs unexpected errors with the request id and hides their details from the caller, in their language. */
function errorPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      // Codes of this request's errors that are the caller's mistake (domain errors of queries).
      const callerCodes = new Set<string>();
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (error.originalError instanceof RefusedDocumentError) {
              Object.assign(error.extensions, { code: 'BAD_USER_INPUT' });
              error.message = translate(contextValue.locale, error.originalError.messageKey, error.originalError.params);
              continue;
            }
            // A query argument that fails its zod rule (mutations get typed InputValidationError
            // results instead): the caller's mistake, answered in their language with the issues.
            if (error.originalError instanceof InputValidationError) {
              const issues = error.originalError.issues.map((issue) => ({
                path: issuePath(issue),
                message: translateIssue(issue, contextValue.locale),
              }));
              Object.assign(error.extensions, { code: 'BAD_USER_INPUT', issues });
              error.message = translate(contextValue.locale, 'error.invalidInput');
              continue;
            }
            const mistake = callerMistake(error, contextValue.locale);
            if (mistake) {
              Object.assign(error.extensions, { code: mistake.code }, mistake.field ? { field: mistake.field } : {});
              error.message = mistake.message;
              callerCodes.add(mistake.code);
              continue;
            }
            const code = error.extensions?.code as string | undefined;
            if (!code || !EXPECTED_CODES.has(code)) {
              contextValue.log.error({ err: error.originalError ?? error, operationName, path: error.path }, 'unexpected GraphQL error');
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error): GraphQLFormattedError => {
            const code = error.extensions?.code as string | undefined;
            if (code && (EXPECTED_CODES.has(code) || callerCodes.has(code))) return error;
            return {
              message: translate(contextValue.locale, 'error.internal'),
              path: error.path,
              extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
            };
          });
        },
      };
    },
  };
}

export type App = { app: express.Express; stop: () => Promise<void> };

/**
 * Browser features the app does not use are denied to it and to anything embedded. Camera stays
 * available to our own origin for QR check-in on trips.
 */
const PERMISSIONS_POLICY = [
  'camera=(self)',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'hid=()',
  'midi=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ');

/** helmet's headers with a policy the built SPA runs under: its own scripts only, no framing. */
function securityHeaders(config: Config) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables and component styles into <style> tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only where the site is served over https: on plain http (the demo) it would break every load.
        ...(config.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31_536_000 } : false,
  });
}

export async function createApp({ config, log }: { config: Config; log: Logger }): Promise<App> {
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    // With introspection off, "Did you mean …?" would still spell the schema out.
    hideSchemaDetailsFromClientErrors: config.NODE_ENV === 'production',
    validationRules: [oncePerRequestRule],
    // main.ts owns the signals and stops everything in order.
    stopOnTerminationSignals: false,
    // No field sets cache hints: Apollo's cache-control plugin would only wrap every resolver to find none.
    plugins: [errorPlugin(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  if (config.TRUST_PROXY) app.set('trust proxy', true);
  app.use(securityHeaders(config));
  app.use((_req, res, next) => {
    res.setHeader('permissions-policy', PERMISSIONS_POLICY);
    next();
  });

  app.use((req, res, next) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
    res.setHeader('x-request-id', requestId);
    res.locals.requestId = requestId;
    res.locals.log = log.child({ requestId });
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      (res.locals.log as Logger).info({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(ms) }, 'request');
    });
    next();
  });

  app.get('/health', async (_req, res) => {
    try {
      await prisma.$queryRaw`SELECT 1`;
      res.json({ status: 'ok' });
    } catch (error) {
      (res.locals.log as Logger).error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.use(calendarRouter(config.publicUrl));
  for (const routes of moduleRoutes) app.use(routes({ publicUrl: config.publicUrl }));

  app.use(
    '/graphql',
    // The council's consent scans come base64 in the input: up to four forms of 2 MB each.
    express.json({ limit: '12mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const token = readCookie(req, SESSION_COOKIE);
        const viewer = token ? await sessionViewer(token) : null;
        const headerLocale = req.headers['x-locale'] as string | undefined;
        return {
          viewer,
          locale: negotiateLocale(headerLocale ?? viewer?.locale, req.headers['accept-language']),
          requestId: res.locals.requestId as string,
          ip: req.ip ?? null,
          userAgent: req.headers['user-agent'] ?? null,
          log: res.locals.log as Logger,
          ownedUserIds: new Set(),
          deviceToken: readCookie(req, DEVICE_COOKIE) ?? null,
          session: {
            start: (value, expiresAt) => setSessionCookie(res, value, expiresAt, config.cookieSecure),
            end: () => clearSessionCookie(res, config.cookieSecure),
            trustDevice: (value, expiresAt) => setDeviceCookie(res, value, expiresAt, config.cookieSecure),
          },
        };
      },
    }),
  );

  const clientDist = config.CLIENT_DIST ?? defaultClientDist;
  if (fs.existsSync(path.join(clientDist, 'index.html'))) {
    app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET gets the single page.
    app.get(/^(?!\/graphql|\/health).*/, (_req, res) => res.sendFile(path.join(clientDist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('Katılım API is running. The client is not built: run `pnpm build` (or `npm start`).');
    });
  }

  return { app, stop: () => apollo.stop() };
}
