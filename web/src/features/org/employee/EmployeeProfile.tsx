import { graphql } from '../../../gql';
import type { EmployeeProfile_EmployeeFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { employmentTypeLabel, genderLabel, roleLabel } from '../../../shared/format/labels';
import { Link } from '../../../shared/router/router';
import { Badge, Card } from '../../../shared/ui/feedback';
import { Nip } from '../../../shared/ui/Nip';

export const EmployeeProfile_employee = graphql(`
  fragment EmployeeProfile_employee on Employee {
    id
    name
    nip
    rank
    employmentType
    gender
    birthDate
    role
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

/** Identity block of an employee, as on the SKP form. */
export function EmployeeProfile({ employee }: { employee: EmployeeProfile_EmployeeFragment }) {
  return (
    <Card title="Identitas pegawai">
      <dl className="dl">
        <dt>NIP</dt>
        <dd>
          <Nip value={employee.nip} />
        </dd>
        <dt>Pangkat/golongan</dt>
        <dd>{employee.rank ?? '—'}</dd>
        <dt>Status</dt>
        <dd>
          {employmentTypeLabel[employee.employmentType]} {!employee.isActive && <Badge tone="warning">Akun nonaktif</Badge>}
        </dd>
        <dt>Jabatan</dt>
        <dd>{employee.position?.name ?? <span className="muted">Belum menduduki jabatan</span>}</dd>
        <dt>Unit kerja</dt>
        <dd>
          {employee.unit ? <Link to={`/organisasi/unit/${encodeURIComponent(employee.unit.id)}`}>{employee.unit.name}</Link> : '—'}
        </dd>
        <dt>Jenis kelamin</dt>
        <dd>{genderLabel[employee.gender]}</dd>
        <dt>Tanggal lahir</dt>
        <dd>{formatDate(employee.birthDate)}</dd>
        <dt>Peran akun</dt>
        <dd>{roleLabel[employee.role]}</dd>
      </dl>
    </Card>
  );
}
