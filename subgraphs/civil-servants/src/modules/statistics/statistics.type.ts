import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, statisticsTypes } from '@par/platform';
import { Qualification, StaffCategory, TrainingKind } from '../civil-servant/civil-servant.enums';
import { STAFF_SPEC, TRAINING_SPEC } from './statistics.spec';

export const StaffStatisticsTypes = statisticsTypes('Staff', STAFF_SPEC, 'Staff');
export const TrainingStatisticsTypes = statisticsTypes('Training', TRAINING_SPEC, 'Training');

/** The agency, place and category of a group, which staff and training statistics share. */
function agencyPlaceFields(target: object): void {
  const nullable = (description: string) => ({ nullable: true, description });
  Field(() => ID, nullable('Agency of the group, when grouped by AGENCY.'))(target, 'agencyId');
  Field(() => String, nullable('Kind of the agency (AgencyKind name), when grouped by AGENCY_KIND.'))(target, 'agencyKind');
  Field(() => ID, nullable('District-level unit code (mã huyện) of the workplace as of `asOf`, when grouped by DISTRICT.'))(target, 'districtCode');
  Field(() => ID, nullable('Commune-level unit code (mã xã) of the workplace as of `asOf`, when grouped by COMMUNE.'))(target, 'communeCode');
  Field(() => StaffCategory, nullable('Personnel category, when grouped by CATEGORY.'))(target, 'category');
}

@ObjectType({ description: 'One group of staff statistics (thống kê nhân sự, đào tạo); dimensions not grouped by are null, and the groups add up to the ungrouped totals.' })
export class StaffStatistic extends (StaffStatisticsTypes.Figures as new () => object) {
  @Field(() => Int, { nullable: true, description: 'Year, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => ID, { nullable: true, description: 'Rank or professional title code, when grouped by RANK.' })
  rankCode!: string | null;

  @Field(() => Qualification, { nullable: true, description: 'Qualification, when grouped by QUALIFICATION.' })
  qualification!: Qualification | null;

  @Field(() => StaffStatisticsTypes.StatisticChange, { nullable: true, description: 'The group in compareTo.yearTo against compareTo.yearFrom; null without compareTo.' })
  change!: unknown;
}

@ObjectType({ description: 'One group of training statistics (thống kê đào tạo, bồi dưỡng): course completions; the groups add up to the ungrouped totals.' })
export class TrainingStatistic extends (TrainingStatisticsTypes.Figures as new () => object) {
  @Field(() => Int, { nullable: true, description: 'Year completed, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'Quarter completed (YYYY-Qn), when grouped by QUARTER.' })
  quarter!: string | null;

  @Field(() => String, { nullable: true, description: 'Month completed (YYYY-MM), when grouped by MONTH.' })
  month!: string | null;

  @Field(() => TrainingKind, { nullable: true, description: 'Kind of course, when grouped by TRAINING_KIND.' })
  trainingKind!: TrainingKind | null;

  @Field(() => TrainingStatisticsTypes.StatisticChange, { nullable: true, description: 'The group in compareTo.yearTo against compareTo.yearFrom; null without compareTo.' })
  change!: unknown;
}

export const StaffStatisticConnection = Connection(StaffStatistic);
export const TrainingStatisticConnection = Connection(TrainingStatistic);
agencyPlaceFields(StaffStatistic.prototype);
agencyPlaceFields(TrainingStatistic.prototype);
