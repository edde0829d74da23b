import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@par/platform';
import { TrainingKind } from '../civil-servant/civil-servant.enums';

@InputType({ description: 'A person\'s completion of a training course to record.' })
export class TrainingCompletionInput {
  @Field(() => ID, { description: 'The person who completed the course.' })
  civilServantId!: string;

  @Field(() => ID, { description: 'The course completed.' })
  courseId!: string;

  @Field(() => DateScalar, { description: 'Date of completion; not before the course starts, not in the future.' })
  completedOn!: string;
}

@InputType({ description: 'Filter for the course list; every given condition must hold.' })
export class TrainingCourseFilter {
  @Field(() => Int, { nullable: true, description: 'Only courses starting in this year.' })
  year?: number | null;

  @Field(() => [TrainingKind], { nullable: true, description: 'Only courses of these kinds.' })
  kinds?: TrainingKind[] | null;
}
