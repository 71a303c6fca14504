import type { MutationResolvers } from '../../../graphql/generated/types';
import { inputId, optionalInputId, payload } from '../../../lib/errors';
import { createUnit, moveUnit, updateUnit } from '../services/units';
import { createPosition, updatePosition } from '../services/positions';
import { createEmployee, updateEmployee } from '../services/employees';
import { createAssignment, endAssignment, setAppraiserOverride } from '../services/assignments';

/** Thin resolvers: decode ids, call one service function, wrap refusals as userErrors. */
export const orgMutations: MutationResolvers = {
  orgUnitCreate: (_p, { input }, ctx) =>
    payload(async () => ({
      orgUnit: await createUnit(ctx, { parentId: optionalInputId(input.parent, 'OrgUnit', ['input', 'parent']), code: input.code, name: input.name }),
    })),
  orgUnitUpdate: (_p, { input }, ctx) =>
    payload(async () => ({ orgUnit: await updateUnit(ctx, { id: inputId(input.id, 'OrgUnit', ['input', 'id']), code: input.code, name: input.name }) })),
  orgUnitMove: (_p, { input }, ctx) =>
    payload(async () => ({
      orgUnit: await moveUnit(ctx, inputId(input.id, 'OrgUnit', ['input', 'id']), optionalInputId(input.newParent, 'OrgUnit', ['input', 'newParent'])),
    })),
  positionCreate: (_p, { input }, ctx) =>
    payload(async () => ({
      position: await createPosition(ctx, {
        unitId: inputId(input.unit, 'OrgUnit', ['input', 'unit']),
        superiorId: optionalInputId(input.superior, 'Position', ['input', 'superior']),
        name: input.name,
        type: input.type,
        level: input.level,
      }),
    })),
  positionUpdate: (_p, { input }, ctx) =>
    payload(async () => ({
      position: await updatePosition(ctx, {
        id: inputId(input.id, 'Position', ['input', 'id']),
        name: input.name,
        type: input.type,
        level: input.level,
        unitId: optionalInputId(input.unit, 'OrgUnit', ['input', 'unit']),
        superiorId: optionalInputId(input.superior, 'Position', ['input', 'superior']),
        superiorGiven: 'superior' in input,
      }),
    })),
  employeeCreate: (_p, { input }, ctx) =>
    payload(() =>
      createEmployee(ctx, {
        nip: input.nip,
        name: input.name,
        rank: input.rank,
        employmentType: input.employmentType,
        role: input.role,
        operatorUnitId: optionalInputId(input.operatorUnit, 'OrgUnit', ['input', 'operatorUnit']),
      }),
    ),
  employeeUpdate: (_p, { input }, ctx) =>
    payload(async () => ({
      employee: await updateEmployee(ctx, {
        id: inputId(input.id, 'Employee', ['input', 'id']),
        name: input.name,
        rank: input.rank,
        role: input.role,
        operatorUnitId: optionalInputId(input.operatorUnit, 'OrgUnit', ['input', 'operatorUnit']),
        isActive: input.isActive,
      }),
    })),
  assignmentCreate: (_p, { input }, ctx) =>
    payload(async () => ({
      assignment: await createAssignment(ctx, {
        employeeId: inputId(input.employee, 'Employee', ['input', 'employee']),
        positionId: inputId(input.position, 'Position', ['input', 'position']),
        kind: input.kind,
        startDate: input.startDate,
        endDate: input.endDate,
        note: input.note,
        endCurrent: input.endCurrent ?? false,
      }),
    })),
  assignmentEnd: (_p, { input }, ctx) =>
    payload(async () => ({ assignment: await endAssignment(ctx, inputId(input.id, 'Assignment', ['input', 'id']), input.endDate) })),
  appraiserOverrideSet: (_p, { input }, ctx) =>
    payload(async () => ({
      appraiserOverride: await setAppraiserOverride(ctx, {
        employeeId: inputId(input.employee, 'Employee', ['input', 'employee']),
        appraiserId: inputId(input.appraiser, 'Employee', ['input', 'appraiser']),
        reason: input.reason,
        startDate: input.startDate,
        endDate: input.endDate,
      }),
    })),
};
