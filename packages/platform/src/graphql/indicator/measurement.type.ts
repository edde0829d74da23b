import { ArgsType, Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

/**
 * The pieces of DESIGN §6 that every indicator owner must declare identically, character for
 * character, or composition refuses them: the shared `Measurement` type and the arguments of
 * `measurement`/`met`. One definition here, imported by each subgraph.
 */
@ObjectType({ description: "A plan target's measured figure for one year and scope (kết quả đo chỉ tiêu)." })
@Directive('@shareable')
export class Measurement {
  @Field(() => Float, { nullable: true, description: 'Measured value; for percent targets 100 × numerator / denominator.' })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: "Count meeting the target's condition." })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Count the target is measured against.' })
  denominator!: number | null;
}

/** Arguments of `measurement` and `met`; a class keeps their order stable in the printed SDL. */
@ArgsType()
export class MeasurementArgs {
  @Field(() => Int, { description: 'Year measured.' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Only this agency (and its subordinates).' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this administrative unit (and its sub-units).' })
  unitCode?: string | null;
}

/**
 * What every indicator owner (civil-servants' WorkforceIndicator, egov-services' EgovIndicator)
 * declares besides its measurement: the key and the target's value and comparator, which the
 * gateway fetches from institutions for `met`'s `@requires`.
 */
// Never named in a schema: only its subclasses are reachable, and type-graphql emits reachable types only.
@ObjectType()
export abstract class OwnedIndicator {
  @Field(() => ID, { description: 'Target code of the reform plan (mã chỉ tiêu).' })
  code!: string;

  @Field(() => Float, { nullable: true, description: "The target's value, from the plan target (institutions)." })
  @Directive('@external')
  targetValue!: number | null;

  @Field(() => String, { nullable: true, description: "The target's comparator (GT, GTE, LT, LTE, EQ), from the plan target (institutions)." })
  @Directive('@external')
  targetComparator!: string | null;
}

/** Percent values are computed in SQL as floats; a hair's difference must not flip a verdict. */
const EPSILON = 1e-9;

/** Whether a measured value meets the target per its comparator; null when either side is unknown. */
export function meetsTarget(value: number | null | undefined, comparator: string | null | undefined, target: number | null | undefined): boolean | null {
  if (value === null || value === undefined || target === null || target === undefined || !comparator) return null;
  switch (comparator.toUpperCase()) {
    case 'GT':
      return value > target + EPSILON;
    case 'GTE':
      return value >= target - EPSILON;
    case 'LT':
      return value < target - EPSILON;
    case 'LTE':
      return value <= target + EPSILON;
    case 'EQ':
      return Math.abs(value - target) <= EPSILON;
    default:
      return null;
  }
}

/**
 * `meetsTarget` for a measurement, judged on its exact ratio when `value` is that ratio rounded for
 * display: 99.996 shown as 100 must not pass a "≥ 100%" target.
 */
export function measurementMeets(m: Measurement | null | undefined, comparator: string | null | undefined, target: number | null | undefined): boolean | null {
  if (!m || m.value == null) return null;
  const ratio = m.numerator != null && m.denominator ? (100 * m.numerator) / m.denominator : null;
  return meetsTarget(ratio !== null && Math.abs(ratio - m.value) < 0.01 ? ratio : m.value, comparator, target);
}
