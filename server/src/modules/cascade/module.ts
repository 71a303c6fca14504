import type { KinerjaModule } from '../registry';
import { cascadePermissions } from './permissions';
import { cascadeMutations } from './resolvers/mutations';
import { cascadeQueries } from './resolvers/queries';
import { cascadeTypes } from './resolvers/types';

/**
 * Goal cascades (issue 3): nested and flat cascade trees read in one statement per
 * tree, pushing goals down to direct reports (`goalCascade`), and the result-role
 * matrix. Builds on the planning module's tables, rows and visibility rule.
 */
const cascade: KinerjaModule = {
  name: 'cascade',
  resolvers: { Query: cascadeQueries, Mutation: cascadeMutations, ...cascadeTypes },
  permissions: cascadePermissions,
  // Tree nodes: reached only through guarded roots, and `children` serves only the goals
  // the tree statement found readable, so the per-node shield wrapper is pure overhead.
  unguarded: ['Goal.children'],
};

export default cascade;
