import { randomUUID } from 'node:crypto';
import type { ApolloServer, HeaderMap } from '@apollo/server';
import { ReadAhead } from '../lib/read-ahead';
import type { AppServices } from '../app-services';
import type { Viewer } from '../auth/viewer';
import { newContext, requestEm, type Context } from './context';
import { encodeBody } from './http-body';

/**
 * Rendering ahead for integrations paging through a feed. An integration that got a page
 * with more behind it asks, as soon as it has parsed that page, for the same operation
 * with one variable changed: the cursor. The server knows that request before it comes
 * (the resolver says so with `ctx.expected`), so it executes it while the client parses,
 * and answers the real request with the response already rendered: the client's part of
 * page n overlaps the server's part of page n+1 instead of preceding it.
 *
 * The real request still goes through everything a request goes through before its
 * operation runs: sign-in (a revoked or expired token is refused), the rate limit, the
 * token's last use. Then it gets the rendered response only when it is exactly the
 * request that was expected: same viewer with the same rights (token, agency, scopes),
 * same `Accept`, same query text, operation name and variables, and a body of only
 * those three keys. The response is the one the client would have got had it asked at
 * the moment it was rendered, which the sync feeds' guarantee covers (sync/feed.ts: a
 * row written afterwards comes in a later page). Only a complete 200 answer without
 * errors is held; anything else, or a miss, and the request is executed as usual.
 *
 * Bounded like the feeds' read-ahead: at most 64 responses (a sync page of 1,000 rows is
 * about 330 KB), each for 10 s, each handed out once.
 */
export interface FollowUp {
  /** The variable whose value changes in the next request (the cursor's). */
  variable: string;
  value: string;
}

/** A POST body that may be rendered ahead: only these keys. */
export interface PlainBody {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** A complete 200 answer without errors (nothing else is held). */
export interface Rendered {
  headers: [string, string][];
  body: Buffer | string;
  /** The request this response expects next in its turn. */
  next: PlainBody | null;
}

/** Responses rendered ahead of a client's requests (two: see `render`). */
const DEPTH = 2;

const BODY_KEYS = new Set(['query', 'operationName', 'variables']);

/** The body as a PlainBody, or null when it carries anything else (extensions, batches). */
export function plainBody(body: unknown): PlainBody | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const b = body as Record<string, unknown>;
  for (const k of Object.keys(b)) if (!BODY_KEYS.has(k)) return null;
  if (typeof b.query !== 'string') return null;
  if (b.operationName != null && typeof b.operationName !== 'string') return null;
  if (b.variables != null && (typeof b.variables !== 'object' || Array.isArray(b.variables))) return null;
  return b as unknown as PlainBody;
}

/** Who is rendered ahead for: integration tokens, named with everything that decides what they may read. */
function viewerKey(v: Viewer | null): string | null {
  if (!v || v.kind !== 'TOKEN') return null;
  return `${v.tokenId}|${v.agencyId}|${v.role}|${[...(v.scopes ?? [])].sort().join(',')}`;
}

export interface RenderedRequest {
  headers: HeaderMap;
  search: string;
}

const apps = new WeakMap<AppServices, RenderAhead>();

/** The app's render-ahead (tests look at its hits). */
export const renderAheadOf = (services: AppServices): RenderAhead | undefined => apps.get(services);

export class RenderAhead {
  readonly held = new ReadAhead<Rendered>();

  constructor(
    private readonly apollo: ApolloServer<Context>,
    private readonly services: AppServices,
  ) {
    apps.set(services, this);
  }

  private key(viewer: Viewer | null, headers: HeaderMap, body: PlainBody): string | null {
    const who = viewerKey(viewer);
    if (!who) return null;
    return `${who}\u0000${headers.get('accept') ?? ''}\u0000${body.operationName ?? ''}\u0000${body.query}\u0000${JSON.stringify(body.variables ?? {})}`;
  }

  /** The response rendered for this request, if it is the one expected (once). */
  async take(ctx: Context, req: RenderedRequest, body: PlainBody): Promise<Rendered | null> {
    const key = this.key(ctx.viewer, req.headers, body);
    return key ? this.held.take(key) : null;
  }

  /** After answering `body` with `ctx`: renders the requests its resolvers expect next, if any. */
  followUp(ctx: Context, req: RenderedRequest, body: PlainBody): void {
    const f = ctx.expected?.followUp;
    if (f) this.render(ctx.viewer!, req, nextBody(body, f));
  }

  /**
   * Renders `body` for the viewer (signed in by the request before it) unless it is
   * rendered already, then, once it is, the request after it: the server renders page
   * n+2 while the client parses page n and asks for n+1, so it always has work ready
   * rather than waiting for the client's next request to arrive.
   */
  render(viewer: Viewer, req: RenderedRequest, body: PlainBody, depth = DEPTH): void {
    const key = this.key(viewer, req.headers, body);
    if (!key) return;
    const rendered = this.held.start(key, () => this.execute(viewer, req, body));
    if (depth > 1) void rendered.then((r) => r?.next && this.render(viewer, req, r.next, depth - 1));
  }

  private async execute(viewer: Viewer, req: RenderedRequest, body: PlainBody): Promise<Rendered> {
    // The viewer signed in with the request before: no second sign-in, no rate limit taken.
    const ctx = newContext(this.services, requestEm(this.services), viewer, randomUUID());
    const r = await this.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: req.headers, search: req.search, body },
      context: async () => ctx,
    });
    if ((r.status ?? 200) !== 200 || r.body.kind !== 'complete' || !r.body.string.startsWith('{"data"')) throw new Error('not rendered ahead');
    const f = ctx.expected!.followUp;
    return { headers: [...r.headers], body: encodeBody(r.body.string), next: f ? nextBody(body, f) : null };
  }

}

function nextBody(body: PlainBody, f: FollowUp): PlainBody {
  return { ...body, variables: { ...(body.variables ?? {}), [f.variable]: f.value } };
}
