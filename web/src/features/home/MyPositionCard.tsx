import { graphql } from '../../gql';
import type { MyPositionCard_EmployeeFragment } from '../../gql/graphql';
import { positionLevelLabel, positionTypeShort } from '../../shared/format/labels';
import { Card } from '../../shared/ui/feedback';
import { Nip } from '../../shared/ui/Nip';

export const MyPositionCard_employee = graphql(`
  fragment MyPositionCard_employee on Employee {
    id
    nip
    rank
    position {
      id
      name
      type
      level
    }
    unit {
      id
      name
      ancestors {
        id
        name
      }
    }
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
    }
  }
`);

/** My jabatan, unit kerja and pejabat penilai: who will approve my SKP. */
export function MyPositionCard({ employee }: { employee: MyPositionCard_EmployeeFragment }) {
  const { position, unit, appraiser } = employee;
  return (
    <Card title="Jabatan saya">
      <dl className="dl">
        <dt>NIP</dt>
        <dd>
          <Nip value={employee.nip} />
          {employee.rank ? ` · ${employee.rank}` : ''}
        </dd>
        <dt>Jabatan</dt>
        <dd>
          {position ? (
            `${position.name} (${positionTypeShort[position.type]} ${positionLevelLabel[position.level]})`
          ) : (
            <span className="muted">Belum ditempatkan; hubungi admin kepegawaian.</span>
          )}
        </dd>
        <dt>Unit kerja</dt>
        <dd>
          {unit ? unit.name : '—'}
          {unit && unit.ancestors.length > 0 && (
            <div className="small muted">{unit.ancestors.map((a) => a.name).join(' › ')}</div>
          )}
        </dd>
        <dt>Pejabat penilai</dt>
        <dd>
          {appraiser ? (
            <>
              {appraiser.name}
              <div className="small muted">{appraiser.position?.name ?? <Nip value={appraiser.nip} />}</div>
            </>
          ) : (
            <span className="muted">Belum ada</span>
          )}
        </dd>
        <dt>Atasan pejabat penilai</dt>
        <dd>{employee.appraiserSuperior?.name ?? '—'}</dd>
      </dl>
    </Card>
  );
}
