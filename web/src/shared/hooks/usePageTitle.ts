import { useEffect } from 'react';

/** Sets the document title (`Organisasi · Kinerja`), which screen readers announce on navigation. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Kinerja` : 'Kinerja';
  }, [title]);
}
