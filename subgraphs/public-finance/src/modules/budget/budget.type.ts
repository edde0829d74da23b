import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@par/platform';
import { Agency } from '../agency/agency.type';
import { BudgetCategory, BudgetStage } from './budget-line.entity';

registerEnumType(BudgetCategory, {
  name: 'BudgetCategory',
  description: 'Category of a budget line (nội dung ngân sách). Spending categories are disjoint, so they add up.',
  valuesConfig: {
    RECURRENT: { description: 'Recurrent spending, excluding PAR tasks (chi thường xuyên)' },
    INVESTMENT: { description: 'Development investment spending (chi đầu tư phát triển)' },
    PAR: { description: 'Spending on administrative reform tasks (chi cải cách hành chính)' },
    REVENUE: { description: 'Revenue the agency collects: fees, charges, service income (thu sự nghiệp, phí, lệ phí)' },
  },
});

registerEnumType(BudgetStage, {
  name: 'BudgetStage',
  description: 'Stage of the budget cycle (giai đoạn ngân sách).',
  valuesConfig: {
    ESTIMATE: { description: 'Approved estimate at the start of the year (dự toán)' },
    SETTLEMENT: { description: 'Final settlement after the year (quyết toán)' },
  },
});

@ObjectType({ description: 'One approved budget figure of an agency (dòng dự toán hoặc quyết toán ngân sách).' })
export class BudgetLine {
  @Field(() => ID, { description: 'Budget line id.' })
  id!: string;

  @Field(() => Int, { description: 'Fiscal year, the calendar year (năm ngân sách).' })
  year!: number;

  @Field(() => BudgetCategory, { description: 'Category of the figure.' })
  category!: BudgetCategory;

  @Field(() => BudgetStage, { description: 'Estimate (dự toán) or settlement (quyết toán).' })
  stage!: BudgetStage;

  @Field(() => MoneyScalar, { description: 'Amount in whole đồng (số tiền).' })
  amount!: bigint | string;

  @Field(() => DateScalar, { nullable: true, description: 'Date the figure was approved (ngày phê duyệt), when known.' })
  approvedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Body that approved it, e.g. "HĐND tỉnh Hà Nam" (cơ quan phê duyệt).' })
  approvingBody!: string | null;

  @Field(() => Int, { description: 'Revision number: 1 as first approved, incremented by each adjustment (điều chỉnh dự toán).' })
  version!: number;

  @Field(() => Agency, { description: 'The agency the figure belongs to (đơn vị dự toán).' })
  agency!: Agency;
}

@ObjectType({ description: 'An agency\'s estimate and settlement in one category for the year.' })
export class CategoryAmounts {
  @Field(() => BudgetCategory, { description: 'Budget category.' })
  category!: BudgetCategory;

  @Field(() => MoneyScalar, { nullable: true, description: 'Estimate (dự toán); null when none is recorded.' })
  estimate!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Settlement (quyết toán); null until one is recorded.' })
  settlement!: string | null;
}

@ObjectType({ description: 'An agency\'s budget for one fiscal year (ngân sách của đơn vị). Spending totals exclude revenue.' })
export class AgencyBudget {
  @Field(() => Int, { description: 'Fiscal year (năm ngân sách).' })
  year!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Total estimated spending: recurrent + investment + PAR (tổng dự toán chi); null when no estimate is recorded.' })
  estimate!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Total settled spending: recurrent + investment + PAR (tổng quyết toán chi); null until a settlement is recorded.' })
  settlement!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'PAR funding allocated to tasks the agency is responsible for, all sources (kinh phí CCHC được giao); null when it has none.' })
  parAllocated!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'PAR funding spent on those tasks (kinh phí CCHC đã sử dụng); null when it has none.' })
  parSpent!: string | null;

  @Field(() => [CategoryAmounts], { description: 'Estimate and settlement per category, revenue included; categories without data are left out.' })
  byCategory!: CategoryAmounts[];
}

@ObjectType({ description: 'Province-wide estimate and settlement of one category in one year (tổng hợp ngân sách toàn tỉnh).' })
export class BudgetSummaryRow {
  @Field(() => Int, { description: 'Fiscal year.' })
  year!: number;

  @Field(() => BudgetCategory, { description: 'Budget category.' })
  category!: BudgetCategory;

  @Field(() => MoneyScalar, { nullable: true, description: 'Sum of estimates (tổng dự toán); null when there are none.' })
  estimate!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Sum of settlements (tổng quyết toán); null when there are none.' })
  settlement!: string | null;

  @Field(() => Float, { nullable: true, description: 'Settlement as a percentage of the estimate of the agencies that have settled (tỷ lệ thực hiện dự toán); null when nothing is settled.' })
  executionRate!: number | null;
}
