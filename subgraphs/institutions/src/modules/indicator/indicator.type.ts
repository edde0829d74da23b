import {
  INDICATOR_CODE_DESCRIPTION,
  INDICATOR_DESCRIPTION,
  Measurement,
  MEASURE_KIND_DESCRIPTION,
  MEASURE_PARAMS_DESCRIPTION,
  MeasurementArgs,
  OWNED_INDICATOR_KEY,
} from '@par/platform';
import { Directive, Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';

/** Which subgraph measures a target, as the plan data names it; each has its own indicator type. */
export const INDICATOR_TYPE_OF_SUBGRAPH: Record<string, string> = {
  'civil-servants': 'WorkforceIndicator',
  'egov-services': 'EgovIndicator',
  institutions: 'InstitutionsIndicator',
};

/** What institutions knows about every indicator: its code, the terms of the target it measures and the target's measure. */
export interface IndicatorSource {
  typeName: string;
  code: string;
  measureKind: string | null;
  /** Canonical JSON (`canonicalJson`), as the owner's key carries it. */
  measureParams: string | null;
  targetValue: number | null;
  targetComparator: string | null;
  targetUnit: string | null;
  targetDueYear: number | null;
  targetAnnual: boolean | null;
  targetFirstYear: number | null;
}

/**
 * Institutions' side of the indicator contract: the code only. The figures belong to the interface
 * as the measuring subgraphs declare it (`IndicatorContract` of the platform) and to
 * `InstitutionsIndicator`; declaring them here would force `@external` stand-ins on the types other
 * subgraphs measure, which Hive Gateway cannot plan.
 */
@InterfaceType('Indicator', { description: INDICATOR_DESCRIPTION, resolveType: (value: IndicatorSource) => value.typeName })
export abstract class Indicator {
  @Field(() => ID, { description: INDICATOR_CODE_DESCRIPTION })
  code!: string;
}

/**
 * Types measured elsewhere (descriptions as their owners word them): institutions hands over the
 * target's terms in the owner's key, and the owner answers the figures.
 */
function externalIndicator(name: string, description: string, codeExample: string) {
  @ObjectType(name, { implements: Indicator, description })
  @Directive('@key(fields: "code")')
  @Directive(OWNED_INDICATOR_KEY)
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

    @Field(() => String, { nullable: true, description: MEASURE_KIND_DESCRIPTION })
    @Directive('@inaccessible')
    measureKind!: string | null;

    @Field(() => String, { nullable: true, description: MEASURE_PARAMS_DESCRIPTION })
    @Directive('@inaccessible')
    measureParams!: string | null;
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

  // Filled from the target for the verdict and the measure; not part of the API.
  measureKind!: string | null;
  measureParams!: string | null;
  targetValue!: number | null;
  targetComparator!: string | null;
  targetUnit!: string | null;
  targetDueYear!: number | null;
  targetAnnual!: boolean | null;
  targetFirstYear!: number | null;
}

export { Measurement, MeasurementArgs };
