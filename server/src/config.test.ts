import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('GRAPHQL_EXECUTOR', () => {
  it('is jit by default, js on request, and refuses anything else', () => {
    expect(loadConfig({}).graphqlExecutor).toBe('jit');
    expect(loadConfig({ GRAPHQL_EXECUTOR: 'js' }).graphqlExecutor).toBe('js');
    expect(() => loadConfig({ GRAPHQL_EXECUTOR: 'fast' })).toThrow(/GRAPHQL_EXECUTOR must be jit or js/);
  });
});
