import type { KinerjaModule } from '../registry';
import { allow } from 'graphql-shield';
import { isAdmin, isSignedIn } from '../../auth/rules';
import { inputId, payload } from '../../lib/errors';
import * as L from '../org/loaders';
import { changePassword, login, resetPassword } from './service';
import { sql } from '../../db/sql';
import { activeAt } from '../org/types';

const auth: KinerjaModule = {
  name: 'auth',
  resolvers: {
    Query: {
      // The signed-in account; integration tokens are not accounts, so they get null.
      viewer: (_p, _a, ctx) => (ctx.viewer?.kind === 'EMPLOYEE' ? ctx.viewer : null),
    },
    Mutation: {
      login: (_p, { input }, ctx) => payload(() => login(ctx, input.nip, input.password)),
      passwordChange: (_p, { input }, ctx) => payload(() => changePassword(ctx, input.oldPassword, input.newPassword)),
      passwordReset: (_p, { input }, ctx) => payload(() => resetPassword(ctx, inputId(input.employee, 'Employee', ['input', 'employee']))),
    },
    Viewer: {
      employee: (v, _a, ctx) => L.employeeById(ctx).load(v.employeeId ?? -1) as any,
      role: (v) => (v.role === 'INTEGRATION' ? 'EMPLOYEE' : v.role),
      agency: (v, _a, ctx) => L.agencyById(ctx).load(v.agencyId) as any,
      isAppraiser: async (v, _a, ctx) => {
        if (v.employeeId == null) return false;
        const rows = await sql(
          ctx.em,
          `select 1 from assignment a join position p on p.agency_id = a.agency_id and p.superior_id = a.position_id
           where a.agency_id = $1 and a.employee_id = $2 and ${activeAt('a', '$3')}
           union all select 1 from appraiser_override o where o.agency_id = $1 and o.appraiser_id = $2 and ${activeAt('o', '$3')}
           limit 1`,
          [v.agencyId, v.employeeId, ctx.today],
        );
        return rows.length > 0;
      },
    },
  },
  permissions: {
    Query: { viewer: allow },
    Mutation: { login: allow, passwordChange: isSignedIn, passwordReset: isAdmin },
    Viewer: isSignedIn,
  },
};

export default auth;
