import { graphql } from '../../gql';
import type { ExpectationRating, RatingMatrix_MatrixFragment } from '../../gql/graphql';
import { ratingTone } from './labels';
import './evaluation.css';

export const RatingMatrix_matrix = graphql(`
  fragment RatingMatrix_matrix on RatingMatrix {
    marked
    columns {
      behaviorRating
      label
    }
    rows {
      resultRating
      label
      cells {
        behaviorRating
        rating
        label
        marked
      }
    }
  }
`);

interface Props {
  matrix: RatingMatrix_MatrixFragment;
  /** Ratings chosen but not saved yet: that cell is outlined as a preview. */
  preview?: { result: ExpectationRating | null; behavior: ExpectationRating | null } | undefined;
  caption?: string;
}

/**
 * Kuadran kinerja (PermenPANRB 6/2022) as printed: rows are the result rating (rating
 * hasil kerja) from above to below expectations, columns the behaviour rating (rating
 * perilaku kerja) from below to above. The employee's cell is marked; a chosen but unsaved
 * pair is outlined.
 */
export function RatingMatrix({ matrix, preview, caption = 'Kuadran kinerja (predikat kinerja pegawai)' }: Props) {
  return (
    <div className="table-scroll">
      <table className="rating-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td className="rating-matrix__corner">
              <span>Hasil kerja ↓</span>
              <span>Perilaku →</span>
            </td>
            {matrix.columns.map((c) => (
              <th key={c.behaviorRating} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.resultRating}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell) => {
                const isPreview = preview?.result === row.resultRating && preview?.behavior === cell.behaviorRating && !cell.marked;
                const classes = [
                  'rating-matrix__cell',
                  `rating--${ratingTone[cell.rating]}`,
                  cell.marked && 'rating-matrix__cell--marked',
                  isPreview && 'rating-matrix__cell--preview',
                ]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={cell.behaviorRating} className={classes} aria-current={cell.marked ? 'true' : undefined}>
                    {/* "Kurang/Misconduct" may break after the slash in a narrow column. */}
                    {cell.label.replace('/', '/\u200b')}
                    {cell.marked && <span className="rating-matrix__mark"> ● predikat pegawai</span>}
                    {isPreview && <span className="rating-matrix__mark"> ○ pilihan belum disimpan</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
