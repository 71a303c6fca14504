import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { canManageOrg, roleLabel } from '../../shared/format/labels';
import { formatLongDate, todayIso } from '../../shared/format/date';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Loading, QueryError } from '../../shared/ui/feedback';
import { useViewer } from '../auth/viewerContext';
import { ActionSlots } from './ActionSlots';
import { MyPositionCard } from './MyPositionCard';
import { MyTeamCard } from './MyTeamCard';
import { OrgSummaryCard } from './OrgSummaryCard';

const HomePageDocument = graphql(`
  query HomePage {
    viewer {
      role
      isAppraiser
      employee {
        id
        ...MyPositionCard_employee
        ...MyTeamCard_employee
      }
    }
  }
`);

/**
 * Beranda: what needs the viewer's action now, by role. Employees see their post and
 * pejabat penilai; appraisers their team; admins and operators the organisation.
 */
export function HomePage() {
  usePageTitle('Beranda');
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(HomePageDocument);
  const me = data?.viewer;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Selamat datang, {viewer.employee.name}</h1>
          <p className="muted small">
            {formatLongDate(todayIso())} · {roleLabel[viewer.role]}
            {viewer.isAppraiser ? ' · Pejabat penilai' : ''} · {viewer.agency.name}
          </p>
        </div>
      </div>
      <div className="stack">
        <ActionSlots isAppraiser={me?.isAppraiser ?? viewer.isAppraiser} />
        {!me ? (
          loading ? (
            <Loading />
          ) : (
            <QueryError error={error} onRetry={() => void refetch()} />
          )
        ) : (
          <div className="grid-wide">
            <MyPositionCard employee={me.employee} />
            {me.isAppraiser && <MyTeamCard employee={me.employee} />}
          </div>
        )}
        {canManageOrg(viewer.role) && <OrgSummaryCard />}
      </div>
    </>
  );
}
