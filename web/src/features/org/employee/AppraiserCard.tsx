import { useState } from 'react';
import { graphql } from '../../../gql';
import type { AppraiserCard_EmployeeFragment } from '../../../gql/graphql';
import { formatDateRange } from '../../../shared/format/date';
import { Link } from '../../../shared/router/router';
import { Button } from '../../../shared/ui/Button';
import { Badge, Card } from '../../../shared/ui/feedback';
import { Nip } from '../../../shared/ui/Nip';
import { AppraiserOverrideDialog } from './AppraiserOverrideDialog';

export const AppraiserCard_employee = graphql(`
  fragment AppraiserCard_employee on Employee {
    id
    name
    appraiser {
      id
      name
      nip
      position {
        id
        name
      }
    }
    appraiserSuperior {
      id
      name
      nip
    }
    appraiserOverride {
      id
      reason
      startDate
      endDate
    }
  }
`);

function Person({ person }: { person: { id: string; name: string; nip: string } | null | undefined }) {
  if (!person) return <span className="muted">Belum ada</span>;
  return (
    <>
      <Link to={`/pegawai/${encodeURIComponent(person.id)}`}>{person.name}</Link>
      <br />
      <span className="small muted">
        NIP <Nip value={person.nip} />
      </span>
    </>
  );
}

/** Pejabat penilai and atasan pejabat penilai, with the admin override when one applies. */
export function AppraiserCard({ employee, canOverride }: { employee: AppraiserCard_EmployeeFragment; canOverride: boolean }) {
  const [open, setOpen] = useState(false);
  const override = employee.appraiserOverride;
  return (
    <Card
      title="Pejabat penilai"
      actions={
        canOverride && (
          <Button small variant="secondary" onClick={() => setOpen(true)}>
            Tetapkan pejabat penilai lain
          </Button>
        )
      }
    >
      <dl className="dl">
        <dt>Pejabat penilai</dt>
        <dd>
          <Person person={employee.appraiser} />
          {employee.appraiser?.position && <div className="small">{employee.appraiser.position.name}</div>}
        </dd>
        <dt>Atasan pejabat penilai</dt>
        <dd>
          <Person person={employee.appraiserSuperior} />
        </dd>
      </dl>
      {override ? (
        <p className="small" style={{ marginTop: 'var(--space-3)' }}>
          <Badge tone="warning">Ditetapkan admin</Badge> {formatDateRange(override.startDate, override.endDate)}. Alasan:{' '}
          {override.reason}
        </p>
      ) : (
        <p className="small muted" style={{ marginTop: 'var(--space-3)' }}>
          Mengikuti garis atasan jabatan.
        </p>
      )}
      {open && <AppraiserOverrideDialog employee={employee} onClose={() => setOpen(false)} />}
    </Card>
  );
}
