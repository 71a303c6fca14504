import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../shared/router/router';
import { Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';

const OrgSummaryDocument = graphql(`
  query OrgSummary {
    agencies {
      id
      code
      name
      rootUnits {
        id
        name
        descendants(first: 1) {
          totalCount
        }
        employees(includeSubunits: true, first: 1) {
          totalCount
        }
      }
    }
  }
`);

const number = new Intl.NumberFormat('id-ID');

/**
 * Ringkasan organisasi for admins and operators: per top-level unit, the number of units
 * (itself and everything below) and of employees placed in them.
 */
export function OrgSummaryCard() {
  const { data, loading, error, refetch } = useQuery(OrgSummaryDocument);
  return (
    <Card title="Ringkasan organisasi" actions={<Link to="/organisasi">Kelola struktur</Link>}>
      {!data ? (
        loading ? <Loading /> : <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        data.agencies.map((agency) => (
          <div key={agency.id} className="summary-agency">
            {data.agencies.length > 1 && <h3>{agency.name}</h3>}
            {agency.rootUnits.length === 0 ? (
              <EmptyState title="Belum ada unit kerja">
                <Link to="/organisasi">Susun struktur organisasi</Link>
              </EmptyState>
            ) : (
              <table className="table">
                <caption className="visually-hidden">Unit kerja utama {agency.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Unit kerja utama</th>
                    <th scope="col" className="num">Unit kerja</th>
                    <th scope="col" className="num">Pegawai</th>
                  </tr>
                </thead>
                <tbody>
                  {agency.rootUnits.map((u) => (
                    <tr key={u.id}>
                      <td>
                        <Link to={`/organisasi/unit/${encodeURIComponent(u.id)}`}>{u.name}</Link>
                      </td>
                      <td className="num">{number.format(u.descendants.totalCount + 1)}</td>
                      <td className="num">{number.format(u.employees.totalCount)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Jumlah</th>
                    <td className="num">{number.format(agency.rootUnits.reduce((s, u) => s + u.descendants.totalCount + 1, 0))}</td>
                    <td className="num">{number.format(agency.rootUnits.reduce((s, u) => s + u.employees.totalCount, 0))}</td>
                  </tr>
                </tfoot>
              </table>
            )}
          </div>
        ))
      )}
    </Card>
  );
}
