import type { Resolvers } from '../../../graphql/generated/types';
import { toGlobalId } from '../../../lib/ids';
import { checkMonth } from '../../evaluation/services/allowance';

/**
 * `UnitMonitoringReport.exportUrl`: the report exists only for viewers who may monitor the
 * unit (monitoring resolvers), exactly those the route serves, so the link is always given.
 */
export const monitoringLinkResolvers: Resolvers = {
  UnitMonitoringReport: {
    exportUrl: (r, { month }) => {
      const m = month == null ? '' : `&month=${checkMonth(month)}`;
      return `/files/org-units/${toGlobalId('OrgUnit', r.unit.id)}/monitoring.xlsx?evaluationPeriod=${toGlobalId('EvaluationPeriod', r.evaluationPeriod.id)}${m}`;
    },
  },
};
