import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** Whether a failed request carries a top-level error with this `extensions.code`. */
export function hasErrorCode(err: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(err) && err.errors.some((e) => e.extensions?.['code'] === code);
}

/** A readable Indonesian sentence for a failed request (top-level errors, network). */
export function errorText(err: unknown): string {
  if (CombinedGraphQLErrors.is(err)) {
    const codes = err.errors.map((e) => e.extensions?.['code']);
    if (codes.includes('UNAUTHENTICATED')) return 'Sesi Anda berakhir. Silakan masuk kembali.';
    if (codes.includes('PASSWORD_CHANGE_REQUIRED')) return 'Ganti kata sandi sekali pakai Anda terlebih dahulu.';
    if (codes.includes('FORBIDDEN')) return 'Anda tidak berwenang melihat atau mengubah data ini.';
    if (codes.includes('BAD_USER_INPUT')) return 'Permintaan tidak valid. Muat ulang halaman lalu coba lagi.';
    return 'Server tidak dapat memproses permintaan. Coba lagi sebentar lagi.';
  }
  if (ServerError.is(err)) {
    if (err.statusCode === 401) return 'Sesi Anda berakhir. Silakan masuk kembali.';
    if (err.statusCode === 429) return 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.';
    return `Server sedang bermasalah (kode ${err.statusCode}). Coba lagi sebentar lagi.`;
  }
  if (err instanceof TypeError || (err instanceof Error && /fetch|network/i.test(err.message))) {
    return 'Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.';
  }
  return 'Terjadi kesalahan yang tidak terduga. Coba lagi.';
}
