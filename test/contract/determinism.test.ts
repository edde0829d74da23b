import { ParScorecardDocument } from '@par/operations';
import { PLAN, startContractHub, tokens, type ContractHub } from './support';

/**
 * Two hubs seeded independently with the same seed number give the same scorecard, to the
 * last digit: the sample data is a function of the seed alone.
 */
const SEED = 4242;
let hubs: ContractHub[] = [];

beforeAll(async () => {
  hubs = await Promise.all([startContractHub({ scale: 0.005, seed: SEED }), startContractHub({ scale: 0.005, seed: SEED })]);
}, 120_000);
afterAll(() => Promise.all(hubs.map((h) => h.close())));

test('same seed number, same scorecard (every year of the plan)', async () => {
  const token = await tokens.leadership();
  for (const year of [2016, 2020]) {
    const [a, b] = await Promise.all(hubs.map((h) => h.run(ParScorecardDocument, { plan: PLAN, year }, token)));
    expect(a.reformPlan.targets.length).toBeGreaterThan(20);
    expect(a.reformPlan.targets.some((t: { indicator: { measurement: unknown } }) => t.indicator.measurement !== null)).toBe(true);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  }
});
