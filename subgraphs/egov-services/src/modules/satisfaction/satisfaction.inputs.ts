import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { SurveyKind } from './satisfaction.entity';

@InputType({ description: "An agency's survey result for one year; recording it again replaces it." })
export class SatisfactionSurveyInput {
  @Field(() => ID, { description: 'Agency surveyed.' })
  agencyId!: string;

  @Field(() => Int, { description: 'Year (năm).' })
  year!: number;

  @Field(() => SurveyKind, { description: 'Survey kind.' })
  kind!: SurveyKind;

  @Field(() => Int, { description: 'Valid responses, at least 1.' })
  responses!: number;

  @Field(() => Int, { description: 'Satisfied responses, 0 to responses.' })
  satisfied!: number;

  @Field(() => Float, { description: 'Access index, 0–100.' })
  accessIndex!: number;

  @Field(() => Float, { description: 'Procedure index, 0–100.' })
  procedureIndex!: number;

  @Field(() => Float, { description: 'Civil servant index, 0–100.' })
  civilServantIndex!: number;

  @Field(() => Float, { description: 'Result index, 0–100.' })
  resultIndex!: number;

  @Field(() => Float, { description: 'Feedback handling index, 0–100.' })
  feedbackIndex!: number;
}
