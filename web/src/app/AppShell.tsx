import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useViewer } from '../features/auth/viewerContext';
import { useSignOut } from '../features/auth/useSignOut';
import { canManageOrg, isAdminRole, roleLabel } from '../shared/format/labels';
import { NavLink, useLocation } from '../shared/router/router';
import { Button } from '../shared/ui/Button';

/** Header with navigation by role, and the main region that receives focus on navigation. */
export function AppShell({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const signOut = useSignOut();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    // Move focus to the new page so keyboard and screen-reader users start at its top.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo?.(0, 0);
  }, [path]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Lompat ke konten
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <a className="app-header__brand" href="#/">
            Kinerja
          </a>
          <nav className="app-nav" aria-label="Menu utama">
            <NavLink to="/">Beranda</NavLink>
            <NavLink to="/skp">SKP saya</NavLink>
            <NavLink to="/kaskade">Kaskade</NavLink>
            <NavLink to="/catatan-harian">Catatan harian</NavLink>
            {viewer.isAppraiser && <NavLink to="/matriks">Matriks</NavLink>}
            {viewer.isAppraiser && <NavLink to="/persetujuan">Persetujuan</NavLink>}
            {viewer.isAppraiser && <NavLink to="/verifikasi">Verifikasi</NavLink>}
            <NavLink to="/penilaian">Penilaian</NavLink>
            {(viewer.isAppraiser || canManageOrg(viewer.role)) && <NavLink to="/monitoring">Pemantauan</NavLink>}
            {canManageOrg(viewer.role) && <NavLink to="/organisasi">Organisasi</NavLink>}
            {canManageOrg(viewer.role) && <NavLink to="/pegawai">Pegawai</NavLink>}
            {isAdminRole(viewer.role) && <NavLink to="/admin">Admin</NavLink>}
            <NavLink to="/kata-sandi">Kata sandi</NavLink>
          </nav>
          <div className="app-header__user">
            <span className="app-header__name" title={roleLabel[viewer.role]}>
              {viewer.employee.name}
            </span>
            <Button variant="ghost" small onClick={signOut}>
              Keluar
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="app-main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
