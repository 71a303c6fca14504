import type { Context } from '../../../graphql/context';
import { decodeCursor, pageSize, toConnection, type PageArgs } from '../../../lib/connections';
import type { GoalRow } from '../../planning/types';
import * as repo from '../repo';

/**
 * `Goal.descendants`: readable goals below a goal, flat, keyset-paged on the path (tree
 * order). Each readable goal is listed on its own merit; `children` additionally
 * hides what lies below an unreadable goal (with direct-report cascading the two agree).
 */
export async function goalDescendants(ctx: Context, goal: GoalRow, args: PageArgs) {
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, 1) as [string] | null;
  if (after && (typeof after[0] !== 'string' || !after[0].startsWith(goal.path))) {
    return toConnection([], limit, () => [], () => repo.countDescendants(ctx, goal), args.after);
  }
  const rows = await repo.descendantsPage(ctx, goal, limit + 1, after?.[0] ?? null);
  return toConnection(rows, limit, (r) => [r.path], () => repo.countDescendants(ctx, goal), args.after);
}
