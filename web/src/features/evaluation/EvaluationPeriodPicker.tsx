import type { EvaluationPeriodKind } from '../../gql/graphql';
import { SelectField } from '../../shared/ui/Field';
import { evaluationPeriodKindLabel } from './labels';
import type { EvaluationPeriodLike } from './periods';

const KINDS: EvaluationPeriodKind[] = ['MONTHLY', 'QUARTERLY', 'SEMESTER', 'FINAL'];

/** Periode penilaian to look at, grouped by kind; only periods that have started are offered. */
export function EvaluationPeriodPicker({ periods, value, onChange }: { periods: readonly EvaluationPeriodLike[]; value: string; onChange: (id: string) => void }) {
  return (
    <SelectField label="Periode penilaian" value={value} onChange={(e) => onChange(e.target.value)}>
      {KINDS.map((kind) => {
        const items = periods.filter((p) => p.kind === kind);
        if (items.length === 0) return null;
        return (
          <optgroup key={kind} label={evaluationPeriodKindLabel[kind]}>
            {items.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </SelectField>
  );
}
