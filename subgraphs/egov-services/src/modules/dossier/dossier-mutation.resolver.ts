import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { CloseDossierInput, ReceiveDossierInput, RequestSupplementInput, ResolveDossierInput, ResumeDossierInput } from './dossier.inputs';
import { Dossier } from './dossier.type';
import { DossierLifecycleService } from './dossier-lifecycle.service';

/** Writes by one-stop offices: editors of egov-services, limited to their agency when the token names one. */
@Resolver(() => Dossier)
export class DossierMutationResolver {
  @Authorized('editor')
  @Mutation(() => Dossier, { description: 'Receive a dossier (tiếp nhận hồ sơ) and set its promised date.' })
  receiveDossier(@Arg('input', () => ReceiveDossierInput, { description: 'What to record.' }) input: ReceiveDossierInput, @Ctx() ctx: HubContext): Promise<Dossier> {
    return new DossierLifecycleService(ctx).receive(input);
  }

  @Authorized('editor')
  @Mutation(() => Dossier, { description: 'Ask the applicant to supplement the dossier (yêu cầu bổ sung); the clock stops.' })
  requestSupplement(@Arg('input', () => RequestSupplementInput, { description: 'What to record.' }) input: RequestSupplementInput, @Ctx() ctx: HubContext): Promise<Dossier> {
    return new DossierLifecycleService(ctx).requestSupplement(input);
  }

  @Authorized('editor')
  @Mutation(() => Dossier, { description: 'The supplement arrived: close the request, extend the promised date by the working days it was open, continue processing.' })
  resumeDossier(@Arg('input', () => ResumeDossierInput, { description: 'What to record.' }) input: ResumeDossierInput, @Ctx() ctx: HubContext): Promise<Dossier> {
    return new DossierLifecycleService(ctx).resume(input);
  }

  @Authorized('editor')
  @Mutation(() => Dossier, { description: 'Resolve the dossier and return the result (trả kết quả); the outcome follows from the promised date.' })
  resolveDossier(@Arg('input', () => ResolveDossierInput, { description: 'What to record.' }) input: ResolveDossierInput, @Ctx() ctx: HubContext): Promise<Dossier> {
    return new DossierLifecycleService(ctx).resolve(input);
  }

  @Authorized('editor')
  @Mutation(() => Dossier, { description: 'Refuse the dossier with a reason (từ chối giải quyết).' })
  refuseDossier(@Arg('input', () => CloseDossierInput, { description: 'What to record.' }) input: CloseDossierInput, @Ctx() ctx: HubContext): Promise<Dossier> {
    return new DossierLifecycleService(ctx).refuse(input);
  }

  @Authorized('editor')
  @Mutation(() => Dossier, { description: 'The applicant withdrew the dossier (rút hồ sơ).' })
  withdrawDossier(@Arg('input', () => CloseDossierInput, { description: 'What to record.' }) input: CloseDossierInput, @Ctx() ctx: HubContext): Promise<Dossier> {
    return new DossierLifecycleService(ctx).withdraw(input);
  }
}
