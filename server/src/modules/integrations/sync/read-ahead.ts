/**
 * Read-ahead for integrations paging through a sync feed. A token that asked for a page
 * with more behind it almost always asks for the next one as soon as it has parsed this
 * one, so the next page is read while this one travels and is parsed: the database's
 * part of page n+1 overlaps the client's part of page n instead of following it.
 *
 * Safe for the feed's guarantee (no row skipped, however writes interleave): a page read
 * ahead is exactly the page the client would have got had it asked at that moment, with
 * the horizon of that moment; anything written afterwards carries a later `updated_at`
 * than the horizon and comes in a later page, as it would have anyway.
 *
 * Bounded: at most `max` pages are held, each for `ttlMs` (a client that stops paging
 * costs one page read and a few seconds of memory); a page is handed out once, only to a
 * request of the same token, agency, feed, filter, page size and cursor (the key), and
 * only after that request passed sign-in, scope and rate limit like any other.
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

  /** Starts reading a page ahead (`read` failing only means the next request reads it). */
  start(key: string, read: () => Promise<T>): void {
    this.sweep();
    if (this.held.has(key)) return;
    if (this.held.size >= this.opts.max) this.held.delete(this.held.keys().next().value as string);
    const page = read().catch(() => null);
    this.held.set(key, { page, expires: Date.now() + this.opts.ttlMs });
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
