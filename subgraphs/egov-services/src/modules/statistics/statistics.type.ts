import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '@par/platform';
import { DossierChannel } from '../dossier/dossier.enums';

@ObjectType({ description: 'Dossier figures of one year of a group (số liệu hồ sơ một năm).' })
export class DossierFigures {
  @Field(() => Int, { description: 'Dossiers received (tiếp nhận).' })
  received!: number;

  @Field(() => Int, { description: 'Dossiers received online (tiếp nhận trực tuyến).' })
  receivedOnline!: number;

  @Field(() => Int, { description: 'Dossiers resolved (đã giải quyết).' })
  resolved!: number;

  @Field(() => Int, { description: 'Dossiers resolved on time (đúng hạn).' })
  resolvedOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'Percent of resolved dossiers resolved on time; null when none was resolved.' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent of received dossiers received online; null when none was received.' })
  onlineRate!: number | null;
}

@ObjectType({ description: 'Each figure of yearTo set against yearFrom: a difference (rates in percentage points) or a ratio.' })
export class DossierFigureChange {
  @Field(() => Float, { nullable: true })
  received!: number | null;

  @Field(() => Float, { nullable: true })
  receivedOnline!: number | null;

  @Field(() => Float, { nullable: true })
  resolved!: number | null;

  @Field(() => Float, { nullable: true })
  resolvedOnTime!: number | null;

  @Field(() => Float, { nullable: true, description: 'Null when either year has no rate (nothing resolved).' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Null when either year has no rate (nothing received).' })
  onlineRate!: number | null;
}

@ObjectType({ description: 'How a group changed between two years (biến động giữa hai năm).' })
export class DossierStatisticChange {
  @Field(() => Int)
  yearFrom!: number;

  @Field(() => Int)
  yearTo!: number;

  @Field(() => DossierFigures, { description: 'The group in yearFrom.' })
  from!: DossierFigures;

  @Field(() => DossierFigures, { description: 'The group in yearTo.' })
  to!: DossierFigures;

  @Field(() => DossierFigureChange, { description: 'yearTo minus yearFrom.' })
  difference!: DossierFigureChange;

  @Field(() => DossierFigureChange, { description: 'yearTo divided by yearFrom; null where yearFrom is zero or null.' })
  ratio!: DossierFigureChange;
}

@ObjectType({ description: 'One group of dossier statistics (thống kê hồ sơ); dimensions not grouped by are null, and the groups add up to the ungrouped totals.' })
export class DossierStatistic {
  @Field(() => Int, { nullable: true, description: 'Year of the group, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => DossierChannel, { nullable: true, description: 'Channel of the group, when grouped by CHANNEL.' })
  channel!: DossierChannel | null;

  @Field(() => ID, { nullable: true, description: 'Receiving agency of the group, when grouped by AGENCY.' })
  agencyId!: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of the receiving agency (AgencyKind name), when grouped by AGENCY_KIND.' })
  agencyKind!: string | null;

  @Field(() => ID, { nullable: true, description: 'Procedure code of the group, when grouped by PROCEDURE.' })
  procedureCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Procedure sector of the group, when grouped by SECTOR (lĩnh vực).' })
  sector!: string | null;

  @Field(() => ID, { nullable: true, description: 'District-level unit code (mã huyện) as of `asOf`, when grouped by DISTRICT; null also for dossiers received at the province.' })
  districtCode!: string | null;

  @Field(() => ID, { nullable: true, description: 'Commune-level unit code (mã xã) as of `asOf`, when grouped by COMMUNE; null also for dossiers received above communes.' })
  communeCode!: string | null;

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

  @Field(() => DossierStatisticChange, { nullable: true, description: 'The group in compareTo.yearTo against compareTo.yearFrom (whatever the filter\'s years); null without compareTo.' })
  change!: DossierStatisticChange | null;
}

export const DossierStatisticConnection = Connection(DossierStatistic);
