import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, DateScalar } from '@par/platform';
import { ApplicantKind, DossierChannel, DossierOutcome, DossierStatus } from './dossier.enums';
import { DateTimeScalar } from './date-time.scalar';

@ObjectType({ description: 'A request to supplement a dossier; the clock stops while it is open (yêu cầu bổ sung hồ sơ).' })
export class SupplementRequest {
  @Field(() => ID, { description: 'Request id.' })
  id!: string;

  @Field({ description: 'What the applicant must supply (nội dung yêu cầu bổ sung).' })
  reason!: string;

  @Field(() => DateTimeScalar, { description: 'When the request was made.' })
  openedAt!: Date | string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the applicant supplied the dossier; null while open.' })
  closedAt!: Date | string | null;

  @Field(() => Int, { nullable: true, description: 'Working days the request kept the clock stopped; null while open.' })
  pausedWorkingDays!: number | null;

  dossierId!: string;
}

@ObjectType({ description: 'A one-stop dossier for an administrative procedure (hồ sơ thủ tục hành chính).' })
export class Dossier {
  @Field(() => ID, { description: 'Dossier id (mã hồ sơ).' })
  id!: string;

  @Field(() => DossierStatus, { description: 'Lifecycle state (trạng thái).' })
  status!: DossierStatus;

  @Field(() => DossierChannel, { description: 'How it was submitted (hình thức tiếp nhận).' })
  channel!: DossierChannel;

  @Field(() => ApplicantKind, { description: 'Citizen or enterprise (đối tượng).' })
  applicantKind!: ApplicantKind;

  @Field(() => DateTimeScalar, { description: 'When it was received (thời điểm tiếp nhận).' })
  receivedAt!: Date | string;

  @Field(() => DateScalar, {
    description:
      "Promised date (ngày hẹn trả): the procedure's statutory working days counted from the next working day after the receipt date with the working calendar (`workingCalendar`: Saturdays, Sundays and listed days off such as Tết skipped, worked Saturdays counted), extended by the working days supplement requests were open. Set on receipt and kept when the calendar changes later.",
  })
  dueAt!: string;

  @Field(() => Int, { description: 'Working days the clock was stopped by closed supplement requests.' })
  pausedWorkingDays!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was resolved (thời điểm trả kết quả); null unless RESOLVED.' })
  resolvedAt!: Date | string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it reached a final state (resolved, refused, withdrawn).' })
  closedAt!: Date | string | null;

  @Field(() => DossierOutcome, { nullable: true, description: 'Early, on time or late against the promised date; null unless RESOLVED.' })
  outcome!: DossierOutcome | null;

  @Field(() => String, { nullable: true, description: 'Reason given when refused or withdrawn.' })
  closeReason!: string | null;

  @Field(() => ID, { description: 'Code of the administrative unit where it was received.' })
  unitCode!: string;

  procedureCode!: string;
  agencyId!: string;
  applicantName!: string | null;
  applicantIdNumber!: string | null;
}

export const DossierConnection = Connection(Dossier);
