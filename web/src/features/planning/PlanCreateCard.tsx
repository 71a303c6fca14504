import type { Approach } from '../../gql/graphql';
import { useForm } from '../../shared/forms/useForm';
import { Button } from '../../shared/ui/Button';
import { RadioGroup, TextAreaField } from '../../shared/ui/Field';
import { Card, FormErrors } from '../../shared/ui/feedback';
import { localizeErrors } from './errors';
import { approachLabel } from './labels';
import { usePerformancePlanCreate } from './usePerformancePlanCreate';

const approachHint: Record<Approach, string> = {
  QUANTITATIVE: 'Indikator berupa angka dengan aspek kuantitas, kualitas, waktu atau biaya.',
  QUALITATIVE: 'Indikator berupa uraian ekspektasi, tanpa aspek.',
};

/** Buat SKP: the viewer's plan for the current annual period, with its approach and annexes. */
export function PlanCreateCard({ period }: { period: { id: string; name: string } }) {
  const [create] = usePerformancePlanCreate();
  const form = useForm({
    initial: { approach: 'QUANTITATIVE', resourceSupport: '', accountabilityScheme: '', consequences: '' },
    submit: async (v) => {
      const payload = await create({
        period: period.id,
        approach: v.approach as Approach,
        resourceSupport: v.resourceSupport.trim() || null,
        accountabilityScheme: v.accountabilityScheme.trim() || null,
        consequences: v.consequences.trim() || null,
      });
      return localizeErrors(payload?.userErrors);
    },
  });
  return (
    <Card title={`Buat SKP · ${period.name}`}>
      <p>
        Anda belum memiliki SKP untuk periode ini. Pejabat penilai dan atasannya dicatat otomatis dari garis pelaporan
        saat SKP dibuat.
      </p>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <RadioGroup<Approach>
          legend="Pendekatan"
          name="approach"
          value={form.values.approach as Approach}
          error={form.fieldErrors.approach}
          onChange={(a) => form.setValue('approach', a)}
          options={(['QUANTITATIVE', 'QUALITATIVE'] as const).map((a) => ({
            value: a,
            label: (
              <span>
                <strong>{approachLabel[a]}</strong> <span className="small muted">— {approachHint[a]}</span>
              </span>
            ),
          }))}
        />
        <details className="details">
          <summary>Lampiran SKP (opsional, dapat diisi nanti)</summary>
          <TextAreaField label="Dukungan sumber daya" rows={2} maxLength={4000} {...form.bind('resourceSupport')} />
          <TextAreaField label="Skema pertanggungjawaban" rows={2} maxLength={4000} {...form.bind('accountabilityScheme')} />
          <TextAreaField label="Konsekuensi" rows={2} maxLength={4000} {...form.bind('consequences')} />
        </details>
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            Buat SKP
          </Button>
        </div>
      </form>
    </Card>
  );
}
