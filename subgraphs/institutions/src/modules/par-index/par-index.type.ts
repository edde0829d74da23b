import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency } from '../agency/agency.type';

export enum ParIndexArea {
  STEERING = 'STEERING',
  INSTITUTIONS = 'INSTITUTIONS',
  PROCEDURES = 'PROCEDURES',
  ORGANISATION = 'ORGANISATION',
  CIVIL_SERVICE = 'CIVIL_SERVICE',
  PUBLIC_FINANCE = 'PUBLIC_FINANCE',
  MODERNISATION = 'MODERNISATION',
  IMPACT = 'IMPACT',
}
registerEnumType(ParIndexArea, {
  name: 'ParIndexArea',
  description: 'Area of the PAR Index (lĩnh vực của Chỉ số CCHC).',
  valuesConfig: {
    STEERING: { description: 'Steering and direction of the reform (công tác chỉ đạo, điều hành CCHC)' },
    INSTITUTIONS: { description: 'Institutional reform (cải cách thể chế)' },
    PROCEDURES: { description: 'Administrative procedure reform (cải cách thủ tục hành chính)' },
    ORGANISATION: { description: 'Organisational reform (cải cách tổ chức bộ máy)' },
    CIVIL_SERVICE: { description: 'Civil service (xây dựng và nâng cao chất lượng đội ngũ CBCCVC)' },
    PUBLIC_FINANCE: { description: 'Public finance reform (cải cách tài chính công)' },
    MODERNISATION: { description: 'Administrative modernisation (hiện đại hóa hành chính)' },
    IMPACT: { description: 'Impact of the reform on people and development (tác động của CCHC)' },
  },
});

/** Maximum points per area; they add up to 100. */
export const AREA_MAX_POINTS: Record<ParIndexArea, number> = {
  STEERING: 10,
  INSTITUTIONS: 10,
  PROCEDURES: 15,
  ORGANISATION: 10,
  CIVIL_SERVICE: 15,
  PUBLIC_FINANCE: 10,
  MODERNISATION: 15,
  IMPACT: 15,
};

@ObjectType({ description: 'Points of one PAR Index area (điểm thành phần).' })
export class ParIndexComponent {
  @Field(() => ParIndexArea, { description: 'Index area.' })
  area!: ParIndexArea;

  @Field(() => Float, { description: 'Maximum points of the area.' })
  maxPoints!: number;

  @Field(() => Float, { description: 'Points the agency gave itself (tự đánh giá).' })
  selfPoints!: number;

  @Field(() => Float, { description: 'Points after appraisal (thẩm định).' })
  appraisedPoints!: number;
}

@ObjectType({ description: "An agency's PAR Index (Chỉ số CCHC) for one year and its rank among agencies of the same kind." })
export class ParIndexResult {
  @Field(() => Int, { description: 'Year assessed.' })
  year!: number;

  @Field(() => Float, { description: 'Total on 100: 70% appraised score and 30% survey score, or the appraised score alone without a survey.' })
  score!: number;

  @Field(() => Int, { description: 'Rank among agencies of the same kind assessed that year (1 = best; ties share a rank).' })
  rank!: number;

  @Field(() => Int, { description: 'Number of agencies of the same kind ranked that year.' })
  rankOf!: number;

  @Field(() => Float, { description: 'Self-assessed score on 100 (điểm tự đánh giá).' })
  selfScore!: number;

  @Field(() => Float, { description: 'Score on 100 after appraisal (điểm thẩm định).' })
  appraisedScore!: number;

  @Field(() => Float, { nullable: true, description: 'Sociological survey score on 100 (điểm điều tra xã hội học); null when no survey was made.' })
  surveyScore!: number | null;

  agencyId!: string;
}

@ObjectType({ description: 'One line of a PAR Index ranking.' })
export class ParIndexRankingEntry extends ParIndexResult {
  @Field(() => Agency, { description: 'The agency ranked.' })
  agency!: Agency;
}

@ObjectType({ description: 'A recorded PAR Index assessment (kết quả đánh giá Chỉ số CCHC).' })
export class ParAssessment {
  @Field(() => Int, { description: 'Year assessed.' })
  year!: number;

  @Field(() => Float, { description: 'Self-assessed score on 100.' })
  selfScore!: number;

  @Field(() => Float, { description: 'Score on 100 after appraisal.' })
  appraisedScore!: number;

  @Field(() => Float, { nullable: true, description: 'Survey score on 100, if any.' })
  surveyScore!: number | null;

  @Field(() => Float, { description: 'Total on 100.' })
  score!: number;

  @Field(() => Agency, { description: 'Agency assessed.' })
  agency!: Agency;

  agencyId!: string;
}
