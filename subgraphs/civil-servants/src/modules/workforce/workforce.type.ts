import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Qualification, StaffCategory } from '../civil-servant/civil-servant.enums';
import { Rank } from '../civil-servant/civil-servant.type';
import { Agency } from '../reference/agency.type';

@ObjectType({ description: 'Staff in service at the end of a year, in one category.' })
export class CategoryCount {
  @Field(() => StaffCategory, { description: 'Personnel category.' })
  category!: StaffCategory;

  @Field(() => Int, { description: 'People of this category in service on 31 December.' })
  count!: number;
}

@ObjectType({ description: 'Workforce of an agency in a year (biên chế và nhân sự): staff in service on 31 December.' })
export class Workforce {
  @Field(() => Int, { description: 'People in service on 31 December of the year (số người làm việc thực tế).' })
  headcount!: number;

  @Field(() => Int, { nullable: true, description: 'Approved staffing quota for the year (biên chế được giao), which covers cadres, civil servants and public employees but not non-dedicated commune workers; null when none was set.' })
  approvedQuota!: number | null;

  @Field(() => [CategoryCount], { description: 'Headcount by personnel category; categories with nobody are left out.' })
  byCategory!: CategoryCount[];

  @Field(() => Float, { nullable: true, description: 'Percent (0–100) of the headcount who completed any training course in the year; null when the headcount is 0.' })
  trainedShare!: number | null;
}

@ObjectType({ description: 'Workforce of an administrative unit and all its sub-units in a year: staff working there on 31 December.' })
export class UnitWorkforce {
  @Field(() => Int, { description: 'People in service on 31 December whose workplace is the unit or one of its sub-units.' })
  headcount!: number;

  @Field(() => Int, { nullable: true, description: 'Sum of the approved staffing quotas (biên chế) of agencies in the unit and its sub-units, non-dedicated commune workers aside; null when none was set.' })
  approvedQuota!: number | null;

  @Field(() => [CategoryCount], { description: 'Headcount by personnel category; categories with nobody are left out.' })
  byCategory!: CategoryCount[];

  @Field(() => Float, { nullable: true, description: 'Percent (0–100) of the headcount who completed any training course in the year; null when the headcount is 0.' })
  trainedShare!: number | null;
}

@ObjectType({ description: 'One group of the workforce statistics; dimensions not grouped by are null.' })
export class WorkforceGroup {
  @Field(() => StaffCategory, { nullable: true, description: 'Personnel category, when grouped by CATEGORY.' })
  category!: StaffCategory | null;

  @Field(() => Rank, { nullable: true, description: 'Rank or professional title, when grouped by RANK; null also for the group of staff without one.' })
  rank!: Rank | null;

  @Field(() => Qualification, { nullable: true, description: 'Qualification, when grouped by QUALIFICATION.' })
  qualification!: Qualification | null;

  @Field(() => Agency, { nullable: true, description: 'Agency, when grouped by AGENCY.' })
  agency!: Agency | null;

  @Field(() => Int, { description: 'People of the group in service on 31 December of the year.' })
  headcount!: number;

  @Field(() => Int, { description: 'Of those, people who completed any training course in the year.' })
  trained!: number;

  @Field(() => Float, { nullable: true, description: 'trained as a percent (0–100) of headcount; null when the headcount is 0.' })
  trainedShare!: number | null;

  rankCode!: string | null;
}
