import type { Resolvers } from '../../../graphql/generated/types';
import type { Context } from '../../../graphql/context';
import { toGlobalId } from '../../../lib/ids';
import { dateArg } from '../../../lib/dates';
import { decodeCursor, emptyConnection, pageSize, toConnection } from '../../../lib/connections';
import * as repo from '../repo';
import * as L from '../loaders';
import { canListUnitStaff, canManageEmployee, canManageUnit, canReadEmployee, canReadSubtreeOf, filterVisible } from '../scope';
import type { EmployeeRow, OrgUnitRow } from '../types';
import { visibleEmployee } from './queries';

const gid = (type: string) => (row: { id: number }) => toGlobalId(type, row.id);

async function readable(ctx: Context, id: number | null | undefined): Promise<EmployeeRow | null> {
  return id == null ? null : visibleEmployee(ctx, id);
}

async function primaryPosition(ctx: Context, e: EmployeeRow, at?: string | null) {
  const a = await L.primaryAssignmentAt(ctx).load(L.key(e.id, dateArg(at, ctx.today)));
  return a ? L.positionById(ctx).load(a.positionId) : null;
}

type Page = { first?: number | null; after?: string | null };

async function employeePage(
  ctx: Context,
  args: Page,
  fetch: (page: repo.EmployeePage) => Promise<EmployeeRow[]>,
  count: () => Promise<number>,
) {
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, number] | null;
  const rows = await fetch({ limit, after });
  return toConnection(rows, limit, (e) => [e.name, e.id], count, args.after);
}

async function unitDescendants(ctx: Context, u: OrgUnitRow, args: Page) {
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, 1) as [string] | null;
  const rows = await repo.unitDescendants(ctx.em, u, limit + 1, after?.[0] ?? null);
  return toConnection(rows, limit, (r) => [r.path], () => repo.countUnitDescendants(ctx.em, u), args.after);
}

export const orgTypes: Resolvers = {
  Agency: {
    id: gid('Agency'),
    rootUnits: (a, _args, ctx) => L.rootUnits(ctx).load(a.id),
  },
  OrgUnit: {
    id: gid('OrgUnit'),
    agency: (u, _a, ctx) => L.agencyById(ctx).load(u.agencyId) as any,
    parent: (u, _a, ctx) => (u.parentId ? L.unitById(ctx).load(u.parentId) : null),
    children: (u, _a, ctx) => L.unitChildren(ctx).load(u.id),
    hasChildren: async (u, _a, ctx) => (await L.unitHasChildren(ctx).load(u.id)) ?? false,
    ancestors: async (u, _a, ctx) => {
      const ids = u.path.split('.').filter(Boolean).map(Number).slice(0, -1);
      return (await L.unitById(ctx).loadMany(ids)).filter((x): x is OrgUnitRow => !!x && !(x instanceof Error));
    },
    descendants: (u, args, ctx) => unitDescendants(ctx, u, args) as any,
    positions: (u, _a, ctx) => L.unitPositions(ctx).load(u.id),
    employees: async (u, args, ctx) => {
      const at = dateArg(args.at, ctx.today);
      const include = args.includeSubunits ?? false;
      const v = ctx.viewer!;
      // Listing a unit's staff is an admin/operator (and superadmin) view; others see only readable rows.
      if (!(await canListUnitStaff(ctx, u)) && v.role !== 'INTEGRATION') return emptyConnection() as any;
      return employeePage(ctx, args, (page) => repo.unitEmployees(ctx.em, u, include, at, page), () => repo.countUnitEmployees(ctx.em, u, include, at)) as any;
    },
    viewerCanManage: (u, _a, ctx) => canManageUnit(ctx, u),
  },
  Position: {
    id: gid('Position'),
    unit: (p, _a, ctx) => L.unitById(ctx).load(p.unitId) as any,
    superior: (p, _a, ctx) => (p.superiorId ? L.positionById(ctx).load(p.superiorId) : null),
    subordinatePositions: (p, _a, ctx) => L.subordinatePositions(ctx).load(p.id),
    holder: async (p, { at }, ctx) => readable(ctx, await L.holderAt(ctx).load(L.key(p.id, dateArg(at, ctx.today)))),
    actingHolder: async (p, { at }, ctx) => readable(ctx, await L.actingHolderAt(ctx).load(L.key(p.id, dateArg(at, ctx.today)))),
  },
  Employee: {
    id: gid('Employee'),
    agency: (e, _a, ctx) => L.agencyById(ctx).load(e.agencyId) as any,
    operatorUnit: (e, _a, ctx) => (e.operatorUnitId ? L.unitById(ctx).load(e.operatorUnitId) : null),
    position: (e, { at }, ctx) => primaryPosition(ctx, e, at),
    unit: async (e, { at }, ctx) => {
      const pos = await primaryPosition(ctx, e, at);
      return pos ? L.unitById(ctx).load(pos.unitId) : null;
    },
    assignments: (e, _a, ctx) => L.employeeAssignments(ctx).load(e.id),
    appraiser: async (e, { at }, ctx) => readable(ctx, await L.appraiserAt(ctx).load(L.key(e.id, dateArg(at, ctx.today)))),
    appraiserSuperior: async (e, { at }, ctx) => {
      const d = dateArg(at, ctx.today);
      const appraiser = await L.appraiserAt(ctx).load(L.key(e.id, d));
      return appraiser ? readable(ctx, await L.appraiserAt(ctx).load(L.key(appraiser, d))) : null;
    },
    appraiserOverride: (e, { at }, ctx) => L.overrideAt(ctx).load(L.key(e.id, dateArg(at, ctx.today))),
    directSubordinates: async (e, args, ctx) => {
      if (!(await canReadSubtreeOf(ctx, e))) return emptyConnection() as any;
      const at = dateArg(args.at, ctx.today);
      return employeePage(ctx, args, (page) => repo.directSubordinates(ctx.em, e.agencyId, e.id, at, page), () => repo.countDirectSubordinates(ctx.em, e.agencyId, e.id, at)) as any;
    },
    subordinates: async (e, args, ctx) => {
      if (!(await canReadSubtreeOf(ctx, e))) return emptyConnection() as any;
      const at = dateArg(args.at, ctx.today);
      return employeePage(ctx, args, (page) => repo.allSubordinates(ctx.em, e.agencyId, e.id, at, page), () => repo.countAllSubordinates(ctx.em, e.agencyId, e.id, at)) as any;
    },
    viewerCanManage: (e, _a, ctx) => canManageEmployee(ctx, e),
  },
  Assignment: {
    id: gid('Assignment'),
    employee: (a, _x, ctx) => readable(ctx, a.employeeId),
    position: (a, _x, ctx) => L.positionById(ctx).load(a.positionId) as any,
  },
  AppraiserOverride: {
    id: gid('AppraiserOverride'),
    employee: (o, _x, ctx) => readable(ctx, o.employeeId),
    appraiser: (o, _x, ctx) => readable(ctx, o.appraiserId),
  },
};

export { canReadEmployee, filterVisible };
