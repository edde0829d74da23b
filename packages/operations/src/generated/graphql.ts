/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, YYYY-MM-DD (ngày). */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 form with a time zone offset, e.g. 2020-03-02T08:30:00+07:00 (thời điểm). */
  DateTime: { input: string; output: string; }
  /** An amount of money in whole Vietnamese đồng (VND), as a decimal string so it stays exact beyond 2^53. */
  Money: { input: string | number; output: string; }
};

/** Filter for the agency list; every given condition must hold. */
export type AgencyFilter = {
  /** Only agencies in existence on this day (founded by then, not yet dissolved). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only agencies of this kind. */
  kind?: InputMaybe<AgencyKind>;
  /** Only agencies directly under this agency (cơ quan cấp trên). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Accent- and case-insensitive words in the name, short name or code ("so noi vu" finds "Sở Nội vụ"). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only agencies serving the administrative unit with this national code. */
  unitCode?: InputMaybe<Scalars['ID']['input']>;
};

/** Kind of state agency (loại cơ quan). */
export type AgencyKind =
  /** Provincial branch of a central agency: tax, customs, social insurance, treasury (cơ quan ngành dọc) */
  | 'CENTRAL_BRANCH'
  /** Commune-level People's Committee (UBND cấp xã) */
  | 'COMMUNE_PEOPLES_COMMITTEE'
  /** Department or body under the Provincial People's Committee (sở, ban, ngành) */
  | 'DEPARTMENT'
  /** Specialised office of a district People's Committee (phòng chuyên môn) */
  | 'DISTRICT_OFFICE'
  /** District-level People's Committee (UBND cấp huyện) */
  | 'DISTRICT_PEOPLES_COMMITTEE'
  /** Provincial People's Committee (UBND tỉnh) */
  | 'PROVINCIAL_PEOPLES_COMMITTEE'
  /** Public service unit (đơn vị sự nghiệp công lập) */
  | 'PUBLIC_SERVICE_UNIT';

/** Sort order of an agency list (ascending; ties broken by id, so pages are stable). */
export type AgencyOrder =
  /** By agency code. */
  | 'CODE'
  /** By Vietnamese name. */
  | 'NAME';

/** Who submitted a dossier (đối tượng nộp hồ sơ). */
export type ApplicantKind =
  /** An individual citizen (công dân). */
  | 'CITIZEN'
  /** An enterprise or organisation (doanh nghiệp, tổ chức). */
  | 'ENTERPRISE';

/** An appointment decision to record; it also becomes the person's current rank or post. */
export type AppointmentInput = {
  /** Date of the decision; not before hiring, not in the future. */
  appointedOn: Scalars['Date']['input'];
  /** The person appointed. */
  civilServantId: Scalars['ID']['input'];
  /** Rank or post. */
  kind: AppointmentKind;
  /** Whether the appointee met the standards of the rank or post on that date, as checked by the appointing authority. */
  metStandards: Scalars['Boolean']['input'];
  /** The post; required for a post appointment. */
  post?: InputMaybe<Scalars['String']['input']>;
  /** Rank or title code; required for a rank appointment. */
  rankCode?: InputMaybe<Scalars['ID']['input']>;
};

/** What a person is appointed to (bổ nhiệm). */
export type AppointmentKind =
  /** A leadership or management post (bổ nhiệm chức vụ lãnh đạo, quản lý). */
  | 'POST'
  /** A civil-service rank or professional title (bổ nhiệm ngạch, chức danh nghề nghiệp). */
  | 'RANK';

/** What an audit entry records (nhật ký kiểm tra). */
export type AuditAction =
  /** A read of personal data (đọc dữ liệu cá nhân). */
  | 'PII_READ'
  /** A change of data (ghi dữ liệu), with the values before and after. */
  | 'WRITE';

/** A public service unit's figures for a year; the rate and group follow from them. Recording a year again corrects it. */
export type AutonomyAssessmentInput = {
  /** The public service unit (đơn vị sự nghiệp công lập). */
  agencyId: Scalars['ID']['input'];
  /** Whether the unit also covers its investment spending (tự bảo đảm chi đầu tư); only possible when it covers its recurrent spending. */
  coversInvestment?: Scalars['Boolean']['input'];
  /** Recurrent spending (chi thường xuyên), whole đồng; above zero. */
  recurrentSpending: Scalars['Money']['input'];
  /** Revenue from the unit's own activities (nguồn thu sự nghiệp), whole đồng; not negative. */
  revenue: Scalars['Money']['input'];
  /** Fiscal year. */
  year: Scalars['Int']['input'];
};

/** Financial autonomy group of a public service unit under Decree 60/2021/NĐ-CP (nhóm tự chủ tài chính). */
export type AutonomyGroup =
  /** Group 1: covers its recurrent and its investment spending (tự bảo đảm chi thường xuyên và chi đầu tư) */
  | 'GROUP_1'
  /** Group 2: covers at least 100 % of its recurrent spending (tự bảo đảm chi thường xuyên) */
  | 'GROUP_2'
  /** Group 3: covers 10 % to under 100 % of its recurrent spending (tự bảo đảm một phần chi thường xuyên) */
  | 'GROUP_3'
  /** Group 4: covers under 10 % (do Nhà nước bảo đảm chi thường xuyên) */
  | 'GROUP_4';

/** Category of a budget line (nội dung ngân sách). Spending categories are disjoint, so they add up. */
export type BudgetCategory =
  /** Development investment spending (chi đầu tư phát triển) */
  | 'INVESTMENT'
  /** Spending on administrative reform tasks (chi cải cách hành chính) */
  | 'PAR'
  /** Recurrent spending, excluding PAR tasks (chi thường xuyên) */
  | 'RECURRENT'
  /** Revenue the agency collects: fees, charges, service income (thu sự nghiệp, phí, lệ phí) */
  | 'REVENUE';

/** A dimension budget statistics can be grouped by (chiều thống kê ngân sách). */
export type BudgetDimension =
  /** Agency the budget is for (cơ quan, đơn vị). */
  | 'AGENCY'
  /** Kind of the agency, as AgencyKind names it (loại cơ quan): DEPARTMENT, DISTRICT_PEOPLES_COMMITTEE… */
  | 'AGENCY_KIND'
  /** Budget category (loại chi): RECURRENT, INVESTMENT, PAR, REVENUE. */
  | 'CATEGORY'
  /** District where the agency sits (huyện); null for provincial agencies. */
  | 'DISTRICT'
  /** Fiscal year (năm ngân sách). */
  | 'YEAR';

/** A budget estimate (dự toán) to record; recording one again for the same agency, year and category revises it (điều chỉnh dự toán). */
export type BudgetEstimateInput = {
  /** The agency (đơn vị dự toán). */
  agencyId: Scalars['ID']['input'];
  /** Amount in whole đồng, as a decimal string; not negative. */
  amount: Scalars['Money']['input'];
  /** Date of the approving decision (ngày phê duyệt). */
  approvedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Body that approved it, e.g. "HĐND tỉnh Hà Nam" (cơ quan phê duyệt); at most 200 characters. */
  approvingBody?: InputMaybe<Scalars['String']['input']>;
  /** Budget category. */
  category: BudgetCategory;
  /** Fiscal year (năm ngân sách). */
  year: Scalars['Int']['input'];
};

/** A budget settlement (quyết toán): final, recorded once, and only after the estimate of the same agency, year and category. */
export type BudgetSettlementInput = {
  /** The agency (đơn vị dự toán). */
  agencyId: Scalars['ID']['input'];
  /** Amount in whole đồng, as a decimal string; not negative. */
  amount: Scalars['Money']['input'];
  /** Date of the approving decision (ngày phê duyệt). */
  approvedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Body that approved it, e.g. "HĐND tỉnh Hà Nam" (cơ quan phê duyệt); at most 200 characters. */
  approvingBody?: InputMaybe<Scalars['String']['input']>;
  /** Budget category. */
  category: BudgetCategory;
  /** Fiscal year (năm ngân sách). */
  year: Scalars['Int']['input'];
};

/** Stage of the budget cycle (giai đoạn ngân sách). */
export type BudgetStage =
  /** Approved estimate at the start of the year (dự toán) */
  | 'ESTIMATE'
  /** Final settlement after the year (quyết toán) */
  | 'SETTLEMENT';

/** Keeps the groups whose figure lies within min and max, inclusive (e.g. agencies with an online rate under 50); a group whose figure is null is left out. */
export type BudgetStatisticsBound = {
  /** A figure (or, with compareTo, its *_CHANGE). */
  field: BudgetStatisticsField;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** A dimension or figure budget statistics can be sorted or filtered by; the *_CHANGE ones need `compareTo` (yearTo − yearFrom). */
export type BudgetStatisticsField =
  | 'AGENCY'
  | 'AGENCY_KIND'
  | 'CATEGORY'
  | 'DISTRICT'
  | 'ESTIMATE'
  | 'ESTIMATE_CHANGE'
  | 'EXECUTION_RATE'
  | 'EXECUTION_RATE_CHANGE'
  | 'SETTLED'
  | 'SETTLED_CHANGE'
  | 'YEAR';

/** Which budget lines budget statistics count; every given condition must hold. */
export type BudgetStatisticsFilter = {
  /** Only this agency (not its subordinates). */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only agencies of these kinds (AgencyKind names, e.g. DEPARTMENT). */
  agencyKinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these categories; default the spending ones (RECURRENT, INVESTMENT, PAR), revenue being another ledger. */
  categories?: InputMaybe<Array<BudgetCategory>>;
  /** Only agencies sitting in this district (mã huyện). */
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  /** First fiscal year counted, inclusive. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last fiscal year counted, inclusive. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of budget statistics (sắp xếp); empty figures sort last. */
export type BudgetStatisticsOrder = {
  direction?: SortDirection;
  field: BudgetStatisticsField;
};

/** How a listed day differs from the ordinary Monday–Friday week of civil servants. */
export type CalendarDayKind =
  /** A weekday not worked: a public holiday, Tết, a compensatory or swapped day (ngày nghỉ lễ, nghỉ bù, nghỉ hoán đổi). */
  | 'DAY_OFF'
  /** A Saturday worked to make up a swapped day (ngày làm bù). */
  | 'WORKING_SATURDAY';

/** Filter for the personnel list; every given condition must hold. */
export type CivilServantFilter = {
  /** true: only staff in service today; false: only those who have left. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only staff of this agency (cơ quan), not its subordinates. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only staff of these categories. */
  categories?: InputMaybe<Array<StaffCategory>>;
  /** Only staff with one of these qualifications. */
  qualifications?: InputMaybe<Array<Qualification>>;
  /** Accent- and case-insensitive words in the full name ("nguyen van" finds "Nguyễn Văn"). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only staff working in this administrative unit or its sub-units. */
  unitCode?: InputMaybe<Scalars['ID']['input']>;
};

/** Sort order of a personnel list (ascending; ties broken by id, so pages are stable). */
export type CivilServantOrder =
  /** By date of recruitment, earliest first. */
  | 'HIRED_ON'
  /** By full name, ignoring accents and case. */
  | 'NAME';

/** Narrows the civil-servants audit log; all conditions apply together. */
export type CivilServantsAuditFilter = {
  /** Only this kind of entry. */
  action?: InputMaybe<AuditAction>;
  /** From this day on (UTC), inclusive (từ ngày). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only entries that concern this object id. */
  objectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries about this kind of object, e.g. `CivilServant`. */
  objectType?: InputMaybe<Scalars['String']['input']>;
  /** Only entries of this token subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Up to this day (UTC), inclusive (đến ngày). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A dossier refused (từ chối) or withdrawn (rút hồ sơ), with the reason. */
export type CloseDossierInput = {
  /** When; defaults to now. Not before receipt. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Dossier id. */
  dossierId: Scalars['ID']['input'];
  /** Reason (lý do). */
  reason: Scalars['String']['input'];
};

/** How a measured value is compared with the target value. */
export type Comparator =
  /** Exactly */
  | 'EQ'
  /** More than (trên) */
  | 'GT'
  /** At least (ít nhất, đạt) */
  | 'GTE'
  /** Less than (dưới) */
  | 'LT'
  /** At most (không vượt quá) */
  | 'LTE';

/** A new procedure for the catalogue. */
export type CreateProcedureInput = {
  /** Procedure code (mã TTHC); must be new. */
  code: Scalars['ID']['input'];
  /** Date publicly disclosed, if it is. */
  disclosedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Fee in đồng, 0 or more; null for none. */
  fee?: InputMaybe<Scalars['Money']['input']>;
  /** The impact assessment of the draft that introduces it, if one was made. */
  impactAssessment?: InputMaybe<ImpactAssessmentInput>;
  /** Implementing agency id. */
  implementingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether handled through an interconnected one-stop shop. */
  interconnected?: Scalars['Boolean']['input'];
  /** Date issued. */
  issuedOn: Scalars['Date']['input'];
  /** Level that settles it. */
  level: UnitLevel;
  /** Name, in Vietnamese. */
  name: Scalars['String']['input'];
  /** Statutory processing days, 0 or more. */
  processingDays: Scalars['Int']['input'];
  /** Sector code. */
  sectorCode: Scalars['ID']['input'];
};

/** Where documents went (luồng văn bản). */
export type DocumentDirection =
  /** Exchanged between state agencies (trao đổi giữa các cơ quan nhà nước). */
  | 'INTERAGENCY'
  /** Submitted to the Provincial People's Committee (trình UBND tỉnh). */
  | 'TO_PPC';

/** An agency's documents of one month, one direction and confidentiality; recording it again replaces it. */
export type DocumentExchangeInput = {
  /** Sending agency. */
  agencyId: Scalars['ID']['input'];
  /** Whether these are confidential documents (văn bản mật). */
  confidential: Scalars['Boolean']['input'];
  /** Where the documents went. */
  direction: DocumentDirection;
  /** Documents sent electronically (văn bản điện tử). */
  electronic: Scalars['Int']['input'];
  /** The month, as its first day (YYYY-MM-01). */
  month: Scalars['Date']['input'];
  /** Documents sent on paper (văn bản giấy). */
  paper: Scalars['Int']['input'];
};

/** How a dossier reached the one-stop office (hình thức tiếp nhận). */
export type DossierChannel =
  /** Submitted in person at the one-stop office (trực tiếp). */
  | 'IN_PERSON'
  /** Submitted through the online public service portal (trực tuyến). */
  | 'ONLINE'
  /** Sent by public postal service (dịch vụ bưu chính công ích). */
  | 'POST';

/** A dimension dossier statistics can be grouped by (chiều thống kê). */
export type DossierDimension =
  /** Receiving agency (cơ quan tiếp nhận). */
  | 'AGENCY'
  /** Kind of the receiving agency, as AgencyKind names it (loại cơ quan): DEPARTMENT, DISTRICT_PEOPLES_COMMITTEE… */
  | 'AGENCY_KIND'
  /** Submission channel (hình thức tiếp nhận). */
  | 'CHANNEL'
  /** Commune-level unit where the dossier was received, as the units stood on `asOf` (cấp xã); null for dossiers received at a district or the province. */
  | 'COMMUNE'
  /** District-level unit where the dossier was received, as the units stood on `asOf` (cấp huyện); null for dossiers received at the province. */
  | 'DISTRICT'
  /** Month, as YYYY-MM: receipts in the month received, resolutions in the month resolved (tháng); not with PROCEDURE or SECTOR. */
  | 'MONTH'
  /** Administrative procedure (thủ tục hành chính). */
  | 'PROCEDURE'
  /** Quarter, as YYYY-Qn: receipts in the quarter received, resolutions in the quarter resolved (quý); not with PROCEDURE or SECTOR. */
  | 'QUARTER'
  /** Sector of the procedure (lĩnh vực). */
  | 'SECTOR'
  /** Calendar year: receipts count in the year received, resolutions in the year resolved (năm). */
  | 'YEAR';

/** Which of an agency's dossiers to list. */
export type DossierFilter = {
  /** Submitted through this channel. */
  channel?: InputMaybe<DossierChannel>;
  /** Of this procedure. */
  procedureCode?: InputMaybe<Scalars['ID']['input']>;
  /** In this state. */
  status?: InputMaybe<DossierStatus>;
  /** Received in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Timeliness of a resolved dossier against its promised date (kết quả đúng hạn). */
export type DossierOutcome =
  /** Resolved before the promised date (trước hạn). */
  | 'EARLY'
  /** Resolved after the promised date (quá hạn). */
  | 'LATE'
  /** Resolved on the promised date (đúng hạn). */
  | 'ON_TIME';

/** Keeps the groups whose figure lies within min and max, inclusive (e.g. agencies with an online rate under 50); a group whose figure is null is left out. */
export type DossierStatisticsBound = {
  /** A figure (or, with compareTo, its *_CHANGE). */
  field: DossierStatisticsField;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** A dimension or figure dossier statistics can be sorted or filtered by; the *_CHANGE ones need `compareTo` (yearTo − yearFrom). */
export type DossierStatisticsField =
  | 'AGENCY'
  | 'AGENCY_KIND'
  | 'CHANNEL'
  | 'COMMUNE'
  | 'DISTRICT'
  | 'MONTH'
  | 'ONLINE_RATE'
  | 'ONLINE_RATE_CHANGE'
  | 'ON_TIME_RATE'
  | 'ON_TIME_RATE_CHANGE'
  | 'PROCEDURE'
  | 'QUARTER'
  | 'RECEIVED'
  | 'RECEIVED_CHANGE'
  | 'RECEIVED_ONLINE'
  | 'RECEIVED_ONLINE_CHANGE'
  | 'RESOLVED'
  | 'RESOLVED_CHANGE'
  | 'RESOLVED_ON_TIME'
  | 'RESOLVED_ON_TIME_CHANGE'
  | 'SECTOR'
  | 'YEAR';

/** Which dossiers dossier statistics count (bộ lọc thống kê hồ sơ). */
export type DossierStatisticsFilter = {
  /** Only dossiers received by this agency (cơ quan tiếp nhận). */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only dossiers received by agencies of these kinds (AgencyKind names, e.g. DEPARTMENT). */
  agencyKinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only dossiers submitted through this channel. */
  channel?: InputMaybe<DossierChannel>;
  /** Only dossiers of this procedure (mã TTHC). */
  procedureCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only procedures of this sector (lĩnh vực). */
  sector?: InputMaybe<Scalars['String']['input']>;
  /** Only dossiers received in this unit or its sub-units as they stood on `asOf` (mã đơn vị hành chính). */
  unitCode?: InputMaybe<Scalars['ID']['input']>;
  /** First year counted (từ năm), inclusive. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year counted (đến năm), inclusive. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of dossier statistics (sắp xếp); empty figures sort last. */
export type DossierStatisticsOrder = {
  direction?: SortDirection;
  field: DossierStatisticsField;
};

/** Where a dossier stands in its lifecycle (trạng thái hồ sơ). RESOLVED, REFUSED and WITHDRAWN are final. */
export type DossierStatus =
  /** Being processed (đang giải quyết). */
  | 'IN_PROGRESS'
  /** Received, not yet being processed (đã tiếp nhận). */
  | 'RECEIVED'
  /** Refused, with reasons given (từ chối giải quyết). Final. */
  | 'REFUSED'
  /** Resolved and the result returned (đã giải quyết). Final. */
  | 'RESOLVED'
  /** Waiting for the applicant to supplement it; the clock is stopped (yêu cầu bổ sung). */
  | 'SUPPLEMENT_REQUESTED'
  /** Withdrawn by the applicant (rút hồ sơ). Final. */
  | 'WITHDRAWN';

/** Narrows the egov-services audit log; all conditions apply together. */
export type EgovServicesAuditFilter = {
  /** Only this kind of entry. */
  action?: InputMaybe<AuditAction>;
  /** From this day on (UTC), inclusive (từ ngày). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only entries that concern this object id. */
  objectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries about this kind of object, e.g. `CivilServant`. */
  objectType?: InputMaybe<Scalars['String']['input']>;
  /** Only entries of this token subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Up to this day (UTC), inclusive (đến ngày). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An annual rating to record; a rating already recorded for the year is replaced. */
export type EvaluationInput = {
  /** The person rated. */
  civilServantId: Scalars['ID']['input'];
  /** One of the four ratings. */
  rating: EvaluationRating;
  /** Year rated; not after the current year. */
  year: Scalars['Int']['input'];
};

/** Annual rating of quality (xếp loại chất lượng hằng năm). */
export type EvaluationRating =
  /** Completed the duties (hoàn thành nhiệm vụ). */
  | 'COMPLETED'
  /** Excellently completed the duties (hoàn thành xuất sắc nhiệm vụ). */
  | 'EXCELLENT'
  /** Well completed the duties (hoàn thành tốt nhiệm vụ). */
  | 'GOOD'
  /** Did not complete the duties (không hoàn thành nhiệm vụ). */
  | 'NOT_COMPLETED';

/** Where PAR funding comes from (nguồn kinh phí), as part IV of the plan allows. */
export type FundingSource =
  /** Lawfully mobilised sources outside the budget (nguồn ngoài ngân sách) */
  | 'NON_BUDGET'
  /** The annual state budget (ngân sách nhà nước) */
  | 'STATE_BUDGET';

/** Gender as recorded in the personnel record (giới tính). */
export type Gender =
  /** Female (nữ). */
  | 'FEMALE'
  /** Male (nam). */
  | 'MALE';

/** A new recruit (tuyển dụng): the personnel record to create. */
export type HireCivilServantInput = {
  /** Agency of employment (cơ quan, đơn vị). */
  agencyId: Scalars['ID']['input'];
  /** Personnel category. */
  category: StaffCategory;
  /** Date of birth (ngày sinh); the recruit must be at least 18 on the hiring date. */
  dateOfBirth: Scalars['Date']['input'];
  /** Whether the personnel record is kept electronically from the start. */
  electronicRecord?: Scalars['Boolean']['input'];
  /** E-mail address (thư điện tử). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name in Vietnamese (họ và tên). */
  fullName: Scalars['String']['input'];
  /** Gender (giới tính). */
  gender: Gender;
  /** Date of recruitment (ngày tuyển dụng); not in the future. */
  hiredOn: Scalars['Date']['input'];
  /** Job position in the agency's approved scheme (vị trí việc làm). */
  jobPositionId?: InputMaybe<Scalars['ID']['input']>;
  /** Citizen identity number (số căn cước công dân), 12 digits. */
  nationalIdNumber: Scalars['String']['input'];
  /** Phone number (số điện thoại). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Highest professional qualification. */
  qualification: Qualification;
  /** Rank or professional title code, e.g. 01.003. */
  rankCode?: InputMaybe<Scalars['ID']['input']>;
  /** Whether the specialisation fits the position. */
  specialisationFits?: Scalars['Boolean']['input'];
  /** Administrative unit of the workplace; defaults to the agency's unit. */
  unitCode?: InputMaybe<Scalars['ID']['input']>;
};

/** An impact assessment to record (Decree 63/2010/NĐ-CP). One dated after the procedure was issued is kept but does not count as assessed. Recording again for the same draft document replaces that record. */
export type ImpactAssessmentInput = {
  /** Date the justice department appraised it, if it has; not before assessedOn, not in the future. */
  appraisedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Date of the assessment report; not in the future. */
  assessedOn: Scalars['Date']['input'];
  /** Number or title of the draft legal document that introduces the procedure, 1 to 500 characters. */
  draftDocument: Scalars['String']['input'];
  /** Number and symbol of the assessment report, 1 to 200 characters. */
  reportRef: Scalars['String']['input'];
};

/** Narrows the institutions audit log; all conditions apply together. */
export type InstitutionsAuditFilter = {
  /** Only this kind of entry. */
  action?: InputMaybe<AuditAction>;
  /** From this day on (UTC), inclusive (từ ngày). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only entries that concern this object id. */
  objectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries about this kind of object, e.g. `CivilServant`. */
  objectType?: InputMaybe<Scalars['String']['input']>;
  /** Only entries of this token subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Up to this day (UTC), inclusive (đến ngày). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A person leaving the service (thôi việc, nghỉ hưu, tinh giản). */
export type LeaveInput = {
  /** The person leaving. */
  id: Scalars['ID']['input'];
  /** Last day in service is the day before this date (ngày thôi việc). */
  leftOn: Scalars['Date']['input'];
  /** Why the person leaves. */
  reason: LeaveReason;
  /** The version read before editing; a stale version is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Why a person left the service (lý do thôi việc). */
export type LeaveReason =
  /** Dismissed (buộc thôi việc). */
  | 'DISMISSED'
  /** Left under staff downsizing, Decree 108/2014/NĐ-CP (tinh giản biên chế). */
  | 'DOWNSIZED'
  /** Retired (nghỉ hưu). */
  | 'RETIRED'
  /** Transferred out of the province's personnel (chuyển công tác). */
  | 'TRANSFERRED';

/** Filter for legal documents; every given condition must hold. */
export type LegalDocumentFilter = {
  /** Words in the issuing body's name, accent-insensitive ("ubnd tinh"). */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** Only documents of this kind. */
  kind?: InputMaybe<LegalDocumentKind>;
  /** Accent-insensitive words in the number, title or issuer. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only documents with this validity. */
  status?: InputMaybe<LegalDocumentStatus>;
  /** Only documents issued in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Kind of legal document (loại văn bản). */
export type LegalDocumentKind =
  /** Ministerial circular (thông tư) */
  | 'CIRCULAR'
  /** Decision (quyết định) */
  | 'DECISION'
  /** Government decree (nghị định) */
  | 'DECREE'
  /** Directive (chỉ thị) */
  | 'DIRECTIVE'
  /** Law or code (luật, bộ luật) */
  | 'LAW'
  /** Plan (kế hoạch); not normative */
  | 'PLAN'
  /** Resolution (nghị quyết) */
  | 'RESOLUTION';

/** Validity of a legal document (tình trạng hiệu lực). */
export type LegalDocumentStatus =
  /** Expired (hết hiệu lực toàn bộ) */
  | 'EXPIRED'
  /** In force (còn hiệu lực) */
  | 'IN_FORCE'
  /** Issued, not yet in force (chưa có hiệu lực) */
  | 'NOT_YET_IN_FORCE'
  /** Partly expired (hết hiệu lực một phần) */
  | 'PARTLY_EXPIRED';

/** A procedure’s online service reaching a level on a date (cập nhật mức độ dịch vụ công trực tuyến). */
export type OnlineServiceLevelInput = {
  /** Whether the service is now fully online (toàn trình). */
  fullyOnline: Scalars['Boolean']['input'];
  /** Level 1–4 per Decree 43/2011/NĐ-CP. */
  level: Scalars['Int']['input'];
  /** Procedure code (mã TTHC). */
  procedureCode: Scalars['ID']['input'];
  /** Date from which the level applies; the first one launches the service. */
  since: Scalars['Date']['input'];
};

/** An agency's PAR Index assessment for one year; replaces any earlier one for that agency and year. */
export type ParAssessmentInput = {
  /** Agency assessed: a department or a district People's Committee. */
  agencyId: Scalars['ID']['input'];
  /** Score after appraisal, 0 to 100. */
  appraisedScore: Scalars['Float']['input'];
  /** Points per area; when given, all eight areas, adding up to selfScore and appraisedScore. When omitted, no area breakdown is kept. */
  components?: InputMaybe<Array<ParComponentInput>>;
  /** Self-assessed score, 0 to 100. */
  selfScore: Scalars['Float']['input'];
  /** Survey score, 0 to 100; null when no survey was made. */
  surveyScore?: InputMaybe<Scalars['Float']['input']>;
  /** Year assessed. */
  year: Scalars['Int']['input'];
};

/** Points of one PAR Index area. */
export type ParComponentInput = {
  /** Appraised points, 0 to the area maximum. */
  appraisedPoints: Scalars['Float']['input'];
  /** Index area; each at most once. */
  area: ParIndexArea;
  /** Self-assessed points, 0 to the area maximum. */
  selfPoints: Scalars['Float']['input'];
};

/** A dimension PAR funding statistics can be grouped by. */
export type ParFundingDimension =
  /** Agency responsible for the tasks (cơ quan chủ trì). */
  | 'AGENCY'
  /** Kind of the agency, as AgencyKind names it. */
  | 'AGENCY_KIND'
  /** District where the agency sits; null for provincial agencies. */
  | 'DISTRICT'
  /** Area of the reform plan, 1 to 7 (lĩnh vực cải cách). */
  | 'PLAN_AREA'
  /** Source of the funding (nguồn kinh phí). */
  | 'SOURCE'
  /** Fiscal year (năm ngân sách). */
  | 'YEAR';

/** Funding figures of one PAR task; recording the same agency, year, area, task and source again revises them. */
export type ParFundingInput = {
  /** The agency responsible for the task (cơ quan chủ trì). */
  agencyId: Scalars['ID']['input'];
  /** Allocated amount in whole đồng; not negative. */
  allocated: Scalars['Money']['input'];
  /** Plan area 1–7 (lĩnh vực cải cách). */
  area: Scalars['Int']['input'];
  /** Planned amount in whole đồng; not negative. */
  planned: Scalars['Money']['input'];
  /** Source of the funds. */
  source: FundingSource;
  /** Amount spent in whole đồng; not negative and not above the allocation. */
  spent: Scalars['Money']['input'];
  /** The task (nhiệm vụ), in Vietnamese; at most 500 characters. */
  task: Scalars['String']['input'];
  /** Fiscal year. */
  year: Scalars['Int']['input'];
};

/** Keeps the groups whose figure lies within min and max, inclusive (e.g. agencies with an online rate under 50); a group whose figure is null is left out. */
export type ParFundingStatisticsBound = {
  /** A figure (or, with compareTo, its *_CHANGE). */
  field: ParFundingStatisticsField;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** A dimension or figure par funding statistics can be sorted or filtered by; the *_CHANGE ones need `compareTo` (yearTo − yearFrom). */
export type ParFundingStatisticsField =
  | 'AGENCY'
  | 'AGENCY_KIND'
  | 'ALLOCATED'
  | 'ALLOCATED_CHANGE'
  | 'ALLOCATION_RATE'
  | 'ALLOCATION_RATE_CHANGE'
  | 'DISBURSEMENT_RATE'
  | 'DISBURSEMENT_RATE_CHANGE'
  | 'DISTRICT'
  | 'PLANNED'
  | 'PLANNED_CHANGE'
  | 'PLAN_AREA'
  | 'SOURCE'
  | 'SPENT'
  | 'SPENT_CHANGE'
  | 'TASKS'
  | 'TASKS_CHANGE'
  | 'YEAR';

/** Which funded tasks PAR funding statistics count; every given condition must hold. */
export type ParFundingStatisticsFilter = {
  /** Only this agency (not its subordinates). */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only agencies of these kinds (AgencyKind names, e.g. DEPARTMENT). */
  agencyKinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only agencies sitting in this district (mã huyện). */
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only these sources. */
  sources?: InputMaybe<Array<FundingSource>>;
  /** First fiscal year counted, inclusive. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last fiscal year counted, inclusive. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of par funding statistics (sắp xếp); empty figures sort last. */
export type ParFundingStatisticsOrder = {
  direction?: SortDirection;
  field: ParFundingStatisticsField;
};

/** Area of the PAR Index (lĩnh vực của Chỉ số CCHC). */
export type ParIndexArea =
  /** Civil service (xây dựng và nâng cao chất lượng đội ngũ CBCCVC) */
  | 'CIVIL_SERVICE'
  /** Impact of the reform on people and development (tác động của CCHC) */
  | 'IMPACT'
  /** Institutional reform (cải cách thể chế) */
  | 'INSTITUTIONS'
  /** Administrative modernisation (hiện đại hóa hành chính) */
  | 'MODERNISATION'
  /** Organisational reform (cải cách tổ chức bộ máy) */
  | 'ORGANISATION'
  /** Administrative procedure reform (cải cách thủ tục hành chính) */
  | 'PROCEDURES'
  /** Public finance reform (cải cách tài chính công) */
  | 'PUBLIC_FINANCE'
  /** Steering and direction of the reform (công tác chỉ đạo, điều hành CCHC) */
  | 'STEERING';

/** Level of political theory training (trình độ lý luận chính trị). */
export type PoliticalTheoryLevel =
  /** Advanced (cao cấp, cử nhân). */
  | 'ADVANCED'
  /** Elementary (sơ cấp). */
  | 'ELEMENTARY'
  /** Intermediate (trung cấp). */
  | 'INTERMEDIATE';

/** Filter for the procedure catalogue; every given condition must hold. */
export type ProcedureFilter = {
  /** Only procedures implemented by this agency. */
  implementingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only procedures settled at this level. */
  level?: InputMaybe<UnitLevel>;
  /** Accent- and case-insensitive words in the code or name ("cap giay phep xay dung"). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only this sector: its code ("DAT_DAI") or its name, accent-insensitive ("dat dai"). */
  sector?: InputMaybe<Scalars['String']['input']>;
};

/** Narrows the public-finance audit log; all conditions apply together. */
export type PublicFinanceAuditFilter = {
  /** Only this kind of entry. */
  action?: InputMaybe<AuditAction>;
  /** From this day on (UTC), inclusive (từ ngày). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only entries that concern this object id. */
  objectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries about this kind of object, e.g. `CivilServant`. */
  objectType?: InputMaybe<Scalars['String']['input']>;
  /** Only entries of this token subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Up to this day (UTC), inclusive (đến ngày). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Highest professional qualification (trình độ chuyên môn). */
export type Qualification =
  /** University degree (đại học). */
  | 'BACHELOR'
  /** Below intermediate level (dưới trung cấp, sơ cấp). */
  | 'BELOW_INTERMEDIATE'
  /** College (cao đẳng). */
  | 'COLLEGE'
  /** Doctorate (tiến sĩ). */
  | 'DOCTOR'
  /** Intermediate vocational level (trung cấp). */
  | 'INTERMEDIATE'
  /** Master (thạc sĩ). */
  | 'MASTER';

/** Whether a grade is a civil-service rank or a public employee's professional title. */
export type RankKind =
  /** Professional title of public employees (chức danh nghề nghiệp viên chức), graded I–IV. */
  | 'PROFESSIONAL_TITLE'
  /** Civil-service rank (ngạch công chức), e.g. 01.003 chuyên viên. */
  | 'RANK';

/** A dossier received at a one-stop office (tiếp nhận hồ sơ). */
export type ReceiveDossierInput = {
  /** Receiving agency (cơ quan tiếp nhận). */
  agencyId: Scalars['ID']['input'];
  /** Citizen identity number (9 or 12 digits) or enterprise code (10 or 13 digits): personal data. */
  applicantIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** Citizen or enterprise. */
  applicantKind: ApplicantKind;
  /** Applicant name (tên người nộp, tổ chức): personal data. */
  applicantName: Scalars['String']['input'];
  /** How it was submitted. */
  channel: DossierChannel;
  /** Procedure code (mã TTHC). */
  procedureCode: Scalars['ID']['input'];
  /** When it was received; defaults to now. Not in the future. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Administrative unit where it was received; defaults to the agency's unit. */
  unitCode?: InputMaybe<Scalars['ID']['input']>;
};

/** Area of the reform plan (nội dung cải cách hành chính). */
export type ReformArea =
  /** Civil service quality (xây dựng và nâng cao chất lượng đội ngũ CBCCVC) */
  | 'CIVIL_SERVICE'
  /** Institutional reform (cải cách thể chế) */
  | 'INSTITUTIONS'
  /** Administrative modernisation, e-government (hiện đại hóa hành chính) */
  | 'MODERNISATION'
  /** Organisational reform (cải cách tổ chức bộ máy hành chính nhà nước) */
  | 'ORGANISATION'
  /** Administrative procedure reform (cải cách thủ tục hành chính) */
  | 'PROCEDURES'
  /** Public finance reform (cải cách tài chính công) */
  | 'PUBLIC_FINANCE'
  /** Steering of the reform (công tác chỉ đạo, điều hành CCHC) */
  | 'STEERING';

/** Ask the applicant to supplement a dossier; the clock stops until it is resumed. */
export type RequestSupplementInput = {
  /** Dossier id. */
  dossierId: Scalars['ID']['input'];
  /** What must be supplied (nội dung yêu cầu bổ sung). */
  reason: Scalars['String']['input'];
  /** When the request was made; defaults to now. */
  requestedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A dossier resolved and its result returned (trả kết quả). */
export type ResolveDossierInput = {
  /** Dossier id. */
  dossierId: Scalars['ID']['input'];
  /** When it was resolved; defaults to now. Not before receipt. */
  resolvedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The applicant supplied the dossier: close the open supplement request and restart the clock. */
export type ResumeDossierInput = {
  /** Dossier id. */
  dossierId: Scalars['ID']['input'];
  /** When the supplement arrived; defaults to now. */
  resumedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Outcome of a legal document review (kết quả rà soát). */
export type ReviewResult =
  /** Amend or supplement (sửa đổi, bổ sung) */
  | 'AMEND'
  /** Keep as is (giữ nguyên) */
  | 'KEEP'
  /** Repeal (bãi bỏ) */
  | 'REPEAL'
  /** Replace (thay thế) */
  | 'REPLACE';

/** A dimension satisfaction statistics can be grouped by (chiều thống kê sự hài lòng). */
export type SatisfactionDimension =
  /** Agency surveyed (cơ quan). */
  | 'AGENCY'
  /** Kind of the agency, as AgencyKind names it (loại cơ quan). */
  | 'AGENCY_KIND'
  /** District-level unit of the agency as the units stood on `asOf` (cấp huyện); null for provincial agencies. */
  | 'DISTRICT'
  /** What was surveyed, the sector of the service: PROCEDURE (administrative procedures), EDUCATION, HEALTH (lĩnh vực). */
  | 'SURVEY_KIND'
  /** Survey year (năm). */
  | 'YEAR';

/** Keeps the groups whose figure lies within min and max, inclusive (e.g. agencies with an online rate under 50); a group whose figure is null is left out. */
export type SatisfactionStatisticsBound = {
  /** A figure (or, with compareTo, its *_CHANGE). */
  field: SatisfactionStatisticsField;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** A dimension or figure satisfaction statistics can be sorted or filtered by; the *_CHANGE ones need `compareTo` (yearTo − yearFrom). */
export type SatisfactionStatisticsField =
  | 'ACCESS_INDEX'
  | 'ACCESS_INDEX_CHANGE'
  | 'AGENCY'
  | 'AGENCY_KIND'
  | 'CIVIL_SERVANT_INDEX'
  | 'CIVIL_SERVANT_INDEX_CHANGE'
  | 'DISTRICT'
  | 'FEEDBACK_INDEX'
  | 'FEEDBACK_INDEX_CHANGE'
  | 'PROCEDURE_INDEX'
  | 'PROCEDURE_INDEX_CHANGE'
  | 'RESPONSES'
  | 'RESPONSES_CHANGE'
  | 'RESULT_INDEX'
  | 'RESULT_INDEX_CHANGE'
  | 'SATISFACTION_RATE'
  | 'SATISFACTION_RATE_CHANGE'
  | 'SATISFIED'
  | 'SATISFIED_CHANGE'
  | 'SURVEYS'
  | 'SURVEYS_CHANGE'
  | 'SURVEY_KIND'
  | 'YEAR';

/** Which surveys satisfaction statistics count; every given condition must hold. */
export type SatisfactionStatisticsFilter = {
  /** Only surveys of this agency. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only agencies of these kinds (AgencyKind names, e.g. DEPARTMENT). */
  agencyKinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only surveys of these kinds. */
  surveyKinds?: InputMaybe<Array<SurveyKind>>;
  /** Only agencies seated in this unit or its sub-units as they stood on `asOf`. */
  unitCode?: InputMaybe<Scalars['ID']['input']>;
  /** First year counted, inclusive. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year counted, inclusive. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of satisfaction statistics (sắp xếp); empty figures sort last. */
export type SatisfactionStatisticsOrder = {
  direction?: SortDirection;
  field: SatisfactionStatisticsField;
};

/** An agency's survey result for one year; recording it again replaces it. */
export type SatisfactionSurveyInput = {
  /** Access index, 0–100. */
  accessIndex: Scalars['Float']['input'];
  /** Agency surveyed. */
  agencyId: Scalars['ID']['input'];
  /** Civil servant index, 0–100. */
  civilServantIndex: Scalars['Float']['input'];
  /** Feedback handling index, 0–100. */
  feedbackIndex: Scalars['Float']['input'];
  /** Survey kind. */
  kind: SurveyKind;
  /** Procedure index, 0–100. */
  procedureIndex: Scalars['Float']['input'];
  /** Valid responses, at least 1. */
  responses: Scalars['Int']['input'];
  /** Result index, 0–100. */
  resultIndex: Scalars['Float']['input'];
  /** Satisfied responses, 0 to responses. */
  satisfied: Scalars['Int']['input'];
  /** Year (năm). */
  year: Scalars['Int']['input'];
};

/** An e-transaction figure reported by a sector office (chỉ số giao dịch điện tử của ngành). */
export type SectorIndicator =
  /** Organisations transacting social insurance electronically / organisations (social insurance office; giao dịch điện tử BHXH). */
  | 'SOCIAL_INSURANCE_ONLINE'
  /** Enterprises' tax declarations filed online / all filed (tax office; kê khai thuế qua mạng). */
  | 'TAX_DECLARATIONS_ONLINE'
  /** Enterprises paying tax online / enterprises paying tax (tax office; nộp thuế điện tử). */
  | 'TAX_PAID_ONLINE';

/** A sector office's yearly e-transaction figure; recording it again replaces it. */
export type SectorStatisticInput = {
  /** Count in all, at least the numerator. */
  denominator: Scalars['Int']['input'];
  /** Which figure. */
  indicator: SectorIndicator;
  /** Count done electronically. */
  numerator: Scalars['Int']['input'];
  /** Reporting agency (cơ quan báo cáo), e.g. the provincial tax department. */
  reportingAgencyId: Scalars['ID']['input'];
  /** Year (năm). */
  year: Scalars['Int']['input'];
};

/** A day off or a worked Saturday to record in the working calendar; recording a day again replaces it. */
export type SetCalendarDayInput = {
  /** The day: a weekday for DAY_OFF, a Saturday for WORKING_SATURDAY. */
  day: Scalars['Date']['input'];
  /** A weekday off or a Saturday worked. */
  kind: CalendarDayKind;
  /** Remark on the entry; at most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why (lý do), e.g. "Nghỉ bù Quốc khánh"; at most 500 characters. */
  reason: Scalars['String']['input'];
  /** The announcement it rests on (số văn bản, link); at most 2000 characters. */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** Order of a sort (thứ tự sắp xếp); empty values (null rates) always come last. */
export type SortDirection =
  /** Smallest first (tăng dần). */
  | 'ASC'
  /** Largest first (giảm dần). */
  | 'DESC';

/** Category of public personnel (loại cán bộ, công chức, viên chức). */
export type StaffCategory =
  /** Provincial or district cadre, elected or appointed to a term (cán bộ). */
  | 'CADRE'
  /** Provincial or district civil servant holding a rank (công chức). */
  | 'CIVIL_SERVANT'
  /** Commune-level cadre (cán bộ cấp xã). */
  | 'COMMUNE_CADRE'
  /** Commune-level civil servant (công chức cấp xã). */
  | 'COMMUNE_CIVIL_SERVANT'
  /** Non-dedicated worker at commune level (người hoạt động không chuyên trách cấp xã). */
  | 'NON_DEDICATED_COMMUNE_WORKER'
  /** Employee of a public service unit, holding a professional title (viên chức). */
  | 'PUBLIC_EMPLOYEE';

/** A dimension staff statistics can be grouped by (chiều thống kê nhân sự). */
export type StaffDimension =
  /** Agency of employment (cơ quan). */
  | 'AGENCY'
  /** Kind of the agency, as AgencyKind names it (loại cơ quan): DEPARTMENT, DISTRICT_PEOPLES_COMMITTEE… */
  | 'AGENCY_KIND'
  /** Personnel category (loại). */
  | 'CATEGORY'
  /** Commune-level unit of the workplace as the units stood on `asOf` (cấp xã); null for workplaces above communes. */
  | 'COMMUNE'
  /** District-level unit of the workplace as the units stood on `asOf` (cấp huyện); null for workplaces at the province. */
  | 'DISTRICT'
  /** Qualification (trình độ chuyên môn). */
  | 'QUALIFICATION'
  /** Rank or professional title (ngạch, chức danh); null for staff without one. */
  | 'RANK'
  /** Year; staff counted as on 31 December (năm). */
  | 'YEAR';

/** Keeps the groups whose figure lies within min and max, inclusive (e.g. agencies with an online rate under 50); a group whose figure is null is left out. */
export type StaffStatisticsBound = {
  /** A figure (or, with compareTo, its *_CHANGE). */
  field: StaffStatisticsField;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** A dimension or figure staff statistics can be sorted or filtered by; the *_CHANGE ones need `compareTo` (yearTo − yearFrom). */
export type StaffStatisticsField =
  | 'AGENCY'
  | 'AGENCY_KIND'
  | 'CATEGORY'
  | 'COMMUNE'
  | 'DISTRICT'
  | 'HEADCOUNT'
  | 'HEADCOUNT_CHANGE'
  | 'QUALIFICATION'
  | 'RANK'
  | 'TRAINED'
  | 'TRAINED_CHANGE'
  | 'TRAINING_COVERAGE'
  | 'TRAINING_COVERAGE_CHANGE'
  | 'YEAR';

/** Which staff or completions civil-servants statistics count; every given condition must hold. */
export type StaffStatisticsFilter = {
  /** Only staff of this agency (not its subordinates). */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only staff of agencies of these kinds (AgencyKind names, e.g. DEPARTMENT). */
  agencyKinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these categories. */
  categories?: InputMaybe<Array<StaffCategory>>;
  /** Only these qualifications. */
  qualifications?: InputMaybe<Array<Qualification>>;
  /** Only staff working in this unit or its sub-units as they stood on `asOf`. */
  unitCode?: InputMaybe<Scalars['ID']['input']>;
  /** First year counted (từ năm), inclusive. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year counted (đến năm), inclusive. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of staff statistics (sắp xếp); empty figures sort last. */
export type StaffStatisticsOrder = {
  direction?: SortDirection;
  field: StaffStatisticsField;
};

/** State management training completed, by the rank it prepares for (trình độ quản lý nhà nước). */
export type StateManagementLevel =
  /** Officer programme (chương trình chuyên viên). */
  | 'OFFICER'
  /** Principal officer programme (chương trình chuyên viên chính). */
  | 'PRINCIPAL_OFFICER'
  /** Senior officer programme (chương trình chuyên viên cao cấp). */
  | 'SENIOR_OFFICER';

/** Two years whose figures each group compares (so sánh hai năm): the change is yearTo minus yearFrom. */
export type StatisticsCompareTo = {
  /** The earlier year (năm gốc). */
  yearFrom: Scalars['Int']['input'];
  /** The later year (năm so sánh). */
  yearTo: Scalars['Int']['input'];
};

/** How much of a unit went into its successor (toàn bộ / một phần / phần còn lại). */
export type SuccessionShare =
  /** Part of the unit (một phần) */
  | 'PART'
  /** What remained of the unit after the other parts went elsewhere (phần còn lại) */
  | 'REST'
  /** The whole unit (toàn bộ diện tích và dân số) */
  | 'WHOLE';

/** What a satisfaction survey asked about (loại khảo sát). */
export type SurveyKind =
  /** Public education services (dịch vụ giáo dục công). */
  | 'EDUCATION'
  /** Public health services (dịch vụ y tế công). */
  | 'HEALTH'
  /** Handling of administrative procedures (SIPAS, sự hài lòng về phục vụ hành chính). */
  | 'PROCEDURE';

/** A plan target's verdict for one year (đánh giá chỉ tiêu). */
export type TargetStatus =
  /** Before its due year, not yet met; the trend does not reach the target by the due year (có nguy cơ không đạt). */
  | 'AT_RISK'
  /** The measured value meets the target (đạt). */
  | 'MET'
  /** Before its due year, not yet met, with too few measured years to project (chưa đến hạn). */
  | 'NOT_DUE'
  /** An annual target missed that year, or a target missed in or after its due year (không đạt). */
  | 'NOT_MET'
  /** No measurement for the year (chưa có số liệu). */
  | 'NO_DATA'
  /** Before its due year, not yet met; the trend reaches the target by the due year (đúng tiến độ). */
  | 'ON_TRACK';

/** A person's completion of a training course to record. */
export type TrainingCompletionInput = {
  /** The person who completed the course. */
  civilServantId: Scalars['ID']['input'];
  /** Date of completion; not before the course starts, not in the future. */
  completedOn: Scalars['Date']['input'];
  /** The course completed. */
  courseId: Scalars['ID']['input'];
};

/** Filter for the course list; every given condition must hold. */
export type TrainingCourseFilter = {
  /** Only courses of these kinds. */
  kinds?: InputMaybe<Array<TrainingKind>>;
  /** Only courses starting in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A dimension training statistics can be grouped by (chiều thống kê đào tạo, bồi dưỡng). */
export type TrainingDimension =
  /** Agency of employment (cơ quan). */
  | 'AGENCY'
  /** Kind of the agency, as AgencyKind names it (loại cơ quan): DEPARTMENT, DISTRICT_PEOPLES_COMMITTEE… */
  | 'AGENCY_KIND'
  /** Personnel category of the person trained (loại). */
  | 'CATEGORY'
  /** Commune-level unit of the workplace as the units stood on `asOf` (cấp xã); null for workplaces above communes. */
  | 'COMMUNE'
  /** District-level unit of the workplace as the units stood on `asOf` (cấp huyện); null for workplaces at the province. */
  | 'DISTRICT'
  /** Month the course was completed, as YYYY-MM (tháng). */
  | 'MONTH'
  /** Quarter the course was completed, as YYYY-Qn (quý). */
  | 'QUARTER'
  /** Kind of course (loại khóa đào tạo, bồi dưỡng). */
  | 'TRAINING_KIND'
  /** Year the course was completed (năm). */
  | 'YEAR';

/** Kind of training course (loại khóa đào tạo, bồi dưỡng). */
export type TrainingKind =
  /** Updating legal knowledge (cập nhật kiến thức pháp luật). */
  | 'LEGAL_KNOWLEDGE'
  /** Management skills before appointment to a post (bồi dưỡng năng lực quản lý trước khi bổ nhiệm). */
  | 'MANAGEMENT_BEFORE_APPOINTMENT'
  /** Political theory (lý luận chính trị). */
  | 'POLITICAL_THEORY'
  /** Professional-title standard (bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp). */
  | 'PROFESSIONAL_TITLE_STANDARD'
  /** Public-service or professional ethics (đạo đức công vụ, đạo đức nghề nghiệp). */
  | 'PUBLIC_SERVICE_ETHICS'
  /** Skills and methods of public duty (kỹ năng, phương pháp thực thi công vụ). */
  | 'SKILLS_AND_METHODS'
  /** Specialised professional knowledge and skills (kiến thức, kỹ năng chuyên ngành). */
  | 'SPECIALISED_SKILLS'
  /** State management programme (bồi dưỡng quản lý nhà nước). */
  | 'STATE_MANAGEMENT';

/** Keeps the groups whose figure lies within min and max, inclusive (e.g. agencies with an online rate under 50); a group whose figure is null is left out. */
export type TrainingStatisticsBound = {
  /** A figure (or, with compareTo, its *_CHANGE). */
  field: TrainingStatisticsField;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** A dimension or figure training statistics can be sorted or filtered by; the *_CHANGE ones need `compareTo` (yearTo − yearFrom). */
export type TrainingStatisticsField =
  | 'AGENCY'
  | 'AGENCY_KIND'
  | 'CATEGORY'
  | 'COMMUNE'
  | 'COMPLETIONS'
  | 'COMPLETIONS_CHANGE'
  | 'DISTRICT'
  | 'HOURS'
  | 'HOURS_CHANGE'
  | 'HOURS_PER_COMPLETION'
  | 'HOURS_PER_COMPLETION_CHANGE'
  | 'MONTH'
  | 'QUARTER'
  | 'TRAINING_KIND'
  | 'YEAR';

/** Which course completions training statistics count; every given condition must hold. */
export type TrainingStatisticsFilter = {
  /** Only staff of this agency (not its subordinates). */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only staff of agencies of these kinds (AgencyKind names, e.g. DEPARTMENT). */
  agencyKinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these categories. */
  categories?: InputMaybe<Array<StaffCategory>>;
  /** Only these qualifications. */
  qualifications?: InputMaybe<Array<Qualification>>;
  /** Only courses of these kinds. */
  trainingKinds?: InputMaybe<Array<TrainingKind>>;
  /** Only staff working in this unit or its sub-units as they stood on `asOf`. */
  unitCode?: InputMaybe<Scalars['ID']['input']>;
  /** First year counted (từ năm), inclusive. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year counted (đến năm), inclusive. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of training statistics (sắp xếp); empty figures sort last. */
export type TrainingStatisticsOrder = {
  direction?: SortDirection;
  field: TrainingStatisticsField;
};

/** Kind of administrative unit (loại đơn vị hành chính). */
export type UnitKind =
  /** Centrally-run city (thành phố trực thuộc trung ương) */
  | 'CENTRAL_CITY'
  /** Commune (xã) */
  | 'COMMUNE'
  /** Commune-level town (thị trấn) */
  | 'COMMUNE_LEVEL_TOWN'
  /** District-level town (thị xã) */
  | 'DISTRICT_LEVEL_TOWN'
  /** Province (tỉnh) */
  | 'PROVINCE'
  /** Provincial city (thành phố thuộc tỉnh) */
  | 'PROVINCIAL_CITY'
  /** Rural district (huyện) */
  | 'RURAL_DISTRICT'
  /** Urban district (quận) */
  | 'URBAN_DISTRICT'
  /** Ward (phường) */
  | 'WARD';

/** Tier of local government (cấp hành chính). */
export type UnitLevel =
  /** Commune level: ward, commune, commune-level town (cấp xã) */
  | 'COMMUNE'
  /** District level: city, town, district (cấp huyện) */
  | 'DISTRICT'
  /** Province or centrally-run city (cấp tỉnh) */
  | 'PROVINCE';

/** Changes to a personnel record; only the fields given change. */
export type UpdateCivilServantInput = {
  /** Move to this agency (the editor must be allowed to write for both). */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Corrected date of birth; the person must still have been at least 18 when hired. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** Date the record became electronic. */
  electronicRecordOn?: InputMaybe<Scalars['Date']['input']>;
  /** New e-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** New full name. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** The record to change. */
  id: Scalars['ID']['input'];
  /** New job position. */
  jobPositionId?: InputMaybe<Scalars['ID']['input']>;
  /** New management post; give postAppointedOn with it. */
  managementPost?: InputMaybe<Scalars['String']['input']>;
  /** Corrected citizen identity number, 12 digits. */
  nationalIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** New phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** New political theory level. */
  politicalTheoryLevel?: InputMaybe<PoliticalTheoryLevel>;
  /** Date of appointment to the new management post. */
  postAppointedOn?: InputMaybe<Scalars['Date']['input']>;
  /** New highest qualification. */
  qualification?: InputMaybe<Qualification>;
  /** New rank or professional title code. */
  rankCode?: InputMaybe<Scalars['ID']['input']>;
  /** Whether the specialisation fits the position. */
  specialisationFits?: InputMaybe<Scalars['Boolean']['input']>;
  /** New state management level. */
  stateManagementLevel?: InputMaybe<StateManagementLevel>;
  /** New workplace unit code. */
  unitCode?: InputMaybe<Scalars['ID']['input']>;
  /** The version read before editing; a stale version is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a procedure; omitted fields keep their value, null clears a nullable one. */
export type UpdateProcedureInput = {
  /** Date abolished. */
  abolishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Date publicly disclosed. */
  disclosedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Fee in đồng, 0 or more. */
  fee?: InputMaybe<Scalars['Money']['input']>;
  /** An impact assessment to record (added; the same draft document replaces its record). */
  impactAssessment?: InputMaybe<ImpactAssessmentInput>;
  /** Implementing agency id. */
  implementingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether handled through an interconnected one-stop shop. */
  interconnected?: InputMaybe<Scalars['Boolean']['input']>;
  /** Level that settles it. */
  level?: InputMaybe<UnitLevel>;
  /** Name, in Vietnamese. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Statutory processing days, 0 or more. */
  processingDays?: InputMaybe<Scalars['Int']['input']>;
  /** Sector code. */
  sectorCode?: InputMaybe<Scalars['ID']['input']>;
};

/** A dimension the workforce statistics can be grouped by. */
export type WorkforceDimension =
  /** Agency of employment (cơ quan). */
  | 'AGENCY'
  /** Personnel category (loại). */
  | 'CATEGORY'
  /** Qualification (trình độ chuyên môn). */
  | 'QUALIFICATION'
  /** Rank or professional title (ngạch, chức danh). */
  | 'RANK';

/** Which staff the workforce statistics count; every given condition must hold. */
export type WorkforceStatisticsFilter = {
  /** Only this agency and its subordinates. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these categories. */
  categories?: InputMaybe<Array<StaffCategory>>;
  /** Only these qualifications. */
  qualifications?: InputMaybe<Array<Qualification>>;
  /** Only staff working in this administrative unit or its sub-units. */
  unitCode?: InputMaybe<Scalars['ID']['input']>;
};

export type DashboardScorecardQueryVariables = Exact<{
  plan: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  unitCode?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DashboardScorecardQuery = { __typename?: 'Query', reformPlan?: { __typename?: 'ReformPlan', code: string, title: string, periodStart: number, periodEnd: number, targets: Array<{ __typename?: 'PlanTarget', code: string, area: ReformArea, description: string, descriptionEn: string, comparator: Comparator, value: number, unit: string, dueYear?: number | null, annual: boolean, note?: string | null, indicator?:
        | { __typename?: 'EgovIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null } | null, projection?: { __typename?: 'Projection', dueYear: number, value: number, meets: boolean, requiredYearlyChange?: number | null } | null }
        | { __typename?: 'InstitutionsIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null } | null, projection?: { __typename?: 'Projection', dueYear: number, value: number, meets: boolean, requiredYearlyChange?: number | null } | null }
        | { __typename?: 'WorkforceIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null } | null, projection?: { __typename?: 'Projection', dueYear: number, value: number, meets: boolean, requiredYearlyChange?: number | null } | null }
       | null }> } | null };

export type DashboardFiltersQueryVariables = Exact<{
  plan: Scalars['ID']['input'];
  province: Scalars['ID']['input'];
  asOf: Scalars['Date']['input'];
}>;


export type DashboardFiltersQuery = { __typename?: 'Query', reformPlan?: { __typename?: 'ReformPlan', code: string, title: string, periodStart: number, periodEnd: number } | null, administrativeUnit?: { __typename?: 'AdministrativeUnit', id: string, code: string, fullName: string, children: Array<{ __typename?: 'AdministrativeUnit', id: string, code: string, fullName: string }> } | null, departments: { __typename?: 'AgencyConnection', edges: Array<{ __typename?: 'AgencyEdge', node: { __typename?: 'Agency', id: string, name: string, kind: AgencyKind } }> }, districtCommittees: { __typename?: 'AgencyConnection', edges: Array<{ __typename?: 'AgencyEdge', node: { __typename?: 'Agency', id: string, name: string, kind: AgencyKind } }> } };

export type DashboardTargetFigureQueryVariables = Exact<{
  code: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  unitCode?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DashboardTargetFigureQuery = { __typename?: 'Query', planTarget?: { __typename?: 'PlanTarget', code: string, indicator?:
      | { __typename?: 'EgovIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null } | null }
      | { __typename?: 'InstitutionsIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null } | null }
      | { __typename?: 'WorkforceIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null } | null }
     | null } | null };

export type DashboardTargetEvidenceQueryVariables = Exact<{
  code: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  unitCode?: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  counted?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DashboardTargetEvidenceQuery = { __typename?: 'Query', planTarget?: { __typename?: 'PlanTarget', code: string, area: ReformArea, description: string, descriptionEn: string, comparator: Comparator, value: number, unit: string, dueYear?: number | null, annual: boolean, note?: string | null, lead: string, indicator?:
      | { __typename?: 'EgovIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null, evidence: { __typename?: 'EvidenceConnection', totalCount: number, numerator: number, denominator: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'EvidenceEdge', cursor: string, node: { __typename?: 'EvidenceRecord', id: string, kind: string, label: string, date: string, counted: boolean, numerator: number, denominator: number } }> } } | null }
      | { __typename?: 'InstitutionsIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null, evidence: { __typename?: 'EvidenceConnection', totalCount: number, numerator: number, denominator: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'EvidenceEdge', cursor: string, node: { __typename?: 'EvidenceRecord', id: string, kind: string, label: string, date: string, counted: boolean, numerator: number, denominator: number } }> } } | null }
      | { __typename?: 'WorkforceIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null, evidence: { __typename?: 'EvidenceConnection', totalCount: number, numerator: number, denominator: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'EvidenceEdge', cursor: string, node: { __typename?: 'EvidenceRecord', id: string, kind: string, label: string, date: string, counted: boolean, numerator: number, denominator: number } }> } } | null }
     | null } | null };

export type DashboardPlanTargetsQueryVariables = Exact<{
  plan: Scalars['ID']['input'];
}>;


export type DashboardPlanTargetsQuery = { __typename?: 'Query', reformPlan?: { __typename?: 'ReformPlan', code: string, title: string, periodStart: number, periodEnd: number, targets: Array<{ __typename?: 'PlanTarget', code: string, area: ReformArea, description: string, descriptionEn: string, comparator: Comparator, value: number, unit: string, dueYear?: number | null, annual: boolean, note?: string | null }> } | null };

export type ParScorecardQueryVariables = Exact<{
  plan: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type ParScorecardQuery = { __typename?: 'Query', reformPlan?: { __typename?: 'ReformPlan', code: string, title: string, periodStart: number, periodEnd: number, targets: Array<{ __typename?: 'PlanTarget', code: string, area: ReformArea, description: string, comparator: Comparator, value: number, unit: string, dueYear?: number | null, annual: boolean, note?: string | null, leadAgencies: Array<{ __typename?: 'Agency', id: string, name: string }>, indicator?:
        | { __typename?: 'EgovIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null } | null, projection?: { __typename?: 'Projection', dueYear: number, value: number, meets: boolean, requiredYearlyChange?: number | null } | null }
        | { __typename?: 'InstitutionsIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null } | null, projection?: { __typename?: 'Projection', dueYear: number, value: number, meets: boolean, requiredYearlyChange?: number | null } | null }
        | { __typename?: 'WorkforceIndicator', code: string, status: TargetStatus, measurement?: { __typename?: 'Measurement', value?: number | null, numerator?: number | null, denominator?: number | null } | null, projection?: { __typename?: 'Projection', dueYear: number, value: number, meets: boolean, requiredYearlyChange?: number | null } | null }
       | null }> } | null };

export type AgencyProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type AgencyProfileQuery = { __typename?: 'Query', agency?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, administrativeUnit: { __typename?: 'AdministrativeUnit', id: string, code: string, fullName: string, level: UnitLevel }, parent?: { __typename?: 'Agency', id: string, name: string } | null, parIndex?: { __typename?: 'ParIndexResult', score: number, rank: number, rankOf: number } | null, workforce?: { __typename?: 'Workforce', headcount: number, approvedQuota?: number | null, trainedShare?: number | null, byCategory: Array<{ __typename?: 'CategoryCount', category: StaffCategory, count: number }> } | null, budget?: { __typename?: 'AgencyBudget', estimate?: string | null, settlement?: string | null, parAllocated?: string | null, parSpent?: string | null } | null, autonomy?: { __typename?: 'Autonomy', group: AutonomyGroup, selfFinancingRate: number } | null, serviceDelivery: { __typename?: 'ServiceDelivery', received: number, resolved: number, resolvedOnTime: number, onTimeRate?: number | null, onlineRate?: number | null, satisfactionRate?: number | null } } | null };

export type DistrictComparisonQueryVariables = Exact<{
  province: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  asOf: Scalars['Date']['input'];
}>;


export type DistrictComparisonQuery = { __typename?: 'Query', administrativeUnit?: { __typename?: 'AdministrativeUnit', id: string, code: string, fullName: string, children: Array<{ __typename?: 'AdministrativeUnit', id: string, code: string, fullName: string, kind: UnitKind, level: UnitLevel, peoplesCommittee?: { __typename?: 'Agency', id: string, name: string, parIndex?: { __typename?: 'ParIndexResult', score: number, rank: number } | null } | null, serviceDelivery: { __typename?: 'ServiceDelivery', received: number, onTimeRate?: number | null, onlineRate?: number | null }, workforce?: { __typename?: 'UnitWorkforce', headcount: number, trainedShare?: number | null } | null }> } | null };

export type ProcedureCatalogueQueryVariables = Exact<{
  filter?: InputMaybe<ProcedureFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
}>;


export type ProcedureCatalogueQuery = { __typename?: 'Query', administrativeProcedures: { __typename?: 'AdministrativeProcedureConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AdministrativeProcedureEdge', cursor: string, node: { __typename?: 'AdministrativeProcedure', code: string, name: string, sector: string, level: UnitLevel, processingDays: number, publiclyDisclosed: boolean, implementingAgency?: { __typename?: 'Agency', id: string, name: string } | null, onlineService?: { __typename?: 'OnlineService', level: number, fullyOnline: boolean } | null, dossierStats: { __typename?: 'ProcedureDossierStats', received: number, onTimeRate?: number | null, onlineRate?: number | null } } }> } };

export type CivilServantSearchQueryVariables = Exact<{
  filter?: InputMaybe<CivilServantFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
}>;


export type CivilServantSearchQuery = { __typename?: 'Query', civilServants: { __typename?: 'CivilServantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CivilServantEdge', node: { __typename?: 'CivilServant', id: string, fullName: string, gender: Gender, birthYear: number, category: StaffCategory, qualification: Qualification, agency: { __typename?: 'Agency', id: string, name: string, kind: AgencyKind }, rank?: { __typename?: 'Rank', code: string, name: string } | null, evaluation?: { __typename?: 'Evaluation', rating: EvaluationRating } | null, trainings: Array<{ __typename?: 'TrainingCompletion', id: string, completedOn: string, course: { __typename?: 'TrainingCourse', id: string, title: string, kind: TrainingKind } }> } }> } };

export type PersonnelRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonnelRecordQuery = { __typename?: 'Query', civilServant?: { __typename?: 'CivilServant', id: string, fullName: string, dateOfBirth?: string | null, nationalIdNumber?: string | null, phone?: string | null, agency: { __typename?: 'Agency', id: string, name: string } } | null };

export type DossierTrendQueryVariables = Exact<{
  filter?: InputMaybe<DossierStatisticsFilter>;
  groupBy: Array<DossierDimension> | DossierDimension;
}>;


export type DossierTrendQuery = { __typename?: 'Query', dossierStatistics: Array<{ __typename?: 'DossierStatistic', year?: number | null, channel?: DossierChannel | null, agencyId?: string | null, received: number, resolved: number, resolvedOnTime: number, onTimeRate?: number | null }> };

export type RecordTrainingCompletionMutationVariables = Exact<{
  input: TrainingCompletionInput;
}>;


export type RecordTrainingCompletionMutation = { __typename?: 'Mutation', recordTrainingCompletion: { __typename?: 'TrainingCompletion', id: string, completedOn: string, course: { __typename?: 'TrainingCourse', id: string, title: string }, civilServant: { __typename?: 'CivilServant', id: string, fullName: string } } };

export type ReceiveDossierMutationVariables = Exact<{
  input: ReceiveDossierInput;
}>;


export type ReceiveDossierMutation = { __typename?: 'Mutation', receiveDossier: { __typename?: 'Dossier', id: string, status: DossierStatus, channel: DossierChannel, receivedAt: string, dueAt: string, procedure: { __typename?: 'AdministrativeProcedure', code: string, name: string } } };

export type RecordParAssessmentMutationVariables = Exact<{
  input: ParAssessmentInput;
}>;


export type RecordParAssessmentMutation = { __typename?: 'Mutation', recordParAssessment: { __typename?: 'ParAssessment', id: string, year: number, selfScore: number, appraisedScore: number, agency: { __typename?: 'Agency', id: string, name: string } } };

export type RecordBudgetSettlementMutationVariables = Exact<{
  input: BudgetSettlementInput;
}>;


export type RecordBudgetSettlementMutation = { __typename?: 'Mutation', recordBudgetSettlement: { __typename?: 'BudgetLine', id: string, year: number, category: BudgetCategory, amount: string, agency: { __typename?: 'Agency', id: string, name: string } } };

export type ScorecardAgencyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScorecardAgencyQuery = { __typename?: 'Query', agency?: { __typename?: 'Agency', id: string, name: string } | null };

export type ScorecardUnitQueryVariables = Exact<{
  code: Scalars['ID']['input'];
}>;


export type ScorecardUnitQuery = { __typename?: 'Query', administrativeUnit?: { __typename?: 'AdministrativeUnit', id: string, code: string, fullName: string } | null };


export const DashboardScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"dueYear"}},{"kind":"Field","name":{"kind":"Name","value":"annual"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"measurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}]},{"kind":"Field","name":{"kind":"Name","value":"projection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueYear"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"requiredYearlyChange"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardScorecardQuery, DashboardScorecardQueryVariables>;
export const DashboardFiltersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardFilters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"departments"},"name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DEPARTMENT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"districtCommittees"},"name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DISTRICT_PEOPLES_COMMITTEE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardFiltersQuery, DashboardFiltersQueryVariables>;
export const DashboardTargetFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTargetFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"measurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}]}]}}]}}]}}]} as unknown as DocumentNode<DashboardTargetFigureQuery, DashboardTargetFigureQueryVariables>;
export const DashboardTargetEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTargetEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"dueYear"}},{"kind":"Field","name":{"kind":"Name","value":"annual"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"measurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"counted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}]}]}}]}}]}}]} as unknown as DocumentNode<DashboardTargetEvidenceQuery, DashboardTargetEvidenceQueryVariables>;
export const DashboardPlanTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPlanTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"dueYear"}},{"kind":"Field","name":{"kind":"Name","value":"annual"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPlanTargetsQuery, DashboardPlanTargetsQueryVariables>;
export const ParScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"dueYear"}},{"kind":"Field","name":{"kind":"Name","value":"annual"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"measurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"projection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueYear"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"requiredYearlyChange"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParScorecardQuery, ParScorecardQueryVariables>;
export const AgencyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workforce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedQuota"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainedShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}},{"kind":"Field","name":{"kind":"Name","value":"parAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"parSpent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autonomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"selfFinancingRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyProfileQuery, AgencyProfileQueryVariables>;
export const DistrictComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"peoplesCommittee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workforce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"trainedShare"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictComparisonQuery, DistrictComparisonQueryVariables>;
export const ProcedureCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedureCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrativeProcedures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"processingDays"}},{"kind":"Field","name":{"kind":"Name","value":"publiclyDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"implementingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fullyOnline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossierStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcedureCatalogueQuery, ProcedureCatalogueQueryVariables>;
export const CivilServantSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CivilServantSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CivilServantFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civilServants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualification"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CivilServantSearchQuery, CivilServantSearchQueryVariables>;
export const PersonnelRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonnelRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civilServant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonnelRecordQuery, PersonnelRecordQueryVariables>;
export const DossierTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierStatisticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierDimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]} as unknown as DocumentNode<DossierTrendQuery, DossierTrendQueryVariables>;
export const RecordTrainingCompletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCompletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"civilServant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrainingCompletionMutation, RecordTrainingCompletionMutationVariables>;
export const ReceiveDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReceiveDossierMutation, ReceiveDossierMutationVariables>;
export const RecordParAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordParAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordParAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedScore"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordParAssessmentMutation, RecordParAssessmentMutationVariables>;
export const RecordBudgetSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBudgetSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetSettlementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBudgetSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordBudgetSettlementMutation, RecordBudgetSettlementMutationVariables>;
export const ScorecardAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScorecardAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ScorecardAgencyQuery, ScorecardAgencyQueryVariables>;
export const ScorecardUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScorecardUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ScorecardUnitQuery, ScorecardUnitQueryVariables>;