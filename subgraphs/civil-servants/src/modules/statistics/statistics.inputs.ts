import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { statisticsArgs } from '@par/platform';
import { Qualification, StaffCategory, TrainingKind } from '../civil-servant/civil-servant.enums';
import { StaffStatisticsTypes, TrainingStatisticsTypes } from './statistics.type';

const PLACE = {
  DISTRICT: { description: 'District-level unit of the workplace as the units stood on `asOf` (cấp huyện); null for workplaces at the province.' },
  COMMUNE: { description: 'Commune-level unit of the workplace as the units stood on `asOf` (cấp xã); null for workplaces above communes.' },
};
const AGENCY = {
  AGENCY: { description: 'Agency of employment (cơ quan).' },
  AGENCY_KIND: { description: 'Kind of the agency, as AgencyKind names it (loại cơ quan): DEPARTMENT, DISTRICT_PEOPLES_COMMITTEE…' },
};

export enum StaffDimension {
  YEAR = 'YEAR',
  AGENCY = 'AGENCY',
  AGENCY_KIND = 'AGENCY_KIND',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  CATEGORY = 'CATEGORY',
  RANK = 'RANK',
  QUALIFICATION = 'QUALIFICATION',
}
registerEnumType(StaffDimension, {
  name: 'StaffDimension',
  description: 'A dimension staff statistics can be grouped by (chiều thống kê nhân sự).',
  valuesConfig: {
    YEAR: { description: 'Year; staff counted as on 31 December (năm).' },
    ...AGENCY,
    ...PLACE,
    CATEGORY: { description: 'Personnel category (loại).' },
    RANK: { description: 'Rank or professional title (ngạch, chức danh); null for staff without one.' },
    QUALIFICATION: { description: 'Qualification (trình độ chuyên môn).' },
  },
});

export enum TrainingDimension {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
  AGENCY = 'AGENCY',
  AGENCY_KIND = 'AGENCY_KIND',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  CATEGORY = 'CATEGORY',
  TRAINING_KIND = 'TRAINING_KIND',
}
registerEnumType(TrainingDimension, {
  name: 'TrainingDimension',
  description: 'A dimension training statistics can be grouped by (chiều thống kê đào tạo, bồi dưỡng).',
  valuesConfig: {
    YEAR: { description: 'Year the course was completed (năm).' },
    QUARTER: { description: 'Quarter the course was completed, as YYYY-Qn (quý).' },
    MONTH: { description: 'Month the course was completed, as YYYY-MM (tháng).' },
    ...AGENCY,
    ...PLACE,
    CATEGORY: { description: 'Personnel category of the person trained (loại).' },
    TRAINING_KIND: { description: 'Kind of course (loại khóa đào tạo, bồi dưỡng).' },
  },
});

@InputType({ description: 'Which staff or completions civil-servants statistics count; every given condition must hold.' })
export class StaffStatisticsFilter {
  @Field(() => Int, { nullable: true, description: 'First year counted (từ năm), inclusive.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year counted (đến năm), inclusive.' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only staff of this agency (not its subordinates).' })
  agencyId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only staff of agencies of these kinds (AgencyKind names, e.g. DEPARTMENT).' })
  agencyKinds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only staff working in this unit or its sub-units as they stood on `asOf`.' })
  unitCode?: string | null;

  @Field(() => [StaffCategory], { nullable: true, description: 'Only these categories.' })
  categories?: StaffCategory[] | null;

  @Field(() => [Qualification], { nullable: true, description: 'Only these qualifications.' })
  qualifications?: Qualification[] | null;
}

@InputType({ description: 'Which course completions training statistics count; every given condition must hold.' })
export class TrainingStatisticsFilter extends StaffStatisticsFilter {
  @Field(() => [TrainingKind], { nullable: true, description: 'Only courses of these kinds.' })
  trainingKinds?: TrainingKind[] | null;
}

const AS_OF = 'Day whose unit hierarchy places workplaces in districts and communes (default: 31 December of filter.yearTo, else of compareTo.yearTo, else today).';
export const StaffStatisticsArgs = statisticsArgs(StaffDimension, StaffStatisticsFilter, StaffStatisticsTypes, AS_OF);
export const TrainingStatisticsArgs = statisticsArgs(TrainingDimension, TrainingStatisticsFilter, TrainingStatisticsTypes, AS_OF);
