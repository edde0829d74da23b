import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar } from '@par/platform';
import {
  Gender, LeaveReason, PoliticalTheoryLevel, Qualification, StaffCategory, StateManagementLevel,
} from './civil-servant.enums';

export enum CivilServantOrder {
  NAME = 'NAME',
  HIRED_ON = 'HIRED_ON',
}
registerEnumType(CivilServantOrder, {
  name: 'CivilServantOrder',
  description: 'Sort order of a personnel list (ascending; ties broken by id, so pages are stable).',
  valuesConfig: {
    NAME: { description: 'By full name, ignoring accents and case.' },
    HIRED_ON: { description: 'By date of recruitment, earliest first.' },
  },
});

@InputType({ description: 'Filter for the personnel list; every given condition must hold.' })
export class CivilServantFilter {
  @Field(() => String, { nullable: true, description: 'Accent- and case-insensitive words in the full name ("nguyen van" finds "Nguyễn Văn").' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only staff of this agency (cơ quan), not its subordinates.' })
  agencyId?: string | null;

  @Field(() => [StaffCategory], { nullable: true, description: 'Only staff of these categories.' })
  categories?: StaffCategory[] | null;

  @Field(() => [Qualification], { nullable: true, description: 'Only staff with one of these qualifications.' })
  qualifications?: Qualification[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only staff in service today; false: only those who have left.' })
  active?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only staff working in this administrative unit or its sub-units.' })
  unitCode?: string | null;
}

@InputType({ description: 'A new recruit (tuyển dụng): the personnel record to create.' })
export class HireCivilServantInput {
  @Field({ description: 'Full name in Vietnamese (họ và tên).' })
  fullName!: string;

  @Field(() => Gender, { description: 'Gender (giới tính).' })
  gender!: Gender;

  @Field(() => DateScalar, { description: 'Date of birth (ngày sinh); the recruit must be at least 18 on the hiring date.' })
  dateOfBirth!: string;

  @Field({ description: 'Citizen identity number (số căn cước công dân), 12 digits.' })
  nationalIdNumber!: string;

  @Field(() => String, { nullable: true, description: 'Phone number (số điện thoại).' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address (thư điện tử).' })
  email?: string | null;

  @Field(() => StaffCategory, { description: 'Personnel category.' })
  category!: StaffCategory;

  @Field(() => ID, { description: 'Agency of employment (cơ quan, đơn vị).' })
  agencyId!: string;

  @Field(() => ID, { nullable: true, description: 'Administrative unit of the workplace; defaults to the agency\'s unit.' })
  unitCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Job position in the agency\'s approved scheme (vị trí việc làm).' })
  jobPositionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Rank or professional title code, e.g. 01.003.' })
  rankCode?: string | null;

  @Field(() => Qualification, { description: 'Highest professional qualification.' })
  qualification!: Qualification;

  @Field({ defaultValue: true, description: 'Whether the specialisation fits the position.' })
  specialisationFits!: boolean;

  @Field(() => DateScalar, { description: 'Date of recruitment (ngày tuyển dụng); not in the future.' })
  hiredOn!: string;

  @Field({ defaultValue: true, description: 'Whether the personnel record is kept electronically from the start.' })
  electronicRecord!: boolean;
}

@InputType({ description: 'Changes to a personnel record; only the fields given change.' })
export class UpdateCivilServantInput {
  @Field(() => ID, { description: 'The record to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version read before editing; a stale version is a CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New full name.' })
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'Corrected citizen identity number, 12 digits.' })
  nationalIdNumber?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Corrected date of birth; the person must still have been at least 18 when hired.' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'New phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'New e-mail address.' })
  email?: string | null;

  @Field(() => ID, { nullable: true, description: 'Move to this agency (the editor must be allowed to write for both).' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New workplace unit code.' })
  unitCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'New job position.' })
  jobPositionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New rank or professional title code.' })
  rankCode?: string | null;

  @Field(() => Qualification, { nullable: true, description: 'New highest qualification.' })
  qualification?: Qualification | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the specialisation fits the position.' })
  specialisationFits?: boolean | null;

  @Field(() => PoliticalTheoryLevel, { nullable: true, description: 'New political theory level.' })
  politicalTheoryLevel?: PoliticalTheoryLevel | null;

  @Field(() => StateManagementLevel, { nullable: true, description: 'New state management level.' })
  stateManagementLevel?: StateManagementLevel | null;

  @Field(() => String, { nullable: true, description: 'New management post; give postAppointedOn with it.' })
  managementPost?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of appointment to the new management post.' })
  postAppointedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the record became electronic.' })
  electronicRecordOn?: string | null;
}

@InputType({ description: 'A person leaving the service (thôi việc, nghỉ hưu, tinh giản).' })
export class LeaveInput {
  @Field(() => ID, { description: 'The person leaving.' })
  id!: string;

  @Field(() => Int, { description: 'The version read before editing; a stale version is a CONFLICT.' })
  version!: number;

  @Field(() => DateScalar, { description: 'Last day in service is the day before this date (ngày thôi việc).' })
  leftOn!: string;

  @Field(() => LeaveReason, { description: 'Why the person leaves.' })
  reason!: LeaveReason;
}
