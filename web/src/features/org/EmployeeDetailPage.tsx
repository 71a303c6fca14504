import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { isAgencyAdmin } from '../../shared/format/labels';
import { Link } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { Card, Loading, QueryError } from '../../shared/ui/feedback';
import { useViewer } from '../auth/viewerContext';
import { AppraiserCard } from './employee/AppraiserCard';
import { AssignmentCreateDialog } from './employee/AssignmentCreateDialog';
import { AssignmentHistory } from './employee/AssignmentHistory';
import { EmployeeProfile } from './employee/EmployeeProfile';
import { PasswordResetButton } from './employee/PasswordResetButton';
import { SubordinateList } from './employee/SubordinateList';

const EmployeeDetailDocument = graphql(`
  query EmployeeDetail($id: ID!) {
    employee(id: $id) {
      id
      name
      nip
      viewerCanManage
      ...EmployeeProfile_employee
      ...AppraiserCard_employee
      assignments {
        ...AssignmentHistory_assignment
      }
    }
  }
`);

/** Everything about one employee: identity, pejabat penilai, riwayat penempatan, bawahan. */
export function EmployeeDetailPage({ id }: { id: string }) {
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(EmployeeDetailDocument, { variables: { id } });
  const [placing, setPlacing] = useState(false);
  const employee = data?.employee;
  usePageTitle(employee?.name ?? 'Pegawai');

  if (!data) return loading ? <Loading label="Memuat data pegawai…" /> : <QueryError error={error} onRetry={() => void refetch()} />;
  if (!employee) {
    return (
      <Card>
        <h1>Pegawai tidak ditemukan</h1>
        <p>Pegawai ini tidak ada atau di luar kewenangan Anda.</p>
        <Link to="/pegawai">Cari pegawai</Link>
      </Card>
    );
  }
  const admin = isAgencyAdmin(viewer.role);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{employee.name}</h1>
        </div>
        {employee.viewerCanManage && (
          <div className="row">
            <Button small onClick={() => setPlacing(true)}>
              Tempatkan pada jabatan
            </Button>
            {admin && <PasswordResetButton employee={employee} />}
          </div>
        )}
      </div>
      <div className="grid-wide">
        <EmployeeProfile employee={employee} />
        <AppraiserCard employee={employee} canOverride={admin} />
      </div>
      <div className="stack" style={{ marginTop: 'var(--space-4)' }}>
        <Card title="Riwayat penempatan">
          <AssignmentHistory assignments={employee.assignments} canManage={employee.viewerCanManage} />
        </Card>
        <SubordinateList employeeId={employee.id} />
      </div>
      {placing && (
        <AssignmentCreateDialog employee={{ id: employee.id, name: employee.name, nip: employee.nip }} onClose={() => setPlacing(false)} />
      )}
    </>
  );
}
