import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Makes sure `web/dist` (served by the test server at `/`) is built from the current
 * sources: builds when it is missing or older than any file under `web/src`. E2E files
 * run in parallel, so one build at a time (a lock directory); the others wait for it.
 */
const root = process.cwd();
const INDEX = path.join(root, 'web/dist/index.html');
const LOCK = path.join(root, 'web/.dist-build.lock');

function newest(dir: string): number {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

function isStale(): boolean {
  if (!existsSync(INDEX)) return true;
  const built = statSync(INDEX).mtimeMs;
  return newest(path.join(root, 'web/src')) > built || statSync(path.join(root, 'web/index.html')).mtimeMs > built;
}

export async function ensureWebBuild(): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (isStale()) {
    try {
      mkdirSync(LOCK);
    } catch {
      // Someone else is building (or a crashed run left the lock: give up on it after 5 minutes).
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('Timed out waiting for another web build.');
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      execSync('npm run build', { stdio: 'ignore' });
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
