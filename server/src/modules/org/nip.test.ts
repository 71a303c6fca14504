import { describe, expect, it } from 'vitest';
import { makeNip, validateNip } from './nip';

const now = new Date('2026-11-22T00:00:00Z');

describe('validateNip', () => {
  it.each([
    ['19860926 201505 1 001', 'PNS', { birthDate: '1986-09-26', gender: 'MALE', appointmentYear: 2015, appointmentMonth: 5, serial: 1 }],
    ['199001012019032005', 'PNS', { birthDate: '1990-01-01', gender: 'FEMALE', appointmentYear: 2019, appointmentMonth: 3, serial: 5 }],
    ['198002292010011999', 'PNS', { birthDate: '1980-02-29', gender: 'MALE', serial: 999 }],
    ['199505052021211001', 'PPPK', { birthDate: '1995-05-05', appointmentMonth: 21 }],
  ] as const)('accepts %s (%s)', (nip, type, expected) => {
    const r = validateNip(nip, type, now);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.info).toMatchObject(expected);
  });

  it.each([
    ['12345', 'PNS', /18 digits/],
    ['19860926201505100A', 'PNS', /18 digits/],
    ['198613262015051001', 'PNS', /birth date/],
    ['198102292010011001', 'PNS', /birth date/], // 1981 is not a leap year
    ['199505052021211001', 'PNS', /month/], // month 21 only for PPPK
    ['198609262015001001', 'PNS', /month/],
    ['198609262015053001', 'PNS', /gender/],
    ['198609262015051000', 'PNS', /serial/],
    ['200001012010011001', 'PNS', /17th birthday/],
    ['198609262099011001', 'PNS', /future/],
  ] as const)('rejects %s (%s)', (nip, type, reason) => {
    const r = validateNip(nip, type, now);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('round-trips makeNip', () => {
    const nip = makeNip('1975-03-14', '2001-02', 'FEMALE', 42);
    expect(nip).toBe('197503142001022042');
    expect(validateNip(nip, 'PNS', now).ok).toBe(true);
  });
});
