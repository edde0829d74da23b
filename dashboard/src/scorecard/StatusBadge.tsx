import { useT } from '../i18n/context';

export const STATUSES = ['MET', 'NOT_MET', 'ON_TRACK', 'AT_RISK', 'NOT_DUE', 'NO_DATA'] as const;

/**
 * Shown instead of a verdict when the department that measures the target did not answer: "no
 * data" would tell a leader that nothing was measured, which is not known.
 */
export const UNAVAILABLE = 'UNAVAILABLE';

export function StatusBadge({ status }: { status: string | null | undefined }) {
  const t = useT();
  const s = status ?? 'NO_DATA';
  return (
    <span className={`badge badge-${s.toLowerCase().replace('_', '-')}`} data-status={s}>
      {t.statusLabel[s] ?? s}
    </span>
  );
}
