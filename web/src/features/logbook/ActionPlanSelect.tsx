import type { ChangeEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { LogbookActionPlansQuery } from '../../gql/graphql';
import { SelectField } from '../../shared/ui/Field';
import { ADDITIONAL } from './entryForm';
import { isIsoDate } from './week';

export const LogbookActionPlansDocument = graphql(`
  query LogbookActionPlans($date: Date!) {
    actionPlans(date: $date, first: 100) {
      nodes {
        id
        description
        targetUnit
        evaluationPeriod {
          id
          name
        }
        goal {
          id
          description
        }
      }
    }
  }
`);

export type ActionPlanOption = LogbookActionPlansQuery['actionPlans']['nodes'][number];

/** Action plans of the viewer whose evaluation period contains `date`, by period. */
export function useActionPlans(date: string) {
  const valid = isIsoDate(date);
  const { data, loading, error } = useQuery(LogbookActionPlansDocument, { variables: { date }, skip: !valid });
  return { plans: valid ? (data?.actionPlans.nodes ?? []) : [], loading: valid && loading && !data, error };
}

function groupByPeriod(plans: readonly ActionPlanOption[]): [string, ActionPlanOption[]][] {
  const groups = new Map<string, ActionPlanOption[]>();
  for (const p of plans) {
    const key = p.evaluationPeriod.name;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups];
}

interface Props {
  label?: string;
  name?: string;
  value: string;
  error?: string | undefined;
  plans: readonly ActionPlanOption[];
  loading?: boolean;
  failed?: boolean;
  onChange: (value: string, plan: ActionPlanOption | null) => void;
}

/**
 * Rencana aksi of an entry: the viewer's action plans for the day, or "Tugas tambahan"
 * for work outside the plan. Without action plans only the additional task is offered.
 */
export function ActionPlanSelect({ label = 'Rencana aksi', name = 'link', value, error, plans, loading, failed, onChange }: Props) {
  const hint = loading
    ? 'Memuat rencana aksi…'
    : failed
      ? 'Rencana aksi tidak dapat dimuat; Anda tetap dapat mencatat tugas tambahan.'
      : plans.length === 0
        ? 'Belum ada rencana aksi pada periode tanggal ini; catat sebagai tugas tambahan atau buat rencana aksi di SKP Anda.'
        : undefined;
  return (
    <SelectField
      label={label}
      name={name}
      value={value}
      error={error}
      hint={hint}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value, plans.find((p) => p.id === e.target.value) ?? null)}
    >
      <option value="">— Pilih —</option>
      {groupByPeriod(plans).map(([period, items]) => (
        <optgroup key={period} label={period}>
          {items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.description}
            </option>
          ))}
        </optgroup>
      ))}
      {value && value !== ADDITIONAL && !plans.some((p) => p.id === value) && <option value={value}>(rencana aksi sebelumnya)</option>}
      <option value={ADDITIONAL}>Tugas tambahan (di luar rencana aksi)</option>
    </SelectField>
  );
}
