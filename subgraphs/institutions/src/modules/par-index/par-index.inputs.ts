import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ParIndexArea } from './par-index.type';

@InputType({ description: 'Points of one PAR Index area.' })
export class ParComponentInput {
  @Field(() => ParIndexArea, { description: 'Index area; each at most once.' })
  area!: ParIndexArea;

  @Field(() => Float, { description: 'Self-assessed points, 0 to the area maximum.' })
  selfPoints!: number;

  @Field(() => Float, { description: 'Appraised points, 0 to the area maximum.' })
  appraisedPoints!: number;
}

@InputType({ description: "An agency's PAR Index assessment for one year; replaces any earlier one for that agency and year." })
export class ParAssessmentInput {
  @Field(() => ID, { description: 'Agency assessed: a department or a district People\'s Committee.' })
  agencyId!: string;

  @Field(() => Int, { description: 'Year assessed.' })
  year!: number;

  @Field(() => Float, { description: 'Self-assessed score, 0 to 100.' })
  selfScore!: number;

  @Field(() => Float, { description: 'Score after appraisal, 0 to 100.' })
  appraisedScore!: number;

  @Field(() => Float, { nullable: true, description: 'Survey score, 0 to 100; null when no survey was made.' })
  surveyScore?: number | null;

  @Field(() => [ParComponentInput], { nullable: true, description: 'Points per area; when given, all eight areas, adding up to selfScore and appraisedScore. When omitted, no area breakdown is kept.' })
  components?: ParComponentInput[] | null;
}
