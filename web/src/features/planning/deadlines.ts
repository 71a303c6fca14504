export interface DeadlineItem {
  id: string;
  name: string;
  periodName: string;
  kind: string;
  deadline: string;
  unlockedUntil?: string | null;
  isLocked: boolean;
}

/** The next deadlines (batas pengisian) from now: open ones by date, and admin unlocks still running. */
export function upcomingDeadlines(items: readonly DeadlineItem[], now: Date, limit = 4): (DeadlineItem & { due: string })[] {
  const t = now.getTime();
  return items
    .map((i) => {
      const due = i.unlockedUntil && Date.parse(i.unlockedUntil) > Date.parse(i.deadline) ? i.unlockedUntil : i.deadline;
      return { ...i, due };
    })
    .filter((i) => Date.parse(i.due) >= t)
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due))
    .slice(0, limit);
}

/** `hari ini`, `besok`, `dalam 5 hari` (calendar days in the device's zone). */
export function daysLeft(due: string, now: Date): string {
  const d = new Date(due);
  const start = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const days = Math.round((start(d) - start(now)) / 86_400_000);
  if (days <= 0) return 'hari ini';
  if (days === 1) return 'besok';
  return `dalam ${days} hari`;
}
