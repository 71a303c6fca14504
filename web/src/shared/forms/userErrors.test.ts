import { describe, expect, it } from 'vitest';
import { describeUserError, mapUserErrors } from './userErrors';

const fields = ['nip', 'name', 'rank', 'employmentType'] as const;

describe('mapUserErrors', () => {
  it('maps an ["input", field] path to that form field', () => {
    const { fieldErrors, formErrors } = mapUserErrors(
      [{ code: 'INVALID_NIP', field: ['input', 'nip'], message: 'Digits 1-8 must be a real birth date (YYYYMMDD).' }],
      fields,
    );
    expect(fieldErrors).toEqual({ nip: 'NIP tidak valid: Digits 1-8 must be a real birth date (YYYYMMDD).' });
    expect(formErrors).toEqual([]);
  });

  it('keeps errors without a field, or with an unknown field, as form-level errors', () => {
    const { fieldErrors, formErrors } = mapUserErrors(
      [
        { code: 'FORBIDDEN', field: null, message: 'Only admins may grant ADMIN.' },
        { code: 'INVALID_INPUT', field: ['input', 'operatorUnit'], message: 'Unit required.' },
      ],
      fields,
    );
    expect(fieldErrors).toEqual({});
    expect(formErrors).toEqual(['Anda tidak berwenang: Only admins may grant ADMIN.', 'Isian tidak valid: Unit required.']);
  });

  it('joins several errors on one field and maps list items to their list field', () => {
    const { fieldErrors } = mapUserErrors(
      [
        { code: 'INVALID_INPUT', field: ['input', 'name'], message: 'Too short.' },
        { code: 'INVALID_INPUT', field: ['input', 'name', '0'], message: 'No digits.' },
      ],
      fields,
    );
    expect(fieldErrors.name).toBe('Isian tidak valid: Too short. Isian tidak valid: No digits.');
  });

  it('accepts a custom prefix and aliases for nested inputs', () => {
    const { fieldErrors } = mapUserErrors(
      [
        { code: 'DUPLICATE_CODE', field: ['attributes', 'code'], message: '' },
        { code: 'INVALID_INPUT', field: ['input', 'parent'], message: 'Not a valid OrgUnit id.' },
      ],
      ['code', 'parentName'] as const,
      { prefix: [], aliases: { 'attributes.code': 'code', 'input.parent': 'parentName' } },
    );
    expect(fieldErrors).toEqual({ code: 'Kode sudah dipakai', parentName: 'Isian tidak valid: Not a valid OrgUnit id.' });
  });

  it('does not repeat the meaning when the server already answers in Indonesian', () => {
    expect(describeUserError({ code: 'INVALID_CREDENTIALS', message: 'NIP atau kata sandi salah. (Wrong NIP or password.)' })).toBe(
      'NIP atau kata sandi salah. (Wrong NIP or password.)',
    );
    expect(describeUserError({ code: 'TOO_MANY_ATTEMPTS', message: 'Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.' })).toBe(
      'Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.',
    );
  });

  it('passes unknown codes through with the server message only', () => {
    expect(describeUserError({ code: 'SOMETHING_NEW', message: 'Later module error.' })).toBe('Later module error.');
    expect(mapUserErrors(undefined, fields)).toEqual({ fieldErrors: {}, formErrors: [] });
  });
});
