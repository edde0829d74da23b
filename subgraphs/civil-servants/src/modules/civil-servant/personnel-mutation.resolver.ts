import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { AppointmentInput } from '../appointment/appointment.inputs';
import { Appointment } from '../appointment/appointment.type';
import { AppointmentService } from '../appointment/appointment.service';
import { EvaluationInput } from '../evaluation/evaluation.inputs';
import { Evaluation } from '../evaluation/evaluation.type';
import { EvaluationWriteService } from '../evaluation/evaluation-write.service';
import { TrainingCompletionInput } from '../training/training.inputs';
import { TrainingCompletion } from '../training/training.type';
import { TrainingWriteService } from '../training/training-write.service';
import { HireCivilServantInput, LeaveInput, UpdateCivilServantInput } from './civil-servant.inputs';
import { CivilServant } from './civil-servant.type';
import { PersonnelWriteService } from './personnel-write.service';

/** Writes of the Department of Home Affairs' HR staff: editors of this subgraph, agency-limited when their token says so. */
@Resolver()
export class PersonnelMutationResolver {
  @Authorized('editor')
  @Mutation(() => TrainingCompletion, { description: 'Records that a person completed a training course.' })
  recordTrainingCompletion(@Arg('input', () => TrainingCompletionInput, { description: 'The completion.' }) input: TrainingCompletionInput, @Ctx() ctx: HubContext): Promise<TrainingCompletion> {
    return new TrainingWriteService(ctx).recordCompletion(input);
  }

  @Authorized('editor')
  @Mutation(() => CivilServant, { description: 'Creates the personnel record of a new recruit (tuyển dụng).' })
  hireCivilServant(@Arg('input', () => HireCivilServantInput, { description: 'The new record.' }) input: HireCivilServantInput, @Ctx() ctx: HubContext): Promise<CivilServant> {
    return new PersonnelWriteService(ctx).hire(input);
  }

  @Authorized('editor')
  @Mutation(() => CivilServant, { description: 'Changes a personnel record; a stale version is a CONFLICT.' })
  updateCivilServant(@Arg('input', () => UpdateCivilServantInput, { description: 'The changes.' }) input: UpdateCivilServantInput, @Ctx() ctx: HubContext): Promise<CivilServant> {
    return new PersonnelWriteService(ctx).update(input);
  }

  @Authorized('editor')
  @Mutation(() => CivilServant, { description: 'Records that a person leaves the service, with the reason (retirement, downsizing under Decree 108/2014, transfer, dismissal).' })
  recordLeave(@Arg('input', () => LeaveInput, { description: 'Who leaves, when and why.' }) input: LeaveInput, @Ctx() ctx: HubContext): Promise<CivilServant> {
    return new PersonnelWriteService(ctx).leave(input);
  }

  @Authorized('editor')
  @Mutation(() => Evaluation, { description: 'Records a person\'s annual rating, replacing one already recorded for the year.' })
  recordEvaluation(@Arg('input', () => EvaluationInput, { description: 'The rating.' }) input: EvaluationInput, @Ctx() ctx: HubContext): Promise<Evaluation> {
    return new EvaluationWriteService(ctx).record(input);
  }

  @Authorized('editor')
  @Mutation(() => Appointment, { description: 'Records an appointment to a rank or a management post, which becomes the person\'s current one.' })
  recordAppointment(@Arg('input', () => AppointmentInput, { description: 'The appointment decision.' }) input: AppointmentInput, @Ctx() ctx: HubContext): Promise<Appointment> {
    return new AppointmentService(ctx).record(input);
  }
}
