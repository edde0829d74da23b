import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { Agency } from '../agency/agency.type';
import { BudgetEstimateInput, BudgetSettlementInput } from './budget.inputs';
import { BudgetService } from './budget.service';
import { AgencyBudget, BudgetLine, BudgetSummaryRow } from './budget.type';

@Resolver()
export class BudgetResolver {
  @Authorized('analyst')
  @Query(() => [BudgetSummaryRow], { description: 'Estimates and settlements by year and category (tổng hợp dự toán, quyết toán ngân sách), province-wide or for one agency and its subordinates, summed in the database.' })
  budgetSummary(
    @Arg('yearFrom', () => Int, { description: 'First fiscal year, inclusive.' }) yearFrom: number,
    @Arg('yearTo', () => Int, { description: 'Last fiscal year, inclusive; at most 50 years after yearFrom.' }) yearTo: number,
    @Arg('agencyId', () => ID, { nullable: true, description: 'Only this agency and all its subordinates, e.g. a district People\'s Committee with its offices, communes and schools; the whole province when absent.' }) agencyId: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<BudgetSummaryRow[]> {
    return new BudgetService(ctx).summary(yearFrom, yearTo, agencyId ?? null);
  }

  @Authorized('editor')
  @Mutation(() => BudgetLine, { description: 'Records an approved budget estimate (dự toán), or revises it (version + 1) while the year is not settled.' })
  recordBudgetEstimate(@Arg('input', () => BudgetEstimateInput, { description: 'The estimate.' }) input: BudgetEstimateInput, @Ctx() ctx: HubContext): Promise<BudgetLine> {
    return new BudgetService(ctx).recordEstimate(input);
  }

  @Authorized('editor')
  @Mutation(() => BudgetLine, { description: 'Records the final settlement (quyết toán) of an agency\'s budget for a year and category: once, after its estimate.' })
  recordBudgetSettlement(@Arg('input', () => BudgetSettlementInput, { description: 'The settlement.' }) input: BudgetSettlementInput, @Ctx() ctx: HubContext): Promise<BudgetLine> {
    return new BudgetService(ctx).recordSettlement(input);
  }
}

@Resolver(() => Agency)
export class AgencyBudgetResolver {
  @Authorized('analyst')
  @FieldResolver(() => AgencyBudget, { nullable: true, description: 'The agency\'s budget for a fiscal year (ngân sách năm); null when nothing is recorded for that year.' })
  budget(@Root() agency: Agency, @Arg('year', () => Int, { description: 'Fiscal year.' }) year: number, @Ctx() ctx: HubContext): Promise<AgencyBudget | null> {
    return new BudgetService(ctx).forAgency(agency.id, year);
  }
}
