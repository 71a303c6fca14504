import { todayIso } from '../../shared/format/date';

/** The annual period containing today, else the most recent one (periods come most recent first). */
export function currentPeriod<P extends { startDate: string; endDate: string }>(periods: readonly P[], today = todayIso()): P | null {
  return periods.find((p) => p.startDate <= today && today <= p.endDate) ?? periods[0] ?? null;
}
