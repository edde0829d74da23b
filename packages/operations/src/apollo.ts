import type { FieldPolicy, PossibleTypesMap, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Apollo Client cache policies for the hub's graph (`new InMemoryCache({ typePolicies, possibleTypes })`).
 *
 * - Entities with `id` (Agency, CivilServant, Course, Dossier…) are keyed by it, Apollo's default.
 * - Entities whose identity is a code are keyed by it: a plan, a target, a procedure, a rank, an
 *   indicator (one per target code).
 * - An administrative unit is NOT keyed by its code: a code is shared by the unit's versions
 *   (a district before and after a merger), so keying by it would overwrite one version's name
 *   with another's. Until the schema gives each version its own `id`, units stay stored under the
 *   field that returned them (a date or a parent), merged rather than replaced.
 * - Evidence records are not keyed by `id` either: the same dossier is counted for one target and
 *   not for another, so its `counted` belongs to the connection it came in.
 * - Figures (measurements, service delivery, budgets…) are values of their parent's field with its
 *   arguments (year, scope): merged in place, so two operations selecting different parts of the
 *   same figure do not lose each other's data.
 * - Connections page with `relayStylePagination`, keyed by their filter arguments.
 */
const byCode = { keyFields: ['code'] };
const value = { merge: true };

/** Implementations of each interface, for fragments and cache reads on `Indicator`. */
export const possibleTypes: PossibleTypesMap = {
  Indicator: ['EgovIndicator', 'InstitutionsIndicator', 'WorkforceIndicator'],
};

const paged = (keyArgs: string[]): FieldPolicy => relayStylePagination(keyArgs) as FieldPolicy;

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      administrativeProcedures: paged(['filter']),
      agencies: paged(['filter', 'orderBy']),
      civilServants: paged(['filter', 'orderBy']),
      legalDocuments: paged(['filter']),
      trainingCourses: paged(['filter']),
      institutionsAuditLog: paged(['filter']),
      civilServantsAuditLog: paged(['filter']),
      publicFinanceAuditLog: paged(['filter']),
      egovServicesAuditLog: paged(['filter']),
    },
  },
  Agency: { fields: { civilServants: paged([]), dossiers: paged(['filter']) } },
  Measurement: { merge: true, fields: { evidence: paged(['counted']) } },

  ReformPlan: byCode,
  PlanTarget: byCode,
  AdministrativeProcedure: byCode,
  Rank: byCode,
  EgovIndicator: byCode,
  InstitutionsIndicator: byCode,
  WorkforceIndicator: byCode,

  AdministrativeUnit: { keyFields: false, merge: true },
  EvidenceRecord: { keyFields: false },

  AgencyBudget: value,
  Autonomy: value,
  CategoryAmounts: value,
  Evaluation: value,
  OnlineService: value,
  ParIndexResult: value,
  ProcedureDossierStats: value,
  Projection: value,
  QualityCertification: value,
  ServiceDelivery: value,
  UnitWorkforce: value,
  Workforce: value,
};
