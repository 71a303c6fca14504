import type { ReactNode } from 'react';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { isAdminRole } from '../../shared/format/labels';
import { Link } from '../../shared/router/router';
import { Alert, Card } from '../../shared/ui/feedback';
import { useViewer } from '../auth/viewerContext';

/** Screens for agency admins only; the API refuses the same operations to anyone else. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  if (!isAdminRole(viewer.role)) return <Alert tone="warning">Halaman ini hanya untuk admin instansi.</Alert>;
  return <>{children}</>;
}

const ITEMS: { to: string; title: string; text: string }[] = [
  { to: '/admin/periode', title: 'Periode dan batas pengisian', text: 'Periode SKP tahunan, periode penilaian, batas pengisian, buka kunci dengan alasan.' },
  { to: '/admin/token-api', title: 'Token API', text: 'Token untuk sistem TPP, SIMPEG dan presensi: buat, rotasi, cabut, cakupan dan masa berlaku.' },
  { to: '/organisasi', title: 'Organisasi', text: 'Unit kerja, jabatan, pegawai, penempatan, PLT/PLH dan penetapan pejabat penilai.' },
  { to: '/monitoring', title: 'Pemantauan', text: 'Penyelesaian SKP, catatan harian, kurva distribusi dan TPP per unit kerja, dengan ekspor XLSX.' },
];

/** Admin: entry to the agency admin's screens. */
export function AdminPage() {
  usePageTitle('Admin');
  return (
    <>
      <div className="page-header">
        <h1>Admin instansi</h1>
      </div>
      <div className="grid-cards">
        {ITEMS.map((i) => (
          <Card key={i.to} title={<Link to={i.to}>{i.title}</Link>}>
            <p className="small muted">{i.text}</p>
          </Card>
        ))}
      </div>
    </>
  );
}
