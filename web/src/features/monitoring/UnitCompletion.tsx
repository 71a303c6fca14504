import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link, pathWithQuery } from '../../shared/router/router';
import { StackedBar } from './charts';
import { completionSegments } from './MonitoringPage';

export const UnitCompletionRowDocument = graphql(`
  query UnitCompletionRow($unit: ID!, $evaluationPeriod: ID!) {
    unitMonitoring(unit: $unit, evaluationPeriod: $evaluationPeriod) {
      employeesWithoutPlan
      planStatusCounts {
        status
        count
      }
    }
  }
`);

function Row({ unit, epId, month }: { unit: { id: string; name: string }; epId: string; month: string }) {
  const { data, loading, error } = useQuery(UnitCompletionRowDocument, { variables: { unit: unit.id, evaluationPeriod: epId } });
  const report = data?.unitMonitoring;
  const segments = report ? completionSegments(report.planStatusCounts, report.employeesWithoutPlan) : [];
  const total = segments.reduce((s, x) => s + x.value, 0);
  const approved = segments.find((s) => s.key === 'APPROVED')?.value ?? 0;
  return (
    <li className="completion-row">
      <Link to={pathWithQuery('/monitoring', { unit: unit.id, periode: epId, bulan: month })}>{unit.name}</Link>
      {report ? (
        <>
          <StackedBar label={unit.name} segments={segments} />
          <span className="small num">{total === 0 ? 'tidak ada pegawai' : `${approved}/${total} disetujui`}</span>
        </>
      ) : (
        <span className="small muted">{loading ? 'Memuat…' : error ? 'Gagal dimuat' : 'Tidak dapat dipantau'}</span>
      )}
    </li>
  );
}

/** Penyelesaian SKP per unit di bawahnya: one bar per child unit (each read on its own, bounded by the API). */
export function UnitCompletion({ units, epId, month }: { units: readonly { id: string; name: string }[]; epId: string; month: string }) {
  if (units.length === 0) return null;
  return (
    <>
      <h3 className="completion-title">Per unit di bawahnya</h3>
      <ul className="completion-list">
        {units.map((u) => (
          <Row key={u.id} unit={u} epId={epId} month={month} />
        ))}
      </ul>
    </>
  );
}
