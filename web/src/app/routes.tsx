import { lazy } from 'react';
import type { ReactNode } from 'react';
import { PasswordChangePage } from '../features/auth/PasswordChangePage';
import { useViewer } from '../features/auth/viewerContext';
import { HomePage } from '../features/home/HomePage';
import { canManageOrg } from '../shared/format/labels';
import type { Route } from '../shared/router/router';
import { Alert } from '../shared/ui/feedback';

// The organisation editor is loaded on first use: most accounts are employees who never open it.
const OrgPage = lazy(() => import('../features/org/OrgPage').then((m) => ({ default: m.OrgPage })));
const EmployeeSearchPage = lazy(() => import('../features/org/EmployeeSearchPage').then((m) => ({ default: m.EmployeeSearchPage })));
const EmployeeDetailPage = lazy(() => import('../features/org/EmployeeDetailPage').then((m) => ({ default: m.EmployeeDetailPage })));
// Planning screens: SKP, approvals, cascade explorer and result-role matrix.
const MySkpPage = lazy(() => import('../features/planning/MySkpPage').then((m) => ({ default: m.MySkpPage })));
const PlanPage = lazy(() => import('../features/planning/PlanPage').then((m) => ({ default: m.PlanPage })));
const ApprovalsPage = lazy(() => import('../features/approvals/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })));
const CascadeExplorerPage = lazy(() => import('../features/cascade/CascadeExplorerPage').then((m) => ({ default: m.CascadeExplorerPage })));
const ResultRoleMatrixPage = lazy(() => import('../features/cascade/ResultRoleMatrixPage').then((m) => ({ default: m.ResultRoleMatrixPage })));
// Catatan harian: week view, bulk week entry, import, and the appraiser's verification inbox.
const LogbookPage = lazy(() => import('../features/logbook/LogbookPage').then((m) => ({ default: m.LogbookPage })));
const BulkEntryPage = lazy(() => import('../features/logbook/BulkEntryPage').then((m) => ({ default: m.BulkEntryPage })));
const ImportPage = lazy(() => import('../features/logbook/ImportPage').then((m) => ({ default: m.ImportPage })));
const VerificationInboxPage = lazy(() => import('../features/logbook/VerificationInboxPage').then((m) => ({ default: m.VerificationInboxPage })));
// Penilaian kinerja: own results, the appraiser's list and the evaluation of one plan.
const MyResultsPage = lazy(() => import('../features/evaluation/MyResultsPage').then((m) => ({ default: m.MyResultsPage })));
const AppraiseListPage = lazy(() => import('../features/evaluation/AppraiseListPage').then((m) => ({ default: m.AppraiseListPage })));
const AppraisePage = lazy(() => import('../features/evaluation/AppraisePage').then((m) => ({ default: m.AppraisePage })));
// Admin: periods and deadlines, API tokens (the organisation editor is above).
const AdminPage = lazy(() => import('../features/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const AdminOnly = lazy(() => import('../features/admin/AdminPage').then((m) => ({ default: m.AdminOnly })));
const PeriodsPage = lazy(() => import('../features/admin/PeriodsPage').then((m) => ({ default: m.PeriodsPage })));
const ApiTokensPage = lazy(() => import('../features/admin/ApiTokensPage').then((m) => ({ default: m.ApiTokensPage })));
// Pemantauan (monitoring dashboard).
const MonitoringPage = lazy(() => import('../features/monitoring/MonitoringPage').then((m) => ({ default: m.MonitoringPage })));

/** Screens reserved for admins and operators; the API enforces the same rule. */
function OrgOnly({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  if (!canManageOrg(viewer.role)) {
    return <Alert tone="warning">Halaman ini hanya untuk admin instansi dan operator unit kerja.</Alert>;
  }
  return <>{children}</>;
}

export const routes: readonly Route[] = [
  { pattern: '/', render: () => <HomePage /> },
  { pattern: '/kata-sandi', render: () => <PasswordChangePage /> },
  { pattern: '/organisasi', render: () => <OrgOnly><OrgPage unitId={null} /></OrgOnly> },
  { pattern: '/organisasi/unit/:id', render: (p) => <OrgOnly><OrgPage unitId={p['id'] ?? null} /></OrgOnly> },
  { pattern: '/pegawai', render: (_, loc) => <OrgOnly><EmployeeSearchPage query={loc.query.get('q') ?? ''} /></OrgOnly> },
  { pattern: '/pegawai/:id', render: (p) => <EmployeeDetailPage id={p['id'] ?? ''} /> },
  { pattern: '/skp', render: () => <MySkpPage /> },
  { pattern: '/skp/:id', render: (p) => <PlanPage id={p['id'] ?? ''} /> },
  { pattern: '/persetujuan', render: () => <ApprovalsPage /> },
  { pattern: '/kaskade', render: (_, loc) => <CascadeExplorerPage key={loc.query.get('pegawai') ?? ''} leaderId={loc.query.get('pegawai')} /> },
  { pattern: '/matriks', render: () => <ResultRoleMatrixPage planId={null} /> },
  { pattern: '/matriks/:planId', render: (p) => <ResultRoleMatrixPage planId={p['planId'] ?? null} /> },
  { pattern: '/catatan-harian', render: (_, loc) => <LogbookPage week={loc.query.get('minggu')} /> },
  { pattern: '/catatan-harian/isi-pekan', render: (_, loc) => <BulkEntryPage key={loc.query.get('minggu') ?? ''} week={loc.query.get('minggu')} /> },
  { pattern: '/catatan-harian/impor', render: () => <ImportPage /> },
  {
    pattern: '/verifikasi',
    render: (_, loc) => (
      <VerificationInboxPage filter={{ employee: loc.query.get('pegawai'), from: loc.query.get('dari'), to: loc.query.get('sampai') }} />
    ),
  },
  { pattern: '/penilaian', render: (_, loc) => <MyResultsPage period={loc.query.get('periode')} /> },
  { pattern: '/penilaian/bawahan', render: (_, loc) => <AppraiseListPage period={loc.query.get('periode')} /> },
  { pattern: '/penilaian/skp/:planId', render: (p, loc) => <AppraisePage planId={p['planId'] ?? ''} period={loc.query.get('periode')} /> },
  { pattern: '/admin', render: () => <AdminOnly><AdminPage /></AdminOnly> },
  { pattern: '/admin/periode', render: () => <AdminOnly><PeriodsPage /></AdminOnly> },
  { pattern: '/admin/token-api', render: () => <AdminOnly><ApiTokensPage /></AdminOnly> },
  {
    pattern: '/monitoring',
    render: (_, loc) => <MonitoringPage unit={loc.query.get('unit')} period={loc.query.get('periode')} month={loc.query.get('bulan')} />,
  },
];

export function NotFoundPage() {
  return (
    <div className="card">
      <h1>Halaman tidak ditemukan</h1>
      <p>Alamat ini tidak ada di Kinerja.</p>
      <a className="btn" href="#/">
        Ke beranda
      </a>
    </div>
  );
}
