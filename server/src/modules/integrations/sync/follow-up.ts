import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../../graphql/context';

interface Paged {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Tells the server what a token paging through a feed asks next (graphql/render-ahead.ts):
 * the same operation with its cursor variable at this page's end. Only when that is
 * certain: a query whose only root field is this feed, with `after` given as a variable.
 */
export async function expectNextPage<T extends Paged>(ctx: Context, info: GraphQLResolveInfo, page: Promise<T>): Promise<T> {
  const p = await page;
  if (!ctx.expected || ctx.viewer?.kind !== 'TOKEN' || !p.pageInfo.hasNextPage || !p.pageInfo.endCursor) return p;
  const op = info.operation;
  const field = info.fieldNodes[0];
  if (op.operation !== 'query' || info.fieldNodes.length !== 1 || op.selectionSet.selections.length !== 1 || op.selectionSet.selections[0] !== field) return p;
  const after = field.arguments?.find((a) => a.name.value === 'after')?.value;
  if (after?.kind === 'Variable') ctx.expected.followUp = { variable: after.name.value, value: p.pageInfo.endCursor };
  return p;
}
