import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { measurementMeets, type HubContext } from '@par/platform';
import { EgovIndicator, Measurement, MeasurementArgs } from './indicator.type';
import { IndicatorService } from './indicator.service';

/**
 * The e-government targets' measurements (DESIGN §6). Public: the plan's scorecard is published,
 * and measurements are aggregates.
 */
@Resolver(() => EgovIndicator)
export class EgovIndicatorResolver {
  @FieldResolver(() => Measurement, { nullable: true, description: 'The figure for a year (and optional scope); null when that year has no data.' })
  measurement(@Root() indicator: EgovIndicator, @Args(() => MeasurementArgs) args: MeasurementArgs, @Ctx() ctx: HubContext): Promise<Measurement | null> {
    return new IndicatorService(ctx).measurement(indicator.code, args);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "Whether the measured value meets the target's comparator and value; null without a measurement." })
  @Directive('@requires(fields: "targetValue targetComparator")')
  async met(@Root() indicator: EgovIndicator, @Args(() => MeasurementArgs) args: MeasurementArgs, @Ctx() ctx: HubContext): Promise<boolean | null> {
    const m = await new IndicatorService(ctx).measurement(indicator.code, args);
    return measurementMeets(m, indicator.targetComparator, indicator.targetValue);
  }
}

export const resolveIndicatorReference = (ref: Record<string, unknown>): EgovIndicator => ({
  code: String(ref.code),
  targetValue: typeof ref.targetValue === 'number' ? ref.targetValue : null,
  targetComparator: typeof ref.targetComparator === 'string' ? ref.targetComparator : null,
});
