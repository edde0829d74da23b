import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { statisticsArgs } from '@par/platform';
import { SurveyKind } from './satisfaction.entity';
import { SatisfactionStatisticsTypes } from './satisfaction-statistics.type';

export enum SatisfactionDimension {
  YEAR = 'YEAR',
  SURVEY_KIND = 'SURVEY_KIND',
  AGENCY = 'AGENCY',
  AGENCY_KIND = 'AGENCY_KIND',
  DISTRICT = 'DISTRICT',
}
registerEnumType(SatisfactionDimension, {
  name: 'SatisfactionDimension',
  description: 'A dimension satisfaction statistics can be grouped by (chiều thống kê sự hài lòng).',
  valuesConfig: {
    YEAR: { description: 'Survey year (năm).' },
    SURVEY_KIND: { description: 'What was surveyed, the sector of the service: PROCEDURE (administrative procedures), EDUCATION, HEALTH (lĩnh vực).' },
    AGENCY: { description: 'Agency surveyed (cơ quan).' },
    AGENCY_KIND: { description: 'Kind of the agency, as AgencyKind names it (loại cơ quan).' },
    DISTRICT: { description: 'District-level unit of the agency as the units stood on `asOf` (cấp huyện); null for provincial agencies.' },
  },
});

@InputType({ description: 'Which surveys satisfaction statistics count; every given condition must hold.' })
export class SatisfactionStatisticsFilter {
  @Field(() => Int, { nullable: true, description: 'First year counted, inclusive.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year counted, inclusive.' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only surveys of this agency.' })
  agencyId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only agencies of these kinds (AgencyKind names, e.g. DEPARTMENT).' })
  agencyKinds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only agencies seated in this unit or its sub-units as they stood on `asOf`.' })
  unitCode?: string | null;

  @Field(() => [SurveyKind], { nullable: true, description: 'Only surveys of these kinds.' })
  surveyKinds?: SurveyKind[] | null;
}

export const SatisfactionStatisticsArgs = statisticsArgs(
  SatisfactionDimension,
  SatisfactionStatisticsFilter,
  SatisfactionStatisticsTypes,
  'Day whose unit hierarchy places agencies in districts (default: 31 December of filter.yearTo, else of compareTo.yearTo, else today).',
);
