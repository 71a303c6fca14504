import type { Em } from '../db/orm';
import { today } from '../lib/dates';
import { seedDemo, type DemoSummary } from './demo';
import { seedDemoPlans } from './plans';

/**
 * The demo as a newcomer first sees it: both demo agencies, and for each a period of the
 * current year with plans cascaded from the agreements down to staff, in every status.
 */
export async function seedDemoWithPlans(em: Em): Promise<DemoSummary> {
  const summary = await seedDemo(em);
  const year = Number(today().slice(0, 4));
  await seedDemoPlans(em, { agencyId: summary.agencyId, year });
  await seedDemoPlans(em, { agencyId: summary.otherAgencyId, year });
  return summary;
}
