/**
 * The integration's side of the sync benchmark (scenarios/sync.ts), run in a worker thread
 * (in-worker.ts) as an integration runs on its own machine: its JSON parsing does not
 * share the server's event loop.
 */
export interface SyncClientArgs {
  url: string;
  query: string;
  secret: string;
  since: string;
}

import http from 'node:http';

/** One keep-alive connection, as an integration paging through a feed holds. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** POSTs a JSON body and returns the parsed JSON response (node:http: less CPU than fetch). */
function postJson(url: string, secret: string, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${secret}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (e) {
          reject(e);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * A worker is a fresh isolate: its first pass runs cold code (fetch, JSON). `read` runs
 * once unmeasured, then measured; rows and seconds of the measured pass.
 */
async function warm(read: () => Promise<number>): Promise<{ rows: number; seconds: number }> {
  await read();
  const t = performance.now();
  const rows = await read();
  return { rows, seconds: (performance.now() - t) / 1000 };
}

/** Pages through `logbookEntriesSync` to the end; rows read and seconds taken. */
export const pageThrough = (a: SyncClientArgs) => warm(() => pages(a));

async function pages(a: SyncClientArgs): Promise<number> {
  let after: string | null = null;
  let rows = 0;
  for (;;) {
    const r = (await postJson(a.url, a.secret, JSON.stringify({ query: a.query, variables: { since: a.since, after } }))) as { data?: { logbookEntriesSync: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }; errors?: unknown };
    if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors ?? r));
    const c = r.data.logbookEntriesSync;
    rows += c.nodes.length;
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  return rows;
}

/** Reads the NDJSON stream of the same feed to the end, parsing every line. */
export const streamNdjson = (a: Omit<SyncClientArgs, 'query'>) => warm(() => lines(a));

async function lines(a: Omit<SyncClientArgs, 'query'>): Promise<number> {
  let rows = 0;
  const res = await fetch(`${a.url.replace(/\/graphql$/, '')}/files/sync/logbook-entries.ndjson?updatedSince=${encodeURIComponent(a.since)}`, { headers: { authorization: `Bearer ${a.secret}` } });
  if (res.status !== 200) throw new Error(`NDJSON stream: HTTP ${res.status} ${await res.text()}`);
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (line) { JSON.parse(line); rows += 1; }
  }
  return rows;
}
