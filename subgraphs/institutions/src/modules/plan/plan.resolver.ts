import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { badInput, canonicalJson, type HubContext } from '@par/platform';
import { Agency } from '../agency/agency.type';
import { Indicator, INDICATOR_TYPE_OF_SUBGRAPH, type IndicatorSource } from '../indicator/indicator.type';
import { PlanService } from './plan.service';
import { PlanTarget, ReformPlan } from './plan.type';

/** The plan is a published decision: public, like the procedure catalogue. */
@Resolver(() => ReformPlan)
export class ReformPlanResolver {
  @Query(() => ReformPlan, { nullable: true, description: 'A reform plan by the number and symbol of its decision; null when unknown.' })
  reformPlan(@Arg('code', () => ID, { description: 'E.g. "851/QĐ-UBND".' }) code: string, @Ctx() ctx: HubContext) {
    return new PlanService(ctx).plan(code);
  }

  @FieldResolver(() => [PlanTarget], { description: 'Measurable targets, in the order of the decision.' })
  targets(@Root() plan: ReformPlan, @Ctx() ctx: HubContext) {
    return new PlanService(ctx).targets(plan.code);
  }
}

/** Builds the indicator for a target: its concrete type follows the subgraph that owns the data. */
export function indicatorOf(t: PlanTarget): IndicatorSource {
  return {
    typeName: INDICATOR_TYPE_OF_SUBGRAPH[t.subgraph],
    code: t.code,
    measureKind: t.measureKind ?? null,
    // Canonical, so equal parameters make equal keys (and one entry in the owner's batch).
    measureParams: t.measureKind ? canonicalJson(t.measureParams ?? {}) : null,
    targetValue: t.value,
    targetComparator: t.comparator,
    targetUnit: t.unit,
    targetDueYear: t.dueYear,
    targetAnnual: t.annual,
    targetFirstYear: t.firstYear,
  };
}

@Resolver(() => PlanTarget)
export class PlanTargetResolver {
  @Query(() => PlanTarget, {
    nullable: true,
    description: 'One target of a reform plan by its code; null when unknown. Its indicator leads to the figure and the records behind it.',
  })
  planTarget(@Arg('code', () => ID, { description: 'Target code, e.g. TTHC_PUBLICLY_DISCLOSED.' }) code: string, @Ctx() ctx: HubContext) {
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(code)) throw badInput('code', 'is not a target code (letters, digits, _ . -)');
    return new PlanService(ctx).target(code);
  }

  @FieldResolver(() => [Agency], { description: 'Lead agencies (cơ quan chủ trì) in the catalogue.' })
  leadAgencies(@Root() t: PlanTarget, @Ctx() ctx: HubContext) {
    return new PlanService(ctx).leadAgencies(t.code);
  }

  // Nullable on purpose: its figures come from another department's subgraph, and a non-null verdict
  // there would otherwise null every target, and the plan, while that one department is down.
  @FieldResolver(() => Indicator, {
    nullable: true,
    description:
      'How the target is measured; the subgraph owning the data answers `measurement`, `status` and `projection`. Null (with a SERVICE_UNAVAILABLE error naming that subgraph) only while the owner cannot answer, so the other targets still do.',
  })
  indicator(@Root() t: PlanTarget): IndicatorSource {
    return indicatorOf(t);
  }
}

export const resolveTargetReference = (ref: { code: string }, ctx: HubContext) => new PlanService(ctx).target(ref.code);

/** An indicator reached by key alone: found through its target, if the target is measured by that type's owner. */
export const indicatorReference = (typeName: string) => async (ref: { code: string }, ctx: HubContext) => {
  const t = await new PlanService(ctx).target(ref.code);
  return t && INDICATOR_TYPE_OF_SUBGRAPH[t.subgraph] === typeName ? indicatorOf(t) : null;
};
