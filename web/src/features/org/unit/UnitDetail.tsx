import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { Link } from '../../../shared/router/router';
import { Badge, Card, Loading, QueryError } from '../../../shared/ui/feedback';
import { PositionList } from './PositionList';
import { UnitActions } from './UnitActions';
import { UnitEmployees } from './UnitEmployees';

export const OrgUnitDetailDocument = graphql(`
  query OrgUnitDetail($id: ID!) {
    orgUnit(id: $id) {
      id
      code
      name
      depth
      viewerCanManage
      ancestors {
        id
        name
      }
      ...UnitActions_unit
      ...PositionList_unit
    }
  }
`);

interface Props {
  unitId: string;
  /** Reports the unit's ancestors so the tree can open the path to it. */
  onAncestors: (ids: readonly string[]) => void;
}

export function UnitDetail({ unitId, onAncestors }: Props) {
  const { data, loading, error, refetch } = useQuery(OrgUnitDetailDocument, { variables: { id: unitId } });
  const unit = data?.orgUnit;
  usePageTitle(unit?.name ?? 'Unit kerja');
  const ancestorKey = unit?.ancestors.map((a) => a.id).join(',') ?? '';

  useEffect(() => {
    if (ancestorKey) onAncestors(ancestorKey.split(','));
  }, [ancestorKey, onAncestors]);

  if (!data) return loading ? <Loading /> : <QueryError error={error} onRetry={() => void refetch()} />;
  if (!unit) {
    return (
      <Card>
        <p>Unit kerja tidak ditemukan atau di luar kewenangan Anda.</p>
        <Link to="/organisasi">Kembali ke struktur</Link>
      </Card>
    );
  }

  return (
    <div className="stack">
      <Card>
        <Link to="/organisasi" className="only-narrow btn btn--ghost btn--small">
          ← Struktur organisasi
        </Link>
        <nav className="breadcrumbs" aria-label="Letak unit kerja">
          <ol>
            {unit.ancestors.map((a) => (
              <li key={a.id}>
                <Link to={`/organisasi/unit/${encodeURIComponent(a.id)}`}>{a.name}</Link>
              </li>
            ))}
          </ol>
        </nav>
        <div className="page-header" style={{ marginBottom: 0 }}>
          <div>
            <h2 style={{ marginBottom: 'var(--space-1)' }}>{unit.name}</h2>
            <Badge>Kode {unit.code}</Badge>
          </div>
          {unit.viewerCanManage && <UnitActions unit={unit} />}
        </div>
      </Card>
      <PositionList unit={unit} />
      <UnitEmployees unitId={unit.id} />
    </div>
  );
}
