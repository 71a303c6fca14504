import type { EvaluationPeriodKind, EvaluationPeriodRow_EvaluationPeriodFragment } from '../../gql/graphql';
import { useForm } from '../../shared/forms/useForm';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../shared/ui/Field';
import { FormErrors } from '../../shared/ui/feedback';
import { evaluationPeriodKindLabel } from '../evaluation/labels';
import { fromLocalInput, fullYearSpecs, toLocalInput } from './dates';
import { useEvaluationPeriodCreate } from './useEvaluationPeriodCreate';
import { useEvaluationPeriodLock } from './useEvaluationPeriodLock';
import { useEvaluationPeriodUnlock } from './useEvaluationPeriodUnlock';
import { useEvaluationPeriodUpdate } from './useEvaluationPeriodUpdate';
import { usePeriodCreate } from './usePeriodCreate';
import { usePeriodUpdate } from './usePeriodUpdate';

const required = (field: string, message: string): UserErrorLike => ({ code: 'REQUIRED', field: ['input', field], message });

function Actions({ onClose, busy, label }: { onClose: () => void; busy: boolean; label: string }) {
  return (
    <div className="form-actions">
      <Button variant="secondary" onClick={onClose}>
        Batal
      </Button>
      <Button type="submit" busy={busy}>
        {label}
      </Button>
    </div>
  );
}

/** Buat periode SKP: a year, with either the API's default quarters or every month, quarter and semester. */
export function PeriodCreateDialog({ onClose }: { onClose: () => void }) {
  const [create] = usePeriodCreate();
  const nextYear = String(new Date().getFullYear() + 1);
  const form = useForm({
    initial: { year: nextYear, name: '', scheme: 'full' },
    submit: async (v) => {
      const year = Number(v.year);
      if (!/^\d{4}$/.test(v.year.trim())) return [required('year', 'Isi tahun, misalnya 2027.')];
      const payload = await create({
        year,
        name: v.name.trim() || null,
        evaluationPeriods: v.scheme === 'full' ? fullYearSpecs(year) : null,
      });
      return payload?.userErrors;
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title="Buat periode SKP" onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextField label="Tahun" inputMode="numeric" maxLength={4} required {...form.bind('year')} />
        <TextField label="Nama" hint={`Kosongkan untuk "SKP ${form.values.year}".`} maxLength={100} {...form.bind('name')} />
        <RadioGroup
          legend="Periode penilaian"
          name="scheme"
          value={form.values.scheme}
          onChange={(v) => form.setValue('scheme', v)}
          options={[
            { value: 'full', label: 'Bulanan, triwulanan, semesteran dan tahunan (batas: tanggal 5, 10, 15 bulan berikutnya; 31 Januari)' },
            { value: 'default', label: 'Empat triwulan dan tahunan (batas 15 hari setelah berakhir)' },
          ]}
          error={form.fieldErrors.scheme}
        />
        <Actions onClose={onClose} busy={form.submitting} label="Buat periode" />
      </form>
    </Dialog>
  );
}

export function PeriodUpdateDialog({ period, onClose }: { period: { id: string; name: string; startDate: string; endDate: string }; onClose: () => void }) {
  const [update] = usePeriodUpdate();
  const form = useForm({
    initial: { name: period.name, startDate: period.startDate, endDate: period.endDate },
    submit: async (v) => (await update({ period: period.id, name: v.name.trim(), startDate: v.startDate, endDate: v.endDate }))?.userErrors,
    onSuccess: onClose,
  });
  return (
    <Dialog title={`Ubah ${period.name}`} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextField label="Nama" maxLength={100} required {...form.bind('name')} />
        <div className="form-grid">
          <TextField label="Tanggal mulai" type="date" {...form.bind('startDate')} />
          <TextField label="Tanggal selesai" type="date" {...form.bind('endDate')} />
        </div>
        <Actions onClose={onClose} busy={form.submitting} label="Simpan" />
      </form>
    </Dialog>
  );
}

const KINDS: EvaluationPeriodKind[] = ['MONTHLY', 'QUARTERLY', 'SEMESTER', 'FINAL'];

/** Tambah or ubah a periode penilaian: name, dates and batas pengisian. */
export function EvaluationPeriodDialog({ periodId, ep, onClose }: { periodId: string; ep?: EvaluationPeriodRow_EvaluationPeriodFragment; onClose: () => void }) {
  const [create] = useEvaluationPeriodCreate();
  const [update] = useEvaluationPeriodUpdate();
  const form = useForm({
    initial: { kind: ep?.kind ?? 'MONTHLY', name: ep?.name ?? '', startDate: ep?.startDate ?? '', endDate: ep?.endDate ?? '', deadline: toLocalInput(ep?.deadline) },
    map: { prefix: ['input'], aliases: { 'evaluationPeriod.kind': 'kind', 'evaluationPeriod.name': 'name', 'evaluationPeriod.startDate': 'startDate', 'evaluationPeriod.endDate': 'endDate', 'evaluationPeriod.deadline': 'deadline' } },
    submit: async (v) => {
      const deadline = fromLocalInput(v.deadline);
      const errors: UserErrorLike[] = [];
      if (v.name.trim().length < 2) errors.push(required('name', 'Isi nama periode penilaian.'));
      if (!v.startDate) errors.push(required('startDate', 'Isi tanggal mulai.'));
      if (!v.endDate) errors.push(required('endDate', 'Isi tanggal selesai.'));
      if (!deadline) errors.push(required('deadline', 'Isi batas pengisian (tanggal dan jam).'));
      if (errors.length) return errors;
      const spec = { name: v.name.trim(), startDate: v.startDate, endDate: v.endDate, deadline: deadline! };
      if (ep) return (await update({ evaluationPeriod: ep.id, ...spec }))?.userErrors;
      return (await create({ period: periodId, evaluationPeriod: { kind: v.kind as EvaluationPeriodKind, ...spec } }))?.userErrors;
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title={ep ? `Ubah ${ep.name}` : 'Tambah periode penilaian'} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        {!ep && (
          <SelectField label="Jenis" {...form.bind('kind')}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {evaluationPeriodKindLabel[k]}
              </option>
            ))}
          </SelectField>
        )}
        <TextField label="Nama" maxLength={100} required placeholder="mis. Januari 2027" {...form.bind('name')} />
        <div className="form-grid">
          <TextField label="Tanggal mulai" type="date" required {...form.bind('startDate')} />
          <TextField label="Tanggal selesai" type="date" required {...form.bind('endDate')} />
        </div>
        <TextField label="Batas pengisian" type="datetime-local" required hint="Setelah batas ini periode terkunci bagi pegawai." {...form.bind('deadline')} />
        <Actions onClose={onClose} busy={form.submitting} label={ep ? 'Simpan' : 'Tambah'} />
      </form>
    </Dialog>
  );
}

/** Buka kunci: employees may write again until an instant; the reason is audited. */
export function UnlockDialog({ ep, onClose }: { ep: EvaluationPeriodRow_EvaluationPeriodFragment; onClose: () => void }) {
  const [unlock] = useEvaluationPeriodUnlock();
  const inAWeek = toLocalInput(new Date(Date.now() + 7 * 86_400_000).toISOString());
  const form = useForm({
    initial: { until: inAWeek, reason: '' },
    submit: async (v) => {
      const until = fromLocalInput(v.until);
      const errors: UserErrorLike[] = [];
      if (!until) errors.push(required('until', 'Isi sampai kapan periode dibuka.'));
      if (v.reason.trim().length < 5) errors.push(required('reason', 'Tuliskan alasan, paling sedikit 5 karakter.'));
      if (errors.length) return errors;
      return (await unlock({ evaluationPeriod: ep.id, until: until!, reason: v.reason.trim() }))?.userErrors;
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title={`Buka kunci ${ep.name}`} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <p className="small muted">Batas pengisian telah lewat. Pegawai dapat mengisi kembali sampai waktu yang Anda tentukan.</p>
        <FormErrors errors={form.formErrors} />
        <TextField label="Dibuka sampai" type="datetime-local" required {...form.bind('until')} />
        <TextAreaField label="Alasan" rows={3} maxLength={1000} required hint="Dicatat dalam jejak audit." {...form.bind('reason')} />
        <Actions onClose={onClose} busy={form.submitting} label="Buka kunci" />
      </form>
    </Dialog>
  );
}

/** Kunci kembali: ends an unlock early; the reason is optional. */
export function LockDialog({ ep, onClose }: { ep: EvaluationPeriodRow_EvaluationPeriodFragment; onClose: () => void }) {
  const [lock] = useEvaluationPeriodLock();
  const form = useForm({
    initial: { reason: '' },
    submit: async (v) => (await lock({ evaluationPeriod: ep.id, reason: v.reason.trim() || null }))?.userErrors,
    onSuccess: onClose,
  });
  return (
    <Dialog title={`Kunci kembali ${ep.name}`} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextAreaField label="Alasan (tidak wajib)" rows={3} maxLength={1000} {...form.bind('reason')} />
        <Actions onClose={onClose} busy={form.submitting} label="Kunci kembali" />
      </form>
    </Dialog>
  );
}
