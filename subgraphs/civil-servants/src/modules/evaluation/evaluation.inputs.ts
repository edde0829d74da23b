import { Field, ID, InputType, Int } from 'type-graphql';
import { EvaluationRating } from '../civil-servant/civil-servant.enums';

@InputType({ description: 'An annual rating to record; a rating already recorded for the year is replaced.' })
export class EvaluationInput {
  @Field(() => ID, { description: 'The person rated.' })
  civilServantId!: string;

  @Field(() => Int, { description: 'Year rated; not after the current year.' })
  year!: number;

  @Field(() => EvaluationRating, { description: 'One of the four ratings.' })
  rating!: EvaluationRating;
}
