import type { SecApi } from './server';

/**
 * Work data on the fixture org through the public API, so fuzzing, the matrix and the
 * fault tests reach past "not found": the 2026 period with its evaluation periods,
 * plans for kabid → kasi → staff1 (cascading goals), kasi's plan submitted, staff1's
 * logbook entries. Best effort: a step whose module has not landed yet is skipped and
 * named in `skipped`; later steps that need it are skipped too.
 */
export interface Scenario {
  period?: string;
  evaluationPeriods: string[];
  /** The evaluation period containing `today` (Q4 2026 on the reference clock). */
  currentEvaluationPeriod?: string;
  plans: Partial<Record<'kabid' | 'kasi' | 'staff1' | 'staff2', string>>;
  goals: Partial<Record<'kabid' | 'kasi' | 'staff1' | 'staff2', string>>;
  indicators: Partial<Record<'kabid' | 'kasi' | 'staff1' | 'staff2', string>>;
  actionPlans: string[];
  logbookEntries: string[];
  skipped: string[];
}

type Who = keyof SecApi['fx']['employees'];

async function mutate(api: SecApi, who: Who, name: string, inputType: string, input: unknown, selection: string): Promise<any> {
  const r = await api.gql(`mutation($i: ${inputType}!) { ${name}(input: $i) { ${selection} userErrors { code field message } } }`, { i: input }, await api.as(who));
  const p = r.data?.[name];
  if (!p || p.userErrors?.length) throw new Error(`${name}: ${JSON.stringify(r.errors ?? p?.userErrors)}`);
  return p;
}

export function todayJakarta(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export async function seedScenario(api: SecApi, opts: { year?: number; logbookDays?: number } = {}): Promise<Scenario> {
  const s: Scenario = { evaluationPeriods: [], plans: {}, goals: {}, indicators: {}, actionPlans: [], logbookEntries: [], skipped: [] };
  const today = todayJakarta();
  const year = opts.year ?? Number(today.slice(0, 4));
  const step = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (err) {
      s.skipped.push(`${name}: ${(err as Error).message.slice(0, 200)}`);
    }
  };
  await step('period', async () => {
    const p = await mutate(api, 'admin', 'periodCreate', 'PeriodCreateInput', { year }, 'period { id evaluationPeriods { id startDate endDate } }');
    s.period = p.period.id;
    s.evaluationPeriods = p.period.evaluationPeriods.map((e: any) => e.id);
    // The shortest evaluation period containing today (a quarter rather than FINAL).
    const containing = (p.period.evaluationPeriods as { id: string; startDate: string; endDate: string }[])
      .filter((e) => e.startDate <= today && today <= e.endDate)
      .sort((a, b) => Date.parse(a.endDate) - Date.parse(a.startDate) - (Date.parse(b.endDate) - Date.parse(b.startDate)));
    s.currentEvaluationPeriod = containing[0]?.id;
  });
  const indicator = (d: string) => ({ description: d, aspect: 'QUANTITY', targetValue: 12, unit: 'dokumen' });
  const plan = async (who: 'kabid' | 'kasi' | 'staff1' | 'staff2', parent?: string) => {
    await step(`plan ${who}`, async () => {
      if (!s.period) throw new Error('no period');
      const p = await mutate(api, who, 'performancePlanCreate', 'PerformancePlanCreateInput', { period: s.period, approach: 'QUANTITATIVE' }, 'performancePlan { id }');
      s.plans[who] = p.performancePlan.id;
      const g = await mutate(api, who, 'goalCreate', 'GoalCreateInput', {
        plan: s.plans[who], kind: 'MAIN', description: `Tersusunnya dokumen kurikulum (${who})`, indicators: [indicator(`Jumlah dokumen ${who}`)],
        ...(parent ? { parentGoal: parent, cascadeType: 'DIRECT' } : {}),
      }, 'goal { id indicators { id } }');
      s.goals[who] = g.goal.id;
      s.indicators[who] = g.goal.indicators?.[0]?.id;
    });
  };
  await plan('kabid');
  await plan('kasi', s.goals.kabid);
  await plan('staff1', s.goals.kasi);
  await plan('staff2', s.goals.kasi);
  await step('submit staff2 plan', async () => {
    if (!s.plans.staff2) throw new Error('no plan');
    await mutate(api, 'staff2', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan: s.plans.staff2 }, 'performancePlan { id }');
  });
  await step('action plan staff1', async () => {
    if (!s.goals.staff1 || !s.currentEvaluationPeriod) throw new Error('no goal or evaluation period');
    const a = await mutate(api, 'staff1', 'actionPlanCreate', 'ActionPlanCreateInput', {
      goal: s.goals.staff1, evaluationPeriod: s.currentEvaluationPeriod, indicator: s.indicators.staff1, description: 'Menyusun draf dokumen kurikulum', targetValue: 3,
    }, 'actionPlan { id }');
    s.actionPlans.push(a.actionPlan.id);
  });
  await step('logbook staff1', async () => {
    const days = opts.logbookDays ?? 3;
    const entries = Array.from({ length: days }, (_, i) => ({
      date: shiftDate(today, -i), startTime: '08:00', endTime: '10:00', activity: `Menyusun draf kurikulum hari ${i + 1}`,
      outputQuantity: 1, outputUnit: 'dokumen', isAdditionalTask: true, clientKey: `scenario-${i}`,
    }));
    const r = await mutate(api, 'staff1', 'logbookEntriesCreate', 'LogbookEntriesCreateInput', { entries }, 'logbookEntries { id }');
    s.logbookEntries.push(...r.logbookEntries.map((e: any) => e.id));
    await mutate(api, 'staff1', 'logbookEntriesSubmit', 'LogbookEntriesSubmitInput', { entries: s.logbookEntries.slice(0, 2) }, 'logbookEntries { id }');
  });
  return s;
}

export function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
