import { graphql } from '../../gql';
import type { MyTeamCard_EmployeeFragment } from '../../gql/graphql';
import { Link } from '../../shared/router/router';
import { Card } from '../../shared/ui/feedback';

export const MyTeamCard_employee = graphql(`
  fragment MyTeamCard_employee on Employee {
    id
    directSubordinates(first: 5) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          position {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The people I appraise: count and the first few, with a link to the full list. */
export function MyTeamCard({ employee }: { employee: MyTeamCard_EmployeeFragment }) {
  const team = employee.directSubordinates;
  return (
    <Card title="Tim saya">
      <p>
        Anda pejabat penilai bagi <strong>{team.totalCount}</strong> pegawai (bawahan langsung).
      </p>
      <ul className="list">
        {team.edges.map(({ node }) => (
          <li key={node.id}>
            <Link to={`/pegawai/${encodeURIComponent(node.id)}`}>{node.name}</Link>
            <div className="small muted">{node.position?.name ?? 'tanpa jabatan'}</div>
          </li>
        ))}
      </ul>
      {team.totalCount > team.edges.length && (
        <Link to={`/pegawai/${encodeURIComponent(employee.id)}`}>Lihat semua bawahan</Link>
      )}
    </Card>
  );
}
