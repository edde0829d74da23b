import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

export enum DossierDimension {
  YEAR = 'YEAR',
  CHANNEL = 'CHANNEL',
  AGENCY = 'AGENCY',
  PROCEDURE = 'PROCEDURE',
  SECTOR = 'SECTOR',
}
registerEnumType(DossierDimension, {
  name: 'DossierDimension',
  description: 'A dimension dossier statistics can be grouped by (chiều thống kê).',
  valuesConfig: {
    YEAR: { description: 'Calendar year: receipts count in the year received, resolutions in the year resolved (năm).' },
    CHANNEL: { description: 'Submission channel (hình thức tiếp nhận).' },
    AGENCY: { description: 'Receiving agency (cơ quan tiếp nhận).' },
    PROCEDURE: { description: 'Administrative procedure (thủ tục hành chính).' },
    SECTOR: { description: 'Sector of the procedure (lĩnh vực).' },
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

  @Field(() => ID, { nullable: true, description: 'Only dossiers of this procedure (mã TTHC).' })
  procedureCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only procedures of this sector (lĩnh vực).' })
  sector?: string | null;
}

@ArgsType()
export class DossierStatisticsArgs {
  @Field(() => DossierStatisticsFilter, { nullable: true, description: 'Which dossiers to count.' })
  filter?: DossierStatisticsFilter | null;

  @Field(() => [DossierDimension], { description: 'Dimensions to group by; an empty list gives one row of totals.' })
  groupBy!: DossierDimension[];
}
