import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Checkbox } from '../../../shared/ui/Field';
import { Card, EmptyState, Loading, QueryError } from '../../../shared/ui/feedback';
import { LoadMore } from '../../../shared/ui/LoadMore';
import { EmployeeRow } from '../employee/EmployeeRow';

export const UnitEmployeesDocument = graphql(`
  query UnitEmployees($id: ID!, $includeSubunits: Boolean, $first: Int, $after: String) {
    orgUnit(id: $id) {
      id
      employees(includeSubunits: $includeSubunits, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ...EmployeeRow_employee
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const PAGE = 20;

/** Pegawai of a unit (optionally with its subunits), page by page. */
export function UnitEmployees({ unitId }: { unitId: string }) {
  const [includeSubunits, setIncludeSubunits] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(UnitEmployeesDocument, {
    variables: { id: unitId, includeSubunits, first: PAGE },
  });
  const connection = data?.orgUnit?.employees;

  return (
    <Card title={connection ? `Pegawai (${connection.totalCount})` : 'Pegawai'}>
      <Checkbox label="Sertakan pegawai subunit" checked={includeSubunits} onChange={setIncludeSubunits} />
      {!connection ? (
        loading ? (
          <Loading label="Memuat pegawai…" />
        ) : error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <EmptyState title="Data tidak tersedia" />
        )
      ) : connection.edges.length === 0 ? (
        <EmptyState title="Belum ada pegawai">Tempatkan pegawai pada jabatan di unit ini.</EmptyState>
      ) : (
        <>
          <ul className="list">
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <EmployeeRow employee={node} />
              </li>
            ))}
          </ul>
          <LoadMore
            shown={connection.edges.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          />
        </>
      )}
    </Card>
  );
}
