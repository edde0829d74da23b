import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One-stop service delivery figures for one year (kết quả giải quyết thủ tục hành chính), computed from dossiers and surveys.' })
export class ServiceDelivery {
  @Field(() => Int, { description: 'Dossiers received in the year (hồ sơ tiếp nhận).' })
  received!: number;

  @Field(() => Int, { description: 'Dossiers received online in the year (hồ sơ tiếp nhận trực tuyến).' })
  receivedOnline!: number;

  @Field(() => Int, { description: 'Dossiers resolved in the year (hồ sơ đã giải quyết), whenever received.' })
  resolved!: number;

  @Field(() => Int, { description: 'Dossiers resolved in the year on or before their promised date (giải quyết đúng hạn, trước hạn).' })
  resolvedOnTime!: number;

  @Field(() => Int, { description: 'Dossiers still open at the end of the year (or today, for the current year) whose promised date had passed, not counting dossiers waiting for a supplement (hồ sơ quá hạn đang giải quyết).' })
  overdueInProgress!: number;

  @Field(() => Float, { nullable: true, description: 'Percent (0–100) of resolved dossiers resolved on time (tỷ lệ đúng hạn); null when none was resolved.' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent (0–100) of received dossiers received online (tỷ lệ trực tuyến); null when none was received.' })
  onlineRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent (0–100) of survey responses that were satisfied (tỷ lệ hài lòng), all survey kinds; null without surveys.' })
  satisfactionRate!: number | null;
}
