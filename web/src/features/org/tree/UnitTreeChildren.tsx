import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Button } from '../../../shared/ui/Button';
import { Loading } from '../../../shared/ui/feedback';
import { UnitTreeItem } from './UnitTreeItem';

export const UnitTreeChildrenDocument = graphql(`
  query UnitTreeChildren($id: ID!) {
    orgUnit(id: $id) {
      id
      children {
        ...UnitTreeItem_unit
      }
    }
  }
`);

/** The group under an opened unit: fetched on first opening, then served from the cache. */
export function UnitTreeChildren({ parentId, level, tabStop }: { parentId: string; level: number; tabStop: string }) {
  const { data, loading, error, refetch } = useQuery(UnitTreeChildrenDocument, { variables: { id: parentId } });
  const children = data?.orgUnit?.children;

  if (!children) {
    return (
      <ul role="group">
        <li role="none" className="tree__status">
          {loading ? (
            <Loading label="Memuat subunit…" />
          ) : error ? (
            <span className="field__error" role="alert">
              Subunit gagal dimuat.{' '}
              <Button variant="ghost" small onClick={() => void refetch()}>
                Coba lagi
              </Button>
            </span>
          ) : (
            <span className="muted small">Tidak ada subunit.</span>
          )}
        </li>
      </ul>
    );
  }
  return (
    <ul role="group">
      {children.map((child, i) => (
        <UnitTreeItem key={child.id} unit={child} level={level} posInSet={i + 1} setSize={children.length} tabStop={tabStop} />
      ))}
    </ul>
  );
}
