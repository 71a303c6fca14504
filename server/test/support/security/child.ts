import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../../src/db/embedded';
import { sleep } from './pool';

/**
 * The API as a separate process (`node --import tsx server/src/main.ts`, the direct
 * bin, so the pid is the server's own: STACK.md trap 10) against a given database,
 * for tests that kill it.
 */
export interface ChildApi {
  url: string;
  pid: number;
  proc: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

export async function spawnApi(databaseUrl: string, env: Record<string, string> = {}): Promise<ChildApi> {
  const port = await freePort();
  let out = '';
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: process.cwd(),
    env: { ...process.env, VITEST: undefined, VITEST_WORKER_ID: undefined, NODE_ENV: 'test', DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', DB_POOL_MAX: '10', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; ; i++) {
    if (gone) throw new Error(`API process exited before it was ready:\n${out}`);
    try {
      const r = await fetch(url.replace('/graphql', '/healthz'));
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (i > 1200) {
      proc.kill('SIGKILL');
      throw new Error(`API process not ready after 120 s:\n${out}`);
    }
    await sleep(100);
  }
  return { url, pid: proc.pid!, proc, output: () => out, exited, kill: (signal) => proc.kill(signal) };
}
