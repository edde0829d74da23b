import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DateScalar, type HubContext } from '@par/platform';
import { SetCalendarDayInput } from './calendar.inputs';
import { CalendarDay, WorkingCalendarYear } from './calendar.type';
import { CalendarService } from './calendar.service';

/** The working calendar is public, like the promised dates it explains; editors of this subgraph change it. */
@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Query(() => WorkingCalendarYear, { description: 'The working calendar of a year (lịch làm việc): days off, worked Saturdays and the working days they leave.' })
  workingCalendar(@Arg('year', () => Int, { description: 'Year (năm).' }) year: number, @Ctx() ctx: HubContext): Promise<WorkingCalendarYear> {
    return new CalendarService(ctx).year(year);
  }

  @Authorized('editor')
  @Mutation(() => CalendarDay, {
    description: 'Record a day off or a worked Saturday (e.g. a swap announced by the Government). Dossiers received from then on count their promised date with it; promised dates already given stay.',
  })
  setCalendarDay(@Arg('input', () => SetCalendarDayInput, { description: 'What to record.' }) input: SetCalendarDayInput, @Ctx() ctx: HubContext): Promise<CalendarDay> {
    return new CalendarService(ctx).set(input);
  }

  @Authorized('editor')
  @Mutation(() => CalendarDay, { description: 'Remove a listed day, making it an ordinary day again; returns what was removed.' })
  removeCalendarDay(@Arg('day', () => DateScalar, { description: 'The day to remove.' }) day: string, @Ctx() ctx: HubContext): Promise<CalendarDay> {
    return new CalendarService(ctx).remove(day);
  }
}
