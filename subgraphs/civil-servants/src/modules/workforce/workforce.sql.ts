/**
 * SQL shared by the workforce figures. "In service in year Y" means in service on 31 December of Y:
 * hired on or before that day and not left by then; "trained" means any course completed in Y.
 */
export const yearEnd = (year: string) => `make_date(${year}, 12, 31)`;

export const activeAt = (cs: string, year: string) =>
  `${cs}.hired_on <= ${yearEnd(year)} AND (${cs}.left_on IS NULL OR ${cs}.left_on > ${yearEnd(year)})`;

export const completedIn = (cs: string, year: string, kinds?: string) =>
  `EXISTS (SELECT 1 FROM training_completion tc${kinds ? ' JOIN training_course co ON co.id = tc.course_id' : ''}
     WHERE tc.civil_servant_id = ${cs}.id AND tc.completed_on >= make_date(${year}, 1, 1) AND tc.completed_on <= ${yearEnd(year)}
     ${kinds ? `AND co.kind IN (${kinds})` : ''})`;

/** Percent in SQL, null for an empty denominator, so no share is ever computed in JavaScript. */
export const percent = (num: string, den: string) => `CASE WHEN ${den} > 0 THEN 100.0 * ${num} / ${den} END::float8`;
