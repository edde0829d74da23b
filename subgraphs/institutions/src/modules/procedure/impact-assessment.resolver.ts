import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { ImpactAssessmentService } from './impact-assessment.service';
import { ProcedureImpactAssessment } from './impact-assessment.type';
import { AdministrativeProcedure } from './procedure.type';

/** The assessment records behind `AdministrativeProcedure.impactAssessed`; public like the rest of the catalogue. */
@Resolver(() => AdministrativeProcedure)
export class ProcedureImpactAssessmentResolver {
  @FieldResolver(() => [ProcedureImpactAssessment], {
    description: 'Impact assessments recorded for the procedure (đánh giá tác động), dated ones oldest first, then any carried over from the old catalogue flag.',
  })
  impactAssessments(@Root() p: AdministrativeProcedure, @Ctx() ctx: HubContext) {
    return new ImpactAssessmentService(ctx).ofProcedure(p.code);
  }
}
