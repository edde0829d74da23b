import { placeCtes, TIME_DIMENSIONS, type StatisticsMeasure, type StatisticsFacts, type StatisticsSpec } from '@par/platform';

/**
 * What satisfaction statistics count: the yearly surveys (one per agency × year × kind). The
 * satisfied share is satisfied respondents over respondents; each factor index of a group is the
 * mean of its surveys' indices weighted by their respondents, so a group of many small surveys
 * weighs as its respondents do. Surveys carry a year, not a day: they group by year only.
 */
const FACTORS = [
  ['access', 'access_index', 'Access to information and services (tiếp cận dịch vụ)'],
  ['procedure', 'procedure_index', 'Administrative procedures (thủ tục hành chính)'],
  ['civilServant', 'civil_servant_index', 'Civil servants serving (công chức trực tiếp giải quyết)'],
  ['result', 'result_index', 'Results of the service (kết quả giải quyết)'],
  ['feedback', 'feedback_index', 'Receiving and handling feedback (tiếp nhận, xử lý góp ý)'],
] as const;

export const SATISFACTION_SPEC: StatisticsSpec = {
  dimensions: [
    TIME_DIMENSIONS.YEAR,
    { name: 'SURVEY_KIND', column: 'survey_kind', alias: 'surveyKind' },
    { name: 'AGENCY', column: 'agency_id', alias: 'agencyId' },
    { name: 'AGENCY_KIND', column: 'agency_kind', alias: 'agencyKind' },
    { name: 'DISTRICT', column: 'district', alias: 'districtCode' },
  ],
  measures: [
    { name: 'surveys', kind: 'count', sum: '1', description: 'Surveys (cuộc khảo sát): one per agency, year and kind.' },
    { name: 'responses', kind: 'count', sum: 'responses', description: 'Respondents (phiếu khảo sát).' },
    { name: 'satisfied', kind: 'count', sum: 'satisfied', description: 'Respondents satisfied (hài lòng).' },
    {
      name: 'satisfactionRate',
      kind: 'percent',
      of: { numerator: 'satisfied', denominator: 'responses' },
      description: 'satisfied as a percent of responses (tỷ lệ hài lòng); null when nobody responded.',
    },
    ...FACTORS.flatMap(([f, column, label]): StatisticsMeasure[] => [
      { name: `${f}Weighted`, kind: 'count', sum: `${column} * responses`, description: '', hidden: true },
      {
        name: `${f}Index`,
        kind: 'mean',
        of: { numerator: `${f}Weighted`, denominator: 'responses' },
        description: `${label}: the factor index (0–100) weighted by respondents; null when nobody responded.`,
      },
    ]),
  ],
};

export interface SatisfactionFilterValues {
  agencyId: string | null;
  agencyKinds: string[] | null;
  unitCode: string | null;
  surveyKinds: string[] | null;
  asOf: string;
  withPlace: boolean;
}

export function satisfactionFacts(f: SatisfactionFilterValues): StatisticsFacts {
  const place = f.withPlace
    ? {
        ctes: `${placeCtes('$5::date')},`,
        col: 'pl.district',
        join: 'LEFT JOIN place pl ON pl.code = a.unit_code',
        where: '($3::text IS NULL OR $3 = ANY(pl.within))',
      }
    : { ctes: '', col: 'NULL::text', join: '', where: '$3::text IS NULL AND $5::date IS NOT NULL' };
  return {
    recursive: f.withPlace,
    params: [f.agencyId, f.agencyKinds, f.unitCode, f.surveyKinds, f.asOf],
    ctes: (inYears) => `${place.ctes}
  ev AS (
    SELECT s.year::int AS year, s.kind AS survey_kind, s.agency_id, a.kind AS agency_kind, ${place.col} AS district, s.responses, s.satisfied,
           s.access_index, s.procedure_index, s.civil_servant_index, s.result_index, s.feedback_index
      FROM satisfaction_survey s JOIN agency_ref a ON a.id = s.agency_id ${place.join}
     WHERE ${inYears('s.year')} AND ($1::uuid IS NULL OR s.agency_id = $1) AND ($2::text[] IS NULL OR a.kind = ANY($2))
       AND ($4::text[] IS NULL OR s.kind = ANY($4)) AND ${place.where})`,
  };
}
