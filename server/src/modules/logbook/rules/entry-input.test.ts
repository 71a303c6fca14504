import { describe, expect, it } from 'vitest';
import { batchProblems, isHttpUrl, parseTime, validateEntry, type CleanEntry } from './entry-input';

const TODAY = '2026-03-10';
const base = { date: '2026-03-09', startTime: '08:00', endTime: '09:00', activity: 'Rapat koordinasi', isAdditionalTask: true };

describe('parseTime', () => {
  it.each<[string, boolean, string | null]>([
    ['08:00', false, '08:00'], ['8:00', false, '08:00'], ['08.15', false, '08:15'], ['23:59', false, '23:59'], ['08:00:00', false, '08:00'],
    ['24:00', true, '24:00'], ['24:00', false, null], ['24:01', true, null], ['08:60', false, null], ['08:00:30', false, null], ['8', false, null], ['', false, null],
  ])('%s (end %s) → %s', (s, end, expected) => expect(parseTime(s, end)).toBe(expected));
});

describe('isHttpUrl', () => {
  it.each<[string, boolean]>([
    ['https://drive.google.com/file/d/abc', true], ['http://intranet.example.id/a?b=c', true], ['ftp://x.id/a', false], ['javascript:alert(1)', false],
    ['https://', false], ['drive.google.com/x', false], ['https://a.id/with space', false], [`https://a.id/${'x'.repeat(2000)}`, false],
  ])('%s → %s', (u, expected) => expect(isHttpUrl(u)).toBe(expected));
});

describe('validateEntry', () => {
  it('normalises a valid entry', () => {
    expect(validateEntry({ ...base, startTime: '7:30', activity: '  Rapat  ', outputQuantity: 0, outputUnit: ' Dokumen ', evidence: [' https://a.id/1 ', ''] }, 0, TODAY)).toEqual({
      entry: { date: '2026-03-09', startTime: '07:30', endTime: '09:00', activity: 'Rapat', quantity: 0, unit: 'Dokumen', evidence: ['https://a.id/1'], actionPlanId: null, isAdditional: true, clientKey: null },
      problems: [],
    });
  });
  it.each<[string, Record<string, unknown>, string, string]>([
    ['future', { date: '2026-03-11' }, 'date', 'FUTURE_DATE'],
    ['not a date', { date: '2026-02-30' }, 'date', 'INVALID_INPUT'],
    ['end = start', { endTime: '08:00' }, 'endTime', 'INVALID_INPUT'],
    ['NaN quantity', { outputQuantity: Number.NaN, outputUnit: 'Dokumen' }, 'outputQuantity', 'INVALID_INPUT'],
    ['quantity without unit', { outputQuantity: 1 }, 'outputUnit', 'INVALID_INPUT'],
    ['control characters', { activity: 'Rapat\u0007' }, 'activity', 'INVALID_INPUT'],
    ['both links', { actionPlanId: 5 }, 'actionPlan', 'INVALID_INPUT'],
    ['no link', { isAdditionalTask: false }, 'actionPlan', 'INVALID_INPUT'],
  ])('%s', (_n, patch, field, code) => {
    const r = validateEntry({ ...base, ...patch }, 4, TODAY);
    expect(r.entry).toBeNull();
    expect(r.problems).toContainEqual(expect.objectContaining({ index: 4, field, code }));
  });
});

describe('batchProblems', () => {
  const e = (date: string, s: string, t: string, clientKey: string | null = null): CleanEntry =>
    ({ date, startTime: s, endTime: t, activity: 'x', quantity: null, unit: null, evidence: [], actionPlanId: null, isAdditional: true, clientKey });
  it('reports the later item of each overlap, ignores touching ranges and other days', () => {
    const list = [e('2026-03-09', '10:00', '12:00'), e('2026-03-09', '08:00', '10:00'), e('2026-03-09', '11:00', '11:30'), e('2026-03-08', '10:00', '12:00'), null];
    expect(batchProblems(list).map((p) => [p.index, p.code])).toEqual([[2, 'TIME_OVERLAP']]);
  });
  it('reports repeated client keys', () => {
    expect(batchProblems([e('2026-03-09', '08:00', '09:00', 'k'), e('2026-03-08', '08:00', '09:00', 'k')]).map((p) => [p.index, p.field])).toEqual([[1, 'clientKey']]);
  });
});
