import type { ChangeEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { SelectField } from '../../shared/ui/Field';
import { formatTarget } from './labels';

const AgreementOptionsDocument = graphql(`
  query AgreementOptions($period: ID!, $unit: ID!) {
    performanceAgreements(period: $period, unit: $unit, first: 5) {
      nodes {
        id
        unit {
          id
          name
        }
        objectives {
          id
          description
          keyIndicators {
            id
            description
            targetValue
            unit
          }
        }
      }
    }
  }
`);

/**
 * JPT goals are bound to the unit's Perjanjian Kinerja: a strategic objective
 * (`so:<id>`) or one of its key indicators (`ki:<id>`, whose target becomes a locked IKI).
 */
export function AgreementLinkField(props: { period: string; unit: string; value: string; error?: string | undefined; onChange: (v: string) => void }) {
  const { data, loading, error } = useQuery(AgreementOptionsDocument, { variables: { period: props.period, unit: props.unit } });
  const objectives = data?.performanceAgreements.nodes.flatMap((a) => a.objectives) ?? [];
  const hint = loading
    ? 'Memuat Perjanjian Kinerja…'
    : error
      ? 'Perjanjian Kinerja gagal dimuat.'
      : objectives.length === 0
        ? 'Unit kerja Anda belum memiliki Perjanjian Kinerja pada periode ini; hubungi admin.'
        : 'RHK utama JPT terikat pada sasaran strategis atau IKU Perjanjian Kinerja; uraiannya mengikuti PK.';
  return (
    <SelectField
      label="Sasaran strategis / IKU (Perjanjian Kinerja)"
      name="agreementLink"
      value={props.value}
      error={props.error}
      hint={hint}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => props.onChange(e.target.value)}
    >
      <option value="">— tidak terikat PK —</option>
      {objectives.map((o) => (
        <optgroup key={o.id} label={o.description}>
          <option value={`so:${o.id}`}>Sasaran: {o.description}</option>
          {o.keyIndicators.map((k) => (
            <option key={k.id} value={`ki:${k.id}`}>
              IKU: {k.description} ({formatTarget(k)})
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
