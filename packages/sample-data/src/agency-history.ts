import { dayAfter, HA_NAM_LAST_DAY, readYaml, unitChanges, unitHistory, type UnitVersion } from './units';

/** One name of an agency and the days it was in use. */
export interface AgencyName {
  name: string;
  shortName: string | null;
  /** Null: in use since before the earliest day held. */
  validFrom: string | null;
  /** Null: still in use. */
  validTo: string | null;
  /** False when the day it began is not taken from the act that made it. */
  confirmed: boolean;
  note: string | null;
}

export interface AgencyLabel {
  name: string;
  shortName: string | null;
  /** Why the name begins on this day when that day is not an act's (shown beside the name). */
  doubt?: string;
}

let changeConfirmed: Map<string, { confirmed: boolean; unconfirmed: string | null }> | undefined;

/**
 * The names an agency had as its unit changed, from `label` of each version of the unit up to Hà Nam's
 * last day (a code reused on 1 Jul 2025 names another unit, not this agency's). A version `label`
 * returns null for is a gap: the agency did not exist then. Equal consecutive names are one name.
 */
export function namesAlongUnit(unitCode: string, label: (v: UnitVersion) => AgencyLabel | null): AgencyName[] {
  changeConfirmed ??= new Map(unitChanges().map((c) => [c.id, c]));
  const out: AgencyName[] = [];
  for (const v of unitHistory(unitCode)) {
    if (v.validFrom !== null && v.validFrom > HA_NAM_LAST_DAY) break;
    const l = label(v);
    if (!l) continue;
    const prev = out[out.length - 1];
    const adjacent = prev && prev.validTo !== null && v.validFrom !== null && dayAfter(prev.validTo) === v.validFrom;
    if (prev && adjacent && prev.name === l.name && prev.shortName === l.shortName) {
      prev.validTo = v.validTo;
      continue;
    }
    const change = v.begunBy ? changeConfirmed.get(v.begunBy) : undefined;
    const doubts = [l.doubt, change && !change.confirmed ? change.unconfirmed : null].filter((x): x is string => Boolean(x));
    // The first name held is as old as the agency: no change began it.
    const first = out.length === 0 && v.validFrom === null;
    out.push({
      name: l.name, shortName: l.shortName, validFrom: v.validFrom, validTo: v.validTo,
      confirmed: first || doubts.length === 0, note: first ? null : doubts.join('; ') || null,
    });
  }
  return out;
}

interface AgencyFactsFile {
  agencies: Array<{
    name: string;
    established_on?: string;
    former_names?: Array<{ name: string; until: string }>;
    confirmed: boolean;
    note: string;
  }>;
}

/** Foundings and renames the unit history does not give (data/agency-history.yaml). */
export function agencyFacts(): AgencyFactsFile['agencies'] {
  return readYaml<AgencyFactsFile>('agency-history.yaml').agencies;
}
