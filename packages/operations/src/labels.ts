import type { TargetStatus } from './generated/graphql';

/**
 * How a target's verdict is said to people, in the hub's two languages: one wording for the
 * dashboard, the scorecard command and any client, so a leader reads the same words everywhere.
 */
export const TARGET_STATUS_LABELS: Record<'vi' | 'en', Record<TargetStatus, string>> = {
  vi: {
    MET: 'Đạt',
    NOT_MET: 'Không đạt',
    ON_TRACK: 'Đúng tiến độ',
    AT_RISK: 'Có nguy cơ không đạt',
    NOT_DUE: 'Chưa đến hạn',
    NO_DATA: 'Chưa có số liệu',
  },
  en: { MET: 'Met', NOT_MET: 'Not met', ON_TRACK: 'On track', AT_RISK: 'At risk', NOT_DUE: 'Not due', NO_DATA: 'No data' },
};

/**
 * Said instead of a verdict when the department that measures a target did not answer (its indicator is
 * null with a SERVICE_UNAVAILABLE error): "no data" would tell a leader nothing was measured, which is not known.
 */
export const TARGET_UNAVAILABLE_LABEL: Record<'vi' | 'en', string> = { vi: 'Chưa lấy được số liệu', en: 'Unavailable' };

/** The order a leader reads them in: what is settled, what needs attention, what cannot be judged yet. */
export const TARGET_STATUS_ORDER: TargetStatus[] = ['MET', 'NOT_MET', 'AT_RISK', 'ON_TRACK', 'NOT_DUE', 'NO_DATA'];
