import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@par/platform';
import { DateTimeScalar } from '../dossier/date-time.scalar';
import { CalendarDayKind } from './calendar.enums';

@ObjectType({ description: 'A day that differs from the ordinary Monday–Friday week of civil servants (lịch nghỉ lễ, nghỉ bù, làm bù).' })
export class CalendarDay {
  @Field(() => DateScalar, { description: 'The day (ngày).' })
  day!: string;

  @Field(() => CalendarDayKind, { description: 'A weekday off or a Saturday worked.' })
  kind!: CalendarDayKind;

  @Field({ description: 'Why (lý do): the holiday, compensatory day or swap.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'What is uncertain or worth knowing about the entry.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was announced (văn bản, thông báo), one source a line.' })
  source!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the entry was last loaded or changed.' })
  updatedAt!: Date | string;
}

@ObjectType({ description: "One year of the working calendar that promised dates (ngày hẹn trả) are counted with." })
export class WorkingCalendarYear {
  @Field(() => Int, { description: 'Year (năm).' })
  year!: number;

  @Field(() => Int, { description: 'Working days in the year: Monday to Friday, less the days off, plus the Saturdays worked (số ngày làm việc).' })
  workingDays!: number;

  @Field(() => Int, { description: 'Weekdays not worked (ngày nghỉ trong tuần làm việc).' })
  daysOff!: number;

  @Field(() => Int, { description: 'Saturdays worked (ngày thứ Bảy làm bù).' })
  workingSaturdays!: number;

  @Field(() => [CalendarDay], { description: 'The listed days of the year, in date order.' })
  days!: CalendarDay[];
}
