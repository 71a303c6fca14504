import { useState } from 'react';
import { graphql } from '../../gql';
import type { IndicatorRow_IndicatorFragment } from '../../gql/graphql';
import { Button } from '../../shared/ui/Button';
import { Badge } from '../../shared/ui/feedback';
import { IndicatorDialog } from './IndicatorDialog';
import { aspectLabel, formatTarget, perspectiveLabel } from './labels';
import { useIndicatorDelete } from './useIndicatorDelete';
import { localizeErrors } from './errors';
import { describeUserError } from '../../shared/forms/userErrors';
import { errorText } from '../../shared/forms/errorText';

export const IndicatorRow_indicator = graphql(`
  fragment IndicatorRow_indicator on Indicator {
    id
    description
    aspect
    targetValue
    targetMin
    targetMax
    unit
    lowerIsBetter
    perspective
    isLocked
    ordinal
    parentIndicator {
      id
    }
  }
`);

interface Props {
  indicators: readonly IndicatorRow_IndicatorFragment[];
  /** The plan is editable by the viewer now (unlocked indicators may change). */
  canEdit: boolean;
  plan: { approach: 'QUANTITATIVE' | 'QUALITATIVE'; isJpt: boolean };
}

/**
 * Indikator Kinerja Individu of one goal: a table on wide screens, stacked on phones
 * (each cell carries its header as `data-label`).
 */
export function IndicatorTable({ indicators, canEdit, plan }: Props) {
  const [editing, setEditing] = useState<IndicatorRow_IndicatorFragment | null>(null);
  const [remove, { loading: removing }] = useIndicatorDelete();
  const [error, setError] = useState<string | null>(null);

  if (indicators.length === 0) {
    return <p className="small muted">Belum ada indikator (IKI). Setiap RHK memerlukan paling sedikit satu IKI sebelum SKP diajukan.</p>;
  }

  const onDelete = async (i: IndicatorRow_IndicatorFragment) => {
    if (!window.confirm(`Hapus indikator "${i.description}"?`)) return;
    setError(null);
    try {
      const payload = await remove(i.id);
      const errors = localizeErrors(payload?.userErrors);
      if (errors.length) setError(errors.map(describeUserError).join(' '));
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">Indikator (IKI)</th>
            {plan.approach === 'QUANTITATIVE' && <th scope="col">Aspek</th>}
            <th scope="col">Target</th>
            {plan.isJpt && <th scope="col">Perspektif</th>}
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">Aksi</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.id}>
              <td data-label="Indikator">
                <div>
                  {i.description}
                  {i.lowerIsBetter && (
                    <>
                      {' '}
                      <Badge>makin rendah makin baik</Badge>
                    </>
                  )}
                  {i.isLocked && (
                    <>
                      {' '}
                      <Badge tone="warning">terkunci</Badge>
                    </>
                  )}
                </div>
              </td>
              {plan.approach === 'QUANTITATIVE' && <td data-label="Aspek">{i.aspect ? aspectLabel[i.aspect] : '—'}</td>}
              <td data-label="Target" className="num-cell">
                {formatTarget(i)}
              </td>
              {plan.isJpt && <td data-label="Perspektif">{i.perspective ? perspectiveLabel[i.perspective] : '—'}</td>}
              {canEdit && (
                <td className="table__actions">
                  {!i.isLocked && (
                    <div className="row">
                      <Button variant="ghost" small onClick={() => setEditing(i)} aria-label={`Ubah indikator ${i.description}`}>
                        Ubah
                      </Button>
                      <Button
                        variant="ghost"
                        small
                        busy={removing}
                        onClick={() => void onDelete(i)}
                        aria-label={`Hapus indikator ${i.description}`}
                      >
                        Hapus
                      </Button>
                    </div>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editing && <IndicatorDialog goalId={null} indicator={editing} plan={plan} onClose={() => setEditing(null)} />}
    </>
  );
}
