import { useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { isAdminRole } from '../../shared/format/labels';
import { useDebouncedValue } from '../../shared/hooks/useDebouncedValue';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link, navigate, pathWithQuery } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { useViewer } from '../auth/viewerContext';
import { EmployeePicker } from '../org/employee/EmployeePicker';
import { CascadeTree } from './CascadeTree';
import { NodeDetail } from './NodeDetail';
import { ReportingLine } from './ReportingLine';
import { CascadeTreeModel } from './treeModel';
import type { CascadeGoalInput } from './treeModel';
import { useChildrenLoader } from './useChildrenLoader';
import { useRatings } from './useRatings';
import './cascade.css';

/**
 * The first read: the leader's goals with two levels of children, and the ids of the
 * third, so every row knows whether it opens. Deeper levels come on demand.
 */
export const CascadeExplorerDocument = graphql(`
  query CascadeExplorer($leader: ID!) {
    employee(id: $leader) {
      id
      name
      position {
        id
        name
      }
      ...ReportingLine_employee
      goalCascade {
        ...CascadeRow_goal
        children {
          ...CascadeRow_goal
          children {
            ...CascadeRow_goal
            children {
              id
            }
          }
        }
      }
    }
  }
`);

const numberFormat = new Intl.NumberFormat('id-ID');

/** Pohon kaskade RHK: from any leader (default: me) down the whole subordinate goal tree. */
export function CascadeExplorerPage({ leaderId }: { leaderId: string | null }) {
  const viewer = useViewer();
  const leader = leaderId || viewer.employee.id;
  // One model per leader: expansion, focus and loaded levels live outside React state.
  const model = useMemo(() => new CascadeTreeModel(), [leader]);
  useChildrenLoader(model);
  const onRangeChange = useRatings(model);
  const { data, loading, error, refetch } = useQuery(CascadeExplorerDocument, { variables: { leader } });
  const employee = data?.employee;
  usePageTitle(employee ? `Pohon kaskade ${employee.name}` : 'Pohon kaskade');

  // Before paint, so the first frame already shows the goals (not an empty list).
  useLayoutEffect(() => {
    if (employee) model.setRoots(employee.goalCascade as readonly CascadeGoalInput[]);
  }, [employee, model]);

  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 200);
  useEffect(() => model.setFilter(query), [query, model]);
  useSyncExternalStore(model.subscribe, model.getVersion);

  if (!data) return loading ? <Loading label="Memuat pohon kaskade…" /> : <QueryError error={error} onRetry={() => void refetch()} />;
  if (!employee) {
    return (
      <Card>
        <h1>Pegawai tidak ditemukan</h1>
        <p>Pegawai ini tidak ada atau di luar kewenangan Anda.</p>
        <Link to="/kaskade">Ke pohon kaskade saya</Link>
      </Card>
    );
  }
  const rows = model.rows();
  return (
    <>
      <ReportingLine employee={employee} viewerId={viewer.employee.id} isAdmin={isAdminRole(viewer.role)} />
      <div className="page-header">
        <div>
          <h1>Pohon kaskade RHK</h1>
          <p className="muted small">
            {employee.name}
            {employee.position ? ` · ${employee.position.name}` : ''}
          </p>
        </div>
        {leader !== viewer.employee.id && (
          <Link className="btn btn--secondary btn--small" to="/kaskade">
            Kembali ke pohon saya
          </Link>
        )}
      </div>
      {(viewer.isAppraiser || isAdminRole(viewer.role)) && (
        <details className="cascade-leader">
          <summary>Lihat pohon pemimpin lain</summary>
          <EmployeePicker
            label="Cari pemimpin (nama atau NIP)"
            value={null}
            excludeId={leader}
            onChange={(e) => e && navigate(pathWithQuery('/kaskade', { pegawai: e.id }))}
          />
        </details>
      )}
      {employee.goalCascade.length === 0 ? (
        <Card>
          <EmptyState title="Belum ada RHK pada periode ini">
            {leader === viewer.employee.id
              ? 'Susun RHK Anda pada halaman SKP saya; RHK bawahan yang mengintervensinya akan tampil di sini.'
              : 'Pegawai ini belum memiliki RHK yang dapat Anda lihat.'}
          </EmptyState>
        </Card>
      ) : (
        <div className="cascade-layout">
          <section className="card cascade-main" aria-label="Pohon RHK">
            <div className="cascade-toolbar">
              <label className="visually-hidden" htmlFor="cascade-search">
                Cari RHK atau nama pegawai
              </label>
              <input
                id="cascade-search"
                type="search"
                className="input cascade-toolbar__search"
                placeholder="Cari RHK atau nama pegawai…"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
              <div className="row">
                <Button variant="secondary" small onClick={() => model.expandAll()}>
                  Buka semua
                </Button>
                <Button variant="ghost" small onClick={() => model.collapseAll()} disabled={model.filtering}>
                  Tutup semua
                </Button>
              </div>
            </div>
            <p className="small muted cascade-summary" aria-live="polite">
              {model.filtering
                ? `${numberFormat.format(model.matchCount)} RHK cocok dari ${numberFormat.format(model.size)} RHK yang sudah dimuat. Buka semua untuk mencari di seluruh tingkat.`
                : `${numberFormat.format(rows.length)} baris ditampilkan · ${numberFormat.format(model.size)} RHK dimuat`}
            </p>
            {rows.length === 0 ? (
              <EmptyState title="Tidak ada RHK yang cocok">Ubah kata pencarian.</EmptyState>
            ) : (
              <CascadeTree model={model} label={`Pohon RHK ${employee.name}`} onRangeChange={onRangeChange} />
            )}
            <p className="small muted cascade-keys">
              Papan ketik: ↑ ↓ pindah, → buka, ← tutup, Enter rincian, * buka semua.
            </p>
          </section>
          <aside className="cascade-aside">
            <NodeDetail model={model} />
          </aside>
        </div>
      )}
    </>
  );
}
