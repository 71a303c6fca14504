import { toGlobalId } from '../src/lib/ids';
import type { Metrics } from './metrics';

/**
 * The January-deadline mix as virtual users against the API over loopback:
 * - employees write their logbook in batches of 1–5 entries with client keys (and, like
 *   a flaky mobile client, resend 5 % of batches), then submit them to their appraiser;
 * - appraisers open their verification inbox and verify (or now and then reject) it;
 * - managers browse their plan's cascade three levels deep and their team.
 * Every acknowledged entry is remembered by (employee, client key) for reconciliation.
 */
export interface Population {
  employees: { id: number; token: string }[];
  appraisers: { id: number; token: string }[];
  managers: { id: number; token: string; planId: number | null }[];
  /** Days entries may be written on (open evaluation period, not in the future). */
  days: string[];
}

export interface LoadState {
  stop: boolean;
  acked: Map<string, number>;
  sentKeys: Set<string>;
  verified: number;
}

const ENTRIES = `mutation($i: LogbookEntriesCreateInput!) { logbookEntriesCreate(input: $i) { logbookEntries { id clientKey } userErrors { code message } } }`;
const SUBMIT = `mutation($i: LogbookEntriesSubmitInput!) { logbookEntriesSubmit(input: $i) { logbookEntries { id } userErrors { code message } } }`;
const INBOX = `{ logbookVerificationInbox(first: 20) { totalCount nodes { id } } }`;
const VERIFY = `mutation($i: LogbookEntriesVerifyInput!) { logbookEntriesVerify(input: $i) { logbookEntries { id } userErrors { code message } } }`;
const REJECT = `mutation($i: LogbookEntriesRejectInput!) { logbookEntriesReject(input: $i) { logbookEntries { id } userErrors { code message } } }`;
const NODE = 'id description cascadeType';
const CASCADE = `query($id: ID!) { performancePlan(id: $id) { status cascade { ${NODE} children { ${NODE} children { ${NODE} } } } } }`;
const TEAM = `query($id: ID!) { employee(id: $id) { name subordinates(first: 50) { totalCount nodes { name } } } }`;

export class Load {
  private slot = new Map<number, number>();

  constructor(private readonly url: string, private readonly pop: Population, private readonly m: Metrics, readonly state: LoadState) {}

  private async call(kind: string, token: string, query: string, variables: unknown, field?: string): Promise<any> {
    const t = performance.now();
    let code: string | null = null;
    let data: any = null;
    try {
      const res = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(60_000) });
      const body = (await res.json()) as any;
      if (res.status !== 200 || body.errors) code = body.errors?.[0]?.extensions?.code ?? `HTTP_${res.status}`;
      else if (field && body.data?.[field]?.userErrors?.length) code = `user:${body.data[field].userErrors[0].code}`;
      data = body.data;
    } catch (err) {
      code = (err as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK';
    }
    this.m.record(kind, performance.now() - t, code);
    return code ? null : data;
  }

  /** `n` fresh one-minute slots of an employee, going back day by day. */
  private slots(employeeId: number, n: number): { date: string; start: string; end: string }[] {
    const out = [];
    for (let i = 0; i < n; i++) {
      const k = this.slot.get(employeeId) ?? 0;
      this.slot.set(employeeId, k + 1);
      const day = this.pop.days[Math.floor(k / 720) % this.pop.days.length];
      const minute = (k % 720) * 2;
      const hhmm = (x: number) => `${String(Math.floor(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
      out.push({ date: day, start: hhmm(minute), end: hhmm(minute + 1) });
    }
    return out;
  }

  async employee(): Promise<void> {
    const e = this.pop.employees[Math.floor(Math.random() * this.pop.employees.length)];
    const n = 1 + Math.floor(Math.random() * 5);
    const entries = this.slots(e.id, n).map((s) => {
      const key = `soak-${e.id}-${s.date}-${s.start}`;
      this.state.sentKeys.add(`${e.id}:${key}`);
      return { date: s.date, startTime: s.start, endTime: s.end, activity: `Menyusun laporan kegiatan ${s.date} ${s.start}`, outputQuantity: 1, outputUnit: 'laporan', isAdditionalTask: true, clientKey: key };
    });
    const sendOnce = async () => {
      const d = await this.call('logbook.create', e.token, ENTRIES, { i: { entries } }, 'logbookEntriesCreate');
      for (const x of d?.logbookEntriesCreate?.logbookEntries ?? []) this.state.acked.set(`${e.id}:${x.clientKey}`, (this.state.acked.get(`${e.id}:${x.clientKey}`) ?? 0) + 1);
      return d?.logbookEntriesCreate?.logbookEntries as { id: string }[] | undefined;
    };
    const created = await sendOnce();
    if (Math.random() < 0.05) await sendOnce(); // a client that resends: same keys, no duplicates
    if (created?.length && Math.random() < 0.7) await this.call('logbook.submit', e.token, SUBMIT, { i: { entries: created.map((x) => x.id) } }, 'logbookEntriesSubmit');
  }

  /** Appraiser virtual user `slot` of `slots` works through its own appraisers only (no two race one inbox). */
  async appraiser(slot = 0, slots = 1): Promise<void> {
    const mine = this.pop.appraisers.filter((_, i) => i % slots === slot);
    const a = mine[Math.floor(Math.random() * mine.length)] ?? this.pop.appraisers[0];
    const inbox = await this.call('inbox.read', a.token, INBOX, {});
    const ids: string[] = inbox?.logbookVerificationInbox?.nodes?.map((n: { id: string }) => n.id) ?? [];
    if (!ids.length) return;
    if (Math.random() < 0.9) {
      const d = await this.call('logbook.verify', a.token, VERIFY, { i: { entries: ids } }, 'logbookEntriesVerify');
      this.state.verified += d?.logbookEntriesVerify?.logbookEntries?.length ?? 0;
    } else {
      await this.call('logbook.reject', a.token, REJECT, { i: { entries: ids.slice(0, 3), note: 'Lengkapi bukti dukung kegiatan' } }, 'logbookEntriesReject');
    }
  }

  async manager(): Promise<void> {
    const mg = this.pop.managers[Math.floor(Math.random() * this.pop.managers.length)];
    if (mg.planId && Math.random() < 0.6) await this.call('cascade.tree', mg.token, CASCADE, { id: toGlobalId('PerformancePlan', mg.planId) });
    else await this.call('team.read', mg.token, TEAM, { id: toGlobalId('Employee', mg.id) });
  }

  /** One virtual user: its role fixed by its index (70 % employees, 15 % appraisers, 15 % managers). */
  async user(i: number, of: number): Promise<void> {
    const share = i / of;
    const firstAppraiser = Math.ceil(of * 0.7);
    const appraiserSlots = Math.max(1, Math.ceil(of * 0.85) - firstAppraiser);
    const act = share < 0.7 ? () => this.employee() : share < 0.85 ? () => this.appraiser(i - firstAppraiser, appraiserSlots) : () => this.manager();
    while (!this.state.stop) await act();
  }
}
