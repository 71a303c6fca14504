import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntitySchema } from '@mikro-orm/core';
import type { IRules } from 'graphql-shield';
import type { Resolvers } from '../graphql/generated/types';
import type { Context } from '../graphql/context';
import type { Authenticator } from '../auth/authenticate';
import type { Express } from 'express';
import type { AppServices } from '../app-services';

/**
 * A domain module: everything `server/src/modules/<name>/module.ts` contributes.
 * Modules are discovered from the folder, so adding one never edits a shared file.
 */
export interface KinerjaModule {
  name: string;
  resolvers: Resolvers;
  /** Shield rule tree fragment: every root field the module adds needs an entry. */
  permissions: Record<string, Record<string, unknown> | unknown>;
  entities?: EntitySchema<any, any>[];
  /**
   * Fetchers for `node(id:)`, keyed by GraphQL type name: return the object when the
   * viewer may read it, null otherwise.
   */
  nodes?: Record<string, (ctx: Context, id: number) => Promise<object | null>>;
  /** Extra credential kinds (integration tokens) recognised in the Authorization header. */
  authenticators?: Authenticator[];
  /**
   * Plain HTTP routes (file downloads under /files/...), mounted before the web app and
   * the error handler; they authenticate with the same bearer tokens as the API.
   */
  routes?: (app: Express, services: AppServices, authenticators: Authenticator[]) => void;
  /**
   * Hot fields ("Type.field") served without the shield wrapper: only fields of object
   * types that are reached solely through guarded root fields and whose rows are scoped
   * by the module itself (e.g. the nodes of a cascade tree, thousands per response).
   */
  unguarded?: string[];
}

const here = path.dirname(fileURLToPath(import.meta.url));

export async function loadModules(): Promise<KinerjaModule[]> {
  const names = (await readdir(here, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const modules: KinerjaModule[] = [];
  for (const name of names) {
    const file = path.join(here, name, 'module.ts');
    try {
      await readdir(path.join(here, name)).then((f) => {
        if (!f.includes('module.ts')) throw new Error('none');
      });
    } catch {
      continue;
    }
    const mod = await import(file);
    modules.push(mod.default as KinerjaModule);
  }
  return modules;
}

export function allEntities(modules: KinerjaModule[]): EntitySchema<any, any>[] {
  return modules.flatMap((m) => m.entities ?? []);
}

/** Merges the modules' resolver maps type by type; a field defined twice is a bug. */
export function mergeResolvers(modules: KinerjaModule[]): Record<string, any> {
  const merged: Record<string, any> = {};
  for (const m of modules) {
    for (const [type, fields] of Object.entries(m.resolvers as Record<string, any>)) {
      if (typeof fields !== 'object' || fields === null || fields.constructor !== Object) {
        merged[type] = fields; // scalars
        continue;
      }
      merged[type] ??= {};
      for (const [field, fn] of Object.entries(fields)) {
        if (field in merged[type]) throw new Error(`Resolver ${type}.${field} is defined by two modules (${m.name}).`);
        merged[type][field] = fn;
      }
    }
  }
  return merged;
}

export function mergePermissions(modules: KinerjaModule[]): IRules {
  const merged: Record<string, any> = {};
  for (const m of modules) {
    for (const [type, rules] of Object.entries(m.permissions)) {
      if (rules && typeof rules === 'object' && !('resolve' in (rules as object)) && !('rules' in (rules as object)) && (rules as object).constructor === Object) {
        merged[type] ??= {};
        if (typeof merged[type] !== 'object' || merged[type].constructor !== Object) {
          throw new Error(`Permissions for ${type} are given both as a type rule and per field (${m.name}).`);
        }
        for (const [field, r] of Object.entries(rules as object)) {
          if (field in merged[type]) throw new Error(`Permission ${type}.${field} is defined by two modules (${m.name}).`);
          merged[type][field] = r;
        }
      } else {
        if (type in merged) throw new Error(`Permission ${type} is defined by two modules (${m.name}).`);
        merged[type] = rules;
      }
    }
  }
  return merged as IRules;
}
