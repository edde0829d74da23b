import { Args, Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { meetsTarget, type HubContext } from '@par/platform';
import { Measurement, MeasurementArgs, WorkforceIndicator } from './indicator.type';
import { IndicatorService } from './indicator.service';

/** The civil-service targets' measurements (DESIGN §6): workforce figures, so analysts and above. */
@Resolver(() => WorkforceIndicator)
export class WorkforceIndicatorResolver {
  @Authorized('analyst')
  @FieldResolver(() => Measurement, { nullable: true, description: 'The measured figure for the year; null when there is no data for that year.' })
  measurement(@Root() indicator: WorkforceIndicator, @Args(() => MeasurementArgs) args: MeasurementArgs, @Ctx() ctx: HubContext): Promise<Measurement | null> {
    return new IndicatorService(ctx).measurement(indicator.code, args);
  }

  @Authorized('analyst')
  @FieldResolver(() => Boolean, { nullable: true, description: "Whether the measured value meets the target's comparator and value; null without a measurement." })
  @Directive('@requires(fields: "targetValue targetComparator")')
  async met(@Root() indicator: WorkforceIndicator, @Args(() => MeasurementArgs) args: MeasurementArgs, @Ctx() ctx: HubContext): Promise<boolean | null> {
    const m = await new IndicatorService(ctx).measurement(indicator.code, args);
    return meetsTarget(m?.value, indicator.targetComparator, indicator.targetValue);
  }
}

export const resolveIndicatorReference = (ref: Record<string, unknown>): WorkforceIndicator => ({
  code: String(ref.code),
  targetValue: typeof ref.targetValue === 'number' ? ref.targetValue : null,
  targetComparator: typeof ref.targetComparator === 'string' ? ref.targetComparator : null,
});
