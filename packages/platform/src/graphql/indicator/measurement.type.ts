import { ArgsType, Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../scalars';
import { MAX_PAGE_SIZE, PageInfo } from '../pagination';
import type { MeasureSpec } from './measure-kind';
import type { MeasureScope } from './measure-scope';

/**
 * The pieces of DESIGN §6 that every indicator owner must declare identically, character for
 * character, or composition refuses them: `Measurement`, its evidence, `Projection`, `TargetStatus`
 * and the arguments of the indicator fields. One definition here, imported by each owner.
 */

export enum TargetStatus {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  NOT_DUE = 'NOT_DUE',
  NO_DATA = 'NO_DATA',
}
registerEnumType(TargetStatus, {
  name: 'TargetStatus',
  description: "A plan target's verdict for one year (đánh giá chỉ tiêu).",
  valuesConfig: {
    MET: { description: 'The measured value meets the target (đạt).' },
    NOT_MET: { description: 'An annual target missed that year, or a target missed in or after its due year (không đạt).' },
    ON_TRACK: { description: 'Before its due year, not yet met; the trend reaches the target by the due year (đúng tiến độ).' },
    AT_RISK: { description: 'Before its due year, not yet met; the trend does not reach the target by the due year (có nguy cơ không đạt).' },
    NOT_DUE: { description: 'Before its due year, not yet met, with too few measured years to project (chưa đến hạn).' },
    NO_DATA: { description: 'No measurement for the year (chưa có số liệu).' },
  },
});

@ObjectType({ description: "The least-squares trend of the yearly values from the plan's first year, extrapolated to the due year (dự báo xu hướng)." })
@Directive('@shareable')
export class Projection {
  @Field(() => Int, { description: 'Year by which the target must hold.' })
  dueYear!: number;

  @Field(() => Float, { description: 'Trend value in the due year (percent values kept within 0–100), rounded to 2 decimals.' })
  value!: number;

  @Field({ description: "Whether the trend value meets the target's comparator and value." })
  meets!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Change per year the latest measured value needs to reach the target by the due year; null when no year is left.',
  })
  requiredYearlyChange!: number | null;
}

@ObjectType({ description: 'One record behind a measurement: in its denominator, and in its numerator when `counted` (bằng chứng).' })
@Directive('@shareable')
export class EvidenceRecord {
  @Field(() => ID, { description: 'Id of the record in its owner (a dossier id, a procedure code, a unit code…).' })
  id!: string;

  @Field({ description: 'What the record is, e.g. DOSSIER, PROCEDURE, STAFF, ADMINISTRATIVE_UNIT, SURVEY_BATCH.' })
  kind!: string;

  @Field({ description: 'A human label (no personal data).' })
  label!: string;

  @Field(() => DateScalar, { description: 'The date that placed the record in the year measured.' })
  date!: string;

  @Field({ description: 'Whether the record is in the numerator.' })
  counted!: boolean;

  @Field(() => Int, { description: 'What the record adds to the numerator: 1 or 0 for a single record, its own count for a reported batch.' })
  numerator!: number;

  @Field(() => Int, { description: 'What the record adds to the denominator: 1 for a single record, its own count for a reported batch.' })
  denominator!: number;
}

@ObjectType({ description: 'One evidence record of a page, with its cursor.' })
@Directive('@shareable')
export class EvidenceEdge {
  @Field({ description: 'Opaque cursor of this record.' })
  cursor!: string;

  @Field(() => EvidenceRecord, { description: 'The record.' })
  node!: EvidenceRecord;
}

@ObjectType({ description: 'A page of the records behind a measurement (Relay connection); the sums over all pages equal the measurement.' })
@Directive('@shareable')
export class EvidenceConnection {
  @Field(() => Int, { description: 'Records matching `counted`, over all pages.' })
  totalCount!: number;

  @Field(() => Int, {
    description: "Sum of the records' numerator contributions, over all pages (equals the measurement's numerator when `counted` is not given).",
  })
  numerator!: number;

  @Field(() => Int, {
    description: "Sum of the records' denominator contributions, over all pages (equals the measurement's denominator when `counted` is not given).",
  })
  denominator!: number;

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => [EvidenceEdge], { description: 'The records of this page, by date then id.' })
  edges!: EvidenceEdge[];
}

@ArgsType()
export class EvidenceArgs {
  @Field(() => Int, { defaultValue: 20, description: `Records per page, 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor`).' })
  after?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only records in the numerator (true) or only those outside it (false); all when omitted.' })
  counted?: boolean | null;
}

@ObjectType({ description: "A plan target's measured figure for one year and scope (kết quả đo chỉ tiêu)." })
@Directive('@shareable')
export class Measurement {
  @Field(() => Float, {
    nullable: true,
    description: 'Measured value: for percent targets 100 × numerator / denominator, rounded to 2 decimals (verdicts use the exact ratio).',
  })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: "Count meeting the target's condition." })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Count the target is measured against.' })
  denominator!: number | null;

  // What `evidence` lists; not part of the API.
  measure?: MeasureSpec;
  scope?: MeasureScope;
}

/** Arguments of every indicator field; a class keeps their order stable in the printed SDL. */
@ArgsType()
export class MeasurementArgs {
  @Field(() => Int, { description: 'Year measured.' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Only this agency (and its subordinates).' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this administrative unit (and its sub-units).' })
  unitCode?: string | null;
}

/** Descriptions of the measure fields, worded once for the owners and institutions (composition wants them equal). */
export const MEASURE_KIND_DESCRIPTION = 'The kind of measure the plan names for the target, e.g. staff_share; implemented by the owner (institutions).';
export const MEASURE_PARAMS_DESCRIPTION =
  'The measure\'s parameters as canonical JSON (keys sorted), e.g. {"categories":["CADRE"],"fact":"skills"} (institutions).';

/**
 * What every indicator measured outside institutions declares besides its figures: the target's
 * terms, part of its key. Institutions puts them in the representation it hands the owner, so the
 * verdict needs no `@requires`: a `@requires` returning `Projection` in several owners is one Hive
 * Gateway (schema stitching) cannot merge ("Multiple canonical definitions"), and the key works the
 * same in every gateway. The terms stay `@inaccessible` (institutions marks them), so clients never
 * see them.
 */
// Never named in a schema: only its subclasses are reachable, and type-graphql emits reachable types only.
@ObjectType()
export abstract class OwnedIndicator {
  @Field(() => ID, { description: 'Target code of the reform plan (mã chỉ tiêu).' })
  code!: string;

  @Field(() => Float, { nullable: true, description: "The target's value, from the plan target (institutions)." })
  targetValue!: number | null;

  @Field(() => String, { nullable: true, description: "The target's comparator (GT, GTE, LT, LTE, EQ), from the plan target (institutions)." })
  targetComparator!: string | null;

  @Field(() => String, { nullable: true, description: "The target's unit, e.g. percent, from the plan target (institutions)." })
  targetUnit!: string | null;

  @Field(() => Int, { nullable: true, description: "The target's due year; null for annual targets (institutions)." })
  targetDueYear!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the target holds every year (institutions).' })
  targetAnnual!: boolean | null;

  @Field(() => Int, { nullable: true, description: "First year of the target's plan, where its trend starts (institutions)." })
  targetFirstYear!: number | null;

  // The measure travels in the key like the terms: the owner reads what to count from the plan's
  // data, so it holds no target code and a second plan over the same kinds needs no code.
  @Field(() => String, { nullable: true, description: MEASURE_KIND_DESCRIPTION })
  measureKind!: string | null;

  @Field(() => String, { nullable: true, description: MEASURE_PARAMS_DESCRIPTION })
  measureParams!: string | null;
}

/** The target's terms, as `OwnedIndicator` names them. */
export const TARGET_TERMS_FIELDS = 'targetValue targetComparator targetUnit targetDueYear targetAnnual targetFirstYear';

/** The target's measure, as `OwnedIndicator` names it. */
export const MEASURE_FIELDS = 'measureKind measureParams';

/** The key of an indicator measured outside institutions: the code, the target's terms and its measure (see `OwnedIndicator`). */
export const OWNED_INDICATOR_KEY = `@key(fields: "code ${TARGET_TERMS_FIELDS} ${MEASURE_FIELDS}")`;
