import type { ChangeEvent } from 'react';
import { graphql } from '../../gql';
import type { CascadeType, ParentGoalOption_GoalFragment } from '../../gql/graphql';
import { RadioGroup, SelectField } from '../../shared/ui/Field';
import { cascadeTypeHint, cascadeTypeLabel, formatTarget } from './labels';

export const ParentGoalOption_goal = graphql(`
  fragment ParentGoalOption_goal on Goal {
    id
    description
    kind
    owner {
      id
      name
    }
    indicators {
      id
      description
      targetValue
      targetMin
      targetMax
      unit
    }
  }
`);

interface Props {
  candidates: readonly ParentGoalOption_GoalFragment[];
  parentGoal: string;
  cascadeType: string;
  errors: { parentGoal?: string | undefined; cascadeType?: string | undefined };
  onParentChange: (id: string) => void;
  onCascadeTypeChange: (t: CascadeType) => void;
  required: boolean;
}

/**
 * "RHK atasan yang diintervensi": a goal of the appraiser's plan in the same period,
 * and how this goal supports it (cascading langsung / tidak langsung).
 */
export function ParentGoalFields({ candidates, parentGoal, cascadeType, errors, onParentChange, onCascadeTypeChange, required }: Props) {
  const chosen = candidates.find((c) => c.id === parentGoal);
  return (
    <>
      <SelectField
        label={required ? 'RHK atasan yang diintervensi (wajib)' : 'RHK atasan yang diintervensi'}
        name="parentGoal"
        value={parentGoal}
        error={errors.parentGoal}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => onParentChange(e.target.value)}
        hint={
          candidates.length === 0
            ? 'Pejabat penilai Anda belum memiliki RHK pada periode ini. Hubungi atasan Anda.'
            : 'Pilih RHK pejabat penilai yang didukung oleh RHK ini.'
        }
      >
        <option value="">— tanpa RHK atasan —</option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.description}
            {c.owner ? ` — ${c.owner.name}` : ''}
          </option>
        ))}
      </SelectField>
      {chosen && chosen.indicators.length > 0 && (
        <div className="parent-goal-preview small">
          <span className="muted">Indikator RHK atasan:</span>
          <ul>
            {chosen.indicators.map((i) => (
              <li key={i.id}>
                {i.description} — <strong>{formatTarget(i)}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
      {parentGoal && (
        <RadioGroup<CascadeType>
          legend="Jenis cascading"
          name="cascadeType"
          value={cascadeType as CascadeType}
          error={errors.cascadeType}
          onChange={onCascadeTypeChange}
          options={(['DIRECT', 'INDIRECT'] as const).map((t) => ({
            value: t,
            label: (
              <span>
                <strong>{cascadeTypeLabel[t]}</strong> <span className="small muted">— {cascadeTypeHint[t]}</span>
              </span>
            ),
          }))}
        />
      )}
    </>
  );
}
