import { userError } from './errors';

/** Trims and checks a required text input; throws a userError on the field. */
export function requiredText(value: string, field: string[], min: number, max: number, label: string): string {
  const v = value.trim();
  // Characters as PostgreSQL counts them (code points): an emoji or a Javanese/Han
  // supplementary character is one character but two UTF-16 units, and the database's
  // length checks would otherwise refuse what passed here (an internal error).
  const length = [...v].length;
  if (length < min || length > max) {
    throw userError('INVALID_INPUT', `${label} must have ${min} to ${max} characters.`, field);
  }
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(v)) {
    throw userError('INVALID_INPUT', `${label} contains control characters.`, field);
  }
  return v;
}

export function optionalText(value: string | null | undefined, field: string[], max: number, label: string): string | null {
  if (value == null) return null;
  const v = value.trim();
  if (v === '') return null;
  return requiredText(v, field, 1, max, label);
}

/** PostgreSQL error code of a (possibly wrapped) driver error. */
export function pgCode(err: unknown): { code?: string; constraint?: string } {
  const e = err as { code?: string; constraint?: string; previous?: { code?: string; constraint?: string } };
  return { code: e?.code ?? e?.previous?.code, constraint: e?.constraint ?? e?.previous?.constraint };
}
