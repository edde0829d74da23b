import { print } from 'graphql';
import { AgencyProfileDocument, DistrictComparisonDocument, DossierTrendDocument, ParScorecardDocument } from '@par/operations';
import type { SubgraphName } from '@par/platform';
import { tokenFor } from '@par/platform/testing';

/** One GraphQL request of a case: the document, its variables and whose token it carries. */
export interface Step {
  query: string;
  variables: Record<string, unknown>;
  token?: string;
}

/** What a case may use to pick its data: the subgraphs' databases, and writes made before the read is cached. */
export interface CaseContext {
  sql<T = any>(subgraph: SubgraphName, text: string, params?: unknown[]): Promise<T[]>;
  /** A write through an uncached gateway that must succeed (e.g. the dossier a lifecycle step needs). */
  setup<T = any>(step: Step): Promise<T>;
}

/**
 * A mutation's case: picks data in the current state of the databases (each case runs once per
 * cache backend, so it must find something to change every time), then names the write and the
 * read that write changes, the one a dashboard or an analyst would have cached.
 */
export interface Case {
  prepare(ctx: CaseContext): Promise<{ write: Step; read: Step }>;
}

export const editor = (subgraph: SubgraphName) => tokenFor({ roles: ['editor'], subgraph, sub: `editor-${subgraph}` });
export const analyst = () => tokenFor({ roles: ['analyst'], sub: 'analyst-reading' });
export const leadership = () => tokenFor({ roles: ['leadership'], sub: 'leader-reading' });

export const THIS_YEAR = new Date().getUTCFullYear();
/** Today as the services date things (UTC; the Vietnamese day is the same or one later, never earlier). */
export const today = () => new Date().toISOString().slice(0, 10);
export const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
/** A value unique to this run, for codes, names and national ids. */
let counter = 0;
export const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}`;
/** `a` unless the current value is `a`, then `b`: a write that is certain to change the figure. */
export const other = <T>(current: T | null | undefined, a: T, b: T): T => (current === a ? b : a);

export const PLAN = '851/QĐ-UBND';
export const PROVINCE = '35';

/** The contract operations leadership and analysts read (packages/operations). */
export const reads = {
  agencyProfile: async (id: string, year: number): Promise<Step> => ({ query: print(AgencyProfileDocument), variables: { id, year }, token: await leadership() }),
  districtComparison: async (year: number): Promise<Step> => ({ query: print(DistrictComparisonDocument), variables: { province: PROVINCE, year, asOf: `${year}-12-31` }, token: await analyst() }),
  parScorecard: async (year: number): Promise<Step> => ({ query: print(ParScorecardDocument), variables: { plan: PLAN, year }, token: await leadership() }),
  dossierTrend: async (agencyId: string, year: number): Promise<Step> => ({
    query: print(DossierTrendDocument),
    variables: { filter: { yearFrom: year, yearTo: year, agencyId }, groupBy: ['YEAR', 'CHANNEL'] },
    token: await analyst(),
  }),
  /** The dashboard's drill-down figure of one target (packages/operations/dashboard.graphql). */
  targetFigure: async (code: string, year: number): Promise<Step> => ({
    query: `query TargetFigure($code: ID!, $year: Int!) { planTarget(code: $code) { code indicator { code measurement(year: $year) { value numerator denominator } status(year: $year) } } }`,
    variables: { code, year },
    token: await leadership(),
  }),
};
