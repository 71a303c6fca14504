import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import type { ApiTokenRow } from './types';
import { tokensByIds } from './tokens/service';

/** Tokens by id, limited to the viewer's agency (another agency's id loads as null). */
export const tokenById = (ctx: Context) =>
  ctx.loaders.get('integrations.tokenById', () => new DataLoader<number, ApiTokenRow | null>(async (ids) => {
    const rows = await tokensByIds(ctx.em, ids);
    const map = new Map(rows.filter((r) => r.agencyId === ctx.viewer?.agencyId).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }));
