import { graphql } from '../../gql';
import type { ReportingLine_EmployeeFragment } from '../../gql/graphql';
import { Link, pathWithQuery } from '../../shared/router/router';

export const ReportingLine_employee = graphql(`
  fragment ReportingLine_employee on Employee {
    id
    name
    appraiser {
      id
      name
      appraiser {
        id
        name
        appraiser {
          id
          name
          appraiser {
            id
            name
            appraiser {
              id
              name
              appraiser {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

interface Person {
  id: string;
  name: string;
  appraiser?: Person | null;
}

/** The reporting line from the top down to `employee` (six levels up at most). */
export function chainOf(employee: Person): { id: string; name: string }[] {
  const out: { id: string; name: string }[] = [];
  let p: Person | null | undefined = employee;
  while (p) {
    out.unshift({ id: p.id, name: p.name });
    p = p.appraiser;
  }
  return out;
}

/**
 * Breadcrumb up the reporting line (pejabat penilai of the pejabat penilai …). A person
 * links to their own cascade when the viewer may read it: the viewer and everyone below
 * them, or anyone for an admin.
 */
export function ReportingLine({ employee, viewerId, isAdmin }: { employee: ReportingLine_EmployeeFragment; viewerId: string; isAdmin: boolean }) {
  const chain = chainOf(employee);
  const viewerAt = chain.findIndex((p) => p.id === viewerId);
  return (
    <nav className="breadcrumbs" aria-label="Garis pelaporan">
      <ol>
        {chain.map((p, i) => {
          const last = i === chain.length - 1;
          const readable = isAdmin || (viewerAt >= 0 && i >= viewerAt);
          return (
            <li key={p.id} aria-current={last ? 'page' : undefined}>
              {last || !readable ? (
                <span className={last ? undefined : 'muted'}>{p.name}</span>
              ) : (
                <Link to={pathWithQuery('/kaskade', { pegawai: p.id })}>{p.name}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
