import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EvaluationPeriodRow_EvaluationPeriodFragment, PeriodCard_PeriodFragment } from '../../gql/graphql';
import { formatDateRange } from '../../shared/format/date';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { isAgencyAdmin } from '../../shared/format/labels';
import { Link } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { Badge, Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { EvaluationPeriodRow } from './EvaluationPeriodRow';
import type { RowAction } from './EvaluationPeriodRow';
import { EvaluationPeriodDialog, LockDialog, PeriodCreateDialog, PeriodUpdateDialog, UnlockDialog } from './PeriodDialogs';
import { useViewer } from '../auth/viewerContext';
import '../planning/planning.css';

export const PeriodCard_period = graphql(`
  fragment PeriodCard_period on Period {
    id
    name
    year
    startDate
    endDate
    isLocked
    viewerCanManage
    evaluationPeriods {
      id
      ...EvaluationPeriodRow_evaluationPeriod
    }
  }
`);

export const AdminPeriodsDocument = graphql(`
  query AdminPeriods {
    periods {
      id
      ...PeriodCard_period
    }
  }
`);

type Open =
  | { kind: 'period'; period: PeriodCard_PeriodFragment }
  | { kind: 'add'; period: PeriodCard_PeriodFragment }
  | { kind: RowAction; period: PeriodCard_PeriodFragment; ep: EvaluationPeriodRow_EvaluationPeriodFragment }
  | null;

function PeriodCard({ period, onOpen }: { period: PeriodCard_PeriodFragment; onOpen: (o: Open) => void }) {
  return (
    <Card
      title={
        <>
          {period.name} <Badge tone={period.isLocked ? 'warning' : 'success'}>{period.isLocked ? 'Terkunci' : 'Terbuka'}</Badge>
        </>
      }
      actions={
        period.viewerCanManage && (
          <>
            <Button variant="secondary" small onClick={() => onOpen({ kind: 'period', period })}>
              Ubah periode
            </Button>
            <Button variant="secondary" small onClick={() => onOpen({ kind: 'add', period })}>
              + Periode penilaian
            </Button>
          </>
        )
      }
    >
      <p className="small muted">{formatDateRange(period.startDate, period.endDate)}</p>
      {period.evaluationPeriods.length === 0 ? (
        <EmptyState title="Belum ada periode penilaian" />
      ) : (
        <table className="table table--stack">
          <thead>
            <tr>
              <th scope="col">Periode penilaian</th>
              <th scope="col">Rentang</th>
              <th scope="col">Batas pengisian</th>
              <th scope="col">Status</th>
              {period.viewerCanManage && (
                <th scope="col">
                  <span className="visually-hidden">Tindakan</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {period.evaluationPeriods.map((ep) => (
              <EvaluationPeriodRow key={ep.id} ep={ep} canManage={period.viewerCanManage} onAction={(a) => onOpen({ kind: a, period, ep })} />
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}

/** Periode dan batas pengisian: annual periods with their evaluation periods, deadlines and unlocks. */
export function PeriodsPage() {
  usePageTitle('Periode dan batas pengisian');
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(AdminPeriodsDocument);
  const [open, setOpen] = useState<Open>(null);
  const [creating, setCreating] = useState(false);
  const close = () => setOpen(null);
  return (
    <>
      <nav className="breadcrumbs" aria-label="Lokasi">
        <ol>
          <li>
            <Link to="/admin">Admin</Link>
          </li>
          <li aria-current="page">Periode</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <h1>Periode dan batas pengisian</h1>
          <p className="muted small">Periode SKP tahunan, periode penilaian, batas pengisian, dan pembukaan kunci dengan alasan.</p>
        </div>
        {isAgencyAdmin(viewer.role) && <Button onClick={() => setCreating(true)}>+ Periode SKP</Button>}
      </div>
      <div className="stack">
        {!data ? (
          loading ? (
            <Loading />
          ) : (
            <QueryError error={error} onRetry={() => void refetch()} />
          )
        ) : data.periods.length === 0 ? (
          <Card>
            <EmptyState title="Belum ada periode SKP">Buat periode SKP tahun ini agar pegawai dapat menyusun SKP.</EmptyState>
          </Card>
        ) : (
          data.periods.map((p) => <PeriodCard key={p.id} period={p} onOpen={setOpen} />)
        )}
      </div>
      {creating && <PeriodCreateDialog onClose={() => setCreating(false)} />}
      {open?.kind === 'period' && <PeriodUpdateDialog period={open.period} onClose={close} />}
      {open?.kind === 'add' && <EvaluationPeriodDialog periodId={open.period.id} onClose={close} />}
      {open?.kind === 'edit' && <EvaluationPeriodDialog periodId={open.period.id} ep={open.ep} onClose={close} />}
      {open?.kind === 'unlock' && <UnlockDialog ep={open.ep} onClose={close} />}
      {open?.kind === 'lock' && <LockDialog ep={open.ep} onClose={close} />}
    </>
  );
}
