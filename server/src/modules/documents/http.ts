import { randomUUID } from 'node:crypto';
import type express from 'express';
import { GraphQLError } from 'graphql';
import type { AppServices } from '../../app-services';
import { authenticate, type Authenticator } from '../../auth/authenticate';
import { newContext, type Context } from '../../graphql/context';
import { loadModules } from '../registry';

/**
 * Request context for file downloads under /files: the same bearer sign-in as
 * /graphql (sessions and every module's authenticators, so integration tokens work
 * and are rate-limited the same way), the same error shape and codes.
 */
let discovered: Promise<Authenticator[]> | null = null;
const given = new WeakMap<AppServices, Authenticator[]>();

/** The authenticators the app was built with (the routes hook passes them). */
export function useAuthenticators(services: AppServices, list: Authenticator[]): void {
  given.set(services, list);
}

/** Those given to the app, else every module's (routes mounted by hand, as in tests). */
const allAuthenticators = (services: AppServices) =>
  given.get(services) ?? (discovered ??= loadModules().then((ms) => ms.flatMap((m) => m.authenticators ?? [])));

export function sendError(res: express.Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** An authenticator's refusal (expired, revoked, rate-limited…) as an HTTP error. */
function sendRefusal(res: express.Response, err: GraphQLError): void {
  const { http, code, ...rest } = err.extensions as { http?: { status?: number; headers?: Map<string, string> }; code?: string };
  for (const [k, v] of http?.headers ?? []) res.setHeader(k, v);
  sendError(res, http?.status ?? 401, String(code ?? 'UNAUTHENTICATED'), err.message, rest);
}

/** Builds the request context, or answers 401/403/429 itself and returns null. */
export async function fileContext(req: express.Request, res: express.Response, services: AppServices): Promise<Context | null> {
  const em = services.orm.em.fork();
  let viewer;
  try {
    viewer = await authenticate(services, em, req.headers.authorization, await allAuthenticators(services));
  } catch (err) {
    if (err instanceof GraphQLError) {
      sendRefusal(res, err);
      return null;
    }
    throw err;
  }
  if (!viewer) {
    sendError(res, 401, 'UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token>.');
    return null;
  }
  if (viewer.mustChangePassword) {
    sendError(res, 403, 'PASSWORD_CHANGE_REQUIRED', 'Change your one-time password first.');
    return null;
  }
  const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? randomUUID();
  return newContext(services, em, viewer, requestId);
}

/** `name.ext` route parameter → global id, or null. */
export function idParam(value: unknown, ext: string): string | null {
  if (typeof value !== 'string' || !value.endsWith(`.${ext}`)) return null;
  return value.slice(0, -(ext.length + 1));
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachment(fileName: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
