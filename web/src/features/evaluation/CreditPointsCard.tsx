import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { positionLevelLabel } from '../../shared/format/labels';
import { Card, Loading, QueryError } from '../../shared/ui/feedback';
import { ratingLabel } from './labels';

export const MyCreditPointsDocument = graphql(`
  query MyCreditPoints($year: Int!) {
    viewer {
      employee {
        id
        creditPoints(year: $year) {
          year
          total
          isProvisional
          periods {
            months
            percent
            coefficient
            creditPoints
            level
            rating
            evaluationPeriod {
              id
              name
            }
          }
          annual {
            months
            percent
            coefficient
            creditPoints
            level
            rating
            evaluationPeriod {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const fmt = (v: number) => v.toLocaleString('id-ID', { maximumFractionDigits: 3 });

/** Angka kredit of the year (functional positions): per confirmed evaluation and the total. */
export function CreditPointsCard({ year }: { year: number }) {
  const { data, loading, error, refetch } = useQuery(MyCreditPointsDocument, { variables: { year } });
  const summary = data?.viewer?.employee.creditPoints;
  const lines = summary ? [...summary.periods, ...(summary.annual ? [summary.annual] : [])] : [];
  return (
    <Card title={`Angka kredit ${year}`}>
      {!data ? (
        loading ? (
          <Loading />
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )
      ) : !summary || lines.length === 0 ? (
        <p className="small muted">Angka kredit berlaku bagi jabatan fungsional dan dihitung dari penilaian yang sudah ditetapkan.</p>
      ) : (
        <>
          <p>
            Total: <strong>{fmt(summary.total)}</strong>
            {summary.isProvisional && <span className="small muted"> (sementara, sebelum penilaian tahunan ditetapkan)</span>}
          </p>
          <table className="table table--stack eval-table">
            <thead>
              <tr>
                <th scope="col">Periode</th>
                <th scope="col">Predikat</th>
                <th scope="col">Perhitungan</th>
                <th scope="col" className="num">
                  Angka kredit
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.evaluationPeriod.id}>
                  <td data-label="Periode">{l.evaluationPeriod.name}</td>
                  <td data-label="Predikat">{ratingLabel[l.rating]}</td>
                  <td data-label="Perhitungan">
                    {l.percent} % × {fmt(l.coefficient)} ({positionLevelLabel[l.level]}) × {l.months}/12
                  </td>
                  <td data-label="Angka kredit" className="num">
                    {fmt(l.creditPoints)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Card>
  );
}
