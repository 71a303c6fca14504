import { memo, useSyncExternalStore } from 'react';
import type { MouseEvent } from 'react';
import type { CascadeType, PerformanceRating, PlanStatus } from '../../gql/graphql';
import { graphql } from '../../gql';
import { Badge } from '../../shared/ui/feedback';
import { cascadeTypeLabel, planStatusLabel, planStatusTone, ratingLabel } from '../planning/labels';
import type { CascadeNode, RatingInfo } from './treeModel';

/** What a row of the cascade shows about a goal (read into the tree model). */
export const CascadeRow_goal = graphql(`
  fragment CascadeRow_goal on Goal {
    id
    description
    kind
    cascadeType
    isLocked
    owner {
      id
      name
    }
    plan {
      id
      status
    }
  }
`);

export const ROW_HEIGHT = 64;
/** Phones get two lines of goal text per row. */
export const ROW_HEIGHT_NARROW = 88;
const NARROW = '(max-width: 40rem)';

/** The row height for this screen, following orientation changes. */
export function useRowHeight(): number {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(NARROW) : null;
  const narrow = useSyncExternalStore(
    (cb) => {
      query?.addEventListener('change', cb);
      return () => query?.removeEventListener('change', cb);
    },
    () => query?.matches ?? false,
  );
  return narrow ? ROW_HEIGHT_NARROW : ROW_HEIGHT;
}

export interface CascadeRowProps {
  node: CascadeNode;
  domId: string;
  top: number;
  height: number;
  expanded: boolean;
  hasChildren: boolean;
  loading: boolean;
  failed: boolean;
  active: boolean;
  selected: boolean;
  match: boolean;
  rating: RatingInfo | undefined;
  onToggle: (id: string) => void;
  onSelect: (id: string) => void;
  onRetry: (id: string) => void;
}

function RatingText({ rating }: { rating: RatingInfo | undefined }) {
  if (!rating || rating.state === 'loading') return <span className="muted">Predikat …</span>;
  if (rating.state === 'rated') {
    return (
      <span title={`Predikat kinerja ${rating.period}`}>
        Predikat: <strong>{ratingLabel[rating.rating as PerformanceRating] ?? rating.rating}</strong>
      </span>
    );
  }
  if (rating.state === 'none') return <span className="muted">Belum dinilai</span>;
  return <span className="muted">Predikat —</span>;
}

/**
 * One goal of the cascade (treeitem): text, owner, cascade type, plan status and
 * predikat. Memoised: scrolling or toggling elsewhere does not re-render it.
 */
export const CascadeRow = memo(function CascadeRow(p: CascadeRowProps) {
  const { node } = p;
  const indent = Math.min(node.depth, 10) * (p.height > ROW_HEIGHT ? 12 : 18);
  const onToggle = (e: MouseEvent) => {
    e.stopPropagation();
    p.onToggle(node.id);
  };
  const classes = ['cascade-row', p.active && 'is-active', p.selected && 'is-selected', p.match && 'is-match'].filter(Boolean).join(' ');
  return (
    <div
      role="treeitem"
      id={p.domId}
      className={classes}
      aria-level={node.depth + 1}
      aria-posinset={node.position}
      aria-setsize={node.siblings}
      aria-expanded={p.hasChildren ? p.expanded : undefined}
      aria-selected={p.selected}
      aria-busy={p.loading || undefined}
      aria-labelledby={`${p.domId}-t`}
      aria-describedby={`${p.domId}-m`}
      style={{ top: p.top, height: p.height, paddingLeft: indent }}
      onClick={() => p.onSelect(node.id)}
    >
      <span
        className={p.hasChildren ? 'cascade-row__toggle' : 'cascade-row__toggle cascade-row__toggle--leaf'}
        aria-hidden="true"
        onClick={p.hasChildren ? onToggle : undefined}
        data-loading={p.loading || undefined}
      />
      <div className="cascade-row__body">
        <div className="cascade-row__title" id={`${p.domId}-t`} title={node.description}>
          {node.kind === 'ADDITIONAL' && <span className="visually-hidden">RHK tambahan: </span>}
          {node.description}
        </div>
        <div className="cascade-row__meta" id={`${p.domId}-m`}>
          <span className="cascade-row__owner">{node.ownerName ?? 'Pegawai tidak terlihat'}</span>
          {node.cascadeType && <Badge tone="primary">{cascadeTypeLabel[node.cascadeType as CascadeType]}</Badge>}
          {node.planStatus && <Badge tone={planStatusTone[node.planStatus as PlanStatus]}>{planStatusLabel[node.planStatus as PlanStatus]}</Badge>}
          <RatingText rating={p.rating} />
          {p.loading && <span className="muted">memuat turunan…</span>}
          {p.failed && (
            <button
              type="button"
              className="link-button"
              onClick={(e) => {
                e.stopPropagation();
                p.onRetry(node.id);
              }}
            >
              Gagal memuat turunan — coba lagi
            </button>
          )}
        </div>
      </div>
    </div>
  );
});
