import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Card, EmptyState, Loading, QueryError } from '../../../shared/ui/feedback';
import { LoadMore } from '../../../shared/ui/LoadMore';
import { EmployeeRow } from './EmployeeRow';

const EmployeeSubordinatesDocument = graphql(`
  query EmployeeSubordinates($id: ID!, $first: Int, $after: String) {
    employee(id: $id) {
      id
      directSubordinates(first: $first, after: $after) {
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

/** Employees this employee appraises today (bawahan langsung), page by page. */
export function SubordinateList({ employeeId }: { employeeId: string }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(EmployeeSubordinatesDocument, {
    variables: { id: employeeId, first: 20 },
  });
  const connection = data?.employee?.directSubordinates;
  return (
    <Card title={connection ? `Bawahan langsung (${connection.totalCount})` : 'Bawahan langsung'}>
      {!connection ? (
        loading ? (
          <Loading />
        ) : error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <EmptyState title="Data tidak tersedia" />
        )
      ) : connection.edges.length === 0 ? (
        <EmptyState title="Tidak ada bawahan langsung" />
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
