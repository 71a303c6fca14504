// Runs one exported async function of a TypeScript module in a worker thread (see in-worker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const mod = await import(workerData.module);
try {
  parentPort.postMessage({ ok: true, value: await mod[workerData.name](workerData.args) });
} catch (err) {
  parentPort.postMessage({ ok: false, error: String(err?.stack ?? err) });
}
