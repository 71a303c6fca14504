import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useDebouncedValue } from '../../shared/hooks/useDebouncedValue';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { navigate, pathWithQuery } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { LoadMore } from '../../shared/ui/LoadMore';
import { EmployeeCreateDialog } from './employee/EmployeeCreateDialog';
import { EmployeeRow } from './employee/EmployeeRow';

const EmployeeSearchDocument = graphql(`
  query EmployeeSearch($query: String!, $first: Int, $after: String) {
    employeeSearch(query: $query, first: $first, after: $after) {
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
`);

/** A NIP typed with spaces (`19860926 201505 …`) is searched without them. */
function searchText(raw: string): string {
  return /^[\d\s]+$/.test(raw) ? raw.replace(/\s+/g, '') : raw.replace(/\s+/g, ' ');
}

/** Search by name or NIP within the viewer's scope; the text is kept in the address. */
export function EmployeeSearchPage({ query }: { query: string }) {
  usePageTitle('Pegawai');
  const [text, setText] = useState(query);
  const [creating, setCreating] = useState(false);
  const debounced = useDebouncedValue(text.trim(), 300);
  const search = searchText(debounced);
  const { data, loading, error, refetch, fetchMore } = useQuery(EmployeeSearchDocument, {
    variables: { query: search, first: 20 },
    skip: search.length < 2,
  });

  useEffect(() => {
    if (debounced !== query) navigate(pathWithQuery('/pegawai', { q: debounced }), { replace: true });
  }, [debounced, query]);

  const connection = data?.employeeSearch;
  return (
    <>
      <div className="page-header">
        <h1>Pegawai</h1>
        <Button onClick={() => setCreating(true)}>Tambah pegawai</Button>
      </div>
      <Card>
        <form role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField
            label="Cari nama atau NIP"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            hint="Minimal 2 karakter. NIP boleh diketik dengan atau tanpa spasi."
            autoFocus
          />
        </form>
        {search.length < 2 ? (
          <EmptyState title="Ketik nama atau NIP untuk mencari pegawai" />
        ) : !connection ? (
          loading ? <Loading label="Mencari…" /> : <QueryError error={error} onRetry={() => void refetch()} />
        ) : connection.edges.length === 0 ? (
          <EmptyState title={`Tidak ada pegawai yang cocok dengan “${search}”`} />
        ) : (
          <div aria-live="polite">
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
          </div>
        )}
      </Card>
      {creating && <EmployeeCreateDialog unit={null} onClose={() => setCreating(false)} />}
    </>
  );
}
