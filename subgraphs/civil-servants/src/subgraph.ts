import { AuditLogResolver, hasNoRows, type SubgraphDefinition } from '@par/platform';
import { migrations } from './migrations';
import { AppointmentEntity } from './modules/appointment/appointment.entity';
import { CivilServantEntity } from './modules/civil-servant/civil-servant.entity';
import { CivilServantResolver, resolveCivilServantReference } from './modules/civil-servant/civil-servant.resolver';
import { PersonnelMutationResolver } from './modules/civil-servant/personnel-mutation.resolver';
import { EvaluationEntity } from './modules/evaluation/evaluation.entity';
import { WorkforceEvidenceResolver, WorkforceIndicatorResolver, resolveIndicatorReference } from './modules/indicator/indicator.resolver';
import { WorkforceIndicator } from './modules/indicator/indicator.type';
import { AdministrativeUnit } from './modules/reference/administrative-unit.type';
import { Agency } from './modules/reference/agency.type';
import { TrainingCompletionEntity } from './modules/training/training.entity';
import { resolveCourseReference, TrainingCompletionResolver, TrainingCourseResolver } from './modules/training/training.resolver';
import { AgencyWorkforceResolver } from './modules/workforce/agency-workforce.resolver';
import { WorkforceStatisticsResolver } from './modules/workforce/statistics.resolver';
import { StaffStatisticsResolver, TrainingStatisticsResolver } from './modules/statistics/statistics.resolver';
import { AdministrativeUnitWorkforceResolver } from './modules/workforce/unit-workforce.resolver';
import { workforceRollups } from './modules/workforce/workforce-rollup';

/**
 * Civil servants and training (Sở Nội vụ): personnel, job positions, staffing quotas, ranks,
 * evaluations, training, appointments, and the workforce targets of the reform plan.
 */
export const civilServants: SubgraphDefinition = {
  name: 'civil-servants',
  resolvers: [
    CivilServantResolver,
    PersonnelMutationResolver,
    TrainingCompletionResolver,
    TrainingCourseResolver,
    AgencyWorkforceResolver,
    AdministrativeUnitWorkforceResolver,
    WorkforceStatisticsResolver,
    StaffStatisticsResolver,
    TrainingStatisticsResolver,
    WorkforceIndicatorResolver,
    WorkforceEvidenceResolver,
    AuditLogResolver('civil-servants'),
  ],
  // Entities reached only through federation, never from our own root fields.
  orphanedTypes: [Agency, AdministrativeUnit, WorkforceIndicator],
  referenceResolvers: {
    Agency: (ref) => ({ id: String(ref.id).toLowerCase() }),
    AdministrativeUnit: (ref) => ({ code: String(ref.code) }),
    WorkforceIndicator: (ref) => resolveIndicatorReference(ref),
    CivilServant: (ref, ctx) => resolveCivilServantReference(ref, ctx),
    TrainingCourse: (ref, ctx) => resolveCourseReference(ref, ctx),
  },
  entities: [CivilServantEntity, TrainingCompletionEntity, EvaluationEntity, AppointmentEntity],
  migrations,
  // Loaded only when seeding: the sample catalogue is never part of the running service.
  seed: async (ctx) => (await import('./seed/seed')).seedCivilServants(ctx),
  isEmpty: (em) => hasNoRows(em, CivilServantEntity),
  // Training per person and year, staff per year at the figures' grain (src/modules/workforce/workforce-rollup.ts).
  rollups: workforceRollups,
};
export default civilServants;
