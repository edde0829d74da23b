import { Args, Field, ID, InterfaceType } from 'type-graphql';
import { Measurement, MeasurementArgs, Projection, TargetStatus } from './measurement.type';

export const INDICATOR_DESCRIPTION =
  'How a plan target is measured (chỉ số đo chỉ tiêu); answered by the subgraph that owns the data. `code` is the target code.';
// Worded as `OwnedIndicator.code`: the implementing types take the interface's description.
export const INDICATOR_CODE_DESCRIPTION = 'Target code of the reform plan (mã chỉ tiêu).';
const MET_DEPRECATION = 'Use `status`: it does not count a target as missed before its due year.';

/**
 * The indicator contract as the measuring subgraphs (civil-servants, egov-services) declare it:
 * the interface with its figures, implemented there by their own indicator type. Institutions,
 * which hands out indicators of every owner, declares `Indicator` with `code` only, so none of its
 * types carries the figures as `@external` stand-ins: a gateway planning by type (Hive Gateway's
 * stitching) refuses an interface field that a subgraph's implementation only borrows ("Was not able
 * to find any options for measurement"). Composition merges the declarations into one interface.
 */
@InterfaceType('Indicator', { description: INDICATOR_DESCRIPTION })
export abstract class IndicatorContract {
  @Field(() => ID, { description: INDICATOR_CODE_DESCRIPTION })
  code!: string;

  // Declared here only so the interface carries the fields; each implementing type resolves them.
  @Field(() => Measurement, { nullable: true, description: 'The figure for a year (and optional scope); null when that year has no data.' })
  measurement(@Args(() => MeasurementArgs) _args: MeasurementArgs): Measurement | null {
    return null;
  }

  @Field(() => TargetStatus, { description: "The verdict for the year: met or not, or before a `by` target's due year, on track or at risk by its trend." })
  status(@Args(() => MeasurementArgs) _args: MeasurementArgs): TargetStatus {
    return TargetStatus.NO_DATA;
  }

  @Field(() => Projection, {
    nullable: true,
    description:
      "The trend of the yearly values from the plan's first year up to `year`, extrapolated to the due year; null for annual targets or with fewer than two measured years.",
  })
  projection(@Args(() => MeasurementArgs) _args: MeasurementArgs): Projection | null {
    return null;
  }

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the measured value meets the target's comparator and value; null without a measurement.",
    deprecationReason: MET_DEPRECATION,
  })
  met(@Args(() => MeasurementArgs) _args: MeasurementArgs): boolean | null {
    return null;
  }
}
