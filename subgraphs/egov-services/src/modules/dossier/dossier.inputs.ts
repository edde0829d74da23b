import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '@par/platform';
import { ApplicantKind, DossierChannel, DossierStatus } from './dossier.enums';
import { DateTimeScalar } from './date-time.scalar';

@InputType({ description: 'A dossier received at a one-stop office (tiếp nhận hồ sơ).' })
export class ReceiveDossierInput {
  @Field(() => ID, { description: 'Procedure code (mã TTHC).' })
  procedureCode!: string;

  @Field(() => ID, { description: 'Receiving agency (cơ quan tiếp nhận).' })
  agencyId!: string;

  @Field(() => ID, { nullable: true, description: "Administrative unit where it was received; defaults to the agency's unit." })
  unitCode?: string | null;

  @Field(() => DossierChannel, { description: 'How it was submitted.' })
  channel!: DossierChannel;

  @Field(() => ApplicantKind, { description: 'Citizen or enterprise.' })
  applicantKind!: ApplicantKind;

  @Field({ description: 'Applicant name (tên người nộp, tổ chức): personal data.' })
  applicantName!: string;

  @Field(() => String, { nullable: true, description: 'Citizen identity number (9 or 12 digits) or enterprise code (10 or 13 digits): personal data.' })
  applicantIdNumber?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was received; defaults to now. Not in the future.' })
  receivedAt?: Date | null;
}

@InputType({ description: 'Ask the applicant to supplement a dossier; the clock stops until it is resumed.' })
export class RequestSupplementInput {
  @Field(() => ID, { description: 'Dossier id.' })
  dossierId!: string;

  @Field({ description: 'What must be supplied (nội dung yêu cầu bổ sung).' })
  reason!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the request was made; defaults to now.' })
  requestedAt?: Date | null;
}

@InputType({ description: 'The applicant supplied the dossier: close the open supplement request and restart the clock.' })
export class ResumeDossierInput {
  @Field(() => ID, { description: 'Dossier id.' })
  dossierId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the supplement arrived; defaults to now.' })
  resumedAt?: Date | null;
}

@InputType({ description: 'A dossier resolved and its result returned (trả kết quả).' })
export class ResolveDossierInput {
  @Field(() => ID, { description: 'Dossier id.' })
  dossierId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was resolved; defaults to now. Not before receipt.' })
  resolvedAt?: Date | null;
}

@InputType({ description: 'A dossier refused (từ chối) or withdrawn (rút hồ sơ), with the reason.' })
export class CloseDossierInput {
  @Field(() => ID, { description: 'Dossier id.' })
  dossierId!: string;

  @Field({ description: 'Reason (lý do).' })
  reason!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When; defaults to now. Not before receipt.' })
  at?: Date | null;
}

@InputType({ description: "Which of an agency's dossiers to list." })
export class DossierFilter {
  @Field(() => Int, { nullable: true, description: 'Received in this year.' })
  year?: number | null;

  @Field(() => DossierStatus, { nullable: true, description: 'In this state.' })
  status?: DossierStatus | null;

  @Field(() => DossierChannel, { nullable: true, description: 'Submitted through this channel.' })
  channel?: DossierChannel | null;

  @Field(() => ID, { nullable: true, description: 'Of this procedure.' })
  procedureCode?: string | null;
}

@ArgsType()
export class AgencyDossiersArgs extends PageArgs {
  @Field(() => DossierFilter, { nullable: true, description: 'Which dossiers.' })
  filter?: DossierFilter | null;
}
