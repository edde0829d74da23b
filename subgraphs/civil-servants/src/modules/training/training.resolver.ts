import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertUuidArg, PageArgs, type HubContext } from '@par/platform';
import { assertAnalyst } from '../reference/reference.service';
import { TrainingCourseFilter } from './training.inputs';
import { CivilServant } from '../civil-servant/civil-servant.type';
import { CivilServantService } from '../civil-servant/civil-servant.service';
import { TrainingCompletion, TrainingCourse, TrainingCourseConnection } from './training.type';
import { TrainingService } from './training.service';

@Resolver(() => TrainingCompletion)
export class TrainingCompletionResolver {
  @FieldResolver(() => TrainingCourse, { description: 'The course completed.' })
  async course(@Root() c: TrainingCompletion, @Ctx() ctx: HubContext): Promise<TrainingCourse> {
    return c.course ?? (await new TrainingService(ctx).course(c.courseId))!;
  }

  @Authorized('analyst')
  @FieldResolver(() => CivilServant, { description: 'The person who completed it.' })
  async civilServant(@Root() c: TrainingCompletion, @Ctx() ctx: HubContext): Promise<CivilServant> {
    return c.civilServant ?? (await new CivilServantService(ctx).byId(c.civilServantId))!;
  }
}

/** Federation: course references of a request load in one query. */
export function resolveCourseReference(ref: Record<string, unknown>, ctx: HubContext) {
  assertAnalyst(ctx);
  return new TrainingService(ctx).course(String(ref.id));
}

@Resolver(() => TrainingCourse)
export class TrainingCourseResolver {
  @Authorized('analyst')
  @Query(() => TrainingCourse, { nullable: true, description: 'One training course by id; null when none has that id.' })
  trainingCourse(@Arg('id', () => ID, { description: 'Course id.' }) id: string, @Ctx() ctx: HubContext): Promise<TrainingCourse | null> {
    return new TrainingService(ctx).course(assertUuidArg(id, 'id'));
  }

  @Authorized('analyst')
  @Query(() => TrainingCourseConnection, { description: 'Training courses by start date, one keyset page at a time.' })
  trainingCourses(
    @Arg('filter', () => TrainingCourseFilter, { nullable: true, description: 'Conditions the courses must meet.' }) filter: TrainingCourseFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: HubContext,
  ) {
    return new TrainingService(ctx).list(filter, page.first, page.after ?? null);
  }
}
