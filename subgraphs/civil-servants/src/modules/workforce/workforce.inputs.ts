import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Qualification, StaffCategory } from '../civil-servant/civil-servant.enums';

export enum WorkforceDimension {
  CATEGORY = 'CATEGORY',
  RANK = 'RANK',
  QUALIFICATION = 'QUALIFICATION',
  AGENCY = 'AGENCY',
}
registerEnumType(WorkforceDimension, {
  name: 'WorkforceDimension',
  description: 'A dimension the workforce statistics can be grouped by.',
  valuesConfig: {
    CATEGORY: { description: 'Personnel category (loại).' },
    RANK: { description: 'Rank or professional title (ngạch, chức danh).' },
    QUALIFICATION: { description: 'Qualification (trình độ chuyên môn).' },
    AGENCY: { description: 'Agency of employment (cơ quan).' },
  },
});

@InputType({ description: 'Which staff the workforce statistics count; every given condition must hold.' })
export class WorkforceStatisticsFilter {
  @Field(() => ID, { nullable: true, description: 'Only this agency and its subordinates.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only staff working in this administrative unit or its sub-units.' })
  unitCode?: string | null;

  @Field(() => [StaffCategory], { nullable: true, description: 'Only these categories.' })
  categories?: StaffCategory[] | null;

  @Field(() => [Qualification], { nullable: true, description: 'Only these qualifications.' })
  qualifications?: Qualification[] | null;
}
