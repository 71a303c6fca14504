import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

describe('smoke', () => {
  it('signs in and reads the viewer', async () => {
    const token = await api.as('kasi');
    const r = await api.gql(`{ viewer { role isAppraiser employee { name nip position { name } appraiser { name } directSubordinates { totalCount nodes { name } } } } }`, {}, token);
    expect(r.errors).toBeUndefined();
    expect(r.data.viewer.employee.name).toBe('Kasi Kurikulum');
    expect(r.data.viewer.employee.appraiser.name).toBe('Kabid SMA');
    expect(r.data.viewer.employee.directSubordinates.nodes.map((n: any) => n.name)).toEqual(['Staf Dua', 'Staf Satu']);
    expect(r.data.viewer.isAppraiser).toBe(true);
  });
});
