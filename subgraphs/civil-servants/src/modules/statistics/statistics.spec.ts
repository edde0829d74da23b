import { placeCtes, TIME_DIMENSIONS, type StatisticsDimension, type StatisticsFacts, type StatisticsSpec } from '@par/platform';

/**
 * What the civil-servants statistics count. Staff: people in service on 31 December of each year,
 * read from the staff summary (`staff_year_summary`, one row per year × agency × workplace unit ×
 * category × rank × qualification), so the groups are sums of summary rows. Training: course
 * completions, dated by the day completed, so they group by quarter and month too; a person's
 * agency, workplace and category are those of the personnel record.
 */

const AGENCY: StatisticsDimension[] = [
  { name: 'AGENCY', column: 'agency_id', alias: 'agencyId' },
  { name: 'AGENCY_KIND', column: 'agency_kind', alias: 'agencyKind' },
];
const PLACE: StatisticsDimension[] = [
  { name: 'DISTRICT', column: 'district', alias: 'districtCode' },
  { name: 'COMMUNE', column: 'commune', alias: 'communeCode' },
];

export const STAFF_SPEC: StatisticsSpec = {
  dimensions: [
    TIME_DIMENSIONS.YEAR, ...AGENCY, ...PLACE,
    { name: 'CATEGORY', column: 'category', alias: 'category' },
    { name: 'RANK', column: 'rank_code', alias: 'rankCode' },
    { name: 'QUALIFICATION', column: 'qualification', alias: 'qualification' },
  ],
  measures: [
    { name: 'headcount', kind: 'count', sum: 'headcount', description: 'People in service on 31 December of the year (số người làm việc); over several years, person-years.' },
    { name: 'trained', kind: 'count', sum: 'trained', description: 'Of those, people who completed any training course in the year (đã được đào tạo, bồi dưỡng).' },
    { name: 'trainingCoverage', kind: 'percent', of: { numerator: 'trained', denominator: 'headcount' }, description: 'trained as a percent (0–100) of headcount (tỷ lệ được đào tạo, bồi dưỡng); null when the headcount is 0.' },
  ],
};

export const TRAINING_SPEC: StatisticsSpec = {
  dimensions: [
    TIME_DIMENSIONS.YEAR, TIME_DIMENSIONS.QUARTER, TIME_DIMENSIONS.MONTH, ...AGENCY, ...PLACE,
    { name: 'CATEGORY', column: 'category', alias: 'category' },
    { name: 'TRAINING_KIND', column: 'training_kind', alias: 'trainingKind' },
  ],
  measures: [
    { name: 'completions', kind: 'count', sum: '1', description: 'Course completions (lượt người được đào tạo, bồi dưỡng).' },
    { name: 'hours', kind: 'count', sum: 'hours', description: 'Training hours of those completions: each completion counts its course’s hours (giờ đào tạo).' },
    { name: 'hoursPerCompletion', kind: 'mean', of: { numerator: 'hours', denominator: 'completions' }, description: 'Hours per completion; null when there is none.' },
  ],
};

export interface StaffFilterValues {
  agencyId: string | null;
  agencyKinds: string[] | null;
  unitCode: string | null;
  categories: string[] | null;
  qualifications: string[] | null;
  trainingKinds: string[] | null;
  asOf: string;
  withPlace: boolean;
}

/** `place` only when grouped or filtered by place: it walks the unit history. */
function placeJoin(f: StaffFilterValues, unit: string): { ctes: string; cols: string; join: string; where: string } {
  if (!f.withPlace) return { ctes: '', cols: 'NULL::text AS district, NULL::text AS commune', join: '', where: '$3::text IS NULL' };
  return { ctes: `${placeCtes('$6::date')},`, cols: 'pl.district, pl.commune', join: `LEFT JOIN place pl ON pl.code = ${unit}`, where: '($3::text IS NULL OR $3 = ANY(pl.within))' };
}

const common = (f: StaffFilterValues) => [f.agencyId, f.agencyKinds, f.unitCode, f.categories, f.qualifications, f.asOf, f.trainingKinds];

export function staffFacts(f: StaffFilterValues): StatisticsFacts {
  const p = placeJoin(f, 'x.unit_code');
  return {
    recursive: f.withPlace,
    params: common(f),
    ctes: (inYears) => `${p.ctes}
  ev AS (
    SELECT x.year, x.agency_id, a.kind AS agency_kind, ${p.cols}, x.category, x.rank_code, x.qualification, x.headcount, x.trained
      FROM staff_year_summary x JOIN agency_ref a ON a.id = x.agency_id ${p.join}
     WHERE ${inYears('x.year')} AND ($1::uuid IS NULL OR x.agency_id = $1) AND ($2::text[] IS NULL OR a.kind = ANY($2))
       AND ($4::text[] IS NULL OR x.category = ANY($4)) AND ($5::text[] IS NULL OR x.qualification = ANY($5))
       AND $6::date IS NOT NULL AND $7::text[] IS NULL AND ${p.where})`,
  };
}

export function trainingFacts(f: StaffFilterValues): StatisticsFacts {
  const p = placeJoin(f, 'cs.unit_code');
  return {
    recursive: f.withPlace,
    params: common(f),
    ctes: (inYears) => `${p.ctes}
  done AS (SELECT tc.*, extract(year FROM tc.completed_on)::int AS year FROM training_completion tc),
  ev AS (
    SELECT done.year, done.completed_on AS day, cs.agency_id, a.kind AS agency_kind, ${p.cols}, cs.category, co.kind AS training_kind, co.hours
      FROM done JOIN training_course co ON co.id = done.course_id JOIN civil_servant cs ON cs.id = done.civil_servant_id
      JOIN agency_ref a ON a.id = cs.agency_id ${p.join}
     WHERE ${inYears('done.year')} AND ($1::uuid IS NULL OR cs.agency_id = $1) AND ($2::text[] IS NULL OR a.kind = ANY($2))
       AND ($4::text[] IS NULL OR cs.category = ANY($4)) AND ($5::text[] IS NULL OR cs.qualification = ANY($5))
       AND ($7::text[] IS NULL OR co.kind = ANY($7)) AND $6::date IS NOT NULL AND ${p.where})`,
  };
}
