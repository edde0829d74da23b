import type { SubgraphDefinition } from '@par/platform';
import { UnitVersion } from './modules/administrative-unit/administrative-unit.entity';
import { AdministrativeUnitResolver, resolveUnitReference } from './modules/administrative-unit/administrative-unit.resolver';
import { AgencyEntity } from './modules/agency/agency.entity';
import { AgencyResolver, resolveAgencyReference } from './modules/agency/agency.resolver';
import { migrations } from './migrations';

/** Institutions (Sở Tư pháp, Sở Nội vụ): units, agencies, legal documents, procedures, the plan, the PAR Index. */
export const institutions: SubgraphDefinition = {
  name: 'institutions',
  resolvers: [AgencyResolver, AdministrativeUnitResolver],
  referenceResolvers: {
    Agency: (ref, ctx) => resolveAgencyReference(ref as { id: string }, ctx),
    AdministrativeUnit: (ref, ctx) => resolveUnitReference(ref as { code: string }, ctx),
  },
  entities: [AgencyEntity, UnitVersion],
  migrations,
  // Loaded only when seeding: the sample catalogue is never part of the running service.
  seed: async (ctx) => (await import('./seed/seed')).seedInstitutions(ctx),
  isEmpty: async (em) => (await em.count(AgencyEntity, {})) === 0,
};
export default institutions;
