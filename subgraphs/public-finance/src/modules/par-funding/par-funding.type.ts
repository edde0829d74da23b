import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyScalar } from '@par/platform';
import { Agency } from '../agency/agency.type';
import { FundingSource } from './par-funding.entity';

registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Where PAR funding comes from (nguồn kinh phí), as part IV of the plan allows.',
  valuesConfig: {
    STATE_BUDGET: { description: 'The annual state budget (ngân sách nhà nước)' },
    NON_BUDGET: { description: 'Lawfully mobilised sources outside the budget (nguồn ngoài ngân sách)' },
  },
});

@ObjectType({ description: 'Funding of one PAR task for a year and source (kinh phí thực hiện nhiệm vụ cải cách hành chính).' })
export class ParFundingLine {
  @Field(() => ID, { description: 'Funding line id.' })
  id!: string;

  @Field(() => Int, { description: 'Fiscal year.' })
  year!: number;

  @Field(() => Int, { description: 'Plan area 1–7 (lĩnh vực cải cách): 1 institutions, 2 procedures, 3 organisation, 4 civil service, 5 public finance, 6 modernisation, 7 steering.' })
  area!: number;

  @Field({ description: 'The task funded (nhiệm vụ), in Vietnamese.' })
  task!: string;

  @Field(() => FundingSource, { description: 'Source of the funds.' })
  source!: FundingSource;

  @Field(() => MoneyScalar, { description: 'Planned amount (kinh phí dự kiến).' })
  planned!: bigint | string;

  @Field(() => MoneyScalar, { description: 'Allocated amount (kinh phí được giao).' })
  allocated!: bigint | string;

  @Field(() => MoneyScalar, { description: 'Amount spent (kinh phí đã sử dụng); never above the allocation.' })
  spent!: bigint | string;

  @Field(() => Int, { description: 'Revision number, incremented each time the figures are recorded again.' })
  version!: number;

  @Field(() => Agency, { description: 'The agency responsible for the task (cơ quan chủ trì).' })
  agency!: Agency;
}

@ObjectType({ description: 'PAR funding of one plan area in one year, summed over tasks and agencies.' })
export class ParFundingByArea {
  @Field(() => Int, { description: 'Fiscal year.' })
  year!: number;

  @Field(() => Int, { description: 'Plan area 1–7 (lĩnh vực cải cách).' })
  area!: number;

  @Field({ description: 'Name of the plan area as in the decision (tên lĩnh vực).' })
  areaName!: string;

  @Field(() => Int, { description: 'Number of funded tasks (số nhiệm vụ).' })
  tasks!: number;

  @Field(() => MoneyScalar, { description: 'Planned (kinh phí dự kiến).' })
  planned!: string;

  @Field(() => MoneyScalar, { description: 'Allocated (kinh phí được giao).' })
  allocated!: string;

  @Field(() => MoneyScalar, { description: 'Spent (kinh phí đã sử dụng).' })
  spent!: string;

  @Field(() => Float, { nullable: true, description: 'Spent as a percentage of allocated (tỷ lệ giải ngân); null when nothing is allocated.' })
  executionRate!: number | null;
}
