import { useEffect, useRef, useState } from 'react';
import { getToken } from '../auth/session';
import { Button } from '../ui/Button';

/**
 * Files under `/files/…` (XLSX exports, printable PDFs) are served with the same sign-in
 * as the API: a plain `<a href>` would not send the bearer token. They are fetched with
 * the `Authorization` header and handed to the browser as a Blob.
 */
export class DownloadError extends Error {}

function failureText(status: number): string {
  if (status === 401) return 'Sesi Anda berakhir. Silakan masuk kembali.';
  if (status === 403) return 'Anda tidak berwenang mengunduh berkas ini.';
  if (status === 404) return 'Berkas tidak ditemukan atau Anda tidak berwenang membukanya.';
  if (status === 400) return 'Permintaan berkas tidak valid (periksa rentang tanggal).';
  if (status === 429) return 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.';
  return `Server tidak dapat menyiapkan berkas (kode ${status}). Coba lagi sebentar lagi.`;
}

/** `attachment; filename="logbook-1990….xlsx"` → the file name, else the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  if (!m) return fallback;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

/** GETs a file of the API with the session's bearer token. */
export async function fetchFile(path: string, fallbackName: string): Promise<{ blob: Blob; fileName: string }> {
  const token = getToken();
  let res: Response;
  try {
    res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new DownloadError('Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.');
  }
  if (!res.ok) throw new DownloadError(failureText(res.status));
  return { blob: await res.blob(), fileName: fileNameFrom(res.headers.get('content-disposition'), fallbackName) };
}

interface Props {
  /** Path relative to the API origin, e.g. `PerformancePlan.pdfUrl`. */
  path: string;
  /** Name to save under when the server gives none. */
  fileName: string;
  label: string;
  small?: boolean;
  variant?: 'primary' | 'secondary' | 'ghost';
}

/**
 * "Unduh" button for a protected file: fetches it, starts the download, and keeps a link
 * to the fetched copy (a second chance when the browser blocked the automatic save).
 */
export function DownloadButton({ path, fileName, label, small, variant = 'secondary' }: Props) {
  const [state, setState] = useState<{ busy: boolean; error: string | null; url: string | null; name: string }>({
    busy: false,
    error: null,
    url: null,
    name: fileName,
  });
  const urlRef = useRef<string | null>(null);
  useEffect(() => () => {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
  }, []);

  const download = async () => {
    setState((s) => ({ ...s, busy: true, error: null }));
    try {
      const { blob, fileName: name } = await fetchFile(path, fileName);
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
      const url = URL.createObjectURL(blob);
      urlRef.current = url;
      setState({ busy: false, error: null, url, name });
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
    } catch (err) {
      const message = err instanceof DownloadError ? err.message : 'Berkas tidak dapat diunduh. Coba lagi.';
      setState((s) => ({ ...s, busy: false, error: message }));
    }
  };

  return (
    <span className="row download">
      <Button variant={variant} small={small} busy={state.busy} onClick={() => void download()}>
        {state.busy ? 'Menyiapkan berkas…' : label}
      </Button>
      {state.url && (
        <a className="small" href={state.url} download={state.name}>
          Simpan {state.name}
        </a>
      )}
      {state.error && (
        <span className="field__error" role="alert">
          {state.error}
        </span>
      )}
    </span>
  );
}
