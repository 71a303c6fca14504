import type { Context } from '../../../graphql/context';
import { payload } from '../../../lib/errors';

/** Runs a service and clears the request's loaders so the payload reads fresh rows. */
export async function fresh<T extends object>(ctx: Context, run: () => Promise<T>) {
  return payload(async () => {
    const r = await run();
    ctx.loaders.clear();
    return r;
  });
}
