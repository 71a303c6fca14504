import type http from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from './context';
import { encodeBody, sendBody } from './http-body';
import { plainBody, type RenderAhead } from './render-ahead';

/**
 * The hot path of the API: `POST /graphql` with a JSON body, handed to Apollo without
 * express. Express, its router and body-parser cost more per request than Apollo itself
 * (BENCH_QUICK, 16 connections: a bare express JSON route 2,292 req/s against 7,755 for
 * node:http; res.send also hashed every response body for an ETag nobody asks for on a
 * POST). Everything else (GET queries, other content types, compressed bodies, the web
 * app, files) still goes through express: `handle` returns false for those before it
 * reads anything, so express sees the untouched request.
 *
 * The refusals are the ones express gave: a body over the limit is 413, a body that is
 * not a JSON object or array is 400 "Malformed JSON body.", both as GraphQL-shaped JSON
 * with the BAD_REQUEST code.
 */
export interface GraphqlHttpOptions {
  path: string;
  /** Largest body in bytes. */
  limit: number;
  context(req: http.IncomingMessage): Promise<Context>;
  /** Answers integrations' expected requests from responses rendered ahead (render-ahead.ts). */
  renderAhead?: RenderAhead;
}

const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

export function graphqlHttpHandler(apollo: ApolloServer<Context>, opts: GraphqlHttpOptions) {
  return function handle(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    if (req.method !== 'POST' || !isPath(req.url, opts.path)) return false;
    const type = req.headers['content-type'];
    if (!type || !JSON_TYPE.test(type)) return false;
    const encoding = req.headers['content-encoding'];
    if (encoding && encoding.toLowerCase() !== 'identity') return false;
    serve(apollo, opts, req, res).catch((err: unknown) => {
      if (!res.headersSent) refuse(res, 500, 'Internal server error.', 'INTERNAL_SERVER_ERROR');
      else res.destroy(err as Error);
    });
    return true;
  };
}

function isPath(url: string | undefined, path: string): boolean {
  if (!url || !url.startsWith(path)) return false;
  const next = url.charCodeAt(path.length);
  return Number.isNaN(next) || next === 63 /* ? */;
}

async function serve(apollo: ApolloServer<Context>, opts: GraphqlHttpOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > opts.limit) {
    req.resume();
    return refuse(res, 413, 'Request body too large.');
  }
  const text = await readBody(req, opts.limit);
  if (text === null) return refuse(res, 413, 'Request body too large.');
  const body = parseBody(text);
  if (body === undefined) return refuse(res, 400, 'Malformed JSON body.');

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const q = req.url!.indexOf('?');
  const search = q < 0 ? '' : req.url!.slice(q);
  // Signed in before the operation, as Apollo would; a refusal is still answered by Apollo.
  const context = opts.context(req);
  const ctx = await context.catch(() => null);
  const ahead = opts.renderAhead;
  const plain = ahead && ctx?.viewer ? plainBody(body) : null;
  if (plain) {
    const held = await ahead!.take(ctx!, { headers, search }, plain);
    if (held) {
      sendBody(res, 200, held.headers, held.body);
      if (held.next) ahead!.render(ctx!.viewer!, { headers, search }, held.next);
      return;
    }
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search, body },
    context: () => context,
  });
  if (response.body.kind === 'complete') {
    sendBody(res, response.status ?? 200, response.headers, encodeBody(response.body.string));
    if (plain && (response.status ?? 200) === 200) ahead!.followUp(ctx!, { headers, search }, plain);
    return;
  }
  res.statusCode = response.status ?? 200;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The body as text, or null when it grew past `limit` bytes. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        // Answer now; the rest of the body is drained and dropped.
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => over || resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** body-parser's strict JSON: an empty body is {}, anything but an object or array is refused. */
function parseBody(text: string): unknown {
  const trimmed = text.trimStart();
  if (trimmed === '') return {};
  if (trimmed[0] !== '{' && trimmed[0] !== '[') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function refuse(res: http.ServerResponse, status: number, message: string, code = 'BAD_REQUEST'): void {
  const text = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
