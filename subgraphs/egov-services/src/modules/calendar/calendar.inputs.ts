import { Field, InputType } from 'type-graphql';
import { DateScalar } from '@par/platform';
import { CalendarDayKind } from './calendar.enums';

@InputType({ description: 'A day off or a worked Saturday to record in the working calendar; recording a day again replaces it.' })
export class SetCalendarDayInput {
  @Field(() => DateScalar, { description: 'The day: a weekday for DAY_OFF, a Saturday for WORKING_SATURDAY.' })
  day!: string;

  @Field(() => CalendarDayKind, { description: 'A weekday off or a Saturday worked.' })
  kind!: CalendarDayKind;

  @Field({ description: 'Why (lý do), e.g. "Nghỉ bù Quốc khánh"; at most 500 characters.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Remark on the entry; at most 1000 characters.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'The announcement it rests on (số văn bản, link); at most 2000 characters.' })
  source?: string | null;
}
