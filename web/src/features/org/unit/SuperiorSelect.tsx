import { useQuery } from '@apollo/client/react';
import type { ChangeEvent } from 'react';
import { graphql } from '../../../gql';
import { SelectField } from '../../../shared/ui/Field';

const PositionSuperiorOptionsDocument = graphql(`
  query PositionSuperiorOptions($unit: ID!) {
    orgUnit(id: $unit) {
      id
      name
      positions {
        id
        name
      }
      ancestors {
        id
        name
        positions {
          id
          name
        }
      }
    }
  }
`);

interface Props {
  unitId: string;
  value: string;
  onChange: (e: ChangeEvent<HTMLSelectElement>) => void;
  error?: string | undefined;
}

/** Superior position: chosen among the positions of the unit and of the units above it. */
export function SuperiorSelect({ unitId, value, onChange, error }: Props) {
  const { data, loading } = useQuery(PositionSuperiorOptionsDocument, { variables: { unit: unitId } });
  const unit = data?.orgUnit;
  const groups = unit ? [...[...unit.ancestors].reverse(), { id: unit.id, name: unit.name, positions: unit.positions }] : [];
  return (
    <SelectField
      label="Atasan langsung (jabatan)"
      value={value}
      onChange={onChange}
      error={error}
      hint={loading && !unit ? 'Memuat pilihan jabatan…' : 'Menentukan pejabat penilai pemangku jabatan ini.'}
    >
      <option value="">Tidak ada (puncak instansi)</option>
      {groups
        .filter((g) => g.positions.length > 0)
        .map((g) => (
          <optgroup key={g.id} label={g.name}>
            {g.positions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
        ))}
    </SelectField>
  );
}
