import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyScalar } from '@par/platform';

export enum AutonomyGroup {
  GROUP_1 = 'GROUP_1',
  GROUP_2 = 'GROUP_2',
  GROUP_3 = 'GROUP_3',
  GROUP_4 = 'GROUP_4',
}

registerEnumType(AutonomyGroup, {
  name: 'AutonomyGroup',
  description: 'Financial autonomy group of a public service unit under Decree 60/2021/NĐ-CP (nhóm tự chủ tài chính).',
  valuesConfig: {
    GROUP_1: { description: 'Group 1: covers its recurrent and its investment spending (tự bảo đảm chi thường xuyên và chi đầu tư)' },
    GROUP_2: { description: 'Group 2: covers at least 100 % of its recurrent spending (tự bảo đảm chi thường xuyên)' },
    GROUP_3: { description: 'Group 3: covers 10 % to under 100 % of its recurrent spending (tự bảo đảm một phần chi thường xuyên)' },
    GROUP_4: { description: 'Group 4: covers under 10 % (do Nhà nước bảo đảm chi thường xuyên)' },
  },
});

@ObjectType({ description: 'Financial autonomy of a public service unit in one year (mức độ tự chủ tài chính của đơn vị sự nghiệp công lập).' })
export class Autonomy {
  @Field(() => Int, { description: 'Fiscal year assessed.' })
  year!: number;

  @Field(() => AutonomyGroup, { description: 'Autonomy group, derived from the rate and the investment flag by the database.' })
  group!: AutonomyGroup;

  @Field(() => Float, { description: 'Self-financing rate, percent: 100 × revenue / recurrent spending (mức tự bảo đảm chi thường xuyên).' })
  selfFinancingRate!: number;

  @Field(() => MoneyScalar, { description: 'Revenue from the unit\'s own activities (nguồn thu sự nghiệp), whole đồng.' })
  revenue!: string;

  @Field(() => MoneyScalar, { description: 'Recurrent spending (chi thường xuyên), whole đồng.' })
  recurrentSpending!: string;

  @Field({ description: 'Whether the unit also covers its investment spending (tự bảo đảm chi đầu tư).' })
  coversInvestment!: boolean;
}

@ObjectType({ description: 'Number of assessed public service units in one autonomy group and year.' })
export class AutonomyDistributionRow {
  @Field(() => Int, { description: 'Fiscal year.' })
  year!: number;

  @Field(() => AutonomyGroup, { description: 'Autonomy group.' })
  group!: AutonomyGroup;

  @Field(() => Int, { description: 'Number of units (số đơn vị).' })
  units!: number;
}
