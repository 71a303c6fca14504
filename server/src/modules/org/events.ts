import type { Em } from '../../db/orm';
import type { Context } from '../../graphql/context';

/**
 * Other modules react to assignment changes (a transfer closes the current plan and
 * opens a new one) inside the same transaction. Listeners are registered once at
 * module load, never per request.
 */
export interface AssignmentChange {
  agencyId: number;
  employeeId: number;
  /** First day the new situation applies. */
  effectiveDate: string;
  kind: 'CREATED' | 'ENDED' | 'APPRAISER_OVERRIDE';
  /** Assignment created or ended; null for an appraiser override. */
  assignmentId: number | null;
}

type Listener = (em: Em, ctx: Context, change: AssignmentChange) => Promise<void>;
const listeners: Listener[] = [];

export function onAssignmentChange(listener: Listener): void {
  listeners.push(listener);
}

export async function emitAssignmentChange(em: Em, ctx: Context, change: AssignmentChange): Promise<void> {
  for (const l of listeners) await l(em, ctx, change);
}
