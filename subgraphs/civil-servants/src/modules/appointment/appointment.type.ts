import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@par/platform';
import { AppointmentKind } from '../civil-servant/civil-servant.enums';

@ObjectType({ description: 'An appointment to a rank or a management post (quyết định bổ nhiệm), with the standards check of the day.' })
export class Appointment {
  @Field(() => ID, { description: 'Appointment id (UUID).' })
  id!: string;

  @Field(() => AppointmentKind, { description: 'Rank or post.' })
  kind!: AppointmentKind;

  @Field(() => ID, { nullable: true, description: 'Rank or professional title code, for rank appointments.' })
  rankCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The post, for post appointments, e.g. "Trưởng phòng".' })
  post!: string | null;

  @Field(() => DateScalar, { description: 'Date of the appointment decision (ngày bổ nhiệm).' })
  appointedOn!: string;

  @Field({ description: 'Whether the appointee met the standards of the rank or post on that date (đáp ứng tiêu chuẩn).' })
  metStandards!: boolean;

  civilServantId!: string;
}
