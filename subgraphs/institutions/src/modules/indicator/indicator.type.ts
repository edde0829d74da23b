import { Measurement, MeasurementArgs, Projection, TargetStatus } from '@par/platform';
import { Args, Directive, Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';

/** Which subgraph measures a target, as the plan data names it; each has its own indicator type. */
export const INDICATOR_TYPE_OF_SUBGRAPH: Record<string, string> = {
  'civil-servants': 'WorkforceIndicator',
  'egov-services': 'EgovIndicator',
  institutions: 'InstitutionsIndicator',
};

/** What institutions knows about every indicator: its code and the terms of the target it measures. */
export interface IndicatorSource {
  typeName: string;
  code: string;
  targetValue: number | null;
  targetComparator: string | null;
  targetUnit: string | null;
  targetDueYear: number | null;
  targetAnnual: boolean | null;
  targetFirstYear: number | null;
}

const MET_DEPRECATION = 'Use `status`: it does not count a target as missed before its due year.';
const STATUS_DESCRIPTION = "The verdict for the year: met or not, or before a `by` target's due year, on track or at risk by its trend.";
const PROJECTION_DESCRIPTION =
  "The trend of the yearly values from the plan's first year up to `year`, extrapolated to the due year; null for annual targets or with fewer than two measured years.";
const MET_DESCRIPTION = "Whether the measured value meets the target's comparator and value; null without a measurement.";

@InterfaceType({
  description: 'How a plan target is measured (chỉ số đo chỉ tiêu); answered by the subgraph that owns the data. `code` is the target code.',
  resolveType: (value: IndicatorSource) => value.typeName,
})
export abstract class Indicator {
  @Field(() => ID, { description: 'Target code, e.g. CS_SKILLS_TRAINED.' })
  code!: string;

  // Declared here only so the interface carries the fields; each implementing type resolves them.
  @Field(() => Measurement, { nullable: true, description: 'The figure for a year (and optional scope); null when that year has no data.' })
  measurement(@Args(() => MeasurementArgs) _args: MeasurementArgs): Measurement | null {
    return null;
  }

  @Field(() => TargetStatus, { description: STATUS_DESCRIPTION })
  status(@Args(() => MeasurementArgs) _args: MeasurementArgs): TargetStatus {
    return TargetStatus.NO_DATA;
  }

  @Field(() => Projection, { nullable: true, description: PROJECTION_DESCRIPTION })
  projection(@Args(() => MeasurementArgs) _args: MeasurementArgs): Projection | null {
    return null;
  }

  @Field(() => Boolean, { nullable: true, description: MET_DESCRIPTION, deprecationReason: MET_DEPRECATION })
  met(@Args(() => MeasurementArgs) _args: MeasurementArgs): boolean | null {
    return null;
  }
}

/** Types measured elsewhere (descriptions as their owners word them): institutions hands over the target, the owner answers `measurement` and `met`. */
function externalIndicator(name: string, description: string, codeExample: string) {
  @ObjectType(name, { implements: Indicator, description })
  @Directive('@key(fields: "code")')
  class ExternalIndicator implements Indicator {
    @Field(() => ID, { description: codeExample })
    code!: string;

    @Field(() => Float, { nullable: true, description: "The target's value, from the plan target (institutions)." })
    @Directive('@inaccessible')
    targetValue!: number | null;

    @Field(() => String, { nullable: true, description: "The target's comparator (GT, GTE, LT, LTE, EQ), from the plan target (institutions)." })
    @Directive('@inaccessible')
    targetComparator!: string | null;

    @Field(() => String, { nullable: true, description: "The target's unit, e.g. percent, from the plan target (institutions)." })
    @Directive('@inaccessible')
    targetUnit!: string | null;

    @Field(() => Int, { nullable: true, description: "The target's due year; null for annual targets (institutions)." })
    @Directive('@inaccessible')
    targetDueYear!: number | null;

    @Field(() => Boolean, { nullable: true, description: 'Whether the target holds every year (institutions).' })
    @Directive('@inaccessible')
    targetAnnual!: boolean | null;

    @Field(() => Int, { nullable: true, description: "First year of the target's plan, where its trend starts (institutions)." })
    @Directive('@inaccessible')
    targetFirstYear!: number | null;

    @Field(() => Measurement, { nullable: true, description: 'The figure for a year (and optional scope); null when that year has no data.' })
    @Directive('@external')
    measurement(@Args(() => MeasurementArgs) _args: MeasurementArgs): Measurement | null {
      return null;
    }

    @Field(() => TargetStatus, { description: STATUS_DESCRIPTION })
    @Directive('@external')
    status(@Args(() => MeasurementArgs) _args: MeasurementArgs): TargetStatus {
      return TargetStatus.NO_DATA;
    }

    @Field(() => Projection, { nullable: true, description: PROJECTION_DESCRIPTION })
    @Directive('@external')
    projection(@Args(() => MeasurementArgs) _args: MeasurementArgs): Projection | null {
      return null;
    }

    // Deprecated by its owner: composition refuses @deprecated on an external field.
    @Field(() => Boolean, { nullable: true, description: MET_DESCRIPTION })
    @Directive('@external')
    met(@Args(() => MeasurementArgs) _args: MeasurementArgs): boolean | null {
      return null;
    }
  }
  return ExternalIndicator;
}

export const WorkforceIndicator = externalIndicator(
  'WorkforceIndicator',
  'How a civil-service target of the reform plan is measured from civil-servants data (chỉ tiêu xây dựng đội ngũ CBCCVC); `code` is the target code.',
  'Target code, e.g. CS_LEGAL_ETHICS_TRAINED.',
);
export const EgovIndicator = externalIndicator(
  'EgovIndicator',
  'A plan target measured by egov-services from one-stop, online-service and survey data (chỉ tiêu hiện đại hóa hành chính, TTHC); `code` is the target code.',
  'Target code.',
);

@ObjectType({ implements: Indicator, description: 'A plan target institutions measures itself from its catalogue and unit data; `code` is the target code.' })
@Directive('@key(fields: "code")')
export class InstitutionsIndicator {
  @Field(() => ID, { description: 'Target code, e.g. TTHC_PUBLICLY_DISCLOSED.' })
  code!: string;

  // Filled from the target for the verdict; not part of the API.
  targetValue!: number | null;
  targetComparator!: string | null;
  targetUnit!: string | null;
  targetDueYear!: number | null;
  targetAnnual!: boolean | null;
  targetFirstYear!: number | null;
}

export { Measurement, MeasurementArgs };
