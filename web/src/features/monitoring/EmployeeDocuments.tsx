import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { DownloadButton } from '../../shared/files/download';
import { Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { LoadMore } from '../../shared/ui/LoadMore';
import { Nip } from '../../shared/ui/Nip';
import { logbookExportPath } from '../logbook/ExportCard';
import { evaluationStatusLabel, ratingLabel } from '../evaluation/labels';
import { planStatusLabel } from '../planning/labels';
import { monthLabel } from './months';

export const EmployeeDocumentsDocument = graphql(`
  query EmployeeDocuments($unit: ID!, $evaluationPeriod: ID!, $after: String) {
    orgUnit(id: $unit) {
      id
      employees(includeSubunits: true, first: 20, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            name
            nip
            currentPlan {
              id
              status
              pdfUrl
              evaluation(evaluationPeriod: $evaluationPeriod) {
                id
                status
                performanceRating
                pdfUrl
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
}

/** Dokumen per pegawai: the printable SKP (PDF) and the month's catatan harian (XLSX) of everyone in the subtree. */
export function EmployeeDocuments({ unitId, unitName, epId, month }: { unitId: string; unitName: string; epId: string; month: string }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(EmployeeDocumentsDocument, { variables: { unit: unitId, evaluationPeriod: epId } });
  const list = data?.orgUnit?.employees;
  return (
    <Card title="Dokumen per pegawai">
      <p className="small muted">
        SKP dan dokumen evaluasi (PDF) serta catatan harian {monthLabel(month)} (XLSX) pegawai {unitName}. Berkas diunduh dengan hak akses Anda.
      </p>
      {!data ? (
        loading ? (
          <Loading />
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )
      ) : !list || list.edges.length === 0 ? (
        <EmptyState title="Tidak ada pegawai" />
      ) : (
        <>
          <table className="table table--stack doc-table">
            <thead>
              <tr>
                <th scope="col">Pegawai</th>
                <th scope="col">SKP</th>
                <th scope="col">Penilaian</th>
                <th scope="col">Catatan harian</th>
              </tr>
            </thead>
            <tbody>
              {list.edges.map(({ node: e }) => (
                <tr key={e.id}>
                  <td data-label="Pegawai">
                    {e.name}
                    <div className="small muted">
                      <Nip value={e.nip} />
                    </div>
                  </td>
                  <td data-label="SKP">
                    {e.currentPlan ? (
                      <span className="row">
                        <span className="small">{planStatusLabel[e.currentPlan.status]}</span>
                        <DownloadButton path={e.currentPlan.pdfUrl} fileName={`skp-${e.nip}.pdf`} label="PDF" small variant="ghost" />
                      </span>
                    ) : (
                      <span className="small muted">Belum ada SKP</span>
                    )}
                  </td>
                  <td data-label="Penilaian">
                    {e.currentPlan?.evaluation?.performanceRating ? (
                      <span className="row">
                        <span className="small">
                          {ratingLabel[e.currentPlan.evaluation.performanceRating]} ({evaluationStatusLabel[e.currentPlan.evaluation.status].toLowerCase()})
                        </span>
                        {e.currentPlan.evaluation.pdfUrl && (
                          <DownloadButton path={e.currentPlan.evaluation.pdfUrl} fileName={`evaluasi-${e.nip}.pdf`} label="PDF" small variant="ghost" />
                        )}
                      </span>
                    ) : (
                      <span className="small muted">Belum dinilai</span>
                    )}
                  </td>
                  <td data-label="Catatan harian">
                    <DownloadButton path={logbookExportPath(`${month}-01`, lastDay(month), e.id)} fileName={`catatan-harian-${e.nip}-${month}.xlsx`} label="XLSX" small variant="ghost" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <LoadMore shown={list.edges.length} total={list.totalCount} hasNextPage={list.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: list.pageInfo.endCursor } })} />
        </>
      )}
    </Card>
  );
}
