import type { MutationResolvers } from '../../../graphql/generated/types';

export const planningMutations: MutationResolvers = {};
