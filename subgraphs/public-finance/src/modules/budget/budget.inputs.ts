import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@par/platform';
import { BudgetCategory } from './budget-line.entity';

@InputType({ description: 'An approved budget figure to record for an agency, year and category.' })
export class BudgetLineInput {
  @Field(() => ID, { description: 'The agency (đơn vị dự toán).' })
  agencyId!: string;

  @Field(() => Int, { description: 'Fiscal year (năm ngân sách).' })
  year!: number;

  @Field(() => BudgetCategory, { description: 'Budget category.' })
  category!: BudgetCategory;

  @Field(() => MoneyScalar, { description: 'Amount in whole đồng, as a decimal string; not negative.' })
  amount!: bigint;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the approving decision (ngày phê duyệt).' })
  approvedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Body that approved it, e.g. "HĐND tỉnh Hà Nam" (cơ quan phê duyệt); at most 200 characters.' })
  approvingBody?: string | null;
}

@InputType({ description: 'A budget estimate (dự toán) to record; recording one again for the same agency, year and category revises it (điều chỉnh dự toán).' })
export class BudgetEstimateInput extends BudgetLineInput {}

@InputType({ description: 'A budget settlement (quyết toán): final, recorded once, and only after the estimate of the same agency, year and category.' })
export class BudgetSettlementInput extends BudgetLineInput {}
