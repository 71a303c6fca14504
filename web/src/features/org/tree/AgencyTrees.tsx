import type { UnitTreeItem_UnitFragment } from '../../../gql/graphql';
import { Loading, QueryError } from '../../../shared/ui/feedback';
import { UnitTree } from './UnitTree';
import { useOrgRoots } from './useOrgRoots';

interface Props {
  selectedId?: string | null;
  onSelect: (unit: UnitTreeItem_UnitFragment) => void;
  expandIds?: readonly string[];
  /** Accessible name of the tree (the agency name is added when there are several). */
  label: string;
}

/** One tree per visible agency: used by the organisation page and by unit pickers. */
export function AgencyTrees({ selectedId, onSelect, expandIds, label }: Props) {
  const { data, loading, error, refetch } = useOrgRoots();
  if (!data) return loading ? <Loading label="Memuat struktur organisasi…" /> : <QueryError error={error} onRetry={() => void refetch()} />;
  const agencies = data.agencies;
  if (agencies.length === 1) {
    return <UnitTree roots={agencies[0]!.rootUnits} label={label} selectedId={selectedId} onSelect={onSelect} expandIds={expandIds} />;
  }
  return (
    <div className="stack">
      {agencies.map((agency) => (
        <section key={agency.id} aria-label={agency.name}>
          <h3>{agency.name}</h3>
          <UnitTree
            roots={agency.rootUnits}
            label={`${label}: ${agency.name}`}
            selectedId={selectedId}
            onSelect={onSelect}
            expandIds={expandIds}
          />
        </section>
      ))}
    </div>
  );
}
