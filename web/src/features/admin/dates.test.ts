import { describe, expect, it } from 'vitest';
import { fromLocalInput, fullYearSpecs, toLocalInput } from './dates';

describe('admin dates', () => {
  it('round-trips datetime-local values through ISO instants', () => {
    const iso = fromLocalInput('2026-12-05T23:59');
    expect(iso).not.toBeNull();
    expect(toLocalInput(iso)).toBe('2026-12-05T23:59');
    expect(fromLocalInput('2026-12-05')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });

  it('splits a year into 12 months, 4 quarters, 2 semesters and the annual period with their deadlines', () => {
    const specs = fullYearSpecs(2026);
    expect(specs.map((s) => s.kind).reduce<Record<string, number>>((a, k) => ({ ...a, [k]: (a[k] ?? 0) + 1 }), {})).toEqual({ MONTHLY: 12, QUARTERLY: 4, SEMESTER: 2, FINAL: 1 });
    expect(specs.find((s) => s.name === 'Februari 2026')).toMatchObject({ startDate: '2026-02-01', endDate: '2026-02-28', deadline: '2026-03-05T23:59:00+07:00' });
    expect(specs.find((s) => s.name === 'Desember 2026')?.deadline).toBe('2027-01-05T23:59:00+07:00');
    expect(specs.find((s) => s.name === 'Triwulan IV 2026')).toMatchObject({ startDate: '2026-10-01', endDate: '2026-12-31', deadline: '2027-01-10T23:59:00+07:00' });
    expect(specs.at(-1)).toMatchObject({ kind: 'FINAL', deadline: '2027-01-31T23:59:00+07:00' });
  });
});
