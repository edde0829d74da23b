import { Measurement, MeasurementArgs } from '@par/platform';
import { ArgsType, Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

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


export { Measurement, MeasurementArgs };
