import { Worker } from 'node:worker_threads';

/**
 * Calls `name(args)` of the module at `moduleUrl` in a worker thread and returns its
 * result (structured-cloned both ways). The load generator runs there so that it does
 * not share the server's event loop: autocannon's HTTP parsing in the server's thread
 * took CPU from the server it measured.
 */
export function inWorker<A, R>(moduleUrl: URL, name: string, args: A): Promise<R> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { module: moduleUrl.href, name, args } });
    let settled = false;
    worker.once('message', (m: { ok: boolean; value?: R; error?: string }) => {
      settled = true;
      void worker.terminate();
      if (m.ok) resolve(m.value as R);
      else reject(new Error(`worker ${name} failed: ${m.error}`));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`worker ${name} exited with code ${code} before answering`));
    });
  });
}
