import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { AGENCY_ROW } from '../agency/agency.queries';
import { Comparator, ReformArea } from './plan.type';

/** A plan by code ($1). */
export const PLAN_BY_CODE = defineQuery(
  'planByCode',
  `SELECT code, title, issuer, to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn", period_start AS "periodStart", period_end AS "periodEnd"
       FROM reform_plan WHERE code = $1`,
  z.object({ code: z.string(), title: z.string(), issuer: z.string(), issuedOn: z.iso.date(), periodStart: z.number().int(), periodEnd: z.number().int() }),
);

const TARGET_COLUMNS = `t.code, t.plan_code AS "planCode", t.area, t.subgraph, t.ref, t.description, t.description_en AS "descriptionEn",
  t.measure, t.measure_kind AS "measureKind", t.measure_params AS "measureParams", t.note, t.lead, t.comparator, t.value, t.unit, t.due_year AS "dueYear", t.annual,
  (SELECT p.period_start FROM reform_plan p WHERE p.code = t.plan_code) AS "firstYear"`;

const TARGET_ROW = z.object({
  code: z.string(),
  planCode: z.string(),
  area: z.enum(ReformArea),
  subgraph: z.string(),
  ref: z.string().nullable(),
  description: z.string(),
  descriptionEn: z.string(),
  measure: z.string().nullable(),
  measureKind: z.string().nullable(),
  measureParams: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  lead: z.string(),
  comparator: z.enum(Comparator),
  value: z.number(),
  unit: z.string(),
  dueYear: z.number().int().nullable(),
  annual: z.boolean(),
  firstYear: z.number().int(),
});

/** The targets of the plans in $1 (text[]), in the plan's order. */
export const TARGETS_OF_PLANS = defineQuery(
  'targetsOfPlans',
  `SELECT ${TARGET_COLUMNS} FROM plan_target t WHERE t.plan_code = ANY($1::text[]) ORDER BY t.position`,
  TARGET_ROW,
);

/** Targets by code ($1 text[]). */
export const TARGETS_BY_CODES = defineQuery('targetsByCodes', `SELECT ${TARGET_COLUMNS} FROM plan_target t WHERE t.code = ANY($1::text[])`, TARGET_ROW);

/** The lead agencies of the targets in $1 (text[]), in the plan's order. */
export const LEAD_AGENCIES_OF_TARGETS = defineQuery(
  'leadAgenciesOfTargets',
  `SELECT l.target_code AS "targetCode", a.id, a.code, a.name, a.short_name AS "shortName", a.kind, a.parent_id AS "parentId",
                  a.unit_code AS "unitCode", to_char(a.established_on, 'YYYY-MM-DD') AS "establishedOn", to_char(a.dissolved_on, 'YYYY-MM-DD') AS "dissolvedOn"
           FROM plan_target_lead l JOIN agency a ON a.id = l.agency_id WHERE l.target_code = ANY($1::text[]) ORDER BY l.position`,
  AGENCY_ROW.extend({ targetCode: z.string() }),
);
