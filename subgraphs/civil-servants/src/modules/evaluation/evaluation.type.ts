import { Field, Int, ObjectType } from 'type-graphql';
import { EvaluationRating } from '../civil-servant/civil-servant.enums';

@ObjectType({ description: 'A person\'s annual quality rating (đánh giá, xếp loại chất lượng hằng năm).' })
export class Evaluation {
  @Field(() => Int, { description: 'Year rated.' })
  year!: number;

  @Field(() => EvaluationRating, { description: 'The rating, one of four levels.' })
  rating!: EvaluationRating;

  civilServantId!: string;
}
