import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, DateScalar } from '@par/platform';
import { TrainingKind } from '../civil-servant/civil-servant.enums';
import { CivilServant } from '../civil-servant/civil-servant.type';

@ObjectType({ description: 'A training course (khóa đào tạo, bồi dưỡng) offered to public personnel.' })
@Directive('@key(fields: "id")')
export class TrainingCourse {
  @Field(() => ID, { description: 'Course id (UUID).' })
  id!: string;

  @Field({ description: 'Vietnamese title of the course (tên khóa học).' })
  title!: string;

  @Field(() => TrainingKind, { description: 'Kind of course.' })
  kind!: TrainingKind;

  @Field({ description: 'Institution that ran the course (cơ sở đào tạo), e.g. "Trường Chính trị tỉnh Hà Nam".' })
  provider!: string;

  @Field(() => DateScalar, { description: 'First day of the course (ngày khai giảng).' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day of the course (ngày bế giảng).' })
  endsOn!: string;

  @Field(() => Int, { description: 'Length in teaching hours (số tiết).' })
  hours!: number;
}

@ObjectType({ description: 'A person\'s completion of a training course (hoàn thành khóa bồi dưỡng).' })
export class TrainingCompletion {
  @Field(() => ID, { description: 'Completion id (UUID).' })
  id!: string;

  @Field(() => DateScalar, { description: 'Date the person completed the course (ngày hoàn thành).' })
  completedOn!: string;

  @Field(() => TrainingCourse, { description: 'The course completed.' })
  course!: TrainingCourse;

  @Field(() => CivilServant, { description: 'The person who completed it.' })
  civilServant!: CivilServant;

  courseId!: string;
  civilServantId!: string;
}

export const TrainingCourseConnection = Connection(TrainingCourse);
