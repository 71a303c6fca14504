import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * MikroORM entities of the org module. Relations are kept as scalar foreign-key
 * columns (`unitId`, `superiorId`): GraphQL resolves them through per-request
 * DataLoaders, so an unloaded reference can never leak as a stub. The table
 * definitions (constraints, indexes, exclusion rules) live in the migration.
 */
export const AgencyEntity = defineEntity({
  name: 'Agency',
  tableName: 'agency',
  properties: {
    id: p.integer().primary().autoincrement(),
    code: p.string(),
    name: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type AgencyEntity = InferEntity<typeof AgencyEntity>;

export const EmployeeEntity = defineEntity({
  name: 'Employee',
  tableName: 'employee',
  properties: {
    id: p.integer().primary().autoincrement(),
    agencyId: p.integer(),
    nip: p.string(),
    name: p.string(),
    rank: p.string().nullable(),
    employmentType: p.string(),
    gender: p.string(),
    birthDate: p.string().columnType('date'),
    role: p.string(),
    operatorUnitId: p.integer().nullable(),
    passwordHash: p.string().hidden(),
    mustChangePassword: p.boolean(),
    isActive: p.boolean(),
    passwordChangedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type EmployeeEntity = InferEntity<typeof EmployeeEntity>;

export const AssignmentEntity = defineEntity({
  name: 'Assignment',
  tableName: 'assignment',
  properties: {
    id: p.integer().primary().autoincrement(),
    agencyId: p.integer(),
    employeeId: p.integer(),
    positionId: p.integer(),
    kind: p.string(),
    startDate: p.string().columnType('date'),
    endDate: p.string().columnType('date').nullable(),
    note: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type AssignmentEntity = InferEntity<typeof AssignmentEntity>;

export const AppraiserOverrideEntity = defineEntity({
  name: 'AppraiserOverride',
  tableName: 'appraiser_override',
  properties: {
    id: p.integer().primary().autoincrement(),
    agencyId: p.integer(),
    employeeId: p.integer(),
    appraiserId: p.integer(),
    reason: p.string(),
    startDate: p.string().columnType('date'),
    endDate: p.string().columnType('date').nullable(),
    createdById: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type AppraiserOverrideEntity = InferEntity<typeof AppraiserOverrideEntity>;

export const orgEntities = [AgencyEntity, EmployeeEntity, AssignmentEntity, AppraiserOverrideEntity];
