/**
 * `npm run bench` entry. The server runs as in production: NODE_ENV is set before
 * graphql-js is loaded (it reads it once, at import, to skip its development-mode
 * checks), so the rest is imported dynamically. See main.ts for what runs.
 */
process.env.NODE_ENV ??= 'production';
export {};

const { main } = await import('./main');
main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`Benchmark failed: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
