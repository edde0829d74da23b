import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { statisticsArgs } from '@par/platform';
import { DossierChannel } from '../dossier/dossier.enums';
import { DossierStatisticsTypes } from './statistics.type';

export enum DossierDimension {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
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
    QUARTER: { description: 'Quarter, as YYYY-Qn: receipts in the quarter received, resolutions in the quarter resolved (quý); not with PROCEDURE or SECTOR.' },
    MONTH: { description: 'Month, as YYYY-MM: receipts in the month received, resolutions in the month resolved (tháng); not with PROCEDURE or SECTOR.' },
    CHANNEL: { description: 'Submission channel (hình thức tiếp nhận).' },
    AGENCY: { description: 'Receiving agency (cơ quan tiếp nhận).' },
    AGENCY_KIND: { description: 'Kind of the receiving agency, as AgencyKind names it (loại cơ quan): DEPARTMENT, DISTRICT_PEOPLES_COMMITTEE…' },
    PROCEDURE: { description: 'Administrative procedure (thủ tục hành chính).' },
    SECTOR: { description: 'Sector of the procedure (lĩnh vực).' },
    DISTRICT: { description: 'District-level unit where the dossier was received, as the units stood on `asOf` (cấp huyện); null for dossiers received at the province.' },
    COMMUNE: { description: 'Commune-level unit where the dossier was received, as the units stood on `asOf` (cấp xã); null for dossiers received at a district or the province.' },
  },
});

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

export const DossierStatisticsArgs = statisticsArgs(
  DossierDimension,
  DossierStatisticsFilter,
  DossierStatisticsTypes,
  'Day whose unit hierarchy places dossiers in districts and communes (default: 31 December of the last year counted, else of compareTo.yearTo, else today).',
);
