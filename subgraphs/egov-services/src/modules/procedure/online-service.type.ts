import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@par/platform';

@ObjectType({ description: 'A level an online public service held from a date (lịch sử mức độ dịch vụ công trực tuyến).' })
export class OnlineServiceLevelChange {
  @Field(() => Int, { description: 'Level 1–4 per Decree 43/2011/NĐ-CP (mức độ).' })
  level!: number;

  @Field(() => DateScalar, { description: 'Date from which the service was offered at this level (từ ngày).' })
  since!: string;
}

@ObjectType({
  description:
    'The online public service of a procedure (dịch vụ công trực tuyến). Levels per Decree 43/2011/NĐ-CP: 1 information, 2 downloadable forms, 3 online submission, 4 online payment and result.',
})
export class OnlineService {
  @Field(() => Int, { description: 'Current level 1–4 (mức độ hiện tại).' })
  level!: number;

  @Field({ description: 'Whether the service is offered fully online in the later terms of Decree 42/2022/NĐ-CP (dịch vụ công trực tuyến toàn trình); otherwise partial (một phần).' })
  fullyOnline!: boolean;

  @Field(() => DateScalar, { description: 'Date the service was first offered online (ngày triển khai).' })
  launchedOn!: string;

  @Field(() => [OnlineServiceLevelChange], { description: 'Levels over time, oldest first.' })
  levelHistory!: OnlineServiceLevelChange[];

  procedureCode!: string;
}
