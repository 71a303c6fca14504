import type { SecApi } from '../../support/security/server';
import { shiftDate, todayJakarta } from '../../support/security/scenario';

/**
 * The data the authorization matrix reads and writes, made through the API by the
 * people who would make it: in both agencies, each person with a post has a period
 * plan (DRAFT) with a goal (cascading from the appraiser's goal where there is one),
 * an indicator, an action plan in the current evaluation period and logbook entries
 * (one DRAFT, one SUBMITTED). Agency A also has a unit agreement for Dinas. Steps that
 * fail are listed in `skipped` (the matrix then records what the API answers).
 */
export const PEOPLE = ['sekda', 'kadis', 'kabid', 'kasi', 'staff1', 'staff2', 'kabid2', 'staff3', 'empB'] as const;
export type Person = (typeof PEOPLE)[number];
export type Account = keyof SecApi['fx']['employees'];

export interface PersonData {
  employee: string;
  nip: string;
  name: string;
  agency: string;
  unit: string;
  /** Parent of `unit` ('' for a root unit). */
  parentUnit: string;
  position: string;
  /** The person's current definitive assignment ('' when none). */
  assignment: string;
  plan?: string;
  goal?: string;
  indicator?: string;
  actionPlan?: string;
  draftEntry?: string;
  submittedEntry?: string;
}

export interface World {
  today: string;
  periodA?: string;
  periodB?: string;
  evalPeriodA?: string;
  evalPeriodB?: string;
  /** A past evaluation period (first of the year) per agency, for lock/unlock cells. */
  pastEvalPeriodA?: string;
  pastEvalPeriodB?: string;
  agreementA?: string;
  objectiveA?: string;
  keyIndicatorA?: string;
  tokenA?: { secret: string; id: string };
  tokenB?: { id: string };
  people: Record<Account, PersonData>;
  skipped: string[];
}

const APPRAISER: Partial<Record<Person, Person>> = { kadis: 'sekda', kabid: 'kadis', kasi: 'kabid', staff1: 'kasi', staff2: 'kasi', kabid2: 'kadis', staff3: 'kabid2' };

export async function buildWorld(api: SecApi): Promise<World> {
  const fx = api.fx;
  const today = todayJakarta();
  const skipped: string[] = [];
  const people = {} as Record<Account, PersonData>;
  const unitOf: Record<string, keyof typeof fx.units> = { sekda: 'root', kadis: 'dinas', kabid: 'bidang', kasi: 'seksi', staff1: 'seksi', staff2: 'seksi', kabid2: 'bidang2', staff3: 'bidang2', empB: 'rootB' };
  const parentOf: Record<string, string | null> = { root: null, dinas: 'root', bidang: 'dinas', seksi: 'bidang', bidang2: 'dinas', rootB: null };
  const rows = (await api.db.query(`select e.id, e.name, e.agency_id, a.id as assignment from employee e left join assignment a on a.employee_id = e.id and a.kind = 'DEFINITIVE' and a.end_date is null`)).rows;
  for (const who of Object.keys(fx.employees) as Account[]) {
    const pos = (fx.positions as Record<string, { id: number }>)[who === 'empB' ? 'posB' : who];
    const unit = unitOf[who] ?? (who === 'adminB' ? 'rootB' : 'root');
    const row = rows.find((r) => r.id === fx.employees[who].id)!;
    people[who] = {
      employee: api.gid('Employee', fx.employees[who].id),
      nip: fx.employees[who].nip,
      name: row.name,
      agency: api.gid('Agency', row.agency_id),
      unit: api.gid('OrgUnit', fx.units[unit].id),
      parentUnit: parentOf[unit] ? api.gid('OrgUnit', fx.units[parentOf[unit] as keyof typeof fx.units].id) : '',
      position: pos ? api.gid('Position', pos.id) : '',
      assignment: row.assignment ? api.gid('Assignment', row.assignment) : '',
    };
  }
  const w: World = { today, people, skipped };
  const mutate = async (who: Account, name: string, type: string, input: unknown, sel: string) => {
    const r = await api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { ${sel} userErrors { code field message } } }`, { i: input }, await api.as(who));
    const p = r.data?.[name];
    if (!p || p.userErrors?.length) throw new Error(`${name} as ${who}: ${JSON.stringify(r.errors ?? p?.userErrors)}`);
    return p;
  };
  const step = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (e) {
      skipped.push(`${name}: ${(e as Error).message.slice(0, 300)}`);
    }
  };
  const year = Number(today.slice(0, 4));
  const currentEp = (eps: { id: string; startDate: string; endDate: string }[]) =>
    eps.filter((e) => e.startDate <= today && today <= e.endDate).sort((a, b) => Date.parse(a.endDate) - Date.parse(a.startDate) - (Date.parse(b.endDate) - Date.parse(b.startDate)))[0]?.id;
  await step('period A', async () => {
    const p = await mutate('admin', 'periodCreate', 'PeriodCreateInput', { year }, 'period { id evaluationPeriods { id startDate endDate } }');
    w.periodA = p.period.id;
    w.evalPeriodA = currentEp(p.period.evaluationPeriods);
    w.pastEvalPeriodA = [...p.period.evaluationPeriods].sort((a: any, b: any) => a.endDate.localeCompare(b.endDate))[0]?.id;
  });
  await step('period B', async () => {
    const p = await mutate('adminB', 'periodCreate', 'PeriodCreateInput', { year }, 'period { id evaluationPeriods { id startDate endDate } }');
    w.periodB = p.period.id;
    w.evalPeriodB = currentEp(p.period.evaluationPeriods);
    w.pastEvalPeriodB = [...p.period.evaluationPeriods].sort((a: any, b: any) => a.endDate.localeCompare(b.endDate))[0]?.id;
  });
  await step('agreement A', async () => {
    const p = await mutate('admin', 'performanceAgreementCreate', 'PerformanceAgreementCreateInput', {
      unit: people.kadis.unit, period: w.periodA,
      objectives: [{ description: 'Meningkatnya mutu pendidikan menengah', keyIndicators: [{ description: 'Indeks mutu pendidikan', targetValue: 80, unit: 'indeks' }] }],
    }, 'performanceAgreement { id objectives { id keyIndicators { id } } }');
    w.agreementA = p.performanceAgreement.id;
    w.objectiveA = p.performanceAgreement.objectives[0].id;
    w.keyIndicatorA = p.performanceAgreement.objectives[0].keyIndicators[0].id;
  });
  for (const who of PEOPLE) {
    const d = people[who];
    await step(`plan ${who}`, async () => {
      const period = who === 'empB' ? w.periodB : w.periodA;
      d.plan = (await mutate(who, 'performancePlanCreate', 'PerformancePlanCreateInput', { period, approach: 'QUANTITATIVE' }, 'performancePlan { id }')).performancePlan.id;
      const parent = APPRAISER[who] ? people[APPRAISER[who]!].goal : undefined;
      const jpt = who === 'sekda' || who === 'kadis' || who === 'empB';
      const goal = await mutate(who, 'goalCreate', 'GoalCreateInput', {
        plan: d.plan, kind: jpt ? 'ADDITIONAL' : 'MAIN', ...(jpt ? { assignedBy: 'Kepala Daerah' } : {}), description: `Tersusunnya dokumen mutu (${who})`,
        ...(parent && !jpt ? { parentGoal: parent, cascadeType: 'INDIRECT' } : {}),
        indicators: [{ description: `Jumlah dokumen mutu ${who}`, aspect: 'QUANTITY', targetValue: 10, unit: 'dokumen' }],
      }, 'goal { id indicators { id } }');
      d.goal = goal.goal.id;
      d.indicator = goal.goal.indicators[0]?.id;
    });
    await step(`action plan ${who}`, async () => {
      if (!d.goal) throw new Error('no goal');
      d.actionPlan = (await mutate(who, 'actionPlanCreate', 'ActionPlanCreateInput', {
        goal: d.goal, evaluationPeriod: who === 'empB' ? w.evalPeriodB : w.evalPeriodA, indicator: d.indicator, description: `Menyusun draf dokumen (${who})`, targetValue: 2,
      }, 'actionPlan { id }')).actionPlan.id;
    });
    await step(`logbook ${who}`, async () => {
      const entries = [1, 2].map((i) => ({ date: shiftDate(today, -i), startTime: '08:00', endTime: '09:00', activity: `Menyusun dokumen mutu ${who} ${i}`, isAdditionalTask: true, clientKey: `world-${who}-${i}` }));
      const r = await mutate(who, 'logbookEntriesCreate', 'LogbookEntriesCreateInput', { entries }, 'logbookEntries { id }');
      [d.draftEntry, d.submittedEntry] = r.logbookEntries.map((e: { id: string }) => e.id);
      await mutate(who, 'logbookEntriesSubmit', 'LogbookEntriesSubmitInput', { entries: [d.submittedEntry] }, 'logbookEntries { id }');
    });
  }
  // Plans approved top-down by each appraiser (an admin where there is none), then one
  // evaluation per appraiser line the matrix reads, rated by that appraiser: the evaluation
  // cells need approved plans, and the workflow cells then probe APPROVED plans.
  const approver: [Person, Account][] = [['kadis', 'sekda'], ['kabid', 'kadis'], ['kasi', 'kabid'], ['staff1', 'kasi'], ['staff2', 'kasi'], ['kabid2', 'kadis'], ['staff3', 'kabid2'], ['sekda', 'admin'], ['empB', 'adminB']];
  for (const [who, by] of approver) {
    await step(`approve ${who}`, async () => {
      const plan = people[who].plan;
      if (!plan) throw new Error('no plan');
      await mutate(who, 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan }, 'performancePlan { id }');
      await mutate(by, 'performancePlanApprove', 'PerformancePlanTransitionInput', { plan }, 'performancePlan { id }');
    });
  }
  await step('org performance of Seksi (kasi heads it)', async () => {
    await mutate('kabid', 'orgPerformanceSet', 'OrgPerformanceSetInput', { unit: people.kasi.unit, evaluationPeriod: w.evalPeriodA, rating: 'GOOD' }, '__typename');
  });
  await step('org performance of Bidang SMK (kabid2 heads it)', async () => {
    await mutate('kadis', 'orgPerformanceSet', 'OrgPerformanceSetInput', { unit: people.kabid2.unit, evaluationPeriod: w.evalPeriodA, rating: 'GOOD' }, '__typename');
  });
  // A top unit has no leader above it inside the agency (the regional head is not an
  // account), so nobody sets its organisational performance through the API: written here
  // so the orgPerformance read cells of the top units have a row to read (or not).
  await step('org performance of the top units', async () => {
    const id = (gid: string | undefined) => Number(Buffer.from(gid ?? '', 'base64url').toString().split(':')[1]);
    for (const [unit, ep] of [[people.sekda.unit, w.evalPeriodA], [people.empB.unit, w.evalPeriodB]] as const) {
      await api.db.query(`insert into org_performance (agency_id, unit_id, evaluation_period_id, rating) select u.agency_id, u.id, $2, 'GOOD' from org_unit u where u.id = $1`, [id(unit), id(ep)]);
    }
  });
  for (const [who, by] of [['staff1', 'kasi'], ['kasi', 'kabid'], ['staff3', 'kabid2']] as [Person, Account][]) {
    await step(`evaluate ${who}`, async () => {
      await mutate(by, 'evaluationRate', 'EvaluationRateInput', { performancePlan: people[who].plan, evaluationPeriod: w.evalPeriodA, resultRating: 'MEETS_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' }, 'evaluation { id }');
    });
  }
  // empB (agency B's head) has no appraiser, so no rating ever makes their evaluation: their
  // own self-assessment does, so the evaluation cells keep an other-agency target.
  await step('self-assessment empB', async () => {
    await mutate('empB', 'selfAssessmentSet', 'SelfAssessmentSetInput', { performancePlan: people.empB.plan, evaluationPeriod: w.evalPeriodB, goal: people.empB.goal, note: 'Target kabupaten tercapai' }, 'evaluation { id }');
  });
  await step('tokens', async () => {
    const r = await mutate('admin', 'apiTokenCreate', 'ApiTokenCreateInput', { name: 'Matrix SIMPEG', scopes: ['READ_PLANS', 'READ_EVALUATIONS', 'READ_LOGBOOK', 'READ_ORG', 'WRITE_ATTENDANCE'] }, 'secret apiToken { id }');
    w.tokenA = { secret: r.secret, id: r.apiToken.id };
    w.tokenB = { id: (await mutate('adminB', 'apiTokenCreate', 'ApiTokenCreateInput', { name: 'Matrix B', scopes: ['READ_ORG'] }, 'apiToken { id }')).apiToken.id };
  });
  return w;
}
