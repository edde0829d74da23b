import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@par/platform';

@ObjectType({ description: 'An approved job position of an agency (vị trí việc làm), with the number of people it may hold.' })
export class JobPosition {
  @Field(() => ID, { description: 'Job position id (UUID).' })
  id!: string;

  @Field({ description: 'Position code within the agency\'s scheme (mã vị trí).' })
  code!: string;

  @Field({ description: 'Vietnamese name of the position, e.g. "Chuyên viên quản lý văn bản".' })
  name!: string;

  @Field(() => Int, { description: 'Approved number of people for the position (số lượng người làm việc được duyệt).' })
  approvedCount!: number;

  @Field(() => DateScalar, { description: 'Date the job-position scheme was approved (ngày phê duyệt đề án).' })
  approvedOn!: string;

  @Field(() => Int, { description: 'People in service today who hold the position.' })
  holders!: number;

  agencyId!: string;
}
