import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, DateScalar } from '@par/platform';
import { Agency } from '../reference/agency.type';
import {
  Gender, LeaveReason, PoliticalTheoryLevel, Qualification, RankKind, StaffCategory, StateManagementLevel,
} from './civil-servant.enums';

@ObjectType({ description: 'A civil-service rank (ngạch) or a professional title (chức danh nghề nghiệp) from the catalogue.' })
export class Rank {
  @Field(() => ID, { description: 'Rank or title code, e.g. 01.003 (chuyên viên) or V.07.03.08.' })
  code!: string;

  @Field({ description: 'Vietnamese name, e.g. "Chuyên viên" (tên ngạch, chức danh).' })
  name!: string;

  @Field(() => RankKind, { description: 'Rank or professional title.' })
  kind!: RankKind;

  @Field(() => Int, { nullable: true, description: 'Grade of a professional title, 1 to 4 for hạng I–IV; null for ranks.' })
  grade!: number | null;

  @Field(() => Qualification, { description: 'Lowest qualification the rank or title requires (tiêu chuẩn trình độ).' })
  minQualification!: Qualification;
}

/** A personnel record as read from SQL; PII columns are never part of it (they load separately, audited). */
@ObjectType({ description: 'A person in the public service of the province: cadre, civil servant, public employee or commune staff (cán bộ, công chức, viên chức).' })
@Directive('@key(fields: "id")')
export class CivilServant {
  @Field(() => ID, { description: 'Stable personnel id (UUID).' })
  id!: string;

  @Field({ description: 'Full name in Vietnamese (họ và tên).' })
  fullName!: string;

  @Field(() => Gender, { description: 'Gender (giới tính).' })
  gender!: Gender;

  @Field(() => Int, { description: 'Year of birth (năm sinh); the full date is personal data.' })
  birthYear!: number;

  @Field(() => StaffCategory, { description: 'Personnel category (loại).' })
  category!: StaffCategory;

  @Field(() => Agency, { description: 'Agency the person works for (cơ quan, đơn vị công tác).' })
  agency!: Agency;

  @Field(() => ID, { description: 'Code of the administrative unit where the person works (địa bàn công tác).' })
  unitCode!: string;

  @Field(() => Qualification, { description: 'Highest professional qualification (trình độ chuyên môn).' })
  qualification!: Qualification;

  @Field({ description: 'Whether the specialisation fits the position held (chuyên môn phù hợp vị trí việc làm).' })
  specialisationFits!: boolean;

  @Field(() => PoliticalTheoryLevel, { nullable: true, description: 'Political theory level (trình độ lý luận chính trị); null when none.' })
  politicalTheoryLevel!: PoliticalTheoryLevel | null;

  @Field(() => StateManagementLevel, { nullable: true, description: 'State management training level (trình độ quản lý nhà nước); null when none.' })
  stateManagementLevel!: StateManagementLevel | null;

  @Field(() => String, { nullable: true, description: 'Leadership or management post held (chức vụ lãnh đạo, quản lý), e.g. "Trưởng phòng"; null when none.' })
  managementPost!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of appointment to the management post (ngày bổ nhiệm).' })
  postAppointedOn!: string | null;

  @Field(() => DateScalar, { description: 'Date of recruitment into the service (ngày tuyển dụng).' })
  hiredOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date the person left the service (ngày thôi việc); null while in service.' })
  leftOn!: string | null;

  @Field(() => LeaveReason, { nullable: true, description: 'Why the person left; null while in service.' })
  leaveReason!: LeaveReason | null;

  @Field({ description: 'Whether the person is in service today (đang công tác).' })
  active!: boolean;

  @Field({ description: 'Whether the personnel record is kept electronically (hồ sơ điện tử).' })
  electronicRecord!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Date the personnel record became electronic; null while on paper.' })
  electronicRecordOn!: string | null;

  @Field(() => Int, { description: 'Version of the record; pass it back when updating, so concurrent edits are detected.' })
  version!: number;

  agencyId!: string;
  rankCode!: string | null;
  jobPositionId!: string | null;
}

export const CivilServantConnection = Connection(CivilServant);

/** Personal data of one record (DESIGN §7), loaded only for callers holding `pii:read`. */
export interface PersonalData {
  id: string;
  dateOfBirth: string;
  nationalIdNumber: string;
  phone: string | null;
  email: string | null;
}
