import { AuditLogResolver, hasNoRows, type SubgraphDefinition } from '@par/platform';
import { migrations } from './migrations';
import { CalendarResolver } from './modules/calendar/calendar.resolver';
import { AgencyDossierResolver } from './modules/dossier/agency-dossier.resolver';
import { DossierEntity, SupplementRequestEntity } from './modules/dossier/dossier.entity';
import { DossierMutationResolver } from './modules/dossier/dossier-mutation.resolver';
import { DossierResolver } from './modules/dossier/dossier.resolver';
import { EgovEvidenceResolver, EgovIndicatorResolver, resolveIndicatorReference } from './modules/indicator/indicator.resolver';
import { EgovIndicator } from './modules/indicator/indicator.type';
import { AdministrativeProcedureEgovResolver } from './modules/procedure/procedure.resolver';
import { AdministrativeProcedure } from './modules/procedure/procedure.type';
import { ReportingResolver } from './modules/reporting/reporting.resolver';
import { AgencyQualityResolver } from './modules/quality/agency-quality.resolver';
import { egovRollups } from './modules/rollup/dossier-rollup';
import { AdministrativeUnit } from './modules/reference/administrative-unit.type';
import { Agency } from './modules/reference/agency.type';
import { SatisfactionSurveyEntity } from './modules/satisfaction/satisfaction.entity';
import { AgencySatisfactionResolver, SatisfactionSurveyResolver } from './modules/satisfaction/satisfaction.resolver';
import { SatisfactionStatisticsResolver } from './modules/satisfaction/satisfaction-statistics.resolver';
import { AgencyServiceDeliveryResolver } from './modules/service-delivery/agency-service-delivery.resolver';
import { AdministrativeUnitServiceDeliveryResolver } from './modules/service-delivery/unit-service-delivery.resolver';
import { DossierStatisticsResolver } from './modules/statistics/statistics.resolver';

/**
 * E-government services (Sở Thông tin và Truyền thông, one-stop offices): online services,
 * dossiers, satisfaction, electronic documents, sector e-transactions, ISO 9001, e-government targets.
 */
export const egovServices: SubgraphDefinition = {
  name: 'egov-services',
  resolvers: [
    DossierResolver,
    DossierMutationResolver,
    DossierStatisticsResolver,
    AgencyServiceDeliveryResolver,
    AgencyDossierResolver,
    AgencySatisfactionResolver,
    AgencyQualityResolver,
    AdministrativeUnitServiceDeliveryResolver,
    AdministrativeProcedureEgovResolver,
    SatisfactionSurveyResolver,
    SatisfactionStatisticsResolver,
    EgovIndicatorResolver,
    EgovEvidenceResolver,
    ReportingResolver,
    CalendarResolver,
    AuditLogResolver('egov-services'),
  ],
  // Entities reached only through federation, never from our own root fields.
  orphanedTypes: [AdministrativeUnit, EgovIndicator, AdministrativeProcedure, Agency],
  // Entity stubs: other subgraphs hand us their keys; our fields need nothing else.
  referenceResolvers: {
    Agency: (ref) => ({ id: String(ref.id).toLowerCase() }),
    AdministrativeUnit: (ref) => ({ code: String(ref.code) }),
    AdministrativeProcedure: (ref) => ({ code: String(ref.code) }),
    EgovIndicator: (ref) => resolveIndicatorReference(ref),
  },
  entities: [DossierEntity, SupplementRequestEntity, SatisfactionSurveyEntity],
  migrations,
  // Loaded only when seeding: the sample catalogue is never part of the running service.
  seed: async (ctx) => (await import('./seed/seed')).seedEgovServices(ctx),
  isEmpty: (em) => hasNoRows(em, DossierEntity),
  rollups: egovRollups,
};
export default egovServices;
