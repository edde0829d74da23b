import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar, SortDirection, StatisticsCompareTo } from '@par/platform';
import { DossierChannel } from '../dossier/dossier.enums';

export enum DossierDimension {
  YEAR = 'YEAR',
  CHANNEL = 'CHANNEL',
  AGENCY = 'AGENCY',
  AGENCY_KIND = 'AGENCY_KIND',
  PROCEDURE = 'PROCEDURE',
  SECTOR = 'SECTOR',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
registerEnumType(DossierDimension, {
  name: 'DossierDimension',
  description: 'A dimension dossier statistics can be grouped by (chiều thống kê).',
  valuesConfig: {
    YEAR: { description: 'Calendar year: receipts count in the year received, resolutions in the year resolved (năm).' },
    CHANNEL: { description: 'Submission channel (hình thức tiếp nhận).' },
    AGENCY: { description: 'Receiving agency (cơ quan tiếp nhận).' },
    AGENCY_KIND: { description: 'Kind of the receiving agency, as AgencyKind names it (loại cơ quan): DEPARTMENT, DISTRICT_PEOPLES_COMMITTEE…' },
    PROCEDURE: { description: 'Administrative procedure (thủ tục hành chính).' },
    SECTOR: { description: 'Sector of the procedure (lĩnh vực).' },
    DISTRICT: { description: 'District-level unit where the dossier was received, as the units stood on `asOf` (cấp huyện); null for dossiers received at the province.' },
    COMMUNE: { description: 'Commune-level unit where the dossier was received, as the units stood on `asOf` (cấp xã); null for dossiers received at a district or the province.' },
  },
});

export enum DossierStatisticsField {
  YEAR = 'YEAR',
  CHANNEL = 'CHANNEL',
  AGENCY = 'AGENCY',
  AGENCY_KIND = 'AGENCY_KIND',
  PROCEDURE = 'PROCEDURE',
  SECTOR = 'SECTOR',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  RECEIVED = 'RECEIVED',
  RECEIVED_ONLINE = 'RECEIVED_ONLINE',
  RESOLVED = 'RESOLVED',
  RESOLVED_ON_TIME = 'RESOLVED_ON_TIME',
  ON_TIME_RATE = 'ON_TIME_RATE',
  ONLINE_RATE = 'ONLINE_RATE',
  RECEIVED_CHANGE = 'RECEIVED_CHANGE',
  ON_TIME_RATE_CHANGE = 'ON_TIME_RATE_CHANGE',
  ONLINE_RATE_CHANGE = 'ONLINE_RATE_CHANGE',
}
registerEnumType(DossierStatisticsField, {
  name: 'DossierStatisticsField',
  description: 'A dimension or measure dossier statistics can be sorted by; the *_CHANGE ones need `compareTo` (difference yearTo − yearFrom).',
});

@InputType({ description: 'One sort key of dossier statistics (sắp xếp).' })
export class DossierStatisticsOrder {
  @Field(() => DossierStatisticsField)
  field!: DossierStatisticsField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType({ description: 'Which dossiers dossier statistics count (bộ lọc thống kê hồ sơ).' })
export class DossierStatisticsFilter {
  @Field(() => Int, { nullable: true, description: 'First year counted (từ năm), inclusive.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year counted (đến năm), inclusive.' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only dossiers received by this agency (cơ quan tiếp nhận).' })
  agencyId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only dossiers received by agencies of these kinds (AgencyKind names, e.g. DEPARTMENT).' })
  agencyKinds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only dossiers received in this unit or its sub-units as they stood on `asOf` (mã đơn vị hành chính).' })
  unitCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only dossiers of this procedure (mã TTHC).' })
  procedureCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only procedures of this sector (lĩnh vực).' })
  sector?: string | null;

  @Field(() => DossierChannel, { nullable: true, description: 'Only dossiers submitted through this channel.' })
  channel?: DossierChannel | null;
}

@ArgsType()
export class DossierStatisticsArgs {
  @Field(() => DossierStatisticsFilter, { nullable: true, description: 'Which dossiers to count.' })
  filter?: DossierStatisticsFilter | null;

  @Field(() => [DossierDimension], { description: 'Dimensions to group by; an empty list gives one row of totals.' })
  groupBy!: DossierDimension[];

  @Field(() => [DossierStatisticsOrder], { nullable: true, description: 'Sort keys, first the most significant; then the group key.' })
  orderBy?: DossierStatisticsOrder[] | null;

  @Field(() => StatisticsCompareTo, { nullable: true, description: 'Two years to compare within each group (`change`); not with groupBy YEAR.' })
  compareTo?: StatisticsCompareTo | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day whose unit hierarchy places dossiers in districts and communes (default: 31 December of the last year counted, else of compareTo.yearTo, else today).' })
  asOf?: string | null;
}

@ArgsType()
export class DossierStatisticsPageArgs extends DossierStatisticsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Groups per page, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor`).' })
  after?: string | null;
}
