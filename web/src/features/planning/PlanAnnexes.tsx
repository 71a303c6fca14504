import { useState } from 'react';
import { graphql } from '../../gql';
import type { Approach, PlanAnnexes_PlanFragment } from '../../gql/graphql';
import { useForm } from '../../shared/forms/useForm';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { RadioGroup, TextAreaField } from '../../shared/ui/Field';
import { Card, FormErrors } from '../../shared/ui/feedback';
import { localizeErrors } from './errors';
import { approachLabel } from './labels';
import { usePerformancePlanUpdate } from './usePerformancePlanUpdate';

export const PlanAnnexes_plan = graphql(`
  fragment PlanAnnexes_plan on PerformancePlan {
    id
    approach
    viewerCanEdit
    resourceSupport
    accountabilityScheme
    consequences
  }
`);

const ANNEXES = [
  ['resourceSupport', 'Dukungan sumber daya'],
  ['accountabilityScheme', 'Skema pertanggungjawaban'],
  ['consequences', 'Konsekuensi'],
] as const;

/** Lampiran SKP: resource support, accountability scheme, consequences (and the approach). */
export function PlanAnnexes({ plan }: { plan: PlanAnnexes_PlanFragment }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title="Lampiran SKP"
      actions={
        plan.viewerCanEdit && (
          <Button variant="secondary" small onClick={() => setEditing(true)}>
            Ubah lampiran
          </Button>
        )
      }
    >
      <dl className="dl">
        {ANNEXES.map(([key, label]) => (
          <div key={key} className="dl__pair">
            <dt>{label}</dt>
            <dd className="prewrap">{plan[key] || <span className="muted">belum diisi</span>}</dd>
          </div>
        ))}
      </dl>
      {editing && <AnnexDialog plan={plan} onClose={() => setEditing(false)} />}
    </Card>
  );
}

function AnnexDialog({ plan, onClose }: { plan: PlanAnnexes_PlanFragment; onClose: () => void }) {
  const [update] = usePerformancePlanUpdate();
  const form = useForm({
    initial: {
      approach: plan.approach as string,
      resourceSupport: plan.resourceSupport ?? '',
      accountabilityScheme: plan.accountabilityScheme ?? '',
      consequences: plan.consequences ?? '',
    },
    submit: async (v) => {
      const payload = await update({
        plan: plan.id,
        approach: v.approach as Approach,
        resourceSupport: v.resourceSupport.trim() || null,
        accountabilityScheme: v.accountabilityScheme.trim() || null,
        consequences: v.consequences.trim() || null,
      });
      return localizeErrors(payload?.userErrors);
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title="Ubah lampiran SKP" onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <RadioGroup<Approach>
          legend="Pendekatan"
          name="approach"
          value={form.values.approach as Approach}
          error={form.fieldErrors.approach}
          onChange={(a) => form.setValue('approach', a)}
          options={(['QUANTITATIVE', 'QUALITATIVE'] as const).map((a) => ({ value: a, label: approachLabel[a] }))}
        />
        {ANNEXES.map(([key, label]) => (
          <TextAreaField key={key} label={label} rows={3} maxLength={4000} {...form.bind(key)} />
        ))}
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
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
