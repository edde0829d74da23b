import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Dossier figures of one procedure in one year, all agencies together (thống kê hồ sơ theo thủ tục).' })
export class ProcedureDossierStats {
  @Field(() => Int, { description: 'Dossiers received in the year (hồ sơ tiếp nhận).' })
  received!: number;

  @Field(() => Int, { description: 'Dossiers received online in the year (tiếp nhận trực tuyến).' })
  receivedOnline!: number;

  @Field(() => Int, { description: 'Dossiers resolved in the year (đã giải quyết).' })
  resolved!: number;

  @Field(() => Int, { description: 'Dossiers resolved in the year on or before the promised date (đúng hạn).' })
  resolvedOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'Percent (0–100) resolved on time; null when none was resolved.' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent (0–100) received online; null when none was received.' })
  onlineRate!: number | null;
}
