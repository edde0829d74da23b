import { Field, ID, InputType, Int } from 'type-graphql';
import { MoneyScalar } from '@par/platform';

@InputType({ description: 'A public service unit\'s figures for a year; the rate and group follow from them. Recording a year again corrects it.' })
export class AutonomyAssessmentInput {
  @Field(() => ID, { description: 'The public service unit (đơn vị sự nghiệp công lập).' })
  agencyId!: string;

  @Field(() => Int, { description: 'Fiscal year.' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'Revenue from the unit\'s own activities (nguồn thu sự nghiệp), whole đồng; not negative.' })
  revenue!: bigint;

  @Field(() => MoneyScalar, { description: 'Recurrent spending (chi thường xuyên), whole đồng; above zero.' })
  recurrentSpending!: bigint;

  @Field({ defaultValue: false, description: 'Whether the unit also covers its investment spending (tự bảo đảm chi đầu tư); only possible when it covers its recurrent spending.' })
  coversInvestment!: boolean;
}
