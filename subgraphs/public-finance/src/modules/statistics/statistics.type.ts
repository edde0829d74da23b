import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, statisticsTypes } from '@par/platform';
import { BudgetCategory } from '../budget/budget-line.entity';
import { FundingSource } from '../par-funding/par-funding.entity';
import { BUDGET_SPEC, PAR_FUNDING_SPEC } from './statistics.spec';

export const BudgetStatisticsTypes = statisticsTypes('Budget', BUDGET_SPEC, 'Budget');
export const ParFundingStatisticsTypes = statisticsTypes('ParFunding', PAR_FUNDING_SPEC, 'PAR funding');

@ObjectType({ description: 'One group of budget statistics (thống kê dự toán, quyết toán); dimensions not grouped by are null, and the groups add up to the ungrouped totals.' })
export class BudgetStatistic extends (BudgetStatisticsTypes.Figures as new () => object) {
  @Field(() => Int, { nullable: true, description: 'Fiscal year, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => ID, { nullable: true, description: 'Agency of the group, when grouped by AGENCY.' })
  agencyId!: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of the agency (AgencyKind name), when grouped by AGENCY_KIND.' })
  agencyKind!: string | null;

  @Field(() => ID, { nullable: true, description: 'District code (mã huyện) of the agency, when grouped by DISTRICT; null also for provincial agencies.' })
  districtCode!: string | null;

  @Field(() => BudgetCategory, { nullable: true, description: 'Budget category, when grouped by CATEGORY.' })
  category!: BudgetCategory | null;

  @Field(() => BudgetStatisticsTypes.StatisticChange, { nullable: true, description: 'The group in compareTo.yearTo against compareTo.yearFrom; null without compareTo.' })
  change!: unknown;
}

export const BudgetStatisticConnection = Connection(BudgetStatistic);

@ObjectType({ description: 'One group of PAR funding statistics (thống kê kinh phí CCHC); dimensions not grouped by are null, and the groups add up to the ungrouped totals.' })
export class ParFundingStatistic extends (ParFundingStatisticsTypes.Figures as new () => object) {
  @Field(() => Int, { nullable: true, description: 'Fiscal year, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => ID, { nullable: true, description: 'Agency responsible for the tasks, when grouped by AGENCY.' })
  agencyId!: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of the agency (AgencyKind name), when grouped by AGENCY_KIND.' })
  agencyKind!: string | null;

  @Field(() => ID, { nullable: true, description: 'District code (mã huyện) of the agency, when grouped by DISTRICT; null also for provincial agencies.' })
  districtCode!: string | null;

  @Field(() => Int, { nullable: true, description: 'Area of the reform plan (1–7), when grouped by PLAN_AREA.' })
  planArea!: number | null;

  @Field(() => FundingSource, { nullable: true, description: 'Source of the funding, when grouped by SOURCE.' })
  source!: FundingSource | null;

  @Field(() => ParFundingStatisticsTypes.StatisticChange, { nullable: true, description: 'The group in compareTo.yearTo against compareTo.yearFrom; null without compareTo.' })
  change!: unknown;
}

export const ParFundingStatisticConnection = Connection(ParFundingStatistic);
