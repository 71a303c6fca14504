/** Minimal types for autocannon 9 (the package ships none). */
declare module 'autocannon' {
  interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    total: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
    totalCompletedRequests: number;
  }
  interface Options {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    duration?: number;
    amount?: number;
    pipelining?: number;
    /** Seconds before a request counts as a timeout (default 10). */
    timeout?: number;
  }
  function autocannon(opts: Options): Promise<Result>;
  namespace autocannon {
    /** Turns the raw results a run returns inside a worker thread into a Result. */
    function aggregateResult(results: unknown[], opts?: Options): Result;
  }
  export default autocannon;
}
