import { useState } from 'react';
import { graphql } from '../../gql';
import type { BehaviorExpectations_PlanFragment, CoreValue } from '../../gql/graphql';
import { useForm } from '../../shared/forms/useForm';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { TextAreaField } from '../../shared/ui/Field';
import { Card, FormErrors } from '../../shared/ui/feedback';
import { localizeErrors } from './errors';
import { useBehaviorExpectationSet } from './useBehaviorExpectationSet';

export const BehaviorExpectations_plan = graphql(`
  fragment BehaviorExpectations_plan on PerformancePlan {
    id
    viewerCanSetBehaviorExpectations
    behaviorExpectations {
      coreValue
      name
      guides
      specificExpectation
    }
  }
`);

/**
 * Perilaku kerja (BerAKHLAK): the three official guides of each core value and the
 * leader's specific expectation, which the appraiser sets.
 */
export function BehaviorExpectations({ plan }: { plan: BehaviorExpectations_PlanFragment }) {
  const [editing, setEditing] = useState<CoreValue | null>(null);
  const current = plan.behaviorExpectations.find((b) => b.coreValue === editing);
  return (
    <Card title="Perilaku kerja (BerAKHLAK)">
      <ol className="behavior-list">
        {plan.behaviorExpectations.map((b) => (
          <li key={b.coreValue}>
            <div className="behavior-list__head">
              <strong>{b.name}</strong>
              {plan.viewerCanSetBehaviorExpectations && (
                <Button variant="ghost" small onClick={() => setEditing(b.coreValue)} aria-label={`Ubah ekspektasi khusus ${b.name}`}>
                  {b.specificExpectation ? 'Ubah ekspektasi' : 'Tetapkan ekspektasi'}
                </Button>
              )}
            </div>
            <ul className="small">
              {b.guides.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
            <p className="small">
              <span className="muted">Ekspektasi khusus pimpinan: </span>
              {b.specificExpectation ?? <span className="muted">belum ditetapkan</span>}
            </p>
          </li>
        ))}
      </ol>
      {editing && current && (
        <ExpectationDialog planId={plan.id} coreValue={editing} name={current.name} value={current.specificExpectation ?? ''} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}

function ExpectationDialog(props: { planId: string; coreValue: CoreValue; name: string; value: string; onClose: () => void }) {
  const [set] = useBehaviorExpectationSet();
  const form = useForm({
    initial: { specificExpectation: props.value },
    submit: async (v) => {
      const payload = await set({ plan: props.planId, coreValue: props.coreValue, specificExpectation: v.specificExpectation.trim() || null });
      return localizeErrors(payload?.userErrors);
    },
    onSuccess: props.onClose,
  });
  return (
    <Dialog title={`Ekspektasi khusus pimpinan: ${props.name}`} onClose={props.onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextAreaField label="Ekspektasi khusus" rows={4} maxLength={2000} hint="Kosongkan untuk menghapus." {...form.bind('specificExpectation')} />
        <div className="form-actions">
          <Button variant="secondary" onClick={props.onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Simpan
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
