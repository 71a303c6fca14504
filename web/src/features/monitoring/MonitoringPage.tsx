import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PlanStatus, UnitMonitoringQuery } from '../../gql/graphql';
import { todayIso } from '../../shared/format/date';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link, navigate, pathWithQuery } from '../../shared/router/router';
import { SelectField, TextField } from '../../shared/ui/Field';
import { Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { useViewer } from '../auth/viewerContext';
import { DistributionPanel } from '../evaluation/DistributionPanel';
import { EvaluationPeriodPicker } from '../evaluation/EvaluationPeriodPicker';
import { formatRupiah, orgPerformanceLabel } from '../evaluation/labels';
import { defaultEvaluationPeriod, startedPeriods } from '../evaluation/periods';
import { currentPeriod } from '../planning/currentPeriod';
import { planStatusLabel } from '../planning/labels';
import { ColumnChart, Legend, ProgressRow, sharePct, StackedBar } from './charts';
import type { Segment } from './charts';
import { EmployeeDocuments } from './EmployeeDocuments';
import { MonitoringExports } from './MonitoringExports';
import { isMonth, monthLabel, monthsUpTo } from './months';
import { UnitCompletion } from './UnitCompletion';
import '../planning/planning.css';
import './monitoring.css';

export const MonitoringContextDocument = graphql(`
  query MonitoringContext {
    periods {
      id
      name
      year
      startDate
      endDate
      evaluationPeriods {
        id
        kind
        name
        startDate
        endDate
      }
    }
    viewer {
      role
      agency {
        id
        rootUnits {
          id
          name
        }
      }
      employee {
        id
        unit {
          id
          name
        }
        operatorUnit {
          id
          name
        }
      }
    }
  }
`);

export const UnitMonitoringDocument = graphql(`
  query UnitMonitoring($unit: ID!, $period: ID!, $evaluationPeriod: ID!, $month: String!, $m0: String!, $m1: String!, $m2: String!, $m3: String!, $m4: String!, $m5: String!) {
    orgUnit(id: $unit) {
      id
      name
      exportUrl
      plansExportUrl(period: $period)
      ancestors {
        id
        name
      }
      children {
        id
        name
      }
    }
    unitMonitoring(unit: $unit, evaluationPeriod: $evaluationPeriod) {
      exportUrl(month: $month)
      employeesWithoutPlan
      planStatusCounts {
        status
        count
      }
      a0: logbookActivity(month: $m0) {
        ...ActivityColumn_share
      }
      a1: logbookActivity(month: $m1) {
        ...ActivityColumn_share
      }
      a2: logbookActivity(month: $m2) {
        ...ActivityColumn_share
      }
      a3: logbookActivity(month: $m3) {
        ...ActivityColumn_share
      }
      a4: logbookActivity(month: $m4) {
        ...ActivityColumn_share
      }
      a5: logbookActivity(month: $m5) {
        ...ActivityColumn_share
      }
      evaluationProgress {
        approvedPlans
        selfAssessed
        rated
        confirmed
        confirmedShare
      }
      ratingDistribution {
        ...DistributionPanel_check
      }
      unitDistributions(first: 50) {
        totalCount
        edges {
          cursor
          node {
            unit {
              id
              name
            }
            check {
              total
              orgPerformance {
                id
                rating
              }
              violations {
                code
              }
            }
          }
        }
      }
      allowanceTotals(month: $month) {
        month
        employeeCount
        computedCount
        pendingCount
        withoutBaseAmountCount
        baseAmountTotal
        performanceAmountTotal
        disciplineAmountTotal
        deductionAmountTotal
        total
        ruleTable {
          id
          name
        }
      }
    }
  }
`);

export const ActivityColumn_share = graphql(`
  fragment ActivityColumn_share on LogbookActivityShare {
    month
    employeeCount
    activeCount
    share
  }
`);

export const STATUS_ORDER: PlanStatus[] = ['APPROVED', 'REVISION_SUBMITTED', 'REVISION_REJECTED', 'SUBMITTED', 'RETURNED', 'DRAFT'];
export const statusColor: Record<PlanStatus, string> = {
  APPROVED: 'var(--chart-approved)',
  REVISION_SUBMITTED: 'var(--chart-revision)',
  REVISION_REJECTED: 'var(--chart-rejected)',
  SUBMITTED: 'var(--chart-submitted)',
  RETURNED: 'var(--chart-returned)',
  DRAFT: 'var(--chart-draft)',
};

/** Plans per status plus employees without a plan, as chart segments. */
export function completionSegments(counts: readonly { status: PlanStatus; count: number }[], withoutPlan: number): Segment[] {
  const by = new Map(counts.map((c) => [c.status, c.count]));
  return [
    ...STATUS_ORDER.map((s) => ({ key: s, label: planStatusLabel[s], value: by.get(s) ?? 0, color: statusColor[s] })),
    { key: 'NONE', label: 'Belum ada SKP', value: withoutPlan, color: 'var(--chart-none)' },
  ];
}

type Report = NonNullable<UnitMonitoringQuery['unitMonitoring']>;

function AllowanceWidget({ totals }: { totals: Report['allowanceTotals'] }) {
  if (!totals.ruleTable) return <p className="small muted">Instansi belum menetapkan aturan TPP untuk tahun ini.</p>;
  const segments: Segment[] = [
    { key: 'perf', label: 'Produktivitas kerja', value: totals.performanceAmountTotal, color: 'var(--chart-approved)' },
    { key: 'disc', label: 'Disiplin kerja', value: totals.disciplineAmountTotal, color: 'var(--chart-submitted)' },
    { key: 'ded', label: 'Potongan kehadiran', value: totals.deductionAmountTotal, color: 'var(--chart-rejected)' },
  ];
  return (
    <>
      <div className="summary-figures">
        <div>
          <span className="small muted">TPP dibayarkan</span>
          <strong>{formatRupiah(totals.total)}</strong>
        </div>
        <div>
          <span className="small muted">Pagu</span>
          <strong>{formatRupiah(totals.baseAmountTotal)}</strong>
        </div>
      </div>
      <StackedBar label={`TPP ${monthLabel(totals.month)}`} segments={segments} />
      <ul className="chart-legend">
        {segments.map((s) => (
          <li key={s.key}>
            <span className="chart-legend__swatch" style={{ background: s.color }} aria-hidden="true" />
            {s.label} <strong>{formatRupiah(s.value)}</strong>
          </li>
        ))}
      </ul>
      <p className="small muted">
        {totals.computedCount} dari {totals.employeeCount} pegawai dihitung; {totals.pendingCount} menunggu penilaian ditetapkan
        {totals.withoutBaseAmountCount > 0 ? `; ${totals.withoutBaseAmountCount} tanpa pagu untuk jenjangnya` : ''}. Aturan: {totals.ruleTable.name}.
      </p>
    </>
  );
}

function Dashboard({ unitId, periodId, epId, month }: { unitId: string; periodId: string; epId: string; month: string }) {
  const months = monthsUpTo(month, 6);
  const { data, loading, error, refetch } = useQuery(UnitMonitoringDocument, {
    variables: { unit: unitId, period: periodId, evaluationPeriod: epId, month, m0: months[0]!, m1: months[1]!, m2: months[2]!, m3: months[3]!, m4: months[4]!, m5: months[5]! },
  });
  if (!data) return loading ? <Loading label="Menghitung pemantauan…" /> : <QueryError error={error} onRetry={() => void refetch()} />;
  const unit = data.orgUnit;
  const report = data.unitMonitoring;
  if (!unit || !report) {
    return (
      <Card>
        <EmptyState title="Unit ini tidak dapat Anda pantau">Pemantauan tersedia bagi pimpinan unit, admin instansi dan operator unit kerja.</EmptyState>
      </Card>
    );
  }
  const activity = [report.a0, report.a1, report.a2, report.a3, report.a4, report.a5];
  const current = activity[5];
  const segments = completionSegments(report.planStatusCounts, report.employeesWithoutPlan);
  const employees = segments.reduce((s, x) => s + x.value, 0);
  const ev = report.evaluationProgress;
  return (
    <div className="stack">
      <nav className="breadcrumbs" aria-label="Unit induk">
        <ol>
          {unit.ancestors.map((a) => (
            <li key={a.id}>
              <Link to={pathWithQuery('/monitoring', { unit: a.id, periode: epId, bulan: month })}>{a.name}</Link>
            </li>
          ))}
          <li aria-current="page">{unit.name}</li>
        </ol>
      </nav>
      <div className="monitoring-grid">
        <Card title="Penyelesaian SKP">
          <p className="small muted">Status SKP pegawai {unit.name} beserta unit di bawahnya ({employees} pegawai dan SKP).</p>
          <StackedBar label={unit.name} segments={segments} height={24} />
          <Legend segments={segments} />
          <UnitCompletion units={unit.children} epId={epId} month={month} />
        </Card>
        <Card title="Aktivitas catatan harian">
          <p className="small muted">Persentase pegawai yang mengisi catatan harian per bulan.</p>
          {current && (
            <p>
              <strong className="big-figure">{sharePct(current.share)}</strong> pegawai mengisi catatan harian pada {monthLabel(current.month)} ({current.activeCount} dari{' '}
              {current.employeeCount}).
            </p>
          )}
          <ColumnChart
            label="Aktivitas catatan harian enam bulan terakhir"
            columns={activity.map((a, i) => ({ key: a.month, label: monthLabel(a.month, false), share: a.share, detail: `${a.activeCount} dari ${a.employeeCount} pegawai`, highlight: i === 5 }))}
          />
        </Card>
        <Card title="Kurva distribusi predikat">
          <DistributionPanel check={report.ratingDistribution} />
          {report.unitDistributions.edges.length > 0 && (
            <table className="table table--stack">
              <caption className="small muted">
                Unit dengan capaian kinerja organisasi
                {report.unitDistributions.totalCount > report.unitDistributions.edges.length
                  ? ` (${report.unitDistributions.edges.length} dari ${report.unitDistributions.totalCount} pertama)`
                  : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Unit</th>
                  <th scope="col">Capaian organisasi</th>
                  <th scope="col" className="num">
                    Dinilai
                  </th>
                  <th scope="col" className="num">
                    Peringatan
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.unitDistributions.edges.map(({ node: u }) => (
                  <tr key={u.unit.id}>
                    <td data-label="Unit">
                      <Link to={pathWithQuery('/monitoring', { unit: u.unit.id, periode: epId, bulan: month })}>{u.unit.name}</Link>
                    </td>
                    <td data-label="Capaian">{u.check.orgPerformance ? orgPerformanceLabel[u.check.orgPerformance.rating] : '—'}</td>
                    <td data-label="Dinilai" className="num">
                      {u.check.total}
                    </td>
                    <td data-label="Peringatan" className="num">
                      {u.check.violations.length}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card title="Kemajuan penilaian">
          <ProgressRow label="Penilaian diri" value={ev.selfAssessed} max={ev.approvedPlans} />
          <ProgressRow label="Sudah dirating" value={ev.rated} max={ev.approvedPlans} />
          <ProgressRow label="Ditetapkan" value={ev.confirmed} max={ev.approvedPlans} />
          <p className="small muted">Dari {ev.approvedPlans} SKP yang disetujui pada periode ini; {sharePct(ev.confirmedShare)} sudah ditetapkan.</p>
        </Card>
        <Card title={`TPP ${monthLabel(month)}`}>
          <AllowanceWidget totals={report.allowanceTotals} />
        </Card>
        <Card title="Dokumen dan ekspor">
          <MonitoringExports unitName={unit.name} monitoringExportUrl={report.exportUrl} plansExportUrl={unit.plansExportUrl} orgExportUrl={unit.exportUrl} month={month} />
        </Card>
      </div>
      <EmployeeDocuments unitId={unit.id} unitName={unit.name} epId={epId} month={month} />
    </div>
  );
}

/**
 * Pemantauan: a unit subtree in an evaluation period — completion of SKP per unit, logbook
 * activity, kurva distribusi, evaluation progress, TPP totals — with the XLSX exports and
 * each employee's printable SKP.
 */
export function MonitoringPage({ unit, period, month }: { unit: string | null; period: string | null; month: string | null }) {
  usePageTitle('Pemantauan kinerja');
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(MonitoringContextDocument);
  const today = todayIso();
  const chosenMonth = isMonth(month) ? month : today.slice(0, 7);
  if (!data) return loading ? <Loading /> : <QueryError error={error} onRetry={() => void refetch()} />;
  const annual = currentPeriod(data.periods, today);
  const ep = annual ? defaultEvaluationPeriod(annual.evaluationPeriods, today, { requested: period }) : null;
  const me = data.viewer;
  const roots = me?.agency.rootUnits ?? [];
  const defaultUnit = me?.role === 'OPERATOR' ? me.employee.operatorUnit : viewer.role === 'ADMIN' || viewer.role === 'SUPERADMIN' ? (roots[0] ?? null) : me?.employee.unit;
  const unitId = unit ?? defaultUnit?.id ?? null;
  const go = (next: { unit?: string; periode?: string; bulan?: string }) =>
    navigate(pathWithQuery('/monitoring', { unit: unitId ?? undefined, periode: ep?.id, bulan: chosenMonth, ...next }), { replace: true });
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Pemantauan kinerja</h1>
          <p className="muted small">Penyelesaian SKP, catatan harian, kurva distribusi predikat dan TPP per unit kerja.</p>
        </div>
      </div>
      {!annual || !ep ? (
        <Card>
          <EmptyState title="Belum ada periode penilaian yang dimulai" />
        </Card>
      ) : (
        <div className="stack">
          <div className="monitoring-filters">
            {roots.length > 1 && (me?.role === 'ADMIN' || me?.role === 'SUPERADMIN') && (
              <SelectField label="Unit kerja" value={roots.some((r) => r.id === unitId) ? (unitId ?? '') : ''} onChange={(e) => e.target.value && go({ unit: e.target.value })}>
                <option value="">(unit di bawah)</option>
                {roots.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </SelectField>
            )}
            <EvaluationPeriodPicker periods={startedPeriods(annual.evaluationPeriods, today)} value={ep.id} onChange={(id) => go({ periode: id })} />
            <TextField label="Bulan (catatan harian dan TPP)" type="month" value={chosenMonth} onChange={(e) => isMonth(e.target.value) && go({ bulan: e.target.value })} />
          </div>
          {unitId ? (
            <Dashboard key={`${unitId}-${ep.id}-${chosenMonth}`} unitId={unitId} periodId={annual.id} epId={ep.id} month={chosenMonth} />
          ) : (
            <Card>
              <EmptyState title="Anda belum memiliki unit kerja untuk dipantau" />
            </Card>
          )}
        </div>
      )}
    </>
  );
}
