import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { errorText } from '../../shared/forms/errorText';
import { describeUserError } from '../../shared/forms/userErrors';
import { formatDate, todayIso } from '../../shared/format/date';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link, pathWithQuery } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { Alert, Card, FormErrors, Loading, QueryError } from '../../shared/ui/feedback';
import { LoadMore } from '../../shared/ui/LoadMore';
import { ExportCard } from './ExportCard';
import { localizeLogbookErrors } from './labels';
import { QuickAddCard } from './QuickAddCard';
import { useLogbookEntriesSubmit } from './useLogbookEntriesSubmit';
import { addDays, isIsoDate, mondayOf } from './week';
import { WeekView } from './WeekView';
import './logbook.css';

export const LogbookWeekDocument = graphql(`
  query LogbookWeek($from: Date!, $to: Date!, $after: String) {
    logbookEntries(from: $from, to: $to, first: 100, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...LogbookEntryCard_entry
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

function weekLink(monday: string): string {
  return pathWithQuery('/catatan-harian', { minggu: monday });
}

/**
 * Catatan harian: the week Monday–Sunday with each day's entries, quick add beside it
 * (first on a phone), submission of the week to the pejabat penilai, and links to the
 * bulk week entry, the import and the export.
 */
export function LogbookPage({ week }: { week: string | null }) {
  usePageTitle('Catatan harian');
  const today = todayIso();
  const monday = mondayOf(isIsoDate(week) ? week : today);
  const sunday = addDays(monday, 6);
  const { data, loading, error, refetch, fetchMore } = useQuery(LogbookWeekDocument, { variables: { from: monday, to: sunday } });
  const [submit, { loading: submitting }] = useLogbookEntriesSubmit();
  const [notice, setNotice] = useState<{ tone: 'success' | 'info'; text: string } | null>(null);
  const [submitErrors, setSubmitErrors] = useState<string[]>([]);
  const list = data?.logbookEntries;
  const entries = list?.edges.map((e) => e.node) ?? [];
  const toSubmit = entries.filter((e) => e.status === 'DRAFT' || e.status === 'REJECTED');

  const submitWeek = async () => {
    setNotice(null);
    setSubmitErrors([]);
    try {
      const payload = await submit({ from: monday, to: sunday < today ? sunday : today });
      const refusals = localizeLogbookErrors(payload?.userErrors);
      if (refusals.length) setSubmitErrors(refusals.map(describeUserError));
      else {
        const n = payload?.logbookEntries?.length ?? 0;
        setNotice(
          n > 0
            ? { tone: 'success', text: `${n} catatan harian diajukan kepada pejabat penilai untuk diverifikasi.` }
            : { tone: 'info', text: 'Tidak ada catatan draf atau ditolak yang perlu diajukan.' },
        );
      }
    } catch (err) {
      setSubmitErrors([errorText(err)]);
    }
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Catatan harian</h1>
          <p className="muted small">Kegiatan harian, realisasi dan bukti dukung yang diverifikasi pejabat penilai.</p>
        </div>
        <div className="row">
          <Link className="btn btn--secondary" to={pathWithQuery('/catatan-harian/isi-pekan', { minggu: monday })}>
            Isi satu pekan
          </Link>
          <Link className="btn btn--secondary" to="/catatan-harian/impor">
            Impor CSV/XLSX
          </Link>
        </div>
      </div>
      <div className="logbook-layout">
        <div className="logbook-layout__add">
          <QuickAddCard defaultDate={today >= monday && today <= sunday ? today : sunday < today ? sunday : monday} />
        </div>
        <div className="logbook-layout__week stack">
          <Card
            title={`Pekan ${formatDate(monday)} – ${formatDate(sunday)}`}
            actions={
              <Button busy={submitting} disabled={toSubmit.length === 0} onClick={() => void submitWeek()}>
                Ajukan {toSubmit.length > 0 ? `${toSubmit.length} catatan` : 'catatan'} pekan ini
              </Button>
            }
          >
            <nav className="week-nav" aria-label="Pilih pekan">
              <Link className="btn btn--secondary btn--small" to={weekLink(addDays(monday, -7))}>
                ‹ Pekan sebelumnya
              </Link>
              {(today < monday || today > sunday) && (
                <Link className="btn btn--ghost btn--small" to={weekLink(mondayOf(today))}>
                  Pekan ini
                </Link>
              )}
              {addDays(monday, 7) <= today && (
                <Link className="btn btn--secondary btn--small" to={weekLink(addDays(monday, 7))}>
                  Pekan berikutnya ›
                </Link>
              )}
            </nav>
            {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
            <FormErrors errors={submitErrors} />
            {!list ? (
              loading ? (
                <Loading label="Memuat catatan harian…" />
              ) : (
                <QueryError error={error} onRetry={() => void refetch()} />
              )
            ) : (
              <>
                <WeekView monday={monday} today={today} entries={entries} />
                {list.pageInfo.hasNextPage && (
                  <LoadMore
                    shown={entries.length}
                    total={list.totalCount}
                    hasNextPage
                    onLoadMore={() => fetchMore({ variables: { after: list.pageInfo.endCursor } })}
                  />
                )}
              </>
            )}
          </Card>
          <ExportCard defaultFrom={monday.slice(0, 8) + '01'} defaultTo={today} />
        </div>
      </div>
    </>
  );
}
