/**
 * SQL shared by the workforce figures. "In service in year Y" means in service on 31 December of Y:
 * hired on or before that day and not left by then; what counts as trained is in workforce-rollup.sql.
 */
export const yearEnd = (year: string) => `make_date(${year}, 12, 31)`;

export const activeAt = (cs: string, year: string) =>
  `${cs}.hired_on <= ${yearEnd(year)} AND (${cs}.left_on IS NULL OR ${cs}.left_on > ${yearEnd(year)})`;

/** Percent in SQL, null for an empty denominator, so no share is ever computed in JavaScript. */
export const percent = (num: string, den: string) => `CASE WHEN ${den} > 0 THEN 100.0 * ${num} / ${den} END::float8`;
