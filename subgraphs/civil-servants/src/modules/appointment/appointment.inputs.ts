import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@par/platform';
import { AppointmentKind } from '../civil-servant/civil-servant.enums';

@InputType({ description: 'An appointment decision to record; it also becomes the person\'s current rank or post.' })
export class AppointmentInput {
  @Field(() => ID, { description: 'The person appointed.' })
  civilServantId!: string;

  @Field(() => AppointmentKind, { description: 'Rank or post.' })
  kind!: AppointmentKind;

  @Field(() => ID, { nullable: true, description: 'Rank or title code; required for a rank appointment.' })
  rankCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The post; required for a post appointment.' })
  post?: string | null;

  @Field(() => DateScalar, { description: 'Date of the decision; not before hiring, not in the future.' })
  appointedOn!: string;

  @Field({ description: 'Whether the appointee met the standards of the rank or post on that date, as checked by the appointing authority.' })
  metStandards!: boolean;
}
