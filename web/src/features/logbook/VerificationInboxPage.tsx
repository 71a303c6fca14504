import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { errorText } from '../../shared/forms/errorText';
import { describeUserError } from '../../shared/forms/userErrors';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { formatLongDate, todayIso } from '../../shared/format/date';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { navigate, pathWithQuery } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { SelectField, TextField } from '../../shared/ui/Field';
import { Alert, Card, EmptyState, FormErrors, Loading, QueryError } from '../../shared/ui/feedback';
import { LoadMore } from '../../shared/ui/LoadMore';
import { localizeLogbookErrors } from './labels';
import { LogbookEntryCard } from './LogbookEntryCard';
import { RejectDialog } from './RejectDialog';
import { useLogbookEntriesReject } from './useLogbookEntriesReject';
import { useLogbookEntriesVerify } from './useLogbookEntriesVerify';
import { isIsoDate } from './week';
import './logbook.css';

export const LogbookInboxDocument = graphql(`
  query LogbookInbox($employee: ID, $from: Date, $to: Date, $after: String, $today: Date!) {
    logbookVerificationInbox(employee: $employee, from: $from, to: $to, first: 50, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          employee {
            id
            name
            nip
          }
          ...LogbookEntryCard_entry
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    viewer {
      employee {
        id
        directSubordinates(at: $today, first: 100) {
          edges {
            cursor
            node {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export interface InboxFilter {
  employee: string | null;
  from: string | null;
  to: string | null;
}

/** Errors of a bulk decision: per entry (`["input", "entries", "2"]` → the 3rd id sent), and the rest. */
export function errorsByEntry(errors: readonly UserErrorLike[], ids: readonly string[]): { byId: Map<string, string>; rest: string[] } {
  const byId = new Map<string, string>();
  const rest: string[] = [];
  for (const e of localizeLogbookErrors(errors)) {
    const path = e.field ?? [];
    const id = path[1] === 'entries' && path[2] !== undefined ? ids[Number(path[2])] : undefined;
    if (id) byId.set(id, [byId.get(id), describeUserError(e)].filter(Boolean).join(' '));
    else if (path[1] !== 'note') rest.push(describeUserError(e));
  }
  return { byId, rest };
}

/**
 * Kotak verifikasi: submitted catatan harian of direct reports, oldest day first, with
 * filters by employee and dates; select several and verify, or reject with a note.
 */
export function VerificationInboxPage({ filter }: { filter: InboxFilter }) {
  usePageTitle('Verifikasi catatan harian');
  const today = todayIso();
  const from = isIsoDate(filter.from) ? filter.from : null;
  const to = isIsoDate(filter.to) ? filter.to : null;
  const { data, loading, error, refetch, fetchMore } = useQuery(LogbookInboxDocument, {
    variables: { employee: filter.employee, from, to, today },
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [itemErrors, setItemErrors] = useState<Map<string, string>>(new Map());
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [verify, { loading: verifying }] = useLogbookEntriesVerify();
  const [reject] = useLogbookEntriesReject();
  const inbox = data?.logbookVerificationInbox;
  const entries = inbox?.edges.map((e) => e.node) ?? [];
  const team = data?.viewer?.employee.directSubordinates.edges.map((e) => e.node) ?? [];
  const chosen = entries.filter((e) => selected.has(e.id)).map((e) => e.id);

  const setFilter = (next: Partial<InboxFilter>) => {
    const f = { ...filter, ...next };
    setSelected(new Set());
    navigate(pathWithQuery('/verifikasi', { pegawai: f.employee ?? undefined, dari: f.from ?? undefined, sampai: f.to ?? undefined }), { replace: true });
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  /** Runs a decision; returns the errors about the note (for the reject dialog). */
  const decide = async (kind: 'verify' | 'reject', note?: string): Promise<UserErrorLike[]> => {
    setNotice(null);
    setFormErrors([]);
    setItemErrors(new Map());
    const ids = chosen;
    try {
      const payload = kind === 'verify' ? await verify(ids) : await reject(ids, note ?? '');
      const errors = payload?.userErrors ?? [];
      if (errors.length) {
        const { byId, rest } = errorsByEntry(errors, ids);
        setItemErrors(byId);
        setFormErrors(rest.length || byId.size === 0 ? rest : [`${byId.size} catatan tidak dapat diputuskan; tidak ada yang diubah. Lihat catatan bertanda merah.`]);
        return errors.filter((e) => e.field?.[1] === 'note');
      }
      setSelected(new Set());
      setNotice(kind === 'verify' ? `${ids.length} catatan harian diverifikasi.` : `${ids.length} catatan harian ditolak dan dikembalikan kepada pegawai.`);
      return [];
    } catch (err) {
      setFormErrors([errorText(err)]);
      return [];
    }
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Verifikasi catatan harian</h1>
          <p className="muted small">Catatan harian bawahan langsung yang diajukan kepada Anda sebagai pejabat penilai, hari terlama lebih dulu.</p>
        </div>
      </div>
      <Card>
        <div className="inbox-filters" role="search" aria-label="Saring catatan">
          <SelectField label="Pegawai" value={filter.employee ?? ''} onChange={(e) => setFilter({ employee: e.target.value || null })}>
            <option value="">Semua bawahan</option>
            {team.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </SelectField>
          <TextField label="Dari tanggal" type="date" value={from ?? ''} max={today} onChange={(e) => setFilter({ from: e.target.value || null })} />
          <TextField label="Sampai tanggal" type="date" value={to ?? ''} max={today} onChange={(e) => setFilter({ to: e.target.value || null })} />
        </div>
        {notice && <Alert tone="success">{notice}</Alert>}
        <FormErrors errors={formErrors} />
        {!inbox ? (
          loading ? (
            <Loading label="Memuat catatan yang menunggu verifikasi…" />
          ) : (
            <QueryError error={error} onRetry={() => void refetch()} />
          )
        ) : entries.length === 0 ? (
          <EmptyState title="Tidak ada catatan harian yang menunggu verifikasi">
            {filter.employee || from || to ? 'Ubah saringan untuk melihat catatan lain.' : 'Catatan yang diajukan bawahan akan tampil di sini.'}
          </EmptyState>
        ) : (
          <>
            <label className="choice">
              <input
                type="checkbox"
                checked={chosen.length === entries.length}
                onChange={(e) => setSelected(e.target.checked ? new Set(entries.map((x) => x.id)) : new Set())}
              />
              Pilih semua ({entries.length} ditampilkan)
            </label>
            <ul className="inbox-group" aria-label="Catatan menunggu verifikasi">
              {entries.map((e) => (
                <li key={e.id}>
                  <p className="small muted inbox-meta">
                    <strong>{e.employee?.name ?? 'Pegawai'}</strong> · {formatLongDate(e.date)}
                  </p>
                  <LogbookEntryCard
                    entry={e}
                    leading={
                      <span className="entry__lead">
                        <input
                          type="checkbox"
                          checked={selected.has(e.id)}
                          onChange={(ev) => toggle(e.id, ev.target.checked)}
                          aria-label={`Pilih catatan ${e.employee?.name ?? ''} ${formatLongDate(e.date)} ${e.startTime}–${e.endTime}`}
                        />
                      </span>
                    }
                  />
                  {itemErrors.get(e.id) && (
                    <p className="field__error item-error" role="alert">
                      {itemErrors.get(e.id)}
                    </p>
                  )}
                </li>
              ))}
            </ul>
            <LoadMore
              shown={entries.length}
              total={inbox.totalCount}
              hasNextPage={inbox.pageInfo.hasNextPage}
              onLoadMore={() => fetchMore({ variables: { after: inbox.pageInfo.endCursor } })}
            />
            <div className="inbox-toolbar">
              <span aria-live="polite">{chosen.length} dipilih</span>
              <span className="row">
                <Button variant="danger" disabled={chosen.length === 0} onClick={() => setRejecting(true)}>
                  Tolak…
                </Button>
                <Button disabled={chosen.length === 0} busy={verifying} onClick={() => void decide('verify')}>
                  Verifikasi {chosen.length > 0 ? chosen.length : ''} catatan
                </Button>
              </span>
            </div>
          </>
        )}
      </Card>
      {rejecting && <RejectDialog count={chosen.length} submit={(note) => decide('reject', note)} onClose={() => setRejecting(false)} />}
    </>
  );
}
