import { Measurement, MeasurementArgs } from '@par/platform';
import { ArgsType, Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A plan target measured by egov-services from one-stop, online-service and survey data (chỉ tiêu hiện đại hóa hành chính, TTHC); `code` is the target code.' })
@Directive('@key(fields: "code")')
export class EgovIndicator {
  @Field(() => ID, { description: 'Target code.' })
  code!: string;

  @Field(() => Float, { nullable: true, description: "The target's value, from the plan target (institutions)." })
  @Directive('@external')
  targetValue!: number | null;

  @Field(() => String, { nullable: true, description: "The target's comparator (GT, GTE, LT, LTE, EQ), from the plan target (institutions)." })
  @Directive('@external')
  targetComparator!: string | null;
}


export { Measurement, MeasurementArgs };
