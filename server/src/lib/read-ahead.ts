/**
 * Work started ahead of the request that will want it: the next page of a sync feed
 * (modules/integrations/sync/feed.ts), the next response of an integration paging
 * through one (graphql/render-ahead.ts). Each result is kept under a key naming exactly
 * the request it answers.
 *
 * Bounded: at most `max` results are held, each for `ttlMs` (a client that stops costs
 * one piece of work and a few seconds of memory); a result is handed out once, and a
 * failed piece of work only means the request does its own.
 */
export interface ReadAheadOptions {
  max: number;
  ttlMs: number;
}

interface Held<T> {
  page: Promise<T | null>;
  expires: number;
}

export class ReadAhead<T> {
  private readonly held = new Map<string, Held<T>>();
  hits = 0;

  constructor(private readonly opts: ReadAheadOptions = { max: 64, ttlMs: 10_000 }) {}

  /**
   * Starts the work for `key` unless it is held already (`read` failing only means the
   * request does its own); the result held under `key`, null for a failure.
   */
  start(key: string, read: () => Promise<T>): Promise<T | null> {
    this.sweep();
    const held = this.held.get(key);
    if (held) return held.page;
    if (this.held.size >= this.opts.max) this.held.delete(this.held.keys().next().value as string);
    const page = read().catch(() => null);
    this.held.set(key, { page, expires: Date.now() + this.opts.ttlMs });
    return page;
  }

  /** The page read ahead under `key` (once), or null. */
  async take(key: string): Promise<T | null> {
    const h = this.held.get(key);
    if (!h) return null;
    this.held.delete(key);
    if (h.expires < Date.now()) return null;
    const page = await h.page;
    if (page !== null) this.hits += 1;
    return page;
  }

  get size(): number {
    return this.held.size;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [k, h] of this.held) if (h.expires < now) this.held.delete(k);
  }
}
