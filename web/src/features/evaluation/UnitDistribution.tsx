import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Loading, QueryError } from '../../shared/ui/feedback';
import { DistributionPanel } from './DistributionPanel';

export const UnitDistributionDocument = graphql(`
  query UnitDistribution($unit: ID!, $evaluationPeriod: ID!) {
    distributionCheck(unit: $unit, evaluationPeriod: $evaluationPeriod) {
      ...DistributionPanel_check
    }
  }
`);

/** The distribution check of a unit in a period (null data when the viewer may not monitor the unit). */
export function useUnitDistribution(unitId: string | null | undefined, evaluationPeriodId: string) {
  return useQuery(UnitDistributionDocument, {
    variables: { unit: unitId ?? '', evaluationPeriod: evaluationPeriodId },
    skip: !unitId,
  });
}

/** The unit's kurva distribusi; a note when the viewer may not monitor the unit. */
export function UnitDistribution({ query }: { query: ReturnType<typeof useUnitDistribution> }) {
  const { data, loading, error, refetch } = query;
  if (!data) {
    if (loading) return <Loading label="Memuat kurva distribusi…" />;
    if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
    return <p className="small muted">Unit kerja tidak diketahui, sehingga kurva distribusi tidak dapat ditampilkan.</p>;
  }
  if (!data.distributionCheck) return <p className="small muted">Kurva distribusi unit ini hanya dapat dilihat pimpinan unit dan admin.</p>;
  return <DistributionPanel check={data.distributionCheck} />;
}
