import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DossierChannel } from '../dossier/dossier.enums';

@ObjectType({ description: 'One group of dossier statistics (thống kê hồ sơ); dimensions not grouped by are null, and the groups add up to the ungrouped totals.' })
export class DossierStatistic {
  @Field(() => Int, { nullable: true, description: 'Year of the group, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => DossierChannel, { nullable: true, description: 'Channel of the group, when grouped by CHANNEL.' })
  channel!: DossierChannel | null;

  @Field(() => ID, { nullable: true, description: 'Receiving agency of the group, when grouped by AGENCY.' })
  agencyId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Procedure code of the group, when grouped by PROCEDURE.' })
  procedureCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Procedure sector of the group, when grouped by SECTOR (lĩnh vực).' })
  sector!: string | null;

  @Field(() => Int, { description: 'Dossiers received (tiếp nhận).' })
  received!: number;

  @Field(() => Int, { description: 'Dossiers received online (tiếp nhận trực tuyến).' })
  receivedOnline!: number;

  @Field(() => Int, { description: 'Dossiers resolved (đã giải quyết).' })
  resolved!: number;

  @Field(() => Int, { description: 'Dossiers resolved on or before the promised date (đúng hạn).' })
  resolvedOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'Percent (0–100) of resolved dossiers resolved on time; null when none was resolved.' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent (0–100) of received dossiers received online; null when none was received.' })
  onlineRate!: number | null;
}
