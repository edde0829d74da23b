import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, statisticsTypes } from '@par/platform';
import { DossierChannel } from '../dossier/dossier.enums';
import { DOSSIER_SPEC } from './statistics.spec';

export const DossierStatisticsTypes = statisticsTypes('Dossier', DOSSIER_SPEC, 'Dossier');

@ObjectType({ description: 'One group of dossier statistics (thống kê hồ sơ); dimensions not grouped by are null, and the groups add up to the ungrouped totals.' })
export class DossierStatistic extends (DossierStatisticsTypes.Figures as new () => object) {
  @Field(() => Int, { nullable: true, description: 'Year of the group, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'Quarter of the group (YYYY-Qn), when grouped by QUARTER.' })
  quarter!: string | null;

  @Field(() => String, { nullable: true, description: 'Month of the group (YYYY-MM), when grouped by MONTH.' })
  month!: string | null;

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

  @Field(() => DossierStatisticsTypes.StatisticChange, { nullable: true, description: "The group in compareTo.yearTo against compareTo.yearFrom (whatever the filter's years); null without compareTo." })
  change!: unknown;
}

export const DossierStatisticConnection = Connection(DossierStatistic);
