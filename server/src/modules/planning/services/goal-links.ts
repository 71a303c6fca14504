import type { Em } from '../../../db/orm';
import { sqlOne } from '../../../db/sql';
import { userError } from '../../../lib/errors';
import type { PlanRow } from '../types';

export interface AgreementLink {
  objectiveId: number;
  keyIndicatorId: number | null;
  description: string;
  /** The key indicator's target, copied into a locked indicator. */
  target: { description: string; targetValue: number | null; unit: string | null } | null;
}

/**
 * Binds a JPT goal to its unit's performance agreement of the same period: an
 * objective, or a key indicator (which implies its objective).
 */
export async function agreementLink(em: Em, plan: PlanRow, positionType: string | null, objectiveId: number | null, keyIndicatorId: number | null): Promise<AgreementLink | null> {
  if (objectiveId == null && keyIndicatorId == null) return null;
  const field = ['input', keyIndicatorId != null ? 'keyIndicator' : 'strategicObjective'];
  if (positionType !== 'JPT') throw userError('INVALID_INPUT', 'Only JPT goals are bound to the performance agreement.', field);
  const row = await sqlOne<{ objectiveId: number; objectiveText: string; kiId: number | null; kiText: string | null; targetValue: number | null; unit: string | null }>(
    em,
    `select so.id as "objectiveId", so.description as "objectiveText", ki.id as "kiId", ki.description as "kiText", ki.target_value as "targetValue", ki.unit
     from performance_agreement pa join strategic_objective so on so.agency_id = pa.agency_id and so.agreement_id = pa.id
     left join key_indicator ki on ki.agency_id = so.agency_id and ki.objective_id = so.id and ki.id = $5
     where pa.agency_id = $1 and pa.unit_id = $2 and pa.period_id = $3
       and (($4::int is not null and so.id = $4) or ($4::int is null and ki.id is not null))
       and ($5::int is null or ki.id is not null)`,
    [plan.agencyId, plan.unitId, plan.periodId, objectiveId, keyIndicatorId],
  );
  if (!row) throw userError('NOT_FOUND', "Not an objective or key indicator of your unit's agreement for this period.", field);
  if (row.kiId != null) {
    return { objectiveId: row.objectiveId, keyIndicatorId: row.kiId, description: row.kiText!, target: { description: row.kiText!, targetValue: row.targetValue, unit: row.unit } };
  }
  return { objectiveId: row.objectiveId, keyIndicatorId: null, description: row.objectiveText, target: null };
}
