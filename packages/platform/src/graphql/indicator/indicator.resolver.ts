import { Args, Authorized, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Requirement } from '../../auth/authorize';
import type { HubContext } from '../../context';
import { EvidenceArgs, EvidenceConnection, Measurement, MeasurementArgs, Projection, TargetStatus } from './measurement.type';
import { InvalidMeasureError, measureSpecOf, type MeasureSpec } from './measure-kind';
import { measureScope } from './measure-scope';
import { displayedValue, evidencePage, exactValue, loadMeasurement, type IndicatorMeasures } from './measures';
import { judge, meetsTarget, type TargetTerms } from './verdict';

/** The target's terms and measure as an indicator object carries them (from its key, or from its target in institutions). */
export interface IndicatorWithTerms {
  code: string;
  /** The measure kind the plan names for the target; none means nothing to measure. */
  measureKind?: string | null;
  /** Its parameters: an object, or canonical JSON as the key carries it. */
  measureParams?: string | Record<string, unknown> | null;
  targetValue?: number | null;
  targetComparator?: string | null;
  targetUnit?: string | null;
  targetDueYear?: number | null;
  targetAnnual?: boolean | null;
  targetFirstYear?: number | null;
}

const termsOf = (i: IndicatorWithTerms): TargetTerms => ({
  value: i.targetValue ?? null,
  comparator: i.targetComparator ?? null,
  unit: i.targetUnit ?? null,
  dueYear: i.targetDueYear ?? null,
  annual: i.targetAnnual ?? null,
  firstYear: i.targetFirstYear ?? null,
});

const specOf = (i: IndicatorWithTerms): MeasureSpec | null => measureSpecOf(i.measureKind, i.measureParams);

/**
 * The yearly exact values from the plan's first year to `year`, measured in one batch with everything
 * else asked. A measure the owner cannot read judges as no data: `status` is non-null, so failing it
 * would blank the whole plan's answer, while the target's `measurement` reports the error.
 */
async function verdict<M extends MeasureSpec>(ctx: HubContext, owner: IndicatorMeasures<M>, ind: IndicatorWithTerms, args: MeasurementArgs) {
  const scope = measureScope(args);
  const terms = termsOf(ind);
  const from = Math.min(terms.firstYear ?? scope.year, scope.year);
  const years = Array.from({ length: scope.year - from + 1 }, (_, i) => from + i);
  let measured: Array<Measurement | null>;
  try {
    const spec = specOf(ind);
    measured = await Promise.all(years.map((year) => loadMeasurement(ctx, owner, spec, { ...scope, year })));
  } catch (e) {
    if (!(e instanceof InvalidMeasureError)) throw e;
    measured = years.map(() => null);
  }
  const history = years.flatMap((year, i) => {
    const v = exactValue(measured[i]);
    return v === null ? [] : [{ year, value: v }];
  });
  return judge(terms, scope.year, history);
}

const noop: MethodDecorator = () => undefined;

export interface IndicatorResolverOptions {
  /** Roles that may read the figures (e.g. workforce data is for analysts and above); public when omitted. */
  requires?: Requirement[];
}

/**
 * `measurement`, `status`, `projection` and the deprecated `met` of an indicator type, the same in
 * every owner: the owner supplies only `IndicatorMeasures`.
 */
export function indicatorResolver<M extends MeasureSpec>(type: ClassType, owner: IndicatorMeasures<M>, opts: IndicatorResolverOptions = {}) {
  const auth = opts.requires ? Authorized(...opts.requires) : noop;

  @Resolver(() => type)
  class IndicatorFiguresResolver {
    @auth
    @FieldResolver(() => Measurement, { nullable: true, description: 'The figure for a year (and optional scope); null when that year has no data.' })
    measurement(@Root() ind: IndicatorWithTerms, @Args(() => MeasurementArgs) args: MeasurementArgs, @Ctx() ctx: HubContext) {
      return loadMeasurement(ctx, owner, specOf(ind), measureScope(args));
    }

    @auth
    @FieldResolver(() => TargetStatus, {
      description: "The verdict for the year: met or not, or before a `by` target's due year, on track or at risk by its trend.",
    })
    async status(@Root() ind: IndicatorWithTerms, @Args(() => MeasurementArgs) args: MeasurementArgs, @Ctx() ctx: HubContext) {
      return (await verdict(ctx, owner, ind, args)).status;
    }

    @auth
    @FieldResolver(() => Projection, {
      nullable: true,
      description:
        "The trend of the yearly values from the plan's first year up to `year`, extrapolated to the due year; null for annual targets or with fewer than two measured years.",
    })
    async projection(@Root() ind: IndicatorWithTerms, @Args(() => MeasurementArgs) args: MeasurementArgs, @Ctx() ctx: HubContext): Promise<Projection | null> {
      const p = (await verdict(ctx, owner, ind, args)).projection;
      return (
        p && { ...p, value: displayedValue(p.value), requiredYearlyChange: p.requiredYearlyChange === null ? null : displayedValue(p.requiredYearlyChange) }
      );
    }

    @auth
    @FieldResolver(() => Boolean, {
      nullable: true,
      description: "Whether the measured value meets the target's comparator and value; null without a measurement.",
      deprecationReason: 'Use `status`: it does not count a target as missed before its due year.',
    })
    async met(@Root() ind: IndicatorWithTerms, @Args(() => MeasurementArgs) args: MeasurementArgs, @Ctx() ctx: HubContext) {
      const m = await loadMeasurement(ctx, owner, specOf(ind), measureScope(args));
      return meetsTarget(exactValue(m), ind.targetComparator, ind.targetValue);
    }
  }
  Object.defineProperty(IndicatorFiguresResolver, 'name', { value: `${type.name}FiguresResolver` });
  return IndicatorFiguresResolver;
}

/** `Measurement.evidence`, listed by the owner that measured it. */
export function measurementEvidenceResolver<M extends MeasureSpec>(owner: IndicatorMeasures<M>, opts: Pick<IndicatorResolverOptions, 'requires'> = {}) {
  const auth = opts.requires ? Authorized(...opts.requires) : noop;

  @Resolver(() => Measurement)
  class MeasurementEvidenceResolver {
    @auth
    @FieldResolver(() => EvidenceConnection, {
      description: "The records behind the figure's denominator, each marked counted when in its numerator; the sums equal the figure.",
    })
    evidence(@Root() m: Measurement, @Args(() => EvidenceArgs) args: EvidenceArgs, @Ctx() ctx: HubContext) {
      return evidencePage(ctx, owner, m, args);
    }
  }
  return MeasurementEvidenceResolver;
}

/** An owner's reference resolver: the target's code, terms and measure, all of them in the key the gateway sends. */
export const indicatorReference = (ref: Record<string, unknown>): IndicatorWithTerms => {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    code: String(ref.code),
    targetValue: num(ref.targetValue),
    targetComparator: typeof ref.targetComparator === 'string' ? ref.targetComparator : null,
    targetUnit: typeof ref.targetUnit === 'string' ? ref.targetUnit : null,
    targetDueYear: num(ref.targetDueYear),
    targetAnnual: typeof ref.targetAnnual === 'boolean' ? ref.targetAnnual : null,
    targetFirstYear: num(ref.targetFirstYear),
    measureKind: typeof ref.measureKind === 'string' ? ref.measureKind : null,
    measureParams: typeof ref.measureParams === 'string' ? ref.measureParams : null,
  };
};
