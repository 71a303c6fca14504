import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AllowanceDeductionKind } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { TextField } from '../../shared/ui/Field';
import { Alert, Card, Loading, QueryError } from '../../shared/ui/feedback';
import { formatPercent, formatRupiah, ratingLabel } from './labels';

export const MyAllowanceDocument = graphql(`
  query MyAllowance($month: String!) {
    viewer {
      employee {
        id
        allowance(month: $month) {
          month
          baseAmount
          status
          total
          ruleTable {
            id
            name
          }
          performance {
            weight
            pagu
            source
            rating
            score
            percent
            amount
          }
          discipline {
            weight
            pagu
            deductionPercent
            appliedPercent
            capApplied
            deductionAmount
            amount
            deductions {
              date
              kind
              minutes
              bandCode
              percent
            }
          }
        }
      }
    }
  }
`);

const deductionLabel: Record<AllowanceDeductionKind, string> = {
  LATE_ARRIVAL: 'Terlambat',
  EARLY_LEAVE: 'Pulang sebelum waktunya',
  MISSING_CHECK_IN: 'Tidak ada presensi masuk',
  MISSING_CHECK_OUT: 'Tidak ada presensi pulang',
  ABSENT: 'Tanpa keterangan',
};

/** TPP of one month with its breakdown: produktivitas (from the predikat) and disiplin (attendance deductions). */
export function AllowanceCard({ defaultMonth }: { defaultMonth: string }) {
  const [month, setMonth] = useState(defaultMonth);
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const { data, loading, error, refetch } = useQuery(MyAllowanceDocument, { variables: { month }, skip: !valid });
  const a = data?.viewer?.employee.allowance;
  return (
    <Card title="Tunjangan (TPP)">
      <div style={{ maxWidth: '14rem' }}>
        <TextField label="Bulan" type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
      </div>
      {!valid ? (
        <p className="small muted">Pilih bulan.</p>
      ) : !data ? (
        loading ? (
          <Loading />
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )
      ) : !a ? (
        <p className="small muted">Belum ada aturan TPP instansi untuk tahun ini atau untuk jenjang jabatan Anda.</p>
      ) : (
        <>
          {a.status === 'PENDING_EVALUATION' && <Alert tone="info">Menunggu penilaian yang ditetapkan untuk bulan ini; bagian produktivitas belum dapat dihitung.</Alert>}
          <table className="table allowance-table">
            <caption className="visually-hidden">Rincian TPP</caption>
            <tbody>
              <tr>
                <th scope="row">Pagu TPP</th>
                <td className="num">{formatRupiah(a.baseAmount)}</td>
              </tr>
              <tr>
                <th scope="row">
                  Produktivitas kerja ({formatPercent(a.performance?.weight ?? 0)})
                  {a.performance?.rating && <div className="small muted">Predikat {ratingLabel[a.performance.rating]}: dibayar {formatPercent(a.performance.percent)}</div>}
                </th>
                <td className="num">{a.performance ? formatRupiah(a.performance.amount) : '—'}</td>
              </tr>
              <tr>
                <th scope="row">
                  Disiplin kerja ({formatPercent(a.discipline.weight)})
                  <div className="small muted">
                    Pagu {formatRupiah(a.discipline.pagu)}, potongan {formatPercent(a.discipline.appliedPercent)}
                    {a.discipline.capApplied ? ' (batas potongan bulanan berlaku)' : ''} = {formatRupiah(a.discipline.deductionAmount)}
                  </div>
                </th>
                <td className="num">{formatRupiah(a.discipline.amount)}</td>
              </tr>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">TPP diterima</th>
                <td className="num">{a.total == null ? 'menunggu penilaian' : formatRupiah(a.total)}</td>
              </tr>
            </tfoot>
          </table>
          {a.discipline.deductions.length > 0 && (
            <details className="details">
              <summary>Potongan kehadiran ({a.discipline.deductions.length})</summary>
              <ul className="violations small">
                {a.discipline.deductions.map((d, i) => (
                  <li key={i}>
                    {formatDate(d.date)}: {deductionLabel[d.kind]}
                    {d.minutes != null ? ` ${d.minutes} menit` : ''}
                    {d.bandCode ? ` (${d.bandCode})` : ''} — {formatPercent(d.percent)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <p className="small muted">Aturan: {a.ruleTable.name}</p>
        </>
      )}
    </Card>
  );
}
