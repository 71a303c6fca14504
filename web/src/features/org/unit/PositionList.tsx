import { useState } from 'react';
import { graphql } from '../../../gql';
import type { PositionList_UnitFragment, PositionRow_PositionFragment } from '../../../gql/graphql';
import { Card, EmptyState } from '../../../shared/ui/feedback';
import { AssignmentCreateDialog } from '../employee/AssignmentCreateDialog';
import { PositionRow } from './PositionRow';

export const PositionList_unit = graphql(`
  fragment PositionList_unit on OrgUnit {
    id
    viewerCanManage
    positions {
      ...PositionRow_position
    }
  }
`);

/** Jabatan of a unit, most senior first, with their holders and a way to place someone. */
export function PositionList({ unit }: { unit: PositionList_UnitFragment }) {
  const [placing, setPlacing] = useState<PositionRow_PositionFragment | null>(null);
  return (
    <Card title={`Jabatan (${unit.positions.length})`}>
      {unit.positions.length === 0 ? (
        <EmptyState title="Belum ada jabatan">Tambahkan jabatan agar pegawai dapat ditempatkan di unit ini.</EmptyState>
      ) : (
        <ul className="list">
          {unit.positions.map((p) => (
            <li key={p.id}>
              <PositionRow position={p} onPlace={unit.viewerCanManage ? () => setPlacing(p) : undefined} />
            </li>
          ))}
        </ul>
      )}
      {placing && (
        <AssignmentCreateDialog position={{ id: placing.id, name: placing.name }} onClose={() => setPlacing(null)} />
      )}
    </Card>
  );
}
