import type { Context } from '../../../graphql/context';
import { sql } from '../../../db/sql';
import { decodeId } from '../../../lib/ids';
import { decodeCursor, emptyConnection, pageSize, toConnection } from '../../../lib/connections';
import { canReadAgency } from '../../org/scope';
import * as OL from '../../org/loaders';
import * as L from '../loaders';
import { AGREEMENT_COLS, type AgreementRow } from '../types';

interface Args {
  period: string;
  unit?: string | null;
  includeSubunits?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** Agreements of a period, optionally of a unit (subtree), ordered by unit path. */
export async function agreementsPage(ctx: Context, args: Args) {
  const period = await L.periodById(ctx).load(decodeId(args.period, 'Period'));
  if (!period || !canReadAgency(ctx, period.agencyId)) return emptyConnection<AgreementRow>();
  const unit = args.unit ? await OL.unitById(ctx).load(decodeId(args.unit, 'OrgUnit')) : null;
  if (args.unit && (!unit || unit.agencyId !== period.agencyId)) return emptyConnection<AgreementRow>();
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, 1) as [string] | null;
  const where = `pa.agency_id = $1 and pa.period_id = $2
    and ($3::text is null or u.path = $3 or ($4 and u.path > $3 and u.path < $3 || '~'))`;
  const params = [period.agencyId, period.id, unit?.path ?? null, !!args.includeSubunits];
  const rows = await sql<AgreementRow & { sortPath: string }>(
    ctx.em,
    `select ${AGREEMENT_COLS}, u.path as "sortPath" from performance_agreement pa
     join org_unit u on u.agency_id = pa.agency_id and u.id = pa.unit_id
     where ${where} and u.path > coalesce($5, '') order by u.path limit $6`,
    [...params, after?.[0] ?? null, limit + 1],
  );
  const count = async () =>
    (await sql<{ n: number }>(ctx.em, `select count(*) as n from performance_agreement pa join org_unit u on u.agency_id = pa.agency_id and u.id = pa.unit_id where ${where}`, params))[0].n;
  return toConnection(rows, limit, (r) => [r.sortPath], count, args.after);
}
