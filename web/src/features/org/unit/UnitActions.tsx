import { useState } from 'react';
import { graphql } from '../../../gql';
import type { UnitActions_UnitFragment } from '../../../gql/graphql';
import { Button } from '../../../shared/ui/Button';
import { useViewer } from '../../auth/viewerContext';
import { isAgencyAdmin } from '../../../shared/format/labels';
import { EmployeeCreateDialog } from '../employee/EmployeeCreateDialog';
import { PositionCreateDialog } from './PositionCreateDialog';
import { UnitCreateDialog } from './UnitCreateDialog';
import { UnitMoveDialog } from './UnitMoveDialog';
import { UnitUpdateDialog } from './UnitUpdateDialog';

export const UnitActions_unit = graphql(`
  fragment UnitActions_unit on OrgUnit {
    id
    code
    name
    parent {
      id
      name
    }
  }
`);

type Open = 'child' | 'update' | 'move' | 'position' | 'employee' | null;

/** What an admin or operator can do with a unit; each action opens its own dialog. */
export function UnitActions({ unit }: { unit: UnitActions_UnitFragment }) {
  const viewer = useViewer();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <div className="row">
      <Button small variant="secondary" onClick={() => setOpen('child')}>
        Tambah subunit
      </Button>
      <Button small variant="secondary" onClick={() => setOpen('position')}>
        Tambah jabatan
      </Button>
      <Button small variant="secondary" onClick={() => setOpen('employee')}>
        Tambah pegawai
      </Button>
      <Button small variant="ghost" onClick={() => setOpen('update')}>
        Ubah nama/kode
      </Button>
      {isAgencyAdmin(viewer.role) && (
        <Button small variant="ghost" onClick={() => setOpen('move')}>
          Pindahkan
        </Button>
      )}
      {open === 'child' && <UnitCreateDialog parent={{ id: unit.id, name: unit.name }} onClose={close} />}
      {open === 'update' && <UnitUpdateDialog unit={unit} onClose={close} />}
      {open === 'move' && <UnitMoveDialog unit={unit} onClose={close} />}
      {open === 'position' && <PositionCreateDialog unitId={unit.id} unitName={unit.name} onClose={close} />}
      {open === 'employee' && <EmployeeCreateDialog unit={{ id: unit.id, name: unit.name }} onClose={close} />}
    </div>
  );
}
