import { isMainThread } from 'node:worker_threads';
import autocannon from 'autocannon';

type Options = Parameters<typeof autocannon>[0];

/**
 * autocannon in any thread: outside the main thread it returns its raw, unaggregated
 * results (it assumes it is one of its own workers), so they are aggregated here.
 */
export async function runAutocannon(opts: Options): Promise<Awaited<ReturnType<typeof autocannon>>> {
  const raw = await autocannon(opts);
  if (isMainThread) return raw;
  const r = autocannon.aggregateResult([raw], opts);
  // The aggregated per-second request histogram comes back empty: requests/s from the totals.
  r.requests.average = raw.totalCompletedRequests / raw.duration;
  return r;
}

/** What a load run reports back from its worker (in-worker.ts). */
export interface AutocannonSummary {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface StaticLoad {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  connections: number;
  /** Seconds measured, after an unmeasured warm-up of `warmup` seconds. */
  seconds: number;
  warmup: number;
}

/** autocannon with one fixed request (runs in a worker thread: harness.ts `load`). */
export async function staticLoad(o: StaticLoad): Promise<AutocannonSummary> {
  // Slow answers are measured, not dropped: autocannon's 10 s default timeout would count them as errors.
  const opts = { url: o.url, method: o.method, headers: o.headers, body: o.body, connections: o.connections, timeout: 120 } as Options;
  await runAutocannon({ ...opts, duration: o.warmup });
  const r = await runAutocannon({ ...opts, duration: o.seconds });
  return { requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx };
}
