import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

describe('planning smoke', () => {
  it('serves the planning types', async () => {
    const r = await api.gql(`{ periods { id year } coreValueGuides { coreValue name guides } }`, {}, await api.as('kasi'));
    expect(r.errors).toBeUndefined();
    expect(r.data.coreValueGuides).toHaveLength(7);
    expect(r.data.coreValueGuides[0].guides).toHaveLength(3);
  });
});
