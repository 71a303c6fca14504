import { formatNip } from '../format/nip';

/** A NIP in its printed grouping; screen readers get the same grouped digits. */
export function Nip({ value }: { value: string | null | undefined }) {
  return <span className="mono">{formatNip(value)}</span>;
}
