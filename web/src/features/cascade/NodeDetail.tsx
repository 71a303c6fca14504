import { useSyncExternalStore } from 'react';
import type { PerformanceRating, PlanStatus } from '../../gql/graphql';
import { Link, pathWithQuery } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { Badge, Card } from '../../shared/ui/feedback';
import { cascadeTypeLabel, goalKindLabel, planStatusLabel, planStatusTone, ratingLabel } from '../planning/labels';
import type { CascadeTreeModel } from './treeModel';

/** Details of the selected goal, with the ways to go on from it. */
export function NodeDetail({ model }: { model: CascadeTreeModel }) {
  useSyncExternalStore(model.subscribe, model.getVersion);
  const node = model.selectedId ? model.node(model.selectedId) : undefined;
  if (!node) {
    return (
      <Card title="Rincian RHK">
        <p className="small muted">Pilih RHK pada pohon (klik atau Enter) untuk melihat rinciannya.</p>
      </Card>
    );
  }
  const parents = model.ancestors(node.id);
  const rating = model.rating(node.planId);
  return (
    <Card title="Rincian RHK">
      <p className="cascade-detail__text">{node.description}</p>
      <dl className="dl">
        <dt>Jenis</dt>
        <dd>{goalKindLabel[node.kind]}</dd>
        <dt>Pemilik</dt>
        <dd>{node.ownerName ?? '—'}</dd>
        <dt>Cascading</dt>
        <dd>{node.cascadeType ? cascadeTypeLabel[node.cascadeType] : 'RHK puncak pada pohon ini'}</dd>
        <dt>Status SKP</dt>
        <dd>
          {node.planStatus ? <Badge tone={planStatusTone[node.planStatus as PlanStatus]}>{planStatusLabel[node.planStatus as PlanStatus]}</Badge> : '—'}
        </dd>
        <dt>Predikat</dt>
        <dd>
          {rating?.state === 'rated'
            ? `${ratingLabel[rating.rating as PerformanceRating] ?? rating.rating} (${rating.period})`
            : rating?.state === 'none'
              ? 'Belum dinilai'
              : 'Belum tersedia'}
        </dd>
        <dt>Turunan</dt>
        <dd>{node.childCount === 0 ? 'Tidak ada' : node.childIds ? `${node.childIds.length} RHK langsung di bawahnya` : 'Ada (belum dimuat)'}</dd>
      </dl>
      {parents.length > 0 && (
        <p className="small">
          <span className="muted">Mengintervensi: </span>
          {parents[parents.length - 1]!.description}
        </p>
      )}
      <div className="row">
        {model.filtering && (
          <Button variant="secondary" small onClick={() => model.reveal(node.id)}>
            Tampilkan di pohon
          </Button>
        )}
        {node.ownerId && (
          <Link className="btn btn--secondary btn--small" to={pathWithQuery('/kaskade', { pegawai: node.ownerId })}>
            Jelajahi dari {node.ownerName ?? 'pegawai ini'}
          </Link>
        )}
        {node.planId && (
          <Link className="btn btn--ghost btn--small" to={`/skp/${encodeURIComponent(node.planId)}`}>
            Buka SKP
          </Link>
        )}
      </div>
    </Card>
  );
}
