import { describe, expect, it } from 'vitest';
import { matchPath, parseLocation, pathWithQuery } from './router';

describe('router', () => {
  it('matches patterns and decodes parameters', () => {
    expect(matchPath('/pegawai/:id', '/pegawai/RW1wbG95ZWU6MQ%3D%3D')).toEqual({ id: 'RW1wbG95ZWU6MQ==' });
    expect(matchPath('/pegawai/:id', '/pegawai')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/organisasi', '/pegawai')).toBeNull();
  });
  it('parses and builds query strings', () => {
    const loc = parseLocation('/pegawai?q=agus');
    expect(loc.path).toBe('/pegawai');
    expect(loc.query.get('q')).toBe('agus');
    expect(pathWithQuery('/pegawai', { q: 'siti rahma', empty: '' })).toBe('/pegawai?q=siti+rahma');
  });
});
