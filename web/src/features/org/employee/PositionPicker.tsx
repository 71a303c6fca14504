import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { positionLevelLabel } from '../../../shared/format/labels';
import { Button } from '../../../shared/ui/Button';
import { RadioGroup } from '../../../shared/ui/Field';
import { Loading } from '../../../shared/ui/feedback';
import { AgencyTrees } from '../tree/AgencyTrees';

const PositionPickerUnitDocument = graphql(`
  query PositionPickerUnit($id: ID!) {
    orgUnit(id: $id) {
      id
      positions {
        id
        name
        level
        holder {
          id
          name
        }
      }
    }
  }
`);

export interface PickedPosition {
  id: string;
  name: string;
}

/** Picks a position: first a unit in the tree, then one of its positions. */
export function PositionPicker(props: { value: PickedPosition | null; onChange: (p: PickedPosition | null) => void; error?: string | undefined }) {
  const [unit, setUnit] = useState<{ id: string; name: string } | null>(null);
  const { data, loading } = useQuery(PositionPickerUnitDocument, { variables: { id: unit?.id ?? '' }, skip: !unit });
  const positions = data?.orgUnit?.positions ?? [];

  if (props.value) {
    return (
      <div className="field">
        <span className="field__label">Jabatan</span>
        <div className="row">
          <strong>{props.value.name}</strong>
          <Button small variant="ghost" onClick={() => props.onChange(null)}>
            Ganti
          </Button>
        </div>
        {props.error && <span className="field__error">{props.error}</span>}
      </div>
    );
  }
  return (
    <div className="field">
      <span className="field__label">Unit kerja{unit ? `: ${unit.name}` : ''}</span>
      <div className="card" style={{ padding: 'var(--space-2)', maxHeight: '30vh', overflow: 'auto' }}>
        <AgencyTrees label="Pilih unit kerja" selectedId={unit?.id ?? null} onSelect={(u) => setUnit(u)} />
      </div>
      {unit && loading && !data && <Loading label="Memuat jabatan…" />}
      {unit && data && positions.length === 0 && <p className="small muted">Unit ini belum memiliki jabatan.</p>}
      {positions.length > 0 && (
        <RadioGroup
          legend="Jabatan"
          name="position"
          value=""
          options={positions.map((p) => ({
            value: p.id,
            label: `${p.name} (${positionLevelLabel[p.level]}) — ${p.holder ? p.holder.name : 'lowong'}`,
          }))}
          onChange={(id) => {
            const p = positions.find((x) => x.id === id);
            if (p) props.onChange({ id: p.id, name: p.name });
          }}
        />
      )}
      {props.error && <span className="field__error">{props.error}</span>}
    </div>
  );
}
