import { graphql } from '../../../gql';
import type { EmployeeRow_EmployeeFragment } from '../../../gql/graphql';
import { Link } from '../../../shared/router/router';
import { Badge } from '../../../shared/ui/feedback';
import { Nip } from '../../../shared/ui/Nip';

export const EmployeeRow_employee = graphql(`
  fragment EmployeeRow_employee on Employee {
    id
    name
    nip
    rank
    employmentType
    isActive
    position {
      id
      name
    }
    unit {
      id
      name
    }
  }
`);

/** One employee in a list: name (link to the detail), NIP, jabatan and unit kerja. */
export function EmployeeRow({ employee }: { employee: EmployeeRow_EmployeeFragment }) {
  return (
    <div className="list-item">
      <div className="list-item__main">
        <div className="list-item__title">
          <Link to={`/pegawai/${encodeURIComponent(employee.id)}`}>{employee.name}</Link>{' '}
          <Badge>{employee.employmentType}</Badge> {!employee.isActive && <Badge tone="warning">Nonaktif</Badge>}
        </div>
        <div className="small muted">
          NIP <Nip value={employee.nip} />
          {employee.rank ? ` · ${employee.rank}` : ''}
        </div>
        <div className="small">
          {employee.position ? employee.position.name : <span className="muted">Belum menduduki jabatan</span>}
          {employee.unit ? ` · ${employee.unit.name}` : ''}
        </div>
      </div>
    </div>
  );
}
