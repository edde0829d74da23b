import { ArgsType, Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

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

@ObjectType({ description: 'How a civil-service target of the reform plan is measured from civil-servants data (chỉ tiêu xây dựng đội ngũ CBCCVC); `code` is the target code.' })
@Directive('@key(fields: "code")')
export class WorkforceIndicator {
  @Field(() => ID, { description: 'Target code, e.g. CS_LEGAL_ETHICS_TRAINED.' })
  code!: string;

  @Field(() => Float, { nullable: true, description: "The target's value, from the plan target (institutions)." })
  @Directive('@external')
  targetValue!: number | null;

  @Field(() => String, { nullable: true, description: "The target's comparator (GT, GTE, LT, LTE, EQ), from the plan target (institutions)." })
  @Directive('@external')
  targetComparator!: string | null;
}

/** Arguments of `measurement` and `met`, identical in every indicator owner (DESIGN §6); a class keeps their order. */
@ArgsType()
export class MeasurementArgs {
  @Field(() => Int, { description: 'Year measured.' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Only this agency and its subordinates.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this administrative unit and its sub-units.' })
  unitCode?: string | null;
}
