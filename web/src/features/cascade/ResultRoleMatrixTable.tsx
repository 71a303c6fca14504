import { useState } from 'react';
import { graphql } from '../../gql';
import type { ResultRoleMatrixTable_MatrixFragment } from '../../gql/graphql';
import { Link, pathWithQuery } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { Alert, Badge, EmptyState } from '../../shared/ui/feedback';
import { cascadeTypeLabel, formatTarget, planStatusLabel, planStatusTone } from '../planning/labels';
import { GoalCascadeDialog } from './GoalCascadeDialog';

export const ResultRoleMatrixTable_matrix = graphql(`
  fragment ResultRoleMatrixTable_matrix on ResultRoleMatrix {
    plan {
      id
      status
      employee {
        id
        name
      }
      period {
        id
        name
      }
    }
    columns {
      employee {
        id
        name
        position {
          id
          name
        }
      }
      plan {
        id
      }
      planStatus
    }
    rows {
      goal {
        id
        description
        kind
        indicators {
          id
          description
          targetValue
          targetMin
          targetMax
          unit
        }
      }
      cells {
        employee {
          id
        }
        cascadeType
        planStatus
        goals {
          id
          description
          cascadeType
          indicators {
            id
            targetValue
            targetMin
            targetMax
            unit
            parentIndicator {
              id
            }
          }
        }
      }
    }
  }
`);

/**
 * Matriks Peran Hasil: rows are the leader's RHK, columns the direct reports, cells the
 * RHK each report took from the row (with the DIRECT shares). The leader pushes a row's
 * RHK down from here.
 */
export function ResultRoleMatrixTable({ matrix, canCascade }: { matrix: ResultRoleMatrixTable_MatrixFragment; canCascade: boolean }) {
  const [cascading, setCascading] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const row = cascading === null ? null : matrix.rows[cascading];

  if (matrix.rows.length === 0) {
    return <EmptyState title="Belum ada RHK">Susun RHK pada SKP terlebih dahulu; setiap RHK menjadi satu baris matriks.</EmptyState>;
  }
  return (
    <>
      {done && <Alert tone="success">{done}</Alert>}
      {matrix.columns.length === 0 && <Alert tone="info">Tidak ada bawahan langsung saat ini: matriks hanya berisi RHK Anda.</Alert>}
      <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Matriks Peran Hasil (geser ke samping)">
        <table className="matrix">
          <caption className="visually-hidden">
            Matriks Peran Hasil {matrix.plan.employee?.name ?? ''}: baris RHK, kolom bawahan langsung
          </caption>
          <thead>
            <tr>
              <th scope="col">RHK {matrix.plan.employee?.name ?? ''}</th>
              {matrix.columns.map((col) => (
                <th scope="col" key={col.employee.id}>
                  <Link to={pathWithQuery('/kaskade', { pegawai: col.employee.id })}>{col.employee.name}</Link>
                  <div className="small muted">{col.employee.position?.name ?? ''}</div>
                  {col.planStatus ? (
                    <Badge tone={planStatusTone[col.planStatus]}>{planStatusLabel[col.planStatus]}</Badge>
                  ) : (
                    <span className="small muted">belum ada SKP</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((r, ri) => (
              <tr key={r.goal.id}>
                <th scope="row">
                  <div>{r.goal.description}</div>
                  <ul className="small muted matrix__indicators">
                    {r.goal.indicators.map((i) => (
                      <li key={i.id}>
                        {i.description}: {formatTarget(i)}
                      </li>
                    ))}
                  </ul>
                  {canCascade && matrix.columns.length > 0 && (
                    <Button variant="secondary" small onClick={() => (setDone(null), setCascading(ri))} aria-label={`Turunkan RHK ${r.goal.description}`}>
                      Turunkan
                    </Button>
                  )}
                </th>
                {r.cells.map((cell) => (
                  <td key={cell.employee.id}>
                    {cell.goals.length === 0 ? (
                      <span className="matrix__empty" aria-label="kosong">
                        —
                      </span>
                    ) : (
                      cell.goals.map((g) => (
                        <div key={g.id} className="matrix__cell-goal">
                          <div>{g.description}</div>
                          {g.cascadeType && <Badge tone="primary">{cascadeTypeLabel[g.cascadeType]}</Badge>}
                          {g.cascadeType === 'DIRECT' &&
                            g.indicators
                              .filter((i) => i.parentIndicator)
                              .map((i) => (
                                <div key={i.id} className="small muted">
                                  bagian target: {formatTarget(i)}
                                </div>
                              ))}
                        </div>
                      ))
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {row && (
        <GoalCascadeDialog
          goal={row.goal}
          columns={matrix.columns.map((col, c) => ({
            employeeId: col.employee.id,
            name: col.employee.name,
            position: col.employee.position?.name ?? null,
            alreadyHas: (row.cells[c]?.goals.length ?? 0) > 0,
            planStatus: col.planStatus ?? null,
          }))}
          onClose={() => setCascading(null)}
          onDone={(n) => setDone(`RHK diturunkan kepada ${n} bawahan. RHK tersebut muncul terkunci pada SKP mereka.`)}
        />
      )}
    </>
  );
}
