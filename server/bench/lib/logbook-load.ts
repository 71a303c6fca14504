import { runAutocannon } from './autocannon-run';
import { addDays } from '../../src/lib/dates';

/**
 * The logbook benchmark's API load (scenarios/logbook.ts), run in a worker thread
 * (in-worker.ts) so the load generator does not share the server's event loop. Every
 * request gets fresh (employee, day, minute) slots, so no entry overlaps another.
 */
export interface SlotState {
  employees: number[];
  base: string;
  next: number[];
  rr: number;
}

/** Slots (date, minute) per employee, handed out in order: 1440 a day, going back from the day before `base`. */
export class Slots {
  readonly state: SlotState;
  constructor(employees: number[] | SlotState, base?: string) {
    this.state = Array.isArray(employees) ? { employees, base: base!, next: employees.map(() => 0), rr: 0 } : employees;
  }
  /** Takes `n` consecutive slots of the next employee (round robin). */
  take(n: number): { index: number; employeeId: number; slots: { date: string; start: string; end: string }[] } {
    const st = this.state;
    const index = st.rr++ % st.employees.length;
    const slots = [];
    for (let i = 0; i < n; i++) {
      const k = st.next[index]++;
      const minute = k % 1440;
      slots.push({ date: addDays(st.base, -1 - Math.floor(k / 1440)), start: hhmm(minute), end: hhmm(minute + 1) });
    }
    return { index, employeeId: st.employees[index], slots };
  }
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export const SINGLE = `mutation($i: LogbookEntryCreateInput!) { logbookEntryCreate(input: $i) { logbookEntry { id } userErrors { code } } }`;
const TYPENAME = JSON.stringify({ query: '{ __typename }' });
export const BATCH = `mutation($i: LogbookEntriesCreateInput!) { logbookEntriesCreate(input: $i) { logbookEntries { id } userErrors { code } } }`;

/** Database ids of the entries a mutation response acknowledges. */
export function ackedIds(body: string): number[] {
  const data = JSON.parse(body).data;
  const p = data?.logbookEntryCreate ?? data?.logbookEntriesCreate;
  const got: { id: string }[] = p?.logbookEntry ? [p.logbookEntry] : (p?.logbookEntries ?? []);
  return got.map((e) => Number(Buffer.from(e.id, 'base64url').toString().split(':')[1]));
}

export interface ApiLoadArgs {
  url: string;
  tokens: string[];
  slots: SlotState;
  /** Entries per request; 0 sends `{ __typename }` (no entries). */
  perRequest: number;
  connections: number;
  seconds: number;
  /** Client-key prefix (null: no client keys). */
  keyPrefix: string | null;
}

export interface ApiRun {
  /** Bodies whose response had not arrived when autocannon stopped (in flight at the cut-off). */
  unanswered: { body: string; token: string }[];
  entriesPerSecond: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  acked: number[];
  refused: number;
  non2xx: number;
  errors: number;
  /** The slots after the run (the caller continues from here). */
  slots: SlotState;
}

/** autocannon against the API with a fresh slot (and client key) in every request body. */
export async function apiLoad(a: ApiLoadArgs): Promise<ApiRun> {
  const slots = new Slots(a.slots);
  const acked: number[] = [];
  let refused = 0;
  let serial = 0;
  let requestSerial = 0;
  let record = false;
  const inflight = new Map<number, { body: string; token: string }>();
  let rr = 0;
  const makeBody = () => {
    // perRequest 0: `{ __typename }`, the ceiling of the stack, signed in as each employee in turn.
    if (a.perRequest === 0) return { body: TYPENAME, token: a.tokens[rr++ % a.tokens.length] };
    const { index, slots: taken } = slots.take(a.perRequest);
    const entries = taken.map((t) => ({
      date: t.date, startTime: t.start, endTime: t.end, activity: `Kegiatan ${t.date} ${t.start}`, isAdditionalTask: true,
      // Warm-up requests get keys of their own, so the check counts only the measured run.
      ...(a.keyPrefix ? { clientKey: `${record ? a.keyPrefix : `warmup-${a.keyPrefix}`}:${serial++}` } : {}),
    }));
    const body = a.perRequest === 1 ? JSON.stringify({ query: SINGLE, variables: { i: entries[0] } }) : JSON.stringify({ query: BATCH, variables: { i: { entries } } });
    return { body, token: a.tokens[index] };
  };
  const opts = (duration: number) => ({
    url: a.url,
    connections: a.connections,
    duration,
    timeout: 120,
    requests: [{
      method: 'POST',
      setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
        const sent = makeBody();
        context.serial = ++requestSerial;
        if (record) inflight.set(requestSerial, sent);
        return { ...req, body: sent.body, headers: { 'content-type': 'application/json', authorization: `Bearer ${sent.token}` } };
      },
      onResponse: (status: number, body: string, context: Record<string, unknown>) => {
        if (!inflight.delete(context.serial as number) || status !== 200 || a.perRequest === 0) return;
        const got = ackedIds(body);
        if (got.length === 0) refused += 1;
        acked.push(...got);
      },
    }],
  });
  await runAutocannon(opts(Math.max(1, Math.round(a.seconds / 5))) as never);
  record = true;
  const r = await runAutocannon(opts(a.seconds) as never);
  record = false;
  return {
    unanswered: [...inflight.values()],
    entriesPerSecond: acked.length / a.seconds, requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99,
    acked, refused, non2xx: r.non2xx, errors: r.errors + r.timeouts, slots: slots.state,
  };
}
