import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@par/platform';
import { UnitLevel } from '../administrative-unit/administrative-unit.entity';
import { ImpactAssessmentInput } from './impact-assessment.inputs';

@InputType({ description: 'Filter for the procedure catalogue; every given condition must hold.' })
export class ProcedureFilter {
  @Field(() => String, { nullable: true, description: 'Accent- and case-insensitive words in the code or name ("cap giay phep xay dung").' })
  search?: string | null;

  @Field(() => UnitLevel, { nullable: true, description: 'Only procedures settled at this level.' })
  level?: UnitLevel | null;

  @Field(() => String, { nullable: true, description: 'Only this sector: its code ("DAT_DAI") or its name, accent-insensitive ("dat dai").' })
  sector?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only procedures implemented by this agency.' })
  implementingAgencyId?: string | null;
}

@InputType({ description: 'A new procedure for the catalogue.' })
export class CreateProcedureInput {
  @Field(() => ID, { description: 'Procedure code (mã TTHC); must be new.' })
  code!: string;

  @Field({ description: 'Name, in Vietnamese.' })
  name!: string;

  @Field(() => ID, { description: 'Sector code.' })
  sectorCode!: string;

  @Field(() => UnitLevel, { description: 'Level that settles it.' })
  level!: UnitLevel;

  @Field(() => ID, { nullable: true, description: 'Implementing agency id.' })
  implementingAgencyId?: string | null;

  @Field(() => Int, { description: 'Statutory processing days, 0 or more.' })
  processingDays!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Fee in đồng, 0 or more; null for none.' })
  fee?: bigint | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date publicly disclosed, if it is.' })
  disclosedOn?: string | null;

  @Field(() => ImpactAssessmentInput, { nullable: true, description: 'The impact assessment of the draft that introduces it, if one was made.' })
  impactAssessment?: ImpactAssessmentInput | null;

  @Field({ defaultValue: false, description: 'Whether handled through an interconnected one-stop shop.' })
  interconnected!: boolean;

  @Field(() => DateScalar, { description: 'Date issued.' })
  issuedOn!: string;
}

@InputType({ description: 'Changes to a procedure; omitted fields keep their value, null clears a nullable one.' })
export class UpdateProcedureInput {
  @Field(() => String, { nullable: true, description: 'Name, in Vietnamese.' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Sector code.' })
  sectorCode?: string | null;

  @Field(() => UnitLevel, { nullable: true, description: 'Level that settles it.' })
  level?: UnitLevel | null;

  @Field(() => ID, { nullable: true, description: 'Implementing agency id.' })
  implementingAgencyId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Statutory processing days, 0 or more.' })
  processingDays?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Fee in đồng, 0 or more.' })
  fee?: bigint | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date publicly disclosed.' })
  disclosedOn?: string | null;

  @Field(() => ImpactAssessmentInput, { nullable: true, description: 'An impact assessment to record (added; the same draft document replaces its record).' })
  impactAssessment?: ImpactAssessmentInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether handled through an interconnected one-stop shop.' })
  interconnected?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date abolished.' })
  abolishedOn?: string | null;
}
