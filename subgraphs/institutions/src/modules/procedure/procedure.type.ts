import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, DateScalar, MoneyScalar } from '@par/platform';
import { UnitLevel } from '../administrative-unit/administrative-unit.entity';

@ObjectType({ description: 'A change that simplified a procedure (đơn giản hóa thủ tục hành chính).' })
export class ProcedureSimplification {
  @Field(() => DateScalar, { description: 'Date of the decision simplifying it.' })
  decidedOn!: string;

  @Field(() => Int, { description: 'Statutory processing days before the change.' })
  daysBefore!: number;

  @Field(() => Int, { description: 'Statutory processing days after the change.' })
  daysAfter!: number;

  @Field({ description: 'What was simplified, in Vietnamese.' })
  note!: string;

  procedureCode!: string;
}

@ObjectType({ description: 'Administrative procedure (thủ tục hành chính, TTHC) of the provincial catalogue.' })
@Directive('@key(fields: "code")')
export class AdministrativeProcedure {
  @Field(() => ID, { description: 'Procedure code in the national database (mã TTHC).' })
  code!: string;

  @Field({ description: 'Name of the procedure (tên thủ tục), in Vietnamese.' })
  name!: string;

  @Field({ description: 'Sector (lĩnh vực), its Vietnamese name, e.g. "Đất đai".' })
  sector!: string;

  @Field(() => ID, { description: 'Code of the sector, e.g. "DAT_DAI".' })
  sectorCode!: string;

  @Field(() => UnitLevel, { description: 'Level of government that settles it (cấp thực hiện).' })
  level!: UnitLevel;

  @Field(() => Int, { description: 'Statutory processing time in working days (thời hạn giải quyết).' })
  processingDays!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Fee or charge in đồng (phí, lệ phí); null when none is charged.' })
  fee!: string | null;

  @Field({ description: 'Whether the procedure is publicly disclosed (công khai TTHC) as of today.' })
  publiclyDisclosed!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Date it was publicly disclosed, if it was.' })
  disclosedOn!: string | null;

  @Field({
    description:
      'Whether the procedure was assessed in time (đánh giá tác động, Decree 63/2010/NĐ-CP): an assessment of the draft that introduced it is recorded, dated on or before the day it was issued. Derived from `impactAssessments`.',
  })
  impactAssessed!: boolean;

  @Field({ description: 'Whether it is handled through an interconnected one-stop shop (một cửa liên thông).' })
  interconnected!: boolean;

  @Field(() => DateScalar, { description: 'Date first issued (ngày ban hành).' })
  issuedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date abolished (ngày bãi bỏ), if it was.' })
  abolishedOn!: string | null;

  @Field(() => Int, { description: 'Edit version; pass it back on update, a stale one is a CONFLICT.' })
  version!: number;

  implementingAgencyId!: string | null;
}

export const AdministrativeProcedureConnection = Connection(AdministrativeProcedure);
