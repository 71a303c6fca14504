import { useCallback, useState } from 'react';
import type { UnitTreeItem_UnitFragment } from '../../gql/graphql';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { navigate } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { Card, EmptyState } from '../../shared/ui/feedback';
import { useViewer } from '../auth/viewerContext';
import { isAgencyAdmin } from '../../shared/format/labels';
import { AgencyTrees } from './tree/AgencyTrees';
import { UnitCreateDialog } from './unit/UnitCreateDialog';
import { UnitDetail } from './unit/UnitDetail';

/**
 * Organisation editor: the unit tree on the left, the selected unit (jabatan and pegawai)
 * on the right. On a phone the detail replaces the tree, with a way back.
 */
export function OrgPage({ unitId }: { unitId: string | null }) {
  usePageTitle('Struktur organisasi');
  const viewer = useViewer();
  const [ancestorIds, setAncestorIds] = useState<readonly string[]>([]);
  const [creating, setCreating] = useState(false);
  const onSelect = useCallback((unit: UnitTreeItem_UnitFragment) => navigate(`/organisasi/unit/${encodeURIComponent(unit.id)}`), []);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Struktur organisasi</h1>
          <p className="muted small">Unit kerja, jabatan dan pegawai {viewer.agency.name}.</p>
        </div>
        {isAgencyAdmin(viewer.role) && <Button onClick={() => setCreating(true)}>Tambah unit kerja utama</Button>}
      </div>
      <div className={unitId ? 'split split--has-detail' : 'split'}>
        <div className="split__aside">
          <Card title="Unit kerja">
            <AgencyTrees label="Struktur unit kerja" selectedId={unitId} onSelect={onSelect} expandIds={ancestorIds} />
          </Card>
        </div>
        <div className="split__main">
          {unitId ? (
            <UnitDetail key={unitId} unitId={unitId} onAncestors={setAncestorIds} />
          ) : (
            <Card>
              <EmptyState title="Pilih unit kerja">
                Pilih unit kerja pada struktur untuk melihat jabatan dan pegawainya. Gunakan tombol panah untuk menjelajah
                struktur dengan papan ketik.
              </EmptyState>
            </Card>
          )}
        </div>
      </div>
      {creating && <UnitCreateDialog parent={null} onClose={() => setCreating(false)} />}
    </>
  );
}
