import { print, type DocumentNode } from 'graphql';
import {
  AgencyProfileDocument, CivilServantSearchDocument, DistrictComparisonDocument, DossierTrendDocument, ParScorecardDocument,
  PersonnelRecordDocument, ProcedureCatalogueDocument,
} from '@par/operations';

/**
 * The contract's query operations with the variables a leadership screen or an analyst would send,
 * shared by the benchmark and the statement-count tests so both measure the same requests.
 */
export type Role = 'public' | 'analyst' | 'leadershipPii';

export interface Fixtures {
  /** Departments (sở), the agencies AgencyProfile is most often opened for. */
  agencyIds: string[];
  civilServantId: string;
  province: string;
}

export interface Scenario {
  name: string;
  query: string;
  role: Role;
  /** Variables of the i-th request: scenarios that take an id rotate through several. */
  variables(f: Fixtures, i: number): Record<string, unknown>;
  /** The operation's list arguments, where page size must not change the statement count. */
  paged?: boolean;
}

export const PLAN = '851/QĐ-UBND';
export const YEAR = 2020;
export const AS_OF = '2020-12-31';

const text = (doc: DocumentNode) => print(doc);

export const SCENARIOS: Scenario[] = [
  { name: 'ParScorecard', query: text(ParScorecardDocument), role: 'analyst', variables: () => ({ plan: PLAN, year: YEAR }) },
  {
    name: 'AgencyProfile',
    query: text(AgencyProfileDocument),
    role: 'analyst',
    variables: (f, i) => ({ id: f.agencyIds[i % f.agencyIds.length], year: YEAR }),
  },
  {
    name: 'DistrictComparison',
    query: text(DistrictComparisonDocument),
    role: 'analyst',
    variables: (f) => ({ province: f.province, year: YEAR, asOf: AS_OF }),
  },
  {
    name: 'ProcedureCatalogue',
    query: text(ProcedureCatalogueDocument),
    role: 'public',
    paged: true,
    variables: () => ({ filter: { search: 'giay phep' }, first: 20, year: YEAR }),
  },
  {
    name: 'CivilServantSearch',
    query: text(CivilServantSearchDocument),
    role: 'analyst',
    paged: true,
    variables: () => ({ filter: { search: 'nguyen' }, first: 20, year: YEAR }),
  },
  { name: 'PersonnelRecord', query: text(PersonnelRecordDocument), role: 'leadershipPii', variables: (f) => ({ id: f.civilServantId }) },
  {
    name: 'DossierTrend',
    query: text(DossierTrendDocument),
    role: 'analyst',
    variables: () => ({ filter: { yearFrom: 2016, yearTo: 2020 }, groupBy: ['YEAR', 'CHANNEL'] }),
  },
  // Issue 18: the analysts' two questions, and the other owners' statistics, one request each.
  {
    name: 'OnTimeByDistrict',
    query: `query OnTimeByDistrict($compareTo: StatisticsCompareTo!) {
  dossierStatistics(groupBy: [DISTRICT], filter: { yearFrom: 2019, yearTo: 2020 }, compareTo: $compareTo, orderBy: [{ field: ON_TIME_RATE_CHANGE, direction: DESC }]) {
    districtCode change { from { resolved onTimeRate } to { resolved onTimeRate } difference { onTimeRate } ratio { resolved } }
  }
}`,
    role: 'public',
    variables: () => ({ compareTo: { yearFrom: 2019, yearTo: 2020 } }),
  },
  {
    name: 'LowestOnlineDepartments',
    query: `query LowestOnlineDepartments($year: Int!) {
  dossierStatisticsPage(groupBy: [AGENCY], filter: { yearFrom: $year, yearTo: $year, agencyKinds: ["DEPARTMENT"] }, orderBy: [{ field: ONLINE_RATE, direction: ASC }], first: 5) {
    totalCount edges { node { agency { id name } received receivedOnline onlineRate } }
  }
}`,
    role: 'public',
    variables: () => ({ year: YEAR }),
  },
  {
    name: 'TrainingCoverageByDepartment',
    query: `query TrainingCoverageByDepartment($year: Int!) {
  staffStatisticsPage(groupBy: [AGENCY], filter: { yearFrom: $year, yearTo: $year, agencyKinds: ["DEPARTMENT"] }, orderBy: [{ field: TRAINING_COVERAGE, direction: ASC }], first: 10) {
    totalCount edges { node { agency { id name } headcount trained trainingCoverage } }
  }
}`,
    role: 'analyst',
    variables: () => ({ year: YEAR }),
  },
  {
    name: 'BudgetExecutionByDepartment',
    query: `query BudgetExecutionByDepartment($year: Int!) {
  budgetStatistics(groupBy: [AGENCY], filter: { yearFrom: $year, yearTo: $year, agencyKinds: ["DEPARTMENT"] }, orderBy: [{ field: EXECUTION_RATE, direction: ASC }]) {
    agency { id name } estimate settled executionRate
  }
}`,
    role: 'analyst',
    variables: () => ({ year: YEAR }),
  },
  {
    name: 'SatisfactionBySector',
    query: `query SatisfactionBySector($compareTo: StatisticsCompareTo!) {
  satisfactionStatistics(groupBy: [SURVEY_KIND], compareTo: $compareTo) {
    surveyKind change { to { responses satisfactionRate } difference { satisfactionRate } }
  }
}`,
    role: 'public',
    variables: () => ({ compareTo: { yearFrom: 2019, yearTo: YEAR } }),
  },
];

/**
 * The same selection as ProcedureCatalogue without the egov-services fields, which institutions
 * answers alone: sent to the gateway and to the subgraph directly, it isolates the gateway's cost.
 */
export const PROCEDURE_PAGE = `query ProcedurePage($filter: ProcedureFilter, $first: Int!) {
  administrativeProcedures(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { code name sector level processingDays publiclyDisclosed } }
  }
}`;
export const PROCEDURE_PAGE_VARIABLES = { filter: { search: 'giay phep' }, first: 20 };

export type Post = (query: string, variables: Record<string, unknown>, role: Role) => Promise<{ data?: any; errors?: unknown[] }>;

/** Real ids from the running hub: the fixtures every scenario draws its variables from. */
export async function discoverFixtures(post: Post, province = '35'): Promise<Fixtures> {
  const agencies = await post(`{ agencies(first: 20, filter: { kind: DEPARTMENT }) { edges { node { id } } } }`, {}, 'analyst');
  const people = await post(`{ civilServants(first: 1) { edges { node { id } } } }`, {}, 'analyst');
  const agencyIds = (agencies.data?.agencies?.edges ?? []).map((e: { node: { id: string } }) => e.node.id);
  const civilServantId = people.data?.civilServants?.edges?.[0]?.node?.id;
  if (!agencyIds.length || !civilServantId) {
    throw new Error(`the hub has no sample data to benchmark (${JSON.stringify(agencies.errors ?? people.errors ?? 'no agencies or civil servants')})`);
  }
  return { agencyIds, civilServantId, province };
}
