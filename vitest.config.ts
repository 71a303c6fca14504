import { defineConfig } from 'vitest/config';

/**
 * Three projects:
 * - unit: pure rules beside the code (`server/src/**\/*.test.ts`), no database;
 * - integration: the API through the real schema and HTTP server against a real
 *   PostgreSQL (embedded by default, TEST_DATABASE_URL to use another);
 * - web: component tests in jsdom.
 * The end-to-end browser run lives in `web/e2e` and is part of integration.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/test/**/*.test.ts', 'web/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 3 },
        },
      },
      {
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
