import { ArgsType, Field, Float, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { DateScalar, MoneyScalar } from './scalars';
import { SortDirection, StatisticsCompareTo } from './statistics';
import { statisticsFieldNames, type MeasureKind, type StatisticsSpec } from './statistics-query';

/**
 * The GraphQL side of the statistics grammar, made from an owner's spec so every owner's types read
 * the same: `<P>Figures`, `<P>FigureChange`, `<P>StatisticChange`, `<P>StatisticsField` (what can be
 * sorted and filtered by) and `<P>StatisticsOrder` / `<P>StatisticsBound` inputs.
 */

const scalarOf = (kind: MeasureKind) => (kind === 'count' ? Int : kind === 'amount' ? MoneyScalar : Float);

export interface StatisticsTypes {
  /** Base of the owner's statistic type (extend it and add the dimensions and `change`). */
  Figures: ClassType;
  FigureChange: ClassType;
  StatisticChange: ClassType;
  /** Enum object of `<P>StatisticsField`. */
  Field: Record<string, string>;
  Order: ClassType;
  Bound: ClassType;
}

export function statisticsTypes(prefix: string, spec: StatisticsSpec, subject: string): StatisticsTypes {
  @ObjectType(`${prefix}Figures`, { description: `${subject} figures of one group or year; rates over an empty denominator are null.` })
  class Figures {}
  @ObjectType(`${prefix}FigureChange`, {
    description:
      'Each figure of yearTo set against yearFrom: a difference (rates in percentage points) or a ratio; null where either side is null or, for a ratio, yearFrom is 0.',
  })
  class FigureChange {}
  for (const m of spec.measures.filter((x) => !x.hidden)) {
    Field(() => scalarOf(m.kind), { nullable: m.kind === 'percent' || m.kind === 'mean', description: m.description })(Figures.prototype, m.name);
    Field(() => Float, { nullable: true })(FigureChange.prototype, m.name);
  }

  @ObjectType(`${prefix}StatisticChange`, { description: 'How a group changed between two years (biến động giữa hai năm).' })
  class StatisticChange {
    @Field(() => Int)
    yearFrom!: number;

    @Field(() => Int)
    yearTo!: number;

    @Field(() => Figures, { description: 'The group in yearFrom.' })
    from!: Figures;

    @Field(() => Figures, { description: 'The group in yearTo.' })
    to!: Figures;

    @Field(() => FigureChange, { description: 'yearTo minus yearFrom.' })
    difference!: FigureChange;

    @Field(() => FigureChange, { description: 'yearTo divided by yearFrom.' })
    ratio!: FigureChange;
  }

  const fieldEnum = Object.fromEntries(statisticsFieldNames(spec).map((n) => [n, n]));
  registerEnumType(fieldEnum, {
    name: `${prefix}StatisticsField`,
    description: `A dimension or figure ${subject.toLowerCase()} statistics can be sorted or filtered by; the *_CHANGE ones need \`compareTo\` (yearTo − yearFrom).`,
  });

  @InputType(`${prefix}StatisticsOrder`, { description: `One sort key of ${subject.toLowerCase()} statistics (sắp xếp); empty figures sort last.` })
  class Order {
    @Field(() => fieldEnum)
    field!: string;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
    direction!: SortDirection;
  }

  @InputType(`${prefix}StatisticsBound`, {
    description:
      'Keeps the groups whose figure lies within min and max, inclusive (e.g. agencies with an online rate under 50); a group whose figure is null is left out.',
  })
  class Bound {
    @Field(() => fieldEnum, { description: 'A figure (or, with compareTo, its *_CHANGE).' })
    field!: string;

    @Field(() => Float, { nullable: true })
    min?: number | null;

    @Field(() => Float, { nullable: true })
    max?: number | null;
  }

  return { Figures, FigureChange, StatisticChange, Field: fieldEnum, Order, Bound };
}

export interface StatisticsArgsShape<F> {
  filter?: F | null;
  groupBy: string[];
  orderBy?: Array<{ field: string; direction?: SortDirection | null }> | null;
  having?: Array<{ field: string; min?: number | null; max?: number | null }> | null;
  compareTo?: StatisticsCompareTo | null;
  asOf?: string | null;
}
export interface StatisticsPageArgsShape<F> extends StatisticsArgsShape<F> {
  first: number;
  after?: string | null;
}

/**
 * The arguments of `<x>Statistics` (every group as a list) and `<x>StatisticsPage` (sorted and
 * paged): the owner's dimension enum and filter, the spec's order and bound inputs; `asOf` where
 * groups are placed in units as they stood on a day.
 */
export function statisticsArgs<F extends object>(
  dimension: object,
  filter: ClassType<F>,
  types: StatisticsTypes,
  asOf?: string,
): { Args: ClassType<StatisticsArgsShape<F>>; PageArgs: ClassType<StatisticsPageArgsShape<F>> } {
  @ArgsType()
  class Args {
    @Field(() => filter, { nullable: true, description: 'What to count.' })
    filter?: F | null;

    @Field(() => [dimension], { description: 'Dimensions to group by; an empty list gives one row of totals.' })
    groupBy!: string[];

    @Field(() => [types.Order], { nullable: true, description: 'Sort keys, first the most significant; then the group key.' })
    orderBy?: Array<{ field: string; direction?: SortDirection | null }> | null;

    @Field(() => [types.Bound], { nullable: true, description: 'Only groups whose figures lie within these bounds (all must hold).' })
    having?: Array<{ field: string; min?: number | null; max?: number | null }> | null;

    @Field(() => StatisticsCompareTo, {
      nullable: true,
      description: 'Two years to compare within each group (`change`); not with a time dimension in groupBy.',
    })
    compareTo?: StatisticsCompareTo | null;

    asOf?: string | null;
  }
  if (asOf) Field(() => DateScalar, { nullable: true, description: asOf })(Args.prototype, 'asOf');

  @ArgsType()
  class PageArgs extends Args {
    @Field(() => Int, { defaultValue: 20, description: 'Groups per page, 1 to 100.' })
    first!: number;

    @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor`).' })
    after?: string | null;
  }
  return { Args, PageArgs };
}
