import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@par/platform';

export enum ReformArea {
  INSTITUTIONS = 'INSTITUTIONS',
  PROCEDURES = 'PROCEDURES',
  ORGANISATION = 'ORGANISATION',
  CIVIL_SERVICE = 'CIVIL_SERVICE',
  PUBLIC_FINANCE = 'PUBLIC_FINANCE',
  MODERNISATION = 'MODERNISATION',
  STEERING = 'STEERING',
}
registerEnumType(ReformArea, {
  name: 'ReformArea',
  description: 'Area of the reform plan (nội dung cải cách hành chính).',
  valuesConfig: {
    INSTITUTIONS: { description: 'Institutional reform (cải cách thể chế)' },
    PROCEDURES: { description: 'Administrative procedure reform (cải cách thủ tục hành chính)' },
    ORGANISATION: { description: 'Organisational reform (cải cách tổ chức bộ máy hành chính nhà nước)' },
    CIVIL_SERVICE: { description: 'Civil service quality (xây dựng và nâng cao chất lượng đội ngũ CBCCVC)' },
    PUBLIC_FINANCE: { description: 'Public finance reform (cải cách tài chính công)' },
    MODERNISATION: { description: 'Administrative modernisation, e-government (hiện đại hóa hành chính)' },
    STEERING: { description: 'Steering of the reform (công tác chỉ đạo, điều hành CCHC)' },
  },
});

export enum Comparator {
  GT = 'GT',
  GTE = 'GTE',
  LT = 'LT',
  LTE = 'LTE',
  EQ = 'EQ',
}
registerEnumType(Comparator, {
  name: 'Comparator',
  description: 'How a measured value is compared with the target value.',
  valuesConfig: {
    GT: { description: 'More than (trên)' },
    GTE: { description: 'At least (ít nhất, đạt)' },
    LT: { description: 'Less than (dưới)' },
    LTE: { description: 'At most (không vượt quá)' },
    EQ: { description: 'Exactly' },
  },
});

@ObjectType({ description: 'A reform plan (kế hoạch cải cách hành chính) with its measurable targets.' })
export class ReformPlan {
  @Field(() => ID, { description: 'Number and symbol of the decision issuing it, e.g. "851/QĐ-UBND".' })
  code!: string;

  @Field({ description: 'Title, in Vietnamese.' })
  title!: string;

  @Field({ description: 'Issuing body (cơ quan ban hành).' })
  issuer!: string;

  @Field(() => DateScalar, { description: 'Date issued.' })
  issuedOn!: string;

  @Field(() => Int, { description: 'First year of the plan period.' })
  periodStart!: number;

  @Field(() => Int, { description: 'Last year of the plan period.' })
  periodEnd!: number;
}

@ObjectType({ description: 'A measurable target of a reform plan (chỉ tiêu).' })
@Directive('@key(fields: "code")')
export class PlanTarget {
  @Field(() => ID, { description: 'Target code, e.g. TTHC_PUBLICLY_DISCLOSED.' })
  code!: string;

  @Field(() => ReformArea, { description: 'Area of the plan the target belongs to.' })
  area!: ReformArea;

  @Field({ description: "The decision's own words (Vietnamese)." })
  description!: string;

  @Field({ description: 'The target in English.' })
  descriptionEn!: string;

  @Field(() => String, { nullable: true, description: 'Section of the decision it comes from, e.g. "II.2.g".' })
  ref!: string | null;

  @Field(() => String, { nullable: true, description: 'How the figure is computed from data the hub holds.' })
  measure!: string | null;

  // The measure kind and its parameters the owner computes the figure by (handed to it in the
  // indicator's key); not part of the API, whose `measure` stays the words.
  measureKind?: string | null;
  measureParams?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'How the target was read where the decision is not exact.' })
  note!: string | null;

  @Field(() => Comparator, { description: 'How the measured value must compare with `value`.' })
  comparator!: Comparator;

  @Field(() => Float, { description: 'Target value, in `unit`.' })
  value!: number;

  @Field({ description: 'Unit of `value`, e.g. "percent".' })
  unit!: string;

  @Field(() => Int, { nullable: true, description: 'Year by which the target must hold; null for annual targets.' })
  dueYear!: number | null;

  @Field({ description: 'Whether the target must hold every year of the plan.' })
  annual!: boolean;

  @Field({ description: 'Lead agencies as the decision names them (cơ quan chủ trì).' })
  lead!: string;

  planCode!: string;
  subgraph!: string;
  /** The plan's first year, where a target's trend starts. */
  firstYear!: number;
}
