import { judge, leastSquares, meetsTarget, project, toMeasurement, type TargetTerms } from '../src/graphql/indicator';

/**
 * The verdict rules of DESIGN §6, on values whose answers can be worked out by hand. The scorecard
 * contract test checks the same rules through the gateway against the sample data.
 */
const BY_2020: TargetTerms = { value: 80, comparator: 'GT', unit: 'percent', dueYear: 2020, annual: false, firstYear: 2016 };
const ANNUAL: TargetTerms = { value: 100, comparator: 'GTE', unit: 'percent', dueYear: null, annual: true, firstYear: 2016 };
const years = (...vs: Array<[number, number]>) => vs.map(([year, value]) => ({ year, value }));

test('least squares of an exact line recovers it; one point or one repeated year gives nothing', () => {
  expect(leastSquares(years([2016, 50], [2017, 55], [2018, 60]))).toEqual({ slope: 5, intercept: 50 - 5 * 2016 });
  expect(leastSquares(years([2016, 50]))).toBeNull();
  expect(leastSquares(years([2016, 50], [2016, 60]))).toBeNull();
});

test('projection: 50, 60 in 2016–17 reaches 90 in 2020 (meets > 80); the change still needed is (80 − 60) / 3 a year', () => {
  const p = project(years([2016, 50], [2017, 60]), 2020, 'GT', 80, 'percent')!;
  expect(p.dueYear).toBe(2020);
  expect(p.value).toBeCloseTo(90, 9);
  expect(p.meets).toBe(true);
  expect(p.requiredYearlyChange).toBeCloseTo(20 / 3, 9);
});

test('a percent projection stays within 0–100 (a steep trend cannot promise 130 %)', () => {
  expect(project(years([2016, 40], [2017, 70]), 2020, 'GTE', 100, 'percent')!.value).toBe(100);
  expect(project(years([2016, 40], [2017, 10]), 2020, 'GTE', 100, 'percent')!.value).toBe(0);
  // A count is not clamped.
  expect(project(years([2016, 40], [2017, 70]), 2020, 'GTE', 100, 'units')!.value).toBe(160);
});

test('a by-target before its due year is never NOT_MET: ON_TRACK, AT_RISK or NOT_DUE by its trend', () => {
  expect(judge(BY_2020, 2017, years([2016, 50], [2017, 60])).status).toBe('ON_TRACK');
  expect(judge(BY_2020, 2017, years([2016, 60], [2017, 61])).status).toBe('AT_RISK');
  expect(judge(BY_2020, 2016, years([2016, 60])).status).toBe('NOT_DUE');
  // Met early is met.
  expect(judge(BY_2020, 2018, years([2016, 60], [2017, 70], [2018, 85])).status).toBe('MET');
});

test('in and after the due year a miss is NOT_MET; an annual target is judged each year', () => {
  expect(judge(BY_2020, 2020, years([2016, 50], [2017, 60], [2020, 79])).status).toBe('NOT_MET');
  expect(judge(BY_2020, 2021, years([2016, 50], [2021, 80])).status).toBe('NOT_MET');
  expect(judge(ANNUAL, 2017, years([2016, 100], [2017, 99])).status).toBe('NOT_MET');
  expect(judge(ANNUAL, 2017, years([2016, 100], [2017, 99])).projection).toBeNull();
});

test('NO_DATA without a measurement for the year, whatever earlier years say; years before the plan are not in the trend', () => {
  expect(judge(BY_2020, 2019, years([2016, 50], [2017, 60])).status).toBe('NO_DATA');
  // 2014 and 2015 would make a steep trend; the plan starts in 2016, so only 2016 counts: too few to project.
  const r = judge(BY_2020, 2016, years([2014, 0], [2015, 30], [2016, 60]));
  expect(r).toEqual({ status: 'NOT_DUE', projection: null });
});

test('the verdict uses the exact ratio: 99 999 of 100 000 shows as 100 but misses "≥ 100 %"', () => {
  const m = toMeasurement(
    { numerator: 99_999, denominator: 100_000 },
    { measure: { kind: 'x', params: {} }, scope: { year: 2020, agencyId: null, unitCode: null } },
  )!;
  expect(m.value).toBe(100);
  expect(judge(ANNUAL, 2020, years([2020, (100 * 99_999) / 100_000])).status).toBe('NOT_MET');
  expect(meetsTarget(100, 'GTE', 100)).toBe(true);
  expect(
    toMeasurement({ numerator: 0, denominator: 0 }, { measure: { kind: 'x', params: {} }, scope: { year: 2020, agencyId: null, unitCode: null } }),
  ).toBeNull();
});
