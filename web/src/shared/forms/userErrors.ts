/**
 * Maps a mutation payload's `userErrors` onto form fields. Every payload of the API
 * carries `userErrors { code field message }` where `field` is the path of the input
 * value at fault (`["input", "nip"]`), or null when the problem concerns the whole form.
 * Errors whose path names no field of the form become form-level errors, so nothing the
 * server says is ever dropped.
 */
export interface UserErrorLike {
  readonly code: string;
  readonly field?: readonly string[] | null;
  readonly message: string;
}

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface MappedErrors<F extends string> {
  fieldErrors: FieldErrors<F>;
  formErrors: string[];
}

export interface MapOptions<F extends string> {
  /** Leading path segments to drop, `["input"]` by default. */
  prefix?: readonly string[];
  /** Extra names: a server path (dot-joined after the prefix) → a form field. */
  aliases?: Readonly<Record<string, F>>;
}

/** Indonesian lead-in per error code; the server's message follows as the detail. */
const codeText: Record<string, string> = {
  INVALID_INPUT: 'Isian tidak valid',
  NOT_FOUND: 'Data tidak ditemukan',
  CONFLICT: 'Bertabrakan dengan perubahan lain',
  INVALID_STATE_TRANSITION: 'Tidak dapat dilakukan pada status saat ini',
  FORBIDDEN: 'Anda tidak berwenang',
  INVALID_CREDENTIALS: 'NIP atau kata sandi salah',
  TOO_MANY_ATTEMPTS: 'Terlalu banyak percobaan masuk; coba lagi nanti',
  WEAK_PASSWORD: 'Kata sandi terlalu lemah',
  INVALID_NIP: 'NIP tidak valid',
  DUPLICATE_NIP: 'NIP sudah terdaftar',
  DUPLICATE_CODE: 'Kode sudah dipakai',
  TREE_CYCLE: 'Tidak dapat dipindahkan ke bawah dirinya sendiri',
  CROSS_AGENCY: 'Data berasal dari instansi lain',
  ASSIGNMENT_OVERLAP: 'Tumpang tindih dengan penempatan lain',
  INVALID_POSITION_LEVEL: 'Jenjang tidak sesuai dengan jenis jabatan',
};

/** Text shown for one error: the Indonesian meaning of its code and the server's detail. */
export function describeUserError(error: UserErrorLike): string {
  const lead = codeText[error.code];
  const detail = error.message.trim();
  if (!lead) return detail;
  if (!detail) return lead;
  // The server may already answer in Indonesian ("NIP atau kata sandi salah. (Wrong …)").
  const core = lead.split(/[;:,.]/)[0]!.toLowerCase();
  if (detail.toLowerCase().startsWith(core)) return detail;
  return `${lead}: ${detail}`;
}

function fieldFor<F extends string>(
  path: readonly string[],
  fields: readonly F[],
  options: MapOptions<F>,
): F | null {
  const prefix = options.prefix ?? ['input'];
  const rest = prefix.every((p, i) => path[i] === p) ? path.slice(prefix.length) : path;
  if (rest.length === 0) return null;
  const joined = rest.join('.');
  const alias = options.aliases?.[joined];
  if (alias) return alias;
  const known = new Set<string>(fields);
  if (known.has(joined)) return joined as F;
  // Items of a list input (`["input", "emails", "2"]`) belong to the list's field.
  const first = rest[0]!;
  if (known.has(first)) return first as F;
  return null;
}

export function mapUserErrors<F extends string>(
  errors: readonly UserErrorLike[] | null | undefined,
  fields: readonly F[],
  options: MapOptions<F> = {},
): MappedErrors<F> {
  const fieldErrors: FieldErrors<F> = {};
  const formErrors: string[] = [];
  for (const error of errors ?? []) {
    const text = describeUserError(error);
    const field = error.field ? fieldFor(error.field, fields, options) : null;
    if (field === null) {
      formErrors.push(text);
    } else {
      const previous = fieldErrors[field];
      fieldErrors[field] = previous ? `${previous} ${text}` : text;
    }
  }
  return { fieldErrors, formErrors };
}
