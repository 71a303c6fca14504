import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { AppServices } from './app-services';
import { buildSchema } from './graphql/schema';
import { executorOptions } from './graphql/jit';
import { armorProtection } from './graphql/armor';
import { inputGuardPlugin } from './graphql/input-guard';
import { graphqlHttpHandler } from './graphql/http-handler';
import { RenderAhead } from './graphql/render-ahead';
import { newContext, requestEm, type Context } from './graphql/context';
import { authenticate, type Authenticator } from './auth/authenticate';
import type { KinerjaModule } from './modules/registry';

/** 2 MB, for both the fast path (graphql/http-handler.ts) and express. */
const GRAPHQL_BODY_LIMIT = 2 * 1024 * 1024;

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Codes that reach clients as they are; anything else is masked as internal. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
  'PASSWORD_CHANGE_REQUIRED', 'RATE_LIMITED', 'INTROSPECTION_DISABLED', 'CONFLICT',
  'TOKEN_EXPIRED', 'TOKEN_REVOKED', 'TOKEN_SCOPE',
]);

export interface KinerjaApp {
  express: express.Express;
  server: http.Server;
  apollo: ApolloServer<Context>;
  /** Builds a request context without HTTP (tests, scripts). */
  context(authorization?: string): Promise<Context>;
  stop(): Promise<void>;
}

function formatError(services: AppServices) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && PUBLIC_CODES.has(code)) {
      const { stacktrace: _s, exception: _e, ...ext } = (formatted.extensions ?? {}) as Record<string, unknown>;
      // graphql-js' parser limit (armor.ts), worded like the other armor limits.
      const tokens = code === 'GRAPHQL_PARSE_FAILED' && /Document contains more th(?:an|at) (\d+) tokens/.exec(formatted.message);
      if (tokens) return { message: `Syntax Error: Token limit of ${tokens[1]} exceeded.`, extensions: ext };
      return { ...formatted, extensions: ext };
    }
    // graphql-js ends a long list of variable errors with this one, which has no code.
    if (!code || code === 'INTERNAL_SERVER_ERROR') {
      if (formatted.message === 'Too many errors processing variables, error limit reached. Execution aborted.') {
        return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
      }
    }
    // Apollo's own request refusals (e.g. an unsupported persisted-query version) carry
    // an HTTP 4xx but no code: they are client errors, not internal ones.
    const http = (error as { extensions?: { http?: { status?: number } }; originalError?: unknown } | null)?.extensions?.http?.status;
    if ((!code || code === 'INTERNAL_SERVER_ERROR') && typeof http === 'number' && http >= 400 && http < 500 && !(error as { originalError?: unknown }).originalError) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    services.log.error({ err: original, path: formatted.path }, 'internal error');
    return { message: 'Internal server error.', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

export async function createApp(services: AppServices, modules: KinerjaModule[], extraAuthenticators: Authenticator[] = []): Promise<KinerjaApp> {
  const { schema } = buildSchema(modules);
  const app = express();
  app.disable('x-powered-by');
  // Responses are never revalidated (GraphQL POSTs, generated files): no body hashing.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  let fast: ((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | null = null;
  const server = http.createServer((req, res) => {
    if (fast?.(req, res)) return;
    app(req, res);
  });
  const armor = armorProtection();
  const apollo = new ApolloServer<Context>({
    ...executorOptions(schema, services.config.graphqlExecutor),
    introspection: !services.config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // We own shutdown (main.ts: HTTP, then ORM, then the embedded database).
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    persistedQueries: false, // APQ unused by web and integrations: one less attack surface (issue 8)
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    // Apollo picks its landing page from process.env.NODE_ENV, not from our config: without
    // this, a production config in a process without NODE_ENV serves the Sandbox IDE.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // No HTTP cache hints are used; the default cache-control plugin wrapped every field
      // (a sync page of 1,000 rows: 132 -> 77 ms).
      ApolloServerPluginCacheControlDisabled(),
      ...(services.config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...armor.plugins,
      inputGuardPlugin(),
    ],
    formatError: formatError(services),
  });
  await apollo.start();

  const makeContext = async (authorization: string | undefined, requestId: string = randomUUID()): Promise<Context> => {
    const em = requestEm(services);
    return newContext(services, em, await authenticate(services, em, authorization, extraAuthenticators), requestId);
  };

  const requestContext = (req: http.IncomingMessage) =>
    makeContext(req.headers.authorization, (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? randomUUID());
  fast = graphqlHttpHandler(apollo, { path: '/graphql', limit: GRAPHQL_BODY_LIMIT, context: requestContext, renderAhead: new RenderAhead(apollo, services) });

  app.get('/healthz', async (_req, res) => {
    try {
      await Promise.race([
        services.orm.em.getConnection().execute('select 1'),
        new Promise((_r, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      res.status(200).json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    expressMiddleware(apollo, { context: async ({ req }) => requestContext(req) }),
  );

  for (const m of modules) m.routes?.(app, services, extraAuthenticators);

  if (existsSync(webDist)) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|files).*/, (_req, res) => res.sendFile(path.join(webDist, 'index.html')));
  } else {
    app.get('/', (_req, res) => res.type('text').send('Kinerja API: the web app is not built (run `npm run build`). GraphQL at /graphql.'));
  }

  // Malformed JSON and other body errors: a clear 400, never a stack trace.
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) services.log.error({ err }, 'http error');
    const message = err.type === 'entity.parse.failed' ? 'Malformed JSON body.' : err.type === 'entity.too.large' ? 'Request body too large.' : status === 500 ? 'Internal server error.' : err.message;
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  return {
    express: app,
    server,
    apollo,
    context: (authorization) => makeContext(authorization),
    stop: async () => {
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
