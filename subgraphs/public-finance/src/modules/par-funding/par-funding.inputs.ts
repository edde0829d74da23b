import { Field, ID, InputType, Int } from 'type-graphql';
import { MoneyScalar } from '@par/platform';
import { FundingSource } from './par-funding.entity';

@InputType({ description: 'Funding figures of one PAR task; recording the same agency, year, area, task and source again revises them.' })
export class ParFundingInput {
  @Field(() => ID, { description: 'The agency responsible for the task (cơ quan chủ trì).' })
  agencyId!: string;

  @Field(() => Int, { description: 'Fiscal year.' })
  year!: number;

  @Field(() => Int, { description: 'Plan area 1–7 (lĩnh vực cải cách).' })
  area!: number;

  @Field({ description: 'The task (nhiệm vụ), in Vietnamese; at most 500 characters.' })
  task!: string;

  @Field(() => FundingSource, { description: 'Source of the funds.' })
  source!: FundingSource;

  @Field(() => MoneyScalar, { description: 'Planned amount in whole đồng; not negative.' })
  planned!: bigint;

  @Field(() => MoneyScalar, { description: 'Allocated amount in whole đồng; not negative.' })
  allocated!: bigint;

  @Field(() => MoneyScalar, { description: 'Amount spent in whole đồng; not negative and not above the allocation.' })
  spent!: bigint;
}
