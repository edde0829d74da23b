import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertUuidArg, assertYear, DateScalar, PageArgs, type HubContext } from '@par/platform';
import { Appointment } from '../appointment/appointment.type';
import { AppointmentService } from '../appointment/appointment.service';
import { Evaluation } from '../evaluation/evaluation.type';
import { EvaluationService } from '../evaluation/evaluation.service';
import { JobPosition } from '../job-position/job-position.type';
import { JobPositionService } from '../job-position/job-position.service';
import { assertAnalyst } from '../reference/reference.service';
import { STAFF_YEARS } from './personnel-rules';
import { TrainingCompletion } from '../training/training.type';
import { TrainingService } from '../training/training.service';
import { CivilServantFilter, CivilServantOrder } from './civil-servant.inputs';
import { CivilServant, CivilServantConnection, Rank } from './civil-servant.type';
import { CivilServantService } from './civil-servant.service';

/** Personnel reads: analysts and above; personal data additionally needs `pii:read` and is audited. */
@Resolver(() => CivilServant)
export class CivilServantResolver {
  @Authorized('analyst')
  @Query(() => CivilServant, { nullable: true, description: 'One personnel record by id; null when none has that id.' })
  civilServant(@Arg('id', () => ID, { description: 'Personnel id.' }) id: string, @Ctx() ctx: HubContext): Promise<CivilServant | null> {
    return new CivilServantService(ctx).byId(assertUuidArg(id, 'id'));
  }

  @Authorized('analyst')
  @Query(() => CivilServantConnection, { description: 'Personnel matching a filter, one keyset page at a time (by name unless orderBy says otherwise).' })
  civilServants(
    @Arg('filter', () => CivilServantFilter, { nullable: true, description: 'Conditions the records must meet.' }) filter: CivilServantFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => CivilServantOrder, { defaultValue: CivilServantOrder.NAME, description: 'Sort order.' }) orderBy: CivilServantOrder,
    @Ctx() ctx: HubContext,
  ) {
    return new CivilServantService(ctx).list(filter, page.first, page.after ?? null, orderBy);
  }

  @FieldResolver(() => Rank, { nullable: true, description: 'Rank (ngạch) or professional title held; null for staff without one.' })
  rank(@Root() cs: CivilServant, @Ctx() ctx: HubContext): Promise<Rank | null> | null {
    return cs.rankCode ? new CivilServantService(ctx).rank(cs.rankCode) : null;
  }

  @FieldResolver(() => JobPosition, { nullable: true, description: 'Job position held in the agency\'s approved scheme (vị trí việc làm).' })
  async jobPosition(@Root() cs: CivilServant, @Ctx() ctx: HubContext): Promise<JobPosition | null> {
    if (!cs.jobPositionId) return null;
    const positions = await new JobPositionService(ctx).ofAgency(cs.agencyId);
    return positions.find((p) => p.id === cs.jobPositionId) ?? null;
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: 'The annual rating for a year; null when not rated that year.' })
  evaluation(@Root() cs: CivilServant, @Arg('year', () => Int, { description: 'Year rated.' }) year: number, @Ctx() ctx: HubContext): Promise<Evaluation | null> {
    return new EvaluationService(ctx).ofYear(cs.id, assertYear(year, 'year', STAFF_YEARS));
  }

  @FieldResolver(() => [TrainingCompletion], { description: 'Training courses completed in a year, in date order.' })
  trainings(@Root() cs: CivilServant, @Arg('year', () => Int, { description: 'Year of completion.' }) year: number, @Ctx() ctx: HubContext): Promise<TrainingCompletion[]> {
    return new TrainingService(ctx).completions(cs.id, assertYear(year, 'year', STAFF_YEARS));
  }

  @FieldResolver(() => [Appointment], { description: 'Appointments to ranks and posts, oldest first.' })
  appointments(@Root() cs: CivilServant, @Ctx() ctx: HubContext): Promise<Appointment[]> {
    return new AppointmentService(ctx).ofPerson(cs.id);
  }

  @Authorized('pii:read')
  @FieldResolver(() => DateScalar, { nullable: true, description: 'Date of birth (ngày sinh). Personal data: needs the pii:read scope; every read is audited.' })
  async dateOfBirth(@Root() cs: CivilServant, @Ctx() ctx: HubContext): Promise<string | null> {
    return (await new CivilServantService(ctx).personalData(cs.id))?.dateOfBirth ?? null;
  }

  @Authorized('pii:read')
  @FieldResolver(() => String, { nullable: true, description: 'Citizen identity number (số căn cước công dân), 12 digits. Personal data: needs the pii:read scope; every read is audited.' })
  async nationalIdNumber(@Root() cs: CivilServant, @Ctx() ctx: HubContext): Promise<string | null> {
    return (await new CivilServantService(ctx).personalData(cs.id))?.nationalIdNumber ?? null;
  }

  @Authorized('pii:read')
  @FieldResolver(() => String, { nullable: true, description: 'Phone number (số điện thoại). Personal data: needs the pii:read scope; every read is audited.' })
  async phone(@Root() cs: CivilServant, @Ctx() ctx: HubContext): Promise<string | null> {
    return (await new CivilServantService(ctx).personalData(cs.id))?.phone ?? null;
  }

  @Authorized('pii:read')
  @FieldResolver(() => String, { nullable: true, description: 'E-mail address (thư điện tử). Personal data: needs the pii:read scope; every read is audited.' })
  async email(@Root() cs: CivilServant, @Ctx() ctx: HubContext): Promise<string | null> {
    return (await new CivilServantService(ctx).personalData(cs.id))?.email ?? null;
  }
}

/** Federation: the gateway hands us `{ id }`; every reference of a request is one query. */
export function resolveCivilServantReference(ref: Record<string, unknown>, ctx: HubContext) {
  assertAnalyst(ctx);
  return new CivilServantService(ctx).byId(String(ref.id));
}
