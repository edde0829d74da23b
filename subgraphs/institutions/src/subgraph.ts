import { AuditLogResolver, type SubgraphDefinition } from '@par/platform';
import { UnitVersion } from './modules/administrative-unit/administrative-unit.entity';
import { AdministrativeUnitResolver, resolveUnitReference } from './modules/administrative-unit/administrative-unit.resolver';
import { UnitSuccessionResolver } from './modules/administrative-unit/unit-history.resolver';
import { AgencyEntity } from './modules/agency/agency.entity';
import { AgencyResolver, resolveAgencyReference } from './modules/agency/agency.resolver';
import { EgovIndicator, InstitutionsIndicator, WorkforceIndicator } from './modules/indicator/indicator.type';
import { InstitutionsEvidenceResolver, InstitutionsIndicatorResolver } from './modules/indicator/institutions-indicator.resolver';
import { LegalDocumentResolver } from './modules/legal-document/legal-document.resolver';
import { ParAssessmentEntity, ParComponentEntity } from './modules/par-index/par-index.entity';
import { AgencyParIndexResolver, ParAssessmentResolver, ParIndexRankingResolver, ParIndexResultResolver } from './modules/par-index/par-index.resolver';
import { indicatorReference, PlanTargetResolver, ReformPlanResolver, resolveTargetReference } from './modules/plan/plan.resolver';
import { ProcedureImpactAssessmentResolver } from './modules/procedure/impact-assessment.resolver';
import { ProcedureEntity } from './modules/procedure/procedure.entity';
import { AdministrativeProcedureResolver, resolveProcedureReference } from './modules/procedure/procedure.resolver';
import { migrations } from './migrations';

/** Institutions (Sở Tư pháp, Sở Nội vụ): units, agencies, legal documents, procedures, the plan, the PAR Index. */
export const institutions: SubgraphDefinition = {
  name: 'institutions',
  resolvers: [
    AgencyResolver,
    AdministrativeUnitResolver,
    UnitSuccessionResolver,
    LegalDocumentResolver,
    AdministrativeProcedureResolver,
    ProcedureImpactAssessmentResolver,
    ReformPlanResolver,
    PlanTargetResolver,
    InstitutionsIndicatorResolver,
    InstitutionsEvidenceResolver,
    AgencyParIndexResolver,
    ParIndexResultResolver,
    ParIndexRankingResolver,
    ParAssessmentResolver,
    AuditLogResolver('institutions'),
  ],
  // Reached only through the Indicator interface, so named here to be part of the schema.
  orphanedTypes: [WorkforceIndicator, EgovIndicator, InstitutionsIndicator],
  referenceResolvers: {
    Agency: (ref, ctx) => resolveAgencyReference(ref as { id: string }, ctx),
    AdministrativeUnit: (ref, ctx) => resolveUnitReference(ref as { code: string }, ctx),
    AdministrativeProcedure: (ref, ctx) => resolveProcedureReference(ref as { code: string }, ctx),
    PlanTarget: (ref, ctx) => resolveTargetReference(ref as { code: string }, ctx),
    WorkforceIndicator: (ref, ctx) => indicatorReference('WorkforceIndicator')(ref as { code: string }, ctx),
    EgovIndicator: (ref, ctx) => indicatorReference('EgovIndicator')(ref as { code: string }, ctx),
    InstitutionsIndicator: (ref, ctx) => indicatorReference('InstitutionsIndicator')(ref as { code: string }, ctx),
  },
  entities: [AgencyEntity, UnitVersion, ProcedureEntity, ParAssessmentEntity, ParComponentEntity],
  migrations,
  // Loaded only when seeding: the sample catalogue is never part of the running service.
  seed: async (ctx) => (await import('./seed/seed')).seedInstitutions(ctx),
  isEmpty: async (em) => (await em.count(AgencyEntity, {})) === 0,
};
export default institutions;
