import { graphql } from '../../gql';
import type { PlanHeader_PlanFragment } from '../../gql/graphql';
import { formatDateRange } from '../../shared/format/date';
import { positionTypeShort } from '../../shared/format/labels';
import { Badge, Card } from '../../shared/ui/feedback';
import { Nip } from '../../shared/ui/Nip';
import { approachLabel, planStatusLabel, planStatusTone } from './labels';

export const PlanHeader_plan = graphql(`
  fragment PlanHeader_plan on PerformancePlan {
    id
    status
    approach
    startDate
    endDate
    appraiserSource
    period {
      id
      name
      year
    }
    employee {
      id
      name
      nip
    }
    position {
      id
      name
      type
    }
    unit {
      id
      name
    }
    appraiser {
      id
      name
      nip
    }
    appraiserSuperior {
      id
      name
    }
  }
`);

const sourceText = { REPORTING_LINE: '', OVERRIDE: ' (ditetapkan admin)', ROUTED: ' (dialihkan)' } as const;

/** Identity block of the SKP, as on the printed form: the employee, the appraiser and the appraiser's superior. */
export function PlanHeader({ plan }: { plan: PlanHeader_PlanFragment }) {
  return (
    <Card
      title={
        <>
          {plan.period.name} <Badge tone={planStatusTone[plan.status]}>{planStatusLabel[plan.status]}</Badge>
        </>
      }
    >
      <dl className="dl plan-identity">
        <dt>Pegawai</dt>
        <dd>
          {plan.employee ? (
            <>
              {plan.employee.name}
              <div className="small muted">
                NIP <Nip value={plan.employee.nip} />
              </div>
            </>
          ) : (
            '—'
          )}
        </dd>
        <dt>Jabatan</dt>
        <dd>
          {plan.position ? `${plan.position.name} (${positionTypeShort[plan.position.type]})` : '—'}
          {plan.unit && <div className="small muted">{plan.unit.name}</div>}
        </dd>
        <dt>Pejabat penilai</dt>
        <dd>
          {plan.appraiser ? `${plan.appraiser.name}${sourceText[plan.appraiserSource]}` : <span className="muted">Belum ada</span>}
        </dd>
        <dt>Atasan pejabat penilai</dt>
        <dd>{plan.appraiserSuperior?.name ?? '—'}</dd>
        <dt>Pendekatan</dt>
        <dd>{approachLabel[plan.approach]}</dd>
        <dt>Masa berlaku</dt>
        <dd>{formatDateRange(plan.startDate, plan.endDate)}</dd>
      </dl>
    </Card>
  );
}
