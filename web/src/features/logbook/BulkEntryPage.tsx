import { useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { errorText } from '../../shared/forms/errorText';
import { formatDate, formatLongDate, todayIso } from '../../shared/format/date';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link, pathWithQuery } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { TextAreaField, TextField } from '../../shared/ui/Field';
import { Alert, Card, FormErrors } from '../../shared/ui/feedback';
import { ActionPlanSelect, useActionPlans } from './ActionPlanSelect';
import { buildBatch, checkBatch, mapBatchErrors } from './bulkRows';
import type { BatchErrors, BulkRow, RowErrors } from './bulkRows';
import { blankEntry, normaliseTime } from './entryForm';
import type { EntryField } from './entryForm';
import { newClientKey } from './labels';
import { useLogbookEntriesCreate } from './useLogbookEntriesCreate';
import { addDays, DAY_NAMES, isIsoDate, mondayOf, weekDays } from './week';
import './logbook.css';

const MAX_ROWS = 100;
let rowSeq = 0;

function newRow(date: string, start = '08:00', end = '10:00'): BulkRow {
  rowSeq += 1;
  return { id: `row-${rowSeq}`, clientKey: newClientKey(), values: blankEntry(date, start, end) };
}

/** One row per working day of the week up to today (Monday–Friday). */
export function initialRows(monday: string, today: string): BulkRow[] {
  const days = weekDays(monday).slice(0, 5).filter((d) => d <= today);
  return (days.length ? days : [monday]).map((d) => newRow(d));
}

const EMPTY: BatchErrors = { rows: new Map(), form: [] };

interface RowProps {
  index: number;
  row: BulkRow;
  days: string[];
  today: string;
  errors: RowErrors | undefined;
  canRemove: boolean;
  onChange: (field: EntryField, value: string) => void;
  onRemove: () => void;
}

function BulkRowFields({ index, row, days, today, errors, canRemove, onChange, onRemove }: RowProps) {
  const n = index + 1;
  const { plans, loading, error } = useActionPlans(row.values.date);
  const e = errors?.fields ?? {};
  const bind = (name: EntryField) => ({
    name: `${name}-${n}`,
    value: row.values[name],
    error: e[name],
    onChange: (ev: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => onChange(name, ev.target.value),
  });
  const hasError = Boolean(errors && (errors.messages.length || Object.values(errors.fields).some(Boolean)));
  return (
    <li className={hasError ? 'bulk-row bulk-row--error' : 'bulk-row'} aria-label={`Baris ${n}`}>
      <div className="bulk-row__head">
        <h3>Baris {n}</h3>
        {canRemove && (
          <Button variant="ghost" small onClick={onRemove} aria-label={`Hapus baris ${n}`}>
            Hapus baris
          </Button>
        )}
      </div>
      {errors && errors.messages.length > 0 && (
        <div className="alert alert--error item-error" role="alert">
          {errors.messages.join(' ')}
        </div>
      )}
      <div className="bulk-row__grid">
        <label className="field">
          <span className="field__label">Hari (baris {n})</span>
          <select
            className="select"
            value={row.values.date}
            aria-invalid={e.date ? true : undefined}
            aria-describedby={e.date ? `bulk-date-error-${n}` : undefined}
            onChange={(ev) => onChange('date', ev.target.value)}
          >
            {days.map((d, i) => (
              <option key={d} value={d} disabled={d > today}>
                {DAY_NAMES[i]}, {formatDate(d)}
              </option>
            ))}
          </select>
          {e.date && (
            <span className="field__error" id={`bulk-date-error-${n}`}>
              {e.date}
            </span>
          )}
        </label>
        <TextField label={`Jam mulai (baris ${n})`} type="time" {...bind('startTime')} />
        <TextField label={`Jam selesai (baris ${n})`} type="time" {...bind('endTime')} />
        <div className="field--wide">
          <TextField label={`Kegiatan (baris ${n})`} maxLength={2000} {...bind('activity')} />
        </div>
      </div>
      <div className="bulk-row__grid--second bulk-row__grid">
        <div className="field--wide">
          <ActionPlanSelect
            label={`Rencana aksi (baris ${n})`}
            name={`link-${n}`}
            value={row.values.link}
            error={e.link}
            plans={plans}
            loading={loading}
            failed={Boolean(error)}
            onChange={(value, plan) => {
              onChange('link', value);
              if (plan?.targetUnit && !row.values.outputUnit) onChange('outputUnit', plan.targetUnit);
            }}
          />
        </div>
        <TextField label={`Realisasi (baris ${n})`} inputMode="decimal" {...bind('outputQuantity')} />
        <TextField label={`Satuan (baris ${n})`} maxLength={50} {...bind('outputUnit')} />
        <div className="field--wide">
          <TextAreaField label={`Bukti dukung (baris ${n})`} rows={1} placeholder="https://…" {...bind('evidence')} />
        </div>
      </div>
    </li>
  );
}

/**
 * Isi satu pekan: several entries written at once with `logbookEntriesCreate` (all or
 * none). Blank rows are skipped; each refusal of the server lands on its row and field.
 */
export function BulkEntryPage({ week }: { week: string | null }) {
  usePageTitle('Isi catatan satu pekan');
  const today = todayIso();
  const monday = mondayOf(isIsoDate(week) ? week : today);
  const days = weekDays(monday);
  const [rows, setRows] = useState<BulkRow[]>(() => initialRows(monday, today));
  const [errors, setErrors] = useState<BatchErrors>(EMPTY);
  const [saved, setSaved] = useState<number | null>(null);
  const [create, { loading }] = useLogbookEntriesCreate();
  const top = useRef<HTMLDivElement>(null);

  const change = (index: number, field: EntryField, value: string) => {
    setSaved(null);
    setRows((prev) => prev.map((r, i) => (i === index ? { ...r, values: { ...r.values, [field]: value } } : r)));
    setErrors((prev) => {
      const rowErrors = prev.rows.get(index);
      if (!rowErrors?.fields[field]) return prev;
      const next = new Map(prev.rows);
      next.set(index, { ...rowErrors, fields: { ...rowErrors.fields, [field]: undefined } });
      return { ...prev, rows: next };
    });
  };

  const addRow = () => {
    setRows((prev) => {
      const last = prev[prev.length - 1];
      const start = last ? normaliseTime(last.values.endTime) : '08:00';
      const [h, m] = start.split(':').map(Number);
      const endMinutes = Math.min((h ?? 8) * 60 + (m ?? 0) + 60, 24 * 60);
      const end = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
      return [...prev, newRow(last?.values.date ?? monday, start === '24:00' ? '08:00' : start, end)];
    });
  };

  const removeRow = (index: number) => {
    setRows((prev) => prev.filter((_, i) => i !== index));
    setErrors(EMPTY);
  };

  const save = async () => {
    setSaved(null);
    const batch = buildBatch(rows);
    if (batch.entries.length === 0) {
      setErrors({ rows: new Map(), form: ['Isi paling sedikit satu baris (kegiatan dan rencana aksi).'] });
      return;
    }
    const local = checkBatch(rows, batch);
    if (local.length) {
      setErrors(mapBatchErrors(local, batch.sent));
      return;
    }
    try {
      const payload = await create(batch.entries);
      const mapped = mapBatchErrors(payload?.userErrors, batch.sent);
      setErrors(mapped);
      if (!payload?.userErrors.length && payload?.logbookEntries) {
        setSaved(payload.logbookEntries.length);
        setRows(initialRows(monday, today));
        top.current?.scrollIntoView?.({ block: 'start' });
      }
    } catch (err) {
      setErrors({ rows: new Map(), form: [errorText(err)] });
    }
  };

  const rowErrorCount = errors.rows.size;
  return (
    <>
      <div className="page-header" ref={top}>
        <div>
          <h1>Isi catatan satu pekan</h1>
          <p className="muted small">
            Pekan {formatLongDate(monday)} – {formatLongDate(addDays(monday, 6))}. Semua baris disimpan sekaligus sebagai draf; bila satu baris
            ditolak, tidak ada yang disimpan.
          </p>
        </div>
        <Link className="btn btn--secondary" to={pathWithQuery('/catatan-harian', { minggu: monday })}>
          Kembali ke pekan
        </Link>
      </div>
      <Card>
        {saved !== null && (
          <Alert tone="success">
            {saved} catatan harian tersimpan sebagai draf. <Link to={pathWithQuery('/catatan-harian', { minggu: monday })}>Lihat pekan ini</Link> lalu ajukan
            kepada pejabat penilai.
          </Alert>
        )}
        <FormErrors errors={errors.form} />
        {rowErrorCount > 0 && (
          <Alert tone="error">
            {rowErrorCount} baris perlu diperbaiki; tidak ada yang disimpan. Periksa baris bertanda merah.
          </Alert>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          noValidate
          aria-label="Catatan harian satu pekan"
        >
          <ol className="bulk-rows">
            {rows.map((row, i) => (
              <BulkRowFields
                key={row.id}
                index={i}
                row={row}
                days={days}
                today={today}
                errors={errors.rows.get(i)}
                canRemove={rows.length > 1}
                onChange={(field, value) => change(i, field, value)}
                onRemove={() => removeRow(i)}
              />
            ))}
          </ol>
          <div className="bulk-toolbar">
            <Button variant="secondary" onClick={addRow} disabled={rows.length >= MAX_ROWS}>
              + Tambah baris
            </Button>
            <Button type="submit" busy={loading}>
              Simpan semua baris
            </Button>
          </div>
        </form>
      </Card>
    </>
  );
}
