import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, statisticsTypes } from '@par/platform';
import { SurveyKind } from './satisfaction.entity';
import { SATISFACTION_SPEC } from './satisfaction-statistics.spec';

export const SatisfactionStatisticsTypes = statisticsTypes('Satisfaction', SATISFACTION_SPEC, 'Satisfaction');

@ObjectType({
  description:
    'One group of satisfaction statistics (thống kê sự hài lòng); dimensions not grouped by are null, and the counts add up to the ungrouped totals.',
})
export class SatisfactionStatistic extends (SatisfactionStatisticsTypes.Figures as new () => object) {
  @Field(() => Int, { nullable: true, description: 'Year, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => SurveyKind, { nullable: true, description: 'Survey kind (sector), when grouped by SURVEY_KIND.' })
  surveyKind!: SurveyKind | null;

  @Field(() => ID, { nullable: true, description: 'Agency surveyed, when grouped by AGENCY.' })
  agencyId!: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of the agency (AgencyKind name), when grouped by AGENCY_KIND.' })
  agencyKind!: string | null;

  @Field(() => ID, { nullable: true, description: 'District code (mã huyện) as of `asOf`, when grouped by DISTRICT.' })
  districtCode!: string | null;

  @Field(() => SatisfactionStatisticsTypes.StatisticChange, {
    nullable: true,
    description: 'The group in compareTo.yearTo against compareTo.yearFrom; null without compareTo.',
  })
  change!: unknown;
}

export const SatisfactionStatisticConnection = Connection(SatisfactionStatistic);
