import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { statisticsArgs } from '@par/platform';
import { BudgetCategory } from '../budget/budget-line.entity';
import { FundingSource } from '../par-funding/par-funding.entity';
import { BudgetStatisticsTypes, ParFundingStatisticsTypes } from './statistics.type';

export enum BudgetDimension {
  YEAR = 'YEAR',
  AGENCY = 'AGENCY',
  AGENCY_KIND = 'AGENCY_KIND',
  DISTRICT = 'DISTRICT',
  CATEGORY = 'CATEGORY',
}
registerEnumType(BudgetDimension, {
  name: 'BudgetDimension',
  description: 'A dimension budget statistics can be grouped by (chiều thống kê ngân sách).',
  valuesConfig: {
    YEAR: { description: 'Fiscal year (năm ngân sách).' },
    AGENCY: { description: 'Agency the budget is for (cơ quan, đơn vị).' },
    AGENCY_KIND: { description: 'Kind of the agency, as AgencyKind names it (loại cơ quan): DEPARTMENT, DISTRICT_PEOPLES_COMMITTEE…' },
    DISTRICT: { description: 'District where the agency sits (huyện); null for provincial agencies.' },
    CATEGORY: { description: 'Budget category (loại chi): RECURRENT, INVESTMENT, PAR, REVENUE.' },
  },
});

@InputType({ description: 'Which budget lines budget statistics count; every given condition must hold.' })
export class BudgetStatisticsFilter {
  @Field(() => Int, { nullable: true, description: 'First fiscal year counted, inclusive.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last fiscal year counted, inclusive.' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only this agency (not its subordinates).' })
  agencyId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only agencies of these kinds (AgencyKind names, e.g. DEPARTMENT).' })
  agencyKinds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only agencies sitting in this district (mã huyện).' })
  districtCode?: string | null;

  @Field(() => [BudgetCategory], { nullable: true, description: 'Only these categories; default the spending ones (RECURRENT, INVESTMENT, PAR), revenue being another ledger.' })
  categories?: BudgetCategory[] | null;
}

export const BudgetStatisticsArgs = statisticsArgs(BudgetDimension, BudgetStatisticsFilter, BudgetStatisticsTypes);

export enum ParFundingDimension {
  YEAR = 'YEAR',
  AGENCY = 'AGENCY',
  AGENCY_KIND = 'AGENCY_KIND',
  DISTRICT = 'DISTRICT',
  PLAN_AREA = 'PLAN_AREA',
  SOURCE = 'SOURCE',
}
registerEnumType(ParFundingDimension, {
  name: 'ParFundingDimension',
  description: 'A dimension PAR funding statistics can be grouped by.',
  valuesConfig: {
    YEAR: { description: 'Fiscal year (năm ngân sách).' },
    AGENCY: { description: 'Agency responsible for the tasks (cơ quan chủ trì).' },
    AGENCY_KIND: { description: 'Kind of the agency, as AgencyKind names it.' },
    DISTRICT: { description: 'District where the agency sits; null for provincial agencies.' },
    PLAN_AREA: { description: 'Area of the reform plan, 1 to 7 (lĩnh vực cải cách).' },
    SOURCE: { description: 'Source of the funding (nguồn kinh phí).' },
  },
});

@InputType({ description: 'Which funded tasks PAR funding statistics count; every given condition must hold.' })
export class ParFundingStatisticsFilter {
  @Field(() => Int, { nullable: true, description: 'First fiscal year counted, inclusive.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last fiscal year counted, inclusive.' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only this agency (not its subordinates).' })
  agencyId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only agencies of these kinds (AgencyKind names, e.g. DEPARTMENT).' })
  agencyKinds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only agencies sitting in this district (mã huyện).' })
  districtCode?: string | null;

  @Field(() => [FundingSource], { nullable: true, description: 'Only these sources.' })
  sources?: FundingSource[] | null;
}

export const ParFundingStatisticsArgs = statisticsArgs(ParFundingDimension, ParFundingStatisticsFilter, ParFundingStatisticsTypes);
