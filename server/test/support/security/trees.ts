import { expect } from 'vitest';
import type pg from 'pg';

/**
 * The organisation trees are trees: every node's parent is in the same agency, its
 * depth is the parent's plus one and its materialized path is the parent's path plus
 * its own zero-padded id; every node is reachable from a root (no cycles).
 */
async function checkTree(db: pg.Pool, table: 'org_unit' | 'position', parentCol: 'parent_id' | 'superior_id') {
  const bad = await db.query(
    `select c.id, c.${parentCol} as parent, c.depth, c.path, p.depth as "parentDepth", p.path as "parentPath", p.agency_id = c.agency_id as "sameAgency"
     from ${table} c left join ${table} p on p.id = c.${parentCol}
     where case when c.${parentCol} is null then c.depth <> 0 or c.path <> lpad(c.id::text, 10, '0') || '.'
                else p.id is null or p.agency_id <> c.agency_id or c.depth <> p.depth + 1 or c.path <> p.path || lpad(c.id::text, 10, '0') || '.' end`,
  );
  expect(bad.rows, `${table}: inconsistent nodes`).toEqual([]);
  const reach = await db.query(
    `with recursive r as (select id, 0 as d from ${table} where ${parentCol} is null
       union all select c.id, r.d + 1 from ${table} c join r on c.${parentCol} = r.id where r.d < 1000)
     select (select count(*)::int from ${table}) as total, (select count(distinct id)::int from r) as reachable, (select count(*)::int from r) as visits`,
  );
  expect(reach.rows[0].reachable, `${table}: nodes not reachable from a root (cycle)`).toBe(reach.rows[0].total);
  expect(reach.rows[0].visits, `${table}: a node reached twice`).toBe(reach.rows[0].total);
}

export const checkUnitTree = (db: pg.Pool) => checkTree(db, 'org_unit', 'parent_id');
export const checkPositionTree = (db: pg.Pool) => checkTree(db, 'position', 'superior_id');
