/** Runs `fn` over `items` with at most `concurrency` calls in flight; results in input order. */
export async function runPool<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

/** Repeats `fn` until `stop()` says so (checked before each call); returns the results. */
export async function untilStopped<R>(stop: () => boolean, fn: (i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; !stop(); i++) out.push(await fn(i));
  return out;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
