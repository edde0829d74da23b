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
  Money: { input: string | number | bigint; output: string; }
};

/** Administrative procedure (thủ tục hành chính, TTHC) of the provincial catalogue. */
export type AdministrativeProcedure = {
  __typename?: 'AdministrativeProcedure';
  /** Date abolished (ngày bãi bỏ), if it was. */
  abolishedOn: Maybe<Scalars['Date']['output']>;
  /** Procedure code in the national database (mã TTHC). */
  code: Scalars['ID']['output'];
  /** Date it was publicly disclosed, if it was. */
  disclosedOn: Maybe<Scalars['Date']['output']>;
  /** Dossiers of this procedure received and resolved in the year, all agencies together. */
  dossierStats: ProcedureDossierStats;
  /** Fee or charge in đồng (phí, lệ phí); null when none is charged. */
  fee: Maybe<Scalars['Money']['output']>;
  /** Whether a regulatory impact assessment was made (đánh giá tác động, Decree 63/2010/NĐ-CP). */
  impactAssessed: Scalars['Boolean']['output'];
  /** Agency that settles the procedure (cơ quan thực hiện). */
  implementingAgency: Maybe<Agency>;
  /** Whether it is handled through an interconnected one-stop shop (một cửa liên thông). */
  interconnected: Scalars['Boolean']['output'];
  /** Date first issued (ngày ban hành). */
  issuedOn: Scalars['Date']['output'];
  /** Legal documents the procedure is based on (căn cứ pháp lý). */
  legalBasis: Array<LegalDocument>;
  /** Level of government that settles it (cấp thực hiện). */
  level: UnitLevel;
  /** Name of the procedure (tên thủ tục), in Vietnamese. */
  name: Scalars['String']['output'];
  /** The online public service of this procedure (dịch vụ công trực tuyến); null when none is offered. */
  onlineService: Maybe<OnlineService>;
  /** Statutory processing time in working days (thời hạn giải quyết). */
  processingDays: Scalars['Int']['output'];
  /** Whether the procedure is publicly disclosed (công khai TTHC) as of today. */
  publiclyDisclosed: Scalars['Boolean']['output'];
  /** Sector (lĩnh vực), its Vietnamese name, e.g. "Đất đai". */
  sector: Scalars['String']['output'];
  /** Code of the sector, e.g. "DAT_DAI". */
  sectorCode: Scalars['ID']['output'];
  /** Simplifications made to the procedure, oldest first. */
  simplifications: Array<ProcedureSimplification>;
  /** Edit version; pass it back on update, a stale one is a CONFLICT. */
  version: Scalars['Int']['output'];
};


/** Administrative procedure (thủ tục hành chính, TTHC) of the provincial catalogue. */
export type AdministrativeProcedureDossierStatsArgs = {
  year: Scalars['Int']['input'];
};

/** A page of AdministrativeProcedure items (Relay connection). */
export type AdministrativeProcedureConnection = {
  __typename?: 'AdministrativeProcedureConnection';
  /** The items of this page. */
  edges: Array<AdministrativeProcedureEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AdministrativeProcedure of a page, with its cursor. */
export type AdministrativeProcedureEdge = {
  __typename?: 'AdministrativeProcedureEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The AdministrativeProcedure. */
  node: AdministrativeProcedure;
};

/** An administrative unit (đơn vị hành chính) as in force on a date, identified by its national code. */
export type AdministrativeUnit = {
  __typename?: 'AdministrativeUnit';
  /** What changed with this version (renamed, merged, reclassified), citing the resolution. */
  changeNote: Maybe<Scalars['String']['output']>;
  /** Sub-units in force on `asOf` (default today). */
  children: Array<AdministrativeUnit>;
  /** National administrative unit code (mã đơn vị hành chính). */
  code: Scalars['ID']['output'];
  /** Full name with the kind, e.g. "Thành phố Phủ Lý". */
  fullName: Scalars['String']['output'];
  /** Kind of unit. */
  kind: UnitKind;
  /** Tier of local government. */
  level: UnitLevel;
  /** Name without the kind, e.g. "Phủ Lý". */
  name: Scalars['String']['output'];
  /** Name without diacritics, as used in English. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** The unit this one belongs to. */
  parent: Maybe<AdministrativeUnit>;
  /** The People's Committee (Ủy ban nhân dân) governing this unit. */
  peoplesCommittee: Maybe<Agency>;
  /** One-stop service delivery of dossiers received in this unit and all its sub-units in the year; satisfaction from surveys of agencies located there. */
  serviceDelivery: ServiceDelivery;
  /** The unit this one was merged into, if it was. */
  successor: Maybe<AdministrativeUnit>;
  /** First day of this version; null when in force since before the earliest list held. */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** Last day of this version; null while in force. */
  validTo: Maybe<Scalars['Date']['output']>;
  /** Workforce of the unit and all its sub-units in a year, by workplace. */
  workforce: Maybe<UnitWorkforce>;
};


/** An administrative unit (đơn vị hành chính) as in force on a date, identified by its national code. */
export type AdministrativeUnitChildrenArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};


/** An administrative unit (đơn vị hành chính) as in force on a date, identified by its national code. */
export type AdministrativeUnitServiceDeliveryArgs = {
  year: Scalars['Int']['input'];
};


/** An administrative unit (đơn vị hành chính) as in force on a date, identified by its national code. */
export type AdministrativeUnitWorkforceArgs = {
  year: Scalars['Int']['input'];
};

/** A state agency (cơ quan, đơn vị): People's Committees, departments, offices, public service units. */
export type Agency = {
  __typename?: 'Agency';
  /** The administrative unit the agency serves (địa bàn). */
  administrativeUnit: AdministrativeUnit;
  /** Financial autonomy in a year (mức độ tự chủ); null unless the agency is a public service unit assessed that year. */
  autonomy: Maybe<Autonomy>;
  /** Every assessed year, oldest first (lịch sử tự chủ); empty unless the agency is a public service unit. */
  autonomyHistory: Array<Autonomy>;
  /** The agency's budget for a fiscal year (ngân sách năm); null when nothing is recorded for that year. */
  budget: Maybe<AgencyBudget>;
  /** The agency's staff (past and present), sorted by name, one keyset page at a time. */
  civilServants: Maybe<CivilServantConnection>;
  /** Agency identifier code (mã định danh). */
  code: Scalars['String']['output'];
  /** Date dissolved or merged (ngày giải thể), if no longer in existence. */
  dissolvedOn: Maybe<Scalars['Date']['output']>;
  /** Dossiers received by this agency, newest first (hồ sơ tiếp nhận). */
  dossiers: DossierConnection;
  /** Date established (ngày thành lập), when known. */
  establishedOn: Maybe<Scalars['Date']['output']>;
  /** Stable agency id (UUID), the key every subgraph uses. */
  id: Scalars['ID']['output'];
  /** The agency's approved job positions (vị trí việc làm), by code. */
  jobPositions: Maybe<Array<JobPosition>>;
  /** Kind of agency. */
  kind: AgencyKind;
  /** Official Vietnamese name (tên cơ quan). */
  name: Scalars['String']['output'];
  /** The agency's PAR Index (Chỉ số CCHC) for a year; null when not assessed that year. */
  parIndex: Maybe<ParIndexResult>;
  /** The agency this one reports to (cơ quan cấp trên). */
  parent: Maybe<Agency>;
  /** The agency's latest ISO 9001 certification; null when it never had one. */
  qualityCertification: Maybe<QualityCertification>;
  /** The agency's satisfaction surveys of the year, one per kind. */
  satisfactionSurveys: Array<SatisfactionSurvey>;
  /** One-stop service delivery of dossiers received or resolved by this agency itself in the year (kết quả giải quyết TTHC). */
  serviceDelivery: ServiceDelivery;
  /** Short name, when one is in use. */
  shortName: Maybe<Scalars['String']['output']>;
  /** The agency's own workforce in a year (not its subordinates'): headcount, quota, categories, training. */
  workforce: Maybe<Workforce>;
};


/** A state agency (cơ quan, đơn vị): People's Committees, departments, offices, public service units. */
export type AgencyAutonomyArgs = {
  year: Scalars['Int']['input'];
};


/** A state agency (cơ quan, đơn vị): People's Committees, departments, offices, public service units. */
export type AgencyBudgetArgs = {
  year: Scalars['Int']['input'];
};


/** A state agency (cơ quan, đơn vị): People's Committees, departments, offices, public service units. */
export type AgencyCivilServantsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A state agency (cơ quan, đơn vị): People's Committees, departments, offices, public service units. */
export type AgencyDossiersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DossierFilter>;
  first?: Scalars['Int']['input'];
};


/** A state agency (cơ quan, đơn vị): People's Committees, departments, offices, public service units. */
export type AgencyParIndexArgs = {
  year: Scalars['Int']['input'];
};


/** A state agency (cơ quan, đơn vị): People's Committees, departments, offices, public service units. */
export type AgencySatisfactionSurveysArgs = {
  year: Scalars['Int']['input'];
};


/** A state agency (cơ quan, đơn vị): People's Committees, departments, offices, public service units. */
export type AgencyServiceDeliveryArgs = {
  year: Scalars['Int']['input'];
};


/** A state agency (cơ quan, đơn vị): People's Committees, departments, offices, public service units. */
export type AgencyWorkforceArgs = {
  year: Scalars['Int']['input'];
};

/** An agency's budget for one fiscal year (ngân sách của đơn vị). Spending totals exclude revenue. */
export type AgencyBudget = {
  __typename?: 'AgencyBudget';
  /** Estimate and settlement per category, revenue included; categories without data are left out. */
  byCategory: Array<CategoryAmounts>;
  /** Total estimated spending: recurrent + investment + PAR (tổng dự toán chi); null when no estimate is recorded. */
  estimate: Maybe<Scalars['Money']['output']>;
  /** PAR funding allocated to tasks the agency is responsible for, all sources (kinh phí CCHC được giao); null when it has none. */
  parAllocated: Maybe<Scalars['Money']['output']>;
  /** PAR funding spent on those tasks (kinh phí CCHC đã sử dụng); null when it has none. */
  parSpent: Maybe<Scalars['Money']['output']>;
  /** Total settled spending: recurrent + investment + PAR (tổng quyết toán chi); null until a settlement is recorded. */
  settlement: Maybe<Scalars['Money']['output']>;
  /** Fiscal year (năm ngân sách). */
  year: Scalars['Int']['output'];
};

/** A page of Agency items (Relay connection). */
export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  /** The items of this page. */
  edges: Array<AgencyEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Agency of a page, with its cursor. */
export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Agency. */
  node: Agency;
};

/** Filter for the agency list; every given condition must hold. */
export type AgencyFilter = {
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

/** What an audit entry records (nhật ký kiểm tra). */
export type AuditAction =
  /** A read of personal data (đọc dữ liệu cá nhân). */
  | 'PII_READ'
  /** A change of data (ghi dữ liệu), with the values before and after. */
  | 'WRITE';

/** Financial autonomy of a public service unit in one year (mức độ tự chủ tài chính của đơn vị sự nghiệp công lập). */
export type Autonomy = {
  __typename?: 'Autonomy';
  /** Whether the unit also covers its investment spending (tự bảo đảm chi đầu tư). */
  coversInvestment: Scalars['Boolean']['output'];
  /** Autonomy group, derived from the rate and the investment flag by the database. */
  group: AutonomyGroup;
  /** Recurrent spending (chi thường xuyên), whole đồng. */
  recurrentSpending: Scalars['Money']['output'];
  /** Revenue from the unit's own activities (nguồn thu sự nghiệp), whole đồng. */
  revenue: Scalars['Money']['output'];
  /** Self-financing rate, percent: 100 × revenue / recurrent spending (mức tự bảo đảm chi thường xuyên). */
  selfFinancingRate: Scalars['Float']['output'];
  /** Fiscal year assessed. */
  year: Scalars['Int']['output'];
};

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

/** Number of assessed public service units in one autonomy group and year. */
export type AutonomyDistributionRow = {
  __typename?: 'AutonomyDistributionRow';
  /** Autonomy group. */
  group: AutonomyGroup;
  /** Number of units (số đơn vị). */
  units: Scalars['Int']['output'];
  /** Fiscal year. */
  year: Scalars['Int']['output'];
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

/** One approved budget figure of an agency (dòng dự toán hoặc quyết toán ngân sách). */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** The agency the figure belongs to (đơn vị dự toán). */
  agency: Agency;
  /** Amount in whole đồng (số tiền). */
  amount: Scalars['Money']['output'];
  /** Date the figure was approved (ngày phê duyệt), when known. */
  approvedOn: Maybe<Scalars['Date']['output']>;
  /** Body that approved it, e.g. "HĐND tỉnh Hà Nam" (cơ quan phê duyệt). */
  approvingBody: Maybe<Scalars['String']['output']>;
  /** Category of the figure. */
  category: BudgetCategory;
  /** Budget line id. */
  id: Scalars['ID']['output'];
  /** Estimate (dự toán) or settlement (quyết toán). */
  stage: BudgetStage;
  /** Revision number: 1 as first approved, incremented by each adjustment (điều chỉnh dự toán). */
  version: Scalars['Int']['output'];
  /** Fiscal year, the calendar year (năm ngân sách). */
  year: Scalars['Int']['output'];
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

/** Province-wide estimate and settlement of one category in one year (tổng hợp ngân sách toàn tỉnh). */
export type BudgetSummaryRow = {
  __typename?: 'BudgetSummaryRow';
  /** Budget category. */
  category: BudgetCategory;
  /** Sum of estimates (tổng dự toán); null when there are none. */
  estimate: Maybe<Scalars['Money']['output']>;
  /** Settlement as a percentage of the estimate of the agencies that have settled (tỷ lệ thực hiện dự toán); null when nothing is settled. */
  executionRate: Maybe<Scalars['Float']['output']>;
  /** Sum of settlements (tổng quyết toán); null when there are none. */
  settlement: Maybe<Scalars['Money']['output']>;
  /** Fiscal year. */
  year: Scalars['Int']['output'];
};

/** An agency's estimate and settlement in one category for the year. */
export type CategoryAmounts = {
  __typename?: 'CategoryAmounts';
  /** Budget category. */
  category: BudgetCategory;
  /** Estimate (dự toán); null when none is recorded. */
  estimate: Maybe<Scalars['Money']['output']>;
  /** Settlement (quyết toán); null until one is recorded. */
  settlement: Maybe<Scalars['Money']['output']>;
};

/** Staff in service at the end of a year, in one category. */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  /** Personnel category. */
  category: StaffCategory;
  /** People of this category in service on 31 December. */
  count: Scalars['Int']['output'];
};

/** A person in the public service of the province: cadre, civil servant, public employee or commune staff (cán bộ, công chức, viên chức). */
export type CivilServant = {
  __typename?: 'CivilServant';
  /** Whether the person is in service today (đang công tác). */
  active: Scalars['Boolean']['output'];
  /** Agency the person works for (cơ quan, đơn vị công tác). */
  agency: Agency;
  /** Year of birth (năm sinh); the full date is personal data. */
  birthYear: Scalars['Int']['output'];
  /** Personnel category (loại). */
  category: StaffCategory;
  /** Date of birth (ngày sinh). Personal data: needs the pii:read scope; every read is audited. */
  dateOfBirth: Maybe<Scalars['Date']['output']>;
  /** Whether the personnel record is kept electronically (hồ sơ điện tử). */
  electronicRecord: Scalars['Boolean']['output'];
  /** Date the personnel record became electronic; null while on paper. */
  electronicRecordOn: Maybe<Scalars['Date']['output']>;
  /** E-mail address (thư điện tử). Personal data: needs the pii:read scope; every read is audited. */
  email: Maybe<Scalars['String']['output']>;
  /** The annual rating for a year; null when not rated that year. */
  evaluation: Maybe<Evaluation>;
  /** Full name in Vietnamese (họ và tên). */
  fullName: Scalars['String']['output'];
  /** Gender (giới tính). */
  gender: Gender;
  /** Date of recruitment into the service (ngày tuyển dụng). */
  hiredOn: Scalars['Date']['output'];
  /** Stable personnel id (UUID). */
  id: Scalars['ID']['output'];
  /** Job position held in the agency's approved scheme (vị trí việc làm). */
  jobPosition: Maybe<JobPosition>;
  /** Why the person left; null while in service. */
  leaveReason: Maybe<LeaveReason>;
  /** Date the person left the service (ngày thôi việc); null while in service. */
  leftOn: Maybe<Scalars['Date']['output']>;
  /** Leadership or management post held (chức vụ lãnh đạo, quản lý), e.g. "Trưởng phòng"; null when none. */
  managementPost: Maybe<Scalars['String']['output']>;
  /** Citizen identity number (số căn cước công dân), 12 digits. Personal data: needs the pii:read scope; every read is audited. */
  nationalIdNumber: Maybe<Scalars['String']['output']>;
  /** Phone number (số điện thoại). Personal data: needs the pii:read scope; every read is audited. */
  phone: Maybe<Scalars['String']['output']>;
  /** Political theory level (trình độ lý luận chính trị); null when none. */
  politicalTheoryLevel: Maybe<PoliticalTheoryLevel>;
  /** Date of appointment to the management post (ngày bổ nhiệm). */
  postAppointedOn: Maybe<Scalars['Date']['output']>;
  /** Highest professional qualification (trình độ chuyên môn). */
  qualification: Qualification;
  /** Rank (ngạch) or professional title held; null for staff without one. */
  rank: Maybe<Rank>;
  /** Whether the specialisation fits the position held (chuyên môn phù hợp vị trí việc làm). */
  specialisationFits: Scalars['Boolean']['output'];
  /** State management training level (trình độ quản lý nhà nước); null when none. */
  stateManagementLevel: Maybe<StateManagementLevel>;
  /** Training courses completed in a year, in date order. */
  trainings: Array<TrainingCompletion>;
  /** Code of the administrative unit where the person works (địa bàn công tác). */
  unitCode: Scalars['ID']['output'];
  /** Version of the record; pass it back when updating, so concurrent edits are detected. */
  version: Scalars['Int']['output'];
};


/** A person in the public service of the province: cadre, civil servant, public employee or commune staff (cán bộ, công chức, viên chức). */
export type CivilServantEvaluationArgs = {
  year: Scalars['Int']['input'];
};


/** A person in the public service of the province: cadre, civil servant, public employee or commune staff (cán bộ, công chức, viên chức). */
export type CivilServantTrainingsArgs = {
  year: Scalars['Int']['input'];
};

/** A page of CivilServant items (Relay connection). */
export type CivilServantConnection = {
  __typename?: 'CivilServantConnection';
  /** The items of this page. */
  edges: Array<CivilServantEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One CivilServant of a page, with its cursor. */
export type CivilServantEdge = {
  __typename?: 'CivilServantEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The CivilServant. */
  node: CivilServant;
};

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

/** One entry of the civil-servants subgraph's audit log (nhật ký kiểm tra): a write or a read of personal data. */
export type CivilServantsAuditEntry = {
  __typename?: 'CivilServantsAuditEntry';
  /** Write or personal-data read. */
  action: AuditAction;
  /** For writes, the values after, as JSON text; null for reads. */
  after: Maybe<Scalars['String']['output']>;
  /** Agency the caller was limited to, if any (cơ quan). */
  agencyId: Maybe<Scalars['ID']['output']>;
  /** When it happened, ISO 8601 in UTC (thời điểm). */
  at: Scalars['String']['output'];
  /** For writes, the values before, as JSON text; null for creations and reads. */
  before: Maybe<Scalars['String']['output']>;
  /** Sequence number of the entry; later entries have larger numbers. */
  id: Scalars['ID']['output'];
  /** Ids of the objects concerned. */
  objectIds: Array<Scalars['ID']['output']>;
  /** Kind of the objects concerned, e.g. `CivilServant`. */
  objectType: Scalars['String']['output'];
  /** The GraphQL field that did it, e.g. `recordTrainingCompletion`. */
  operation: Scalars['String']['output'];
  /** Request id that ties the entry to gateway and service logs. */
  requestId: Maybe<Scalars['String']['output']>;
  /** Roles the caller held. */
  roles: Array<Scalars['String']['output']>;
  /** Token subject of the caller (người thực hiện). */
  subject: Maybe<Scalars['String']['output']>;
};

/** A page of CivilServantsAuditEntry items (Relay connection). */
export type CivilServantsAuditEntryConnection = {
  __typename?: 'CivilServantsAuditEntryConnection';
  /** The items of this page. */
  edges: Array<CivilServantsAuditEntryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One CivilServantsAuditEntry of a page, with its cursor. */
export type CivilServantsAuditEntryEdge = {
  __typename?: 'CivilServantsAuditEntryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The CivilServantsAuditEntry. */
  node: CivilServantsAuditEntry;
};

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
  /** Whether an impact assessment was made. */
  impactAssessed?: Scalars['Boolean']['input'];
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

/** An agency's document counts for one month, direction and confidentiality (thống kê văn bản điện tử). */
export type DocumentExchange = {
  __typename?: 'DocumentExchange';
  /** Sending agency. */
  agencyId: Scalars['ID']['output'];
  /** Whether these are confidential documents. */
  confidential: Scalars['Boolean']['output'];
  /** Where the documents went. */
  direction: DocumentDirection;
  /** Documents sent electronically. */
  electronic: Scalars['Int']['output'];
  /** The month, as its first day. */
  month: Scalars['Date']['output'];
  /** Documents sent on paper. */
  paper: Scalars['Int']['output'];
};

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

/** A one-stop dossier for an administrative procedure (hồ sơ thủ tục hành chính). */
export type Dossier = {
  __typename?: 'Dossier';
  /** The receiving agency (cơ quan tiếp nhận). */
  agency: Agency;
  /** Applicant identity number (số định danh cá nhân, mã số doanh nghiệp): personal data, needs the pii:read scope; every read is audited. */
  applicantIdNumber: Maybe<Scalars['String']['output']>;
  /** Citizen or enterprise (đối tượng). */
  applicantKind: ApplicantKind;
  /** Applicant name (người nộp hồ sơ): personal data, needs the pii:read scope; every read is audited. */
  applicantName: Maybe<Scalars['String']['output']>;
  /** How it was submitted (hình thức tiếp nhận). */
  channel: DossierChannel;
  /** Reason given when refused or withdrawn. */
  closeReason: Maybe<Scalars['String']['output']>;
  /** When it reached a final state (resolved, refused, withdrawn). */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Promised date (ngày hẹn trả): the procedure's statutory working days after the receipt date, skipping Saturdays and Sundays, extended by the working days supplement requests were open. */
  dueAt: Scalars['Date']['output'];
  /** Dossier id (mã hồ sơ). */
  id: Scalars['ID']['output'];
  /** Early, on time or late against the promised date; null unless RESOLVED. */
  outcome: Maybe<DossierOutcome>;
  /** Working days the clock was stopped by closed supplement requests. */
  pausedWorkingDays: Scalars['Int']['output'];
  /** The procedure applied for; its name comes from the institutions subgraph. */
  procedure: AdministrativeProcedure;
  /** When it was received (thời điểm tiếp nhận). */
  receivedAt: Scalars['DateTime']['output'];
  /** When it was resolved (thời điểm trả kết quả); null unless RESOLVED. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Lifecycle state (trạng thái). */
  status: DossierStatus;
  /** Supplement requests, oldest first. */
  supplementRequests: Array<SupplementRequest>;
  /** Code of the administrative unit where it was received. */
  unitCode: Scalars['ID']['output'];
};

/** How a dossier reached the one-stop office (hình thức tiếp nhận). */
export type DossierChannel =
  /** Submitted in person at the one-stop office (trực tiếp). */
  | 'IN_PERSON'
  /** Submitted through the online public service portal (trực tuyến). */
  | 'ONLINE'
  /** Sent by public postal service (dịch vụ bưu chính công ích). */
  | 'POST';

/** A page of Dossier items (Relay connection). */
export type DossierConnection = {
  __typename?: 'DossierConnection';
  /** The items of this page. */
  edges: Array<DossierEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A dimension dossier statistics can be grouped by (chiều thống kê). */
export type DossierDimension =
  /** Receiving agency (cơ quan tiếp nhận). */
  | 'AGENCY'
  /** Submission channel (hình thức tiếp nhận). */
  | 'CHANNEL'
  /** Administrative procedure (thủ tục hành chính). */
  | 'PROCEDURE'
  /** Sector of the procedure (lĩnh vực). */
  | 'SECTOR'
  /** Calendar year: receipts count in the year received, resolutions in the year resolved (năm). */
  | 'YEAR';

/** One Dossier of a page, with its cursor. */
export type DossierEdge = {
  __typename?: 'DossierEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Dossier. */
  node: Dossier;
};

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

/** One group of dossier statistics (thống kê hồ sơ); dimensions not grouped by are null, and the groups add up to the ungrouped totals. */
export type DossierStatistic = {
  __typename?: 'DossierStatistic';
  /** The receiving agency of the group (its name comes from institutions), when grouped by AGENCY. */
  agency: Maybe<Agency>;
  /** Receiving agency of the group, when grouped by AGENCY. */
  agencyId: Maybe<Scalars['ID']['output']>;
  /** Channel of the group, when grouped by CHANNEL. */
  channel: Maybe<DossierChannel>;
  /** Percent (0–100) of resolved dossiers resolved on time; null when none was resolved. */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** Percent (0–100) of received dossiers received online; null when none was received. */
  onlineRate: Maybe<Scalars['Float']['output']>;
  /** The procedure of the group (its name comes from institutions), when grouped by PROCEDURE. */
  procedure: Maybe<AdministrativeProcedure>;
  /** Procedure code of the group, when grouped by PROCEDURE. */
  procedureCode: Maybe<Scalars['ID']['output']>;
  /** Dossiers received (tiếp nhận). */
  received: Scalars['Int']['output'];
  /** Dossiers received online (tiếp nhận trực tuyến). */
  receivedOnline: Scalars['Int']['output'];
  /** Dossiers resolved (đã giải quyết). */
  resolved: Scalars['Int']['output'];
  /** Dossiers resolved on or before the promised date (đúng hạn). */
  resolvedOnTime: Scalars['Int']['output'];
  /** Procedure sector of the group, when grouped by SECTOR (lĩnh vực). */
  sector: Maybe<Scalars['String']['output']>;
  /** Year of the group, when grouped by YEAR. */
  year: Maybe<Scalars['Int']['output']>;
};

/** Which dossiers dossier statistics count (bộ lọc thống kê hồ sơ). */
export type DossierStatisticsFilter = {
  /** Only dossiers received by this agency (cơ quan tiếp nhận). */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only dossiers of this procedure (mã TTHC). */
  procedureCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only procedures of this sector (lĩnh vực). */
  sector?: InputMaybe<Scalars['String']['input']>;
  /** First year counted (từ năm), inclusive. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year counted (đến năm), inclusive. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
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

/** A plan target measured by egov-services from one-stop, online-service and survey data (chỉ tiêu hiện đại hóa hành chính, TTHC); `code` is the target code. */
export type EgovIndicator = Indicator & {
  __typename?: 'EgovIndicator';
  /** Target code. */
  code: Scalars['ID']['output'];
  /** The figure for a year (and optional scope); null when that year has no data. */
  measurement: Maybe<Measurement>;
  /** Whether the measured value meets the target's comparator and value; null without a measurement. */
  met: Maybe<Scalars['Boolean']['output']>;
};


/** A plan target measured by egov-services from one-stop, online-service and survey data (chỉ tiêu hiện đại hóa hành chính, TTHC); `code` is the target code. */
export type EgovIndicatorMeasurementArgs = {
  agencyId: InputMaybe<Scalars['ID']['input']>;
  unitCode: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/** A plan target measured by egov-services from one-stop, online-service and survey data (chỉ tiêu hiện đại hóa hành chính, TTHC); `code` is the target code. */
export type EgovIndicatorMetArgs = {
  agencyId: InputMaybe<Scalars['ID']['input']>;
  unitCode: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

/** One entry of the egov-services subgraph's audit log (nhật ký kiểm tra): a write or a read of personal data. */
export type EgovServicesAuditEntry = {
  __typename?: 'EgovServicesAuditEntry';
  /** Write or personal-data read. */
  action: AuditAction;
  /** For writes, the values after, as JSON text; null for reads. */
  after: Maybe<Scalars['String']['output']>;
  /** Agency the caller was limited to, if any (cơ quan). */
  agencyId: Maybe<Scalars['ID']['output']>;
  /** When it happened, ISO 8601 in UTC (thời điểm). */
  at: Scalars['String']['output'];
  /** For writes, the values before, as JSON text; null for creations and reads. */
  before: Maybe<Scalars['String']['output']>;
  /** Sequence number of the entry; later entries have larger numbers. */
  id: Scalars['ID']['output'];
  /** Ids of the objects concerned. */
  objectIds: Array<Scalars['ID']['output']>;
  /** Kind of the objects concerned, e.g. `CivilServant`. */
  objectType: Scalars['String']['output'];
  /** The GraphQL field that did it, e.g. `recordTrainingCompletion`. */
  operation: Scalars['String']['output'];
  /** Request id that ties the entry to gateway and service logs. */
  requestId: Maybe<Scalars['String']['output']>;
  /** Roles the caller held. */
  roles: Array<Scalars['String']['output']>;
  /** Token subject of the caller (người thực hiện). */
  subject: Maybe<Scalars['String']['output']>;
};

/** A page of EgovServicesAuditEntry items (Relay connection). */
export type EgovServicesAuditEntryConnection = {
  __typename?: 'EgovServicesAuditEntryConnection';
  /** The items of this page. */
  edges: Array<EgovServicesAuditEntryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One EgovServicesAuditEntry of a page, with its cursor. */
export type EgovServicesAuditEntryEdge = {
  __typename?: 'EgovServicesAuditEntryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The EgovServicesAuditEntry. */
  node: EgovServicesAuditEntry;
};

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

/** A person's annual quality rating (đánh giá, xếp loại chất lượng hằng năm). */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** The rating, one of four levels. */
  rating: EvaluationRating;
  /** Year rated. */
  year: Scalars['Int']['output'];
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

/** How a plan target is measured (chỉ số đo chỉ tiêu); answered by the subgraph that owns the data. `code` is the target code. */
export type Indicator = {
  /** Target code, e.g. CS_SKILLS_TRAINED. */
  code: Scalars['ID']['output'];
  /** The figure for a year (and optional scope); null when that year has no data. */
  measurement: Maybe<Measurement>;
  /** Whether the measured value meets the target's comparator and value; null without a measurement. */
  met: Maybe<Scalars['Boolean']['output']>;
};


/** How a plan target is measured (chỉ số đo chỉ tiêu); answered by the subgraph that owns the data. `code` is the target code. */
export type IndicatorMeasurementArgs = {
  agencyId: InputMaybe<Scalars['ID']['input']>;
  unitCode: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/** How a plan target is measured (chỉ số đo chỉ tiêu); answered by the subgraph that owns the data. `code` is the target code. */
export type IndicatorMetArgs = {
  agencyId: InputMaybe<Scalars['ID']['input']>;
  unitCode: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

/** One entry of the institutions subgraph's audit log (nhật ký kiểm tra): a write or a read of personal data. */
export type InstitutionsAuditEntry = {
  __typename?: 'InstitutionsAuditEntry';
  /** Write or personal-data read. */
  action: AuditAction;
  /** For writes, the values after, as JSON text; null for reads. */
  after: Maybe<Scalars['String']['output']>;
  /** Agency the caller was limited to, if any (cơ quan). */
  agencyId: Maybe<Scalars['ID']['output']>;
  /** When it happened, ISO 8601 in UTC (thời điểm). */
  at: Scalars['String']['output'];
  /** For writes, the values before, as JSON text; null for creations and reads. */
  before: Maybe<Scalars['String']['output']>;
  /** Sequence number of the entry; later entries have larger numbers. */
  id: Scalars['ID']['output'];
  /** Ids of the objects concerned. */
  objectIds: Array<Scalars['ID']['output']>;
  /** Kind of the objects concerned, e.g. `CivilServant`. */
  objectType: Scalars['String']['output'];
  /** The GraphQL field that did it, e.g. `recordTrainingCompletion`. */
  operation: Scalars['String']['output'];
  /** Request id that ties the entry to gateway and service logs. */
  requestId: Maybe<Scalars['String']['output']>;
  /** Roles the caller held. */
  roles: Array<Scalars['String']['output']>;
  /** Token subject of the caller (người thực hiện). */
  subject: Maybe<Scalars['String']['output']>;
};

/** A page of InstitutionsAuditEntry items (Relay connection). */
export type InstitutionsAuditEntryConnection = {
  __typename?: 'InstitutionsAuditEntryConnection';
  /** The items of this page. */
  edges: Array<InstitutionsAuditEntryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One InstitutionsAuditEntry of a page, with its cursor. */
export type InstitutionsAuditEntryEdge = {
  __typename?: 'InstitutionsAuditEntryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The InstitutionsAuditEntry. */
  node: InstitutionsAuditEntry;
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

/** A plan target institutions measures itself from its catalogue and unit data; `code` is the target code. */
export type InstitutionsIndicator = Indicator & {
  __typename?: 'InstitutionsIndicator';
  /** Target code, e.g. TTHC_PUBLICLY_DISCLOSED. */
  code: Scalars['ID']['output'];
  /** The figure for a year (and optional scope); null when that year has no data. */
  measurement: Maybe<Measurement>;
  /** Whether the measured value meets the target's comparator and value; null without a measurement. */
  met: Maybe<Scalars['Boolean']['output']>;
};


/** A plan target institutions measures itself from its catalogue and unit data; `code` is the target code. */
export type InstitutionsIndicatorMeasurementArgs = {
  agencyId: InputMaybe<Scalars['ID']['input']>;
  unitCode: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/** A plan target institutions measures itself from its catalogue and unit data; `code` is the target code. */
export type InstitutionsIndicatorMetArgs = {
  agencyId: InputMaybe<Scalars['ID']['input']>;
  unitCode: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

/** An approved job position of an agency (vị trí việc làm), with the number of people it may hold. */
export type JobPosition = {
  __typename?: 'JobPosition';
  /** Approved number of people for the position (số lượng người làm việc được duyệt). */
  approvedCount: Scalars['Int']['output'];
  /** Date the job-position scheme was approved (ngày phê duyệt đề án). */
  approvedOn: Scalars['Date']['output'];
  /** Position code within the agency's scheme (mã vị trí). */
  code: Scalars['String']['output'];
  /** People in service today who hold the position. */
  holders: Scalars['Int']['output'];
  /** Job position id (UUID). */
  id: Scalars['ID']['output'];
  /** Vietnamese name of the position, e.g. "Chuyên viên quản lý văn bản". */
  name: Scalars['String']['output'];
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

/** A legal document (văn bản quy phạm pháp luật and others cited as legal basis). */
export type LegalDocument = {
  __typename?: 'LegalDocument';
  /** Date it takes effect (ngày có hiệu lực). */
  effectiveOn: Maybe<Scalars['Date']['output']>;
  /** Date it ceased to be in force (ngày hết hiệu lực), if it has. */
  expiredOn: Maybe<Scalars['Date']['output']>;
  /** Stable document id (UUID). */
  id: Scalars['ID']['output'];
  /** Date issued (ngày ban hành). */
  issuedOn: Scalars['Date']['output'];
  /** Issuing body (cơ quan ban hành), e.g. "UBND tỉnh Hà Nam". */
  issuer: Scalars['String']['output'];
  /** Kind of document. */
  kind: LegalDocumentKind;
  /** Whether it is a legal normative document (văn bản quy phạm pháp luật). */
  normative: Scalars['Boolean']['output'];
  /** Number and symbol (số, ký hiệu), e.g. "851/QĐ-UBND". */
  numberSymbol: Scalars['String']['output'];
  /** Reviews of this document, oldest first. */
  reviews: Array<LegalDocumentReview>;
  /** Current validity. */
  status: LegalDocumentStatus;
  /** Title (trích yếu), in Vietnamese. */
  title: Scalars['String']['output'];
  /** Year issued. */
  year: Scalars['Int']['output'];
};

/** A page of LegalDocument items (Relay connection). */
export type LegalDocumentConnection = {
  __typename?: 'LegalDocumentConnection';
  /** The items of this page. */
  edges: Array<LegalDocumentEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One LegalDocument of a page, with its cursor. */
export type LegalDocumentEdge = {
  __typename?: 'LegalDocumentEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The LegalDocument. */
  node: LegalDocument;
};

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

/** One review of a legal document (rà soát văn bản), including its check against the 2013 Constitution. */
export type LegalDocumentReview = {
  __typename?: 'LegalDocumentReview';
  /** Whether the document was found consistent with the 2013 Constitution (phù hợp Hiến pháp 2013). */
  constitutionConsistent: Scalars['Boolean']['output'];
  /** Reviewer's note, in Vietnamese. */
  note: Maybe<Scalars['String']['output']>;
  /** What the review concluded. */
  result: ReviewResult;
  /** Date of the review (ngày rà soát). */
  reviewedOn: Scalars['Date']['output'];
};

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

/** A plan target's measured figure for one year and scope (kết quả đo chỉ tiêu). */
export type Measurement = {
  __typename?: 'Measurement';
  /** Count the target is measured against. */
  denominator: Maybe<Scalars['Int']['output']>;
  /** Count meeting the target's condition. */
  numerator: Maybe<Scalars['Int']['output']>;
  /** Measured value; for percent targets 100 × numerator / denominator. */
  value: Maybe<Scalars['Float']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a procedure to the catalogue (editors of institutions). Audit-logged. */
  createAdministrativeProcedure: AdministrativeProcedure;
  /** Creates the personnel record of a new recruit (tuyển dụng). */
  hireCivilServant: CivilServant;
  /** Receive a dossier (tiếp nhận hồ sơ) and set its promised date. */
  receiveDossier: Dossier;
  /** Records (or corrects) a public service unit's revenue and recurrent spending for a year; returns the derived rate and group. */
  recordAutonomyAssessment: Autonomy;
  /** Records an approved budget estimate (dự toán), or revises it (version + 1) while the year is not settled. */
  recordBudgetEstimate: BudgetLine;
  /** Records the final settlement (quyết toán) of an agency's budget for a year and category: once, after its estimate. */
  recordBudgetSettlement: BudgetLine;
  /** Record an agency's monthly count of documents sent electronically and on paper. */
  recordDocumentExchange: DocumentExchange;
  /** Records a person's annual rating, replacing one already recorded for the year. */
  recordEvaluation: Evaluation;
  /** Records that a person leaves the service, with the reason (retirement, downsizing under Decree 108/2014, transfer, dismissal). */
  recordLeave: CivilServant;
  /** Records an agency's PAR Index assessment for a year (editors of institutions; an agency-scoped editor only for its agency). Audit-logged. */
  recordParAssessment: ParAssessment;
  /** Records (or revises) the planned, allocated and spent funding of a PAR task. */
  recordParFunding: ParFundingLine;
  /** Record an agency's satisfaction survey for a year (kết quả khảo sát sự hài lòng); replaces an earlier one of the same kind. */
  recordSatisfactionSurvey: SatisfactionSurvey;
  /** Record a sector office's yearly e-transaction figure (tax, social insurance). */
  recordSectorStatistic: SectorStatistic;
  /** Records that a person completed a training course. */
  recordTrainingCompletion: TrainingCompletion;
  /** Refuse the dossier with a reason (từ chối giải quyết). */
  refuseDossier: Dossier;
  /** Ask the applicant to supplement the dossier (yêu cầu bổ sung); the clock stops. */
  requestSupplement: Dossier;
  /** Resolve the dossier and return the result (trả kết quả); the outcome follows from the promised date. */
  resolveDossier: Dossier;
  /** The supplement arrived: close the request, extend the promised date by the working days it was open, continue processing. */
  resumeDossier: Dossier;
  /** Record the level a procedure's online service reached on a date; returns the procedure with its online service. */
  setOnlineServiceLevel: AdministrativeProcedure;
  /** Changes a procedure (editors of institutions); `version` must be the one read, else CONFLICT. Audit-logged. */
  updateAdministrativeProcedure: AdministrativeProcedure;
  /** Changes a personnel record; a stale version is a CONFLICT. */
  updateCivilServant: CivilServant;
  /** The applicant withdrew the dossier (rút hồ sơ). */
  withdrawDossier: Dossier;
};


export type MutationCreateAdministrativeProcedureArgs = {
  input: CreateProcedureInput;
};


export type MutationHireCivilServantArgs = {
  input: HireCivilServantInput;
};


export type MutationReceiveDossierArgs = {
  input: ReceiveDossierInput;
};


export type MutationRecordAutonomyAssessmentArgs = {
  input: AutonomyAssessmentInput;
};


export type MutationRecordBudgetEstimateArgs = {
  input: BudgetEstimateInput;
};


export type MutationRecordBudgetSettlementArgs = {
  input: BudgetSettlementInput;
};


export type MutationRecordDocumentExchangeArgs = {
  input: DocumentExchangeInput;
};


export type MutationRecordEvaluationArgs = {
  input: EvaluationInput;
};


export type MutationRecordLeaveArgs = {
  input: LeaveInput;
};


export type MutationRecordParAssessmentArgs = {
  input: ParAssessmentInput;
};


export type MutationRecordParFundingArgs = {
  input: ParFundingInput;
};


export type MutationRecordSatisfactionSurveyArgs = {
  input: SatisfactionSurveyInput;
};


export type MutationRecordSectorStatisticArgs = {
  input: SectorStatisticInput;
};


export type MutationRecordTrainingCompletionArgs = {
  input: TrainingCompletionInput;
};


export type MutationRefuseDossierArgs = {
  input: CloseDossierInput;
};


export type MutationRequestSupplementArgs = {
  input: RequestSupplementInput;
};


export type MutationResolveDossierArgs = {
  input: ResolveDossierInput;
};


export type MutationResumeDossierArgs = {
  input: ResumeDossierInput;
};


export type MutationSetOnlineServiceLevelArgs = {
  input: OnlineServiceLevelInput;
};


export type MutationUpdateAdministrativeProcedureArgs = {
  code: Scalars['ID']['input'];
  input: UpdateProcedureInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateCivilServantArgs = {
  input: UpdateCivilServantInput;
};


export type MutationWithdrawDossierArgs = {
  input: CloseDossierInput;
};

/** The online public service of a procedure (dịch vụ công trực tuyến). Levels per Decree 43/2011/NĐ-CP: 1 information, 2 downloadable forms, 3 online submission, 4 online payment and result. */
export type OnlineService = {
  __typename?: 'OnlineService';
  /** Whether the service is offered fully online in the later terms of Decree 42/2022/NĐ-CP (dịch vụ công trực tuyến toàn trình); otherwise partial (một phần). */
  fullyOnline: Scalars['Boolean']['output'];
  /** Date the service was first offered online (ngày triển khai). */
  launchedOn: Scalars['Date']['output'];
  /** Current level 1–4 (mức độ hiện tại). */
  level: Scalars['Int']['output'];
  /** Levels over time, oldest first. */
  levelHistory: Array<OnlineServiceLevelChange>;
};

/** A level an online public service held from a date (lịch sử mức độ dịch vụ công trực tuyến). */
export type OnlineServiceLevelChange = {
  __typename?: 'OnlineServiceLevelChange';
  /** Level 1–4 per Decree 43/2011/NĐ-CP (mức độ). */
  level: Scalars['Int']['output'];
  /** Date from which the service was offered at this level (từ ngày). */
  since: Scalars['Date']['output'];
};

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

/** Where a page of a Relay connection stands in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A recorded PAR Index assessment (kết quả đánh giá Chỉ số CCHC). */
export type ParAssessment = {
  __typename?: 'ParAssessment';
  /** Agency assessed. */
  agency: Agency;
  /** Score on 100 after appraisal. */
  appraisedScore: Scalars['Float']['output'];
  /** Total on 100. */
  score: Scalars['Float']['output'];
  /** Self-assessed score on 100. */
  selfScore: Scalars['Float']['output'];
  /** Survey score on 100, if any. */
  surveyScore: Maybe<Scalars['Float']['output']>;
  /** Year assessed. */
  year: Scalars['Int']['output'];
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

/** PAR funding of one plan area in one year, summed over tasks and agencies. */
export type ParFundingByArea = {
  __typename?: 'ParFundingByArea';
  /** Allocated (kinh phí được giao). */
  allocated: Scalars['Money']['output'];
  /** Plan area 1–7 (lĩnh vực cải cách). */
  area: Scalars['Int']['output'];
  /** Name of the plan area as in the decision (tên lĩnh vực). */
  areaName: Scalars['String']['output'];
  /** Spent as a percentage of allocated (tỷ lệ giải ngân); null when nothing is allocated. */
  executionRate: Maybe<Scalars['Float']['output']>;
  /** Planned (kinh phí dự kiến). */
  planned: Scalars['Money']['output'];
  /** Spent (kinh phí đã sử dụng). */
  spent: Scalars['Money']['output'];
  /** Number of funded tasks (số nhiệm vụ). */
  tasks: Scalars['Int']['output'];
  /** Fiscal year. */
  year: Scalars['Int']['output'];
};

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

/** Funding of one PAR task for a year and source (kinh phí thực hiện nhiệm vụ cải cách hành chính). */
export type ParFundingLine = {
  __typename?: 'ParFundingLine';
  /** The agency responsible for the task (cơ quan chủ trì). */
  agency: Agency;
  /** Allocated amount (kinh phí được giao). */
  allocated: Scalars['Money']['output'];
  /** Plan area 1–7 (lĩnh vực cải cách): 1 institutions, 2 procedures, 3 organisation, 4 civil service, 5 public finance, 6 modernisation, 7 steering. */
  area: Scalars['Int']['output'];
  /** Funding line id. */
  id: Scalars['ID']['output'];
  /** Planned amount (kinh phí dự kiến). */
  planned: Scalars['Money']['output'];
  /** Source of the funds. */
  source: FundingSource;
  /** Amount spent (kinh phí đã sử dụng); never above the allocation. */
  spent: Scalars['Money']['output'];
  /** The task funded (nhiệm vụ), in Vietnamese. */
  task: Scalars['String']['output'];
  /** Revision number, incremented each time the figures are recorded again. */
  version: Scalars['Int']['output'];
  /** Fiscal year. */
  year: Scalars['Int']['output'];
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

/** Points of one PAR Index area (điểm thành phần). */
export type ParIndexComponent = {
  __typename?: 'ParIndexComponent';
  /** Points after appraisal (thẩm định). */
  appraisedPoints: Scalars['Float']['output'];
  /** Index area. */
  area: ParIndexArea;
  /** Maximum points of the area. */
  maxPoints: Scalars['Float']['output'];
  /** Points the agency gave itself (tự đánh giá). */
  selfPoints: Scalars['Float']['output'];
};

/** One line of a PAR Index ranking. */
export type ParIndexRankingEntry = {
  __typename?: 'ParIndexRankingEntry';
  /** The agency ranked. */
  agency: Agency;
  /** Score on 100 after appraisal (điểm thẩm định). */
  appraisedScore: Scalars['Float']['output'];
  /** Points per index area; empty when no breakdown was recorded. */
  components: Array<ParIndexComponent>;
  /** Rank among agencies of the same kind assessed that year (1 = best; ties share a rank). */
  rank: Scalars['Int']['output'];
  /** Number of agencies of the same kind ranked that year. */
  rankOf: Scalars['Int']['output'];
  /** Total on 100: 70% appraised score and 30% survey score, or the appraised score alone without a survey. */
  score: Scalars['Float']['output'];
  /** Self-assessed score on 100 (điểm tự đánh giá). */
  selfScore: Scalars['Float']['output'];
  /** Sociological survey score on 100 (điểm điều tra xã hội học); null when no survey was made. */
  surveyScore: Maybe<Scalars['Float']['output']>;
  /** Year assessed. */
  year: Scalars['Int']['output'];
};

/** An agency's PAR Index (Chỉ số CCHC) for one year and its rank among agencies of the same kind. */
export type ParIndexResult = {
  __typename?: 'ParIndexResult';
  /** Score on 100 after appraisal (điểm thẩm định). */
  appraisedScore: Scalars['Float']['output'];
  /** Points per index area; empty when no breakdown was recorded. */
  components: Array<ParIndexComponent>;
  /** Rank among agencies of the same kind assessed that year (1 = best; ties share a rank). */
  rank: Scalars['Int']['output'];
  /** Number of agencies of the same kind ranked that year. */
  rankOf: Scalars['Int']['output'];
  /** Total on 100: 70% appraised score and 30% survey score, or the appraised score alone without a survey. */
  score: Scalars['Float']['output'];
  /** Self-assessed score on 100 (điểm tự đánh giá). */
  selfScore: Scalars['Float']['output'];
  /** Sociological survey score on 100 (điểm điều tra xã hội học); null when no survey was made. */
  surveyScore: Maybe<Scalars['Float']['output']>;
  /** Year assessed. */
  year: Scalars['Int']['output'];
};

/** A measurable target of a reform plan (chỉ tiêu). */
export type PlanTarget = {
  __typename?: 'PlanTarget';
  /** Whether the target must hold every year of the plan. */
  annual: Scalars['Boolean']['output'];
  /** Area of the plan the target belongs to. */
  area: ReformArea;
  /** Target code, e.g. TTHC_PUBLICLY_DISCLOSED. */
  code: Scalars['ID']['output'];
  /** How the measured value must compare with `value`. */
  comparator: Comparator;
  /** The decision's own words (Vietnamese). */
  description: Scalars['String']['output'];
  /** The target in English. */
  descriptionEn: Scalars['String']['output'];
  /** Year by which the target must hold; null for annual targets. */
  dueYear: Maybe<Scalars['Int']['output']>;
  /** How the target is measured; the subgraph owning the data answers `measurement` and `met`. */
  indicator: Indicator;
  /** Lead agencies as the decision names them (cơ quan chủ trì). */
  lead: Scalars['String']['output'];
  /** Lead agencies (cơ quan chủ trì) in the catalogue. */
  leadAgencies: Array<Agency>;
  /** How the figure is computed from data the hub holds. */
  measure: Maybe<Scalars['String']['output']>;
  /** How the target was read where the decision is not exact. */
  note: Maybe<Scalars['String']['output']>;
  /** Section of the decision it comes from, e.g. "II.2.g". */
  ref: Maybe<Scalars['String']['output']>;
  /** Unit of `value`, e.g. "percent". */
  unit: Scalars['String']['output'];
  /** Target value, in `unit`. */
  value: Scalars['Float']['output'];
};

/** Level of political theory training (trình độ lý luận chính trị). */
export type PoliticalTheoryLevel =
  /** Advanced (cao cấp, cử nhân). */
  | 'ADVANCED'
  /** Elementary (sơ cấp). */
  | 'ELEMENTARY'
  /** Intermediate (trung cấp). */
  | 'INTERMEDIATE';

/** Dossier figures of one procedure in one year, all agencies together (thống kê hồ sơ theo thủ tục). */
export type ProcedureDossierStats = {
  __typename?: 'ProcedureDossierStats';
  /** Percent (0–100) resolved on time; null when none was resolved. */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** Percent (0–100) received online; null when none was received. */
  onlineRate: Maybe<Scalars['Float']['output']>;
  /** Dossiers received in the year (hồ sơ tiếp nhận). */
  received: Scalars['Int']['output'];
  /** Dossiers received online in the year (tiếp nhận trực tuyến). */
  receivedOnline: Scalars['Int']['output'];
  /** Dossiers resolved in the year (đã giải quyết). */
  resolved: Scalars['Int']['output'];
  /** Dossiers resolved in the year on or before the promised date (đúng hạn). */
  resolvedOnTime: Scalars['Int']['output'];
};

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

/** A change that simplified a procedure (đơn giản hóa thủ tục hành chính). */
export type ProcedureSimplification = {
  __typename?: 'ProcedureSimplification';
  /** Statutory processing days after the change. */
  daysAfter: Scalars['Int']['output'];
  /** Statutory processing days before the change. */
  daysBefore: Scalars['Int']['output'];
  /** Date of the decision simplifying it. */
  decidedOn: Scalars['Date']['output'];
  /** What was simplified, in Vietnamese. */
  note: Scalars['String']['output'];
};

/** One entry of the public-finance subgraph's audit log (nhật ký kiểm tra): a write or a read of personal data. */
export type PublicFinanceAuditEntry = {
  __typename?: 'PublicFinanceAuditEntry';
  /** Write or personal-data read. */
  action: AuditAction;
  /** For writes, the values after, as JSON text; null for reads. */
  after: Maybe<Scalars['String']['output']>;
  /** Agency the caller was limited to, if any (cơ quan). */
  agencyId: Maybe<Scalars['ID']['output']>;
  /** When it happened, ISO 8601 in UTC (thời điểm). */
  at: Scalars['String']['output'];
  /** For writes, the values before, as JSON text; null for creations and reads. */
  before: Maybe<Scalars['String']['output']>;
  /** Sequence number of the entry; later entries have larger numbers. */
  id: Scalars['ID']['output'];
  /** Ids of the objects concerned. */
  objectIds: Array<Scalars['ID']['output']>;
  /** Kind of the objects concerned, e.g. `CivilServant`. */
  objectType: Scalars['String']['output'];
  /** The GraphQL field that did it, e.g. `recordTrainingCompletion`. */
  operation: Scalars['String']['output'];
  /** Request id that ties the entry to gateway and service logs. */
  requestId: Maybe<Scalars['String']['output']>;
  /** Roles the caller held. */
  roles: Array<Scalars['String']['output']>;
  /** Token subject of the caller (người thực hiện). */
  subject: Maybe<Scalars['String']['output']>;
};

/** A page of PublicFinanceAuditEntry items (Relay connection). */
export type PublicFinanceAuditEntryConnection = {
  __typename?: 'PublicFinanceAuditEntryConnection';
  /** The items of this page. */
  edges: Array<PublicFinanceAuditEntryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PublicFinanceAuditEntry of a page, with its cursor. */
export type PublicFinanceAuditEntryEdge = {
  __typename?: 'PublicFinanceAuditEntryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The PublicFinanceAuditEntry. */
  node: PublicFinanceAuditEntry;
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

/** An agency's certification of its quality management system to TCVN ISO 9001 (chứng nhận hệ thống quản lý chất lượng). */
export type QualityCertification = {
  __typename?: 'QualityCertification';
  /** Date certified (ngày cấp). */
  certifiedOn: Scalars['Date']['output'];
  /** Certification body (tổ chức chứng nhận). */
  certifier: Maybe<Scalars['String']['output']>;
  /** Date the certificate expires (ngày hết hạn), when stated. */
  expiresOn: Maybe<Scalars['Date']['output']>;
  /** Standard version, e.g. "TCVN ISO 9001:2015" (phiên bản tiêu chuẩn). */
  standard: Scalars['String']['output'];
  /** Whether the certificate is in force today (còn hiệu lực). */
  valid: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One procedure by code; null when the catalogue has no such code. */
  administrativeProcedure: Maybe<AdministrativeProcedure>;
  /** The procedure catalogue (bộ TTHC), filtered, ordered by code, one keyset page at a time. */
  administrativeProcedures: AdministrativeProcedureConnection;
  /** One unit by national code, as in force on `asOf` (default today; a unit no longer in force shows its last version). Null for an unknown code. */
  administrativeUnit: Maybe<AdministrativeUnit>;
  /** Units in force on `asOf` (default today), optionally of one level and/or directly under one parent unit. */
  administrativeUnits: Array<AdministrativeUnit>;
  /** Agencies matching a filter, one keyset page at a time. */
  agencies: AgencyConnection;
  /** One agency by id; null when no agency has that id. */
  agency: Maybe<Agency>;
  /** Public service units per autonomy group and year (phân loại mức độ tự chủ), counted in the database; years without assessments are left out. */
  autonomyDistribution: Array<AutonomyDistributionRow>;
  /** Province-wide estimates and settlements by year and category (tổng hợp dự toán, quyết toán ngân sách), summed in the database. */
  budgetSummary: Array<BudgetSummaryRow>;
  /** One personnel record by id; null when none has that id. */
  civilServant: Maybe<CivilServant>;
  /** Personnel matching a filter, sorted by name, one keyset page at a time. */
  civilServants: CivilServantConnection;
  /** The civil-servants subgraph's audit log, newest first: every write and every read of personal data. Administrators only. */
  civilServantsAuditLog: CivilServantsAuditEntryConnection;
  /** One dossier by id (hồ sơ); null when none has that id. */
  dossier: Maybe<Dossier>;
  /** Dossier volumes and timeliness grouped in SQL by any of the dimensions (thống kê hồ sơ TTHC); public, aggregates only. */
  dossierStatistics: Array<DossierStatistic>;
  /** The egov-services subgraph's audit log, newest first: every write and every read of personal data. Administrators only. */
  egovServicesAuditLog: EgovServicesAuditEntryConnection;
  /** The institutions subgraph's audit log, newest first: every write and every read of personal data. Administrators only. */
  institutionsAuditLog: InstitutionsAuditEntryConnection;
  /** One legal document by id; null when none has that id. */
  legalDocument: Maybe<LegalDocument>;
  /** Legal documents matching a filter, newest first, one keyset page at a time. */
  legalDocuments: LegalDocumentConnection;
  /** PAR funding of a year by plan area, with the execution rate spent / allocated (kinh phí CCHC theo lĩnh vực); areas without funding are left out. */
  parFunding: Array<ParFundingByArea>;
  /** PAR Index ranking of a year: departments and district People's Committees, each ranked among its kind, best first. */
  parIndexRanking: Array<ParIndexRankingEntry>;
  /** The public-finance subgraph's audit log, newest first: every write and every read of personal data. Administrators only. */
  publicFinanceAuditLog: PublicFinanceAuditEntryConnection;
  /** A reform plan by the number and symbol of its decision; null when unknown. */
  reformPlan: Maybe<ReformPlan>;
  /** Headcount and training of staff in service on 31 December of a year, grouped in SQL; the groups add up to the ungrouped total (groupBy: []). */
  workforceStatistics: Array<WorkforceGroup>;
};


export type QueryAdministrativeProcedureArgs = {
  code: Scalars['ID']['input'];
};


export type QueryAdministrativeProceduresArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ProcedureFilter>;
  first: Scalars['Int']['input'];
};


export type QueryAdministrativeUnitArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
  code: Scalars['ID']['input'];
};


export type QueryAdministrativeUnitsArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
  level: InputMaybe<UnitLevel>;
  parentCode: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAgenciesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AgencyFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: AgencyOrder;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAutonomyDistributionArgs = {
  yearFrom: Scalars['Int']['input'];
  yearTo: Scalars['Int']['input'];
};


export type QueryBudgetSummaryArgs = {
  yearFrom: Scalars['Int']['input'];
  yearTo: Scalars['Int']['input'];
};


export type QueryCivilServantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCivilServantsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CivilServantFilter>;
  first: Scalars['Int']['input'];
};


export type QueryCivilServantsAuditLogArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CivilServantsAuditFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryDossierArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDossierStatisticsArgs = {
  filter: InputMaybe<DossierStatisticsFilter>;
  groupBy: Array<DossierDimension>;
};


export type QueryEgovServicesAuditLogArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<EgovServicesAuditFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryInstitutionsAuditLogArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<InstitutionsAuditFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryLegalDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLegalDocumentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<LegalDocumentFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryParFundingArgs = {
  area: InputMaybe<Scalars['Int']['input']>;
  source: InputMaybe<FundingSource>;
  year: Scalars['Int']['input'];
};


export type QueryParIndexRankingArgs = {
  kind: InputMaybe<AgencyKind>;
  year: Scalars['Int']['input'];
};


export type QueryPublicFinanceAuditLogArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PublicFinanceAuditFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryReformPlanArgs = {
  code: Scalars['ID']['input'];
};


export type QueryWorkforceStatisticsArgs = {
  filter: InputMaybe<WorkforceStatisticsFilter>;
  groupBy: Array<WorkforceDimension>;
  year: Scalars['Int']['input'];
};

/** A civil-service rank (ngạch) or a professional title (chức danh nghề nghiệp) from the catalogue. */
export type Rank = {
  __typename?: 'Rank';
  /** Rank or title code, e.g. 01.003 (chuyên viên) or V.07.03.08. */
  code: Scalars['ID']['output'];
  /** Grade of a professional title, 1 to 4 for hạng I–IV; null for ranks. */
  grade: Maybe<Scalars['Int']['output']>;
  /** Rank or professional title. */
  kind: RankKind;
  /** Lowest qualification the rank or title requires (tiêu chuẩn trình độ). */
  minQualification: Qualification;
  /** Vietnamese name, e.g. "Chuyên viên" (tên ngạch, chức danh). */
  name: Scalars['String']['output'];
};

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

/** A reform plan (kế hoạch cải cách hành chính) with its measurable targets. */
export type ReformPlan = {
  __typename?: 'ReformPlan';
  /** Number and symbol of the decision issuing it, e.g. "851/QĐ-UBND". */
  code: Scalars['ID']['output'];
  /** Date issued. */
  issuedOn: Scalars['Date']['output'];
  /** Issuing body (cơ quan ban hành). */
  issuer: Scalars['String']['output'];
  /** Last year of the plan period. */
  periodEnd: Scalars['Int']['output'];
  /** First year of the plan period. */
  periodStart: Scalars['Int']['output'];
  /** Measurable targets, in the order of the decision. */
  targets: Array<PlanTarget>;
  /** Title, in Vietnamese. */
  title: Scalars['String']['output'];
};

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

/** An agency's satisfaction survey for one year, SIPAS-style (khảo sát sự hài lòng). Factor indices are percentages 0–100. */
export type SatisfactionSurvey = {
  __typename?: 'SatisfactionSurvey';
  /** Index of access to the service (tiếp cận dịch vụ), 0–100. */
  accessIndex: Scalars['Float']['output'];
  /** Agency surveyed. */
  agencyId: Scalars['ID']['output'];
  /** Index of the civil servants serving (công chức giải quyết), 0–100. */
  civilServantIndex: Scalars['Float']['output'];
  /** Index of the handling of feedback and complaints (tiếp nhận, xử lý góp ý, phản ánh), 0–100. */
  feedbackIndex: Scalars['Float']['output'];
  /** Survey kind. */
  kind: SurveyKind;
  /** Index of the procedure itself (thủ tục hành chính), 0–100. */
  procedureIndex: Scalars['Float']['output'];
  /** Valid responses (số phiếu hợp lệ). */
  responses: Scalars['Int']['output'];
  /** Index of the result received (kết quả giải quyết), 0–100. */
  resultIndex: Scalars['Float']['output'];
  /** Percent satisfied (tỷ lệ hài lòng). */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
  /** Responses satisfied or very satisfied overall (số phiếu hài lòng). */
  satisfied: Scalars['Int']['output'];
  /** Year (năm). */
  year: Scalars['Int']['output'];
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

/** A sector office's yearly e-transaction figure (số liệu giao dịch điện tử của ngành). */
export type SectorStatistic = {
  __typename?: 'SectorStatistic';
  /** Count in all. */
  denominator: Scalars['Int']['output'];
  /** Which figure. */
  indicator: SectorIndicator;
  /** Count done electronically. */
  numerator: Scalars['Int']['output'];
  /** Percent done electronically; null when the count in all is 0. */
  rate: Maybe<Scalars['Float']['output']>;
  /** Reporting agency. */
  reportingAgencyId: Scalars['ID']['output'];
  /** Year (năm). */
  year: Scalars['Int']['output'];
};

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

/** One-stop service delivery figures for one year (kết quả giải quyết thủ tục hành chính), computed from dossiers and surveys. */
export type ServiceDelivery = {
  __typename?: 'ServiceDelivery';
  /** Percent (0–100) of resolved dossiers resolved on time (tỷ lệ đúng hạn); null when none was resolved. */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** Percent (0–100) of received dossiers received online (tỷ lệ trực tuyến); null when none was received. */
  onlineRate: Maybe<Scalars['Float']['output']>;
  /** Dossiers still open at the end of the year (or today, for the current year) whose promised date had passed, not counting dossiers waiting for a supplement (hồ sơ quá hạn đang giải quyết). */
  overdueInProgress: Scalars['Int']['output'];
  /** Dossiers received in the year (hồ sơ tiếp nhận). */
  received: Scalars['Int']['output'];
  /** Dossiers received online in the year (hồ sơ tiếp nhận trực tuyến). */
  receivedOnline: Scalars['Int']['output'];
  /** Dossiers resolved in the year (hồ sơ đã giải quyết), whenever received. */
  resolved: Scalars['Int']['output'];
  /** Dossiers resolved in the year on or before their promised date (giải quyết đúng hạn, trước hạn). */
  resolvedOnTime: Scalars['Int']['output'];
  /** Percent (0–100) of survey responses that were satisfied (tỷ lệ hài lòng), all survey kinds; null without surveys. */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
};

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

/** State management training completed, by the rank it prepares for (trình độ quản lý nhà nước). */
export type StateManagementLevel =
  /** Officer programme (chương trình chuyên viên). */
  | 'OFFICER'
  /** Principal officer programme (chương trình chuyên viên chính). */
  | 'PRINCIPAL_OFFICER'
  /** Senior officer programme (chương trình chuyên viên cao cấp). */
  | 'SENIOR_OFFICER';

/** A request to supplement a dossier; the clock stops while it is open (yêu cầu bổ sung hồ sơ). */
export type SupplementRequest = {
  __typename?: 'SupplementRequest';
  /** When the applicant supplied the dossier; null while open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Request id. */
  id: Scalars['ID']['output'];
  /** When the request was made. */
  openedAt: Scalars['DateTime']['output'];
  /** Working days the request kept the clock stopped; null while open. */
  pausedWorkingDays: Maybe<Scalars['Int']['output']>;
  /** What the applicant must supply (nội dung yêu cầu bổ sung). */
  reason: Scalars['String']['output'];
};

/** What a satisfaction survey asked about (loại khảo sát). */
export type SurveyKind =
  /** Public education services (dịch vụ giáo dục công). */
  | 'EDUCATION'
  /** Public health services (dịch vụ y tế công). */
  | 'HEALTH'
  /** Handling of administrative procedures (SIPAS, sự hài lòng về phục vụ hành chính). */
  | 'PROCEDURE';

/** A person's completion of a training course (hoàn thành khóa bồi dưỡng). */
export type TrainingCompletion = {
  __typename?: 'TrainingCompletion';
  /** The person who completed it. */
  civilServant: CivilServant;
  /** Date the person completed the course (ngày hoàn thành). */
  completedOn: Scalars['Date']['output'];
  /** The course completed. */
  course: TrainingCourse;
  /** Completion id (UUID). */
  id: Scalars['ID']['output'];
};

/** A person's completion of a training course to record. */
export type TrainingCompletionInput = {
  /** The person who completed the course. */
  civilServantId: Scalars['ID']['input'];
  /** Date of completion; not before the course starts, not in the future. */
  completedOn: Scalars['Date']['input'];
  /** The course completed. */
  courseId: Scalars['ID']['input'];
};

/** A training course (khóa đào tạo, bồi dưỡng) offered to public personnel. */
export type TrainingCourse = {
  __typename?: 'TrainingCourse';
  /** Last day of the course (ngày bế giảng). */
  endsOn: Scalars['Date']['output'];
  /** Length in teaching hours (số tiết). */
  hours: Scalars['Int']['output'];
  /** Course id (UUID). */
  id: Scalars['ID']['output'];
  /** Kind of course. */
  kind: TrainingKind;
  /** Institution that ran the course (cơ sở đào tạo), e.g. "Trường Chính trị tỉnh Hà Nam". */
  provider: Scalars['String']['output'];
  /** First day of the course (ngày khai giảng). */
  startsOn: Scalars['Date']['output'];
  /** Vietnamese title of the course (tên khóa học). */
  title: Scalars['String']['output'];
};

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

/** Workforce of an administrative unit and all its sub-units in a year: staff working there on 31 December. */
export type UnitWorkforce = {
  __typename?: 'UnitWorkforce';
  /** Sum of the approved staffing quotas of agencies in the unit and its sub-units; null when none was set. */
  approvedQuota: Maybe<Scalars['Int']['output']>;
  /** Headcount by personnel category; categories with nobody are left out. */
  byCategory: Array<CategoryCount>;
  /** People in service on 31 December whose workplace is the unit or one of its sub-units. */
  headcount: Scalars['Int']['output'];
  /** Percent (0–100) of the headcount who completed any training course in the year; null when the headcount is 0. */
  trainedShare: Maybe<Scalars['Float']['output']>;
};

/** Changes to a personnel record; only the fields given change. */
export type UpdateCivilServantInput = {
  /** Move to this agency (the editor must be allowed to write for both). */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
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
  /** Whether an impact assessment was made. */
  impactAssessed?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Workforce of an agency in a year (biên chế và nhân sự): staff in service on 31 December. */
export type Workforce = {
  __typename?: 'Workforce';
  /** Approved staffing quota for the year (biên chế được giao); null when none was set. */
  approvedQuota: Maybe<Scalars['Int']['output']>;
  /** Headcount by personnel category; categories with nobody are left out. */
  byCategory: Array<CategoryCount>;
  /** People in service on 31 December of the year (số người làm việc thực tế). */
  headcount: Scalars['Int']['output'];
  /** Percent (0–100) of the headcount who completed any training course in the year; null when the headcount is 0. */
  trainedShare: Maybe<Scalars['Float']['output']>;
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

/** One group of the workforce statistics; dimensions not grouped by are null. */
export type WorkforceGroup = {
  __typename?: 'WorkforceGroup';
  /** Agency, when grouped by AGENCY. */
  agency: Maybe<Agency>;
  /** Personnel category, when grouped by CATEGORY. */
  category: Maybe<StaffCategory>;
  /** People of the group in service on 31 December of the year. */
  headcount: Scalars['Int']['output'];
  /** Qualification, when grouped by QUALIFICATION. */
  qualification: Maybe<Qualification>;
  /** Rank or professional title, when grouped by RANK; null also for the group of staff without one. */
  rank: Maybe<Rank>;
  /** Of those, people who completed any training course in the year. */
  trained: Scalars['Int']['output'];
  /** trained as a percent (0–100) of headcount; null when the headcount is 0. */
  trainedShare: Maybe<Scalars['Float']['output']>;
};

/** How a civil-service target of the reform plan is measured from civil-servants data (chỉ tiêu xây dựng đội ngũ CBCCVC); `code` is the target code. */
export type WorkforceIndicator = Indicator & {
  __typename?: 'WorkforceIndicator';
  /** Target code, e.g. CS_LEGAL_ETHICS_TRAINED. */
  code: Scalars['ID']['output'];
  /** The measured figure for the year; null when there is no data for that year. */
  measurement: Maybe<Measurement>;
  /** Whether the measured value meets the target's comparator and value; null without a measurement. */
  met: Maybe<Scalars['Boolean']['output']>;
};


/** How a civil-service target of the reform plan is measured from civil-servants data (chỉ tiêu xây dựng đội ngũ CBCCVC); `code` is the target code. */
export type WorkforceIndicatorMeasurementArgs = {
  agencyId: InputMaybe<Scalars['ID']['input']>;
  unitCode: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/** How a civil-service target of the reform plan is measured from civil-servants data (chỉ tiêu xây dựng đội ngũ CBCCVC); `code` is the target code. */
export type WorkforceIndicatorMetArgs = {
  agencyId: InputMaybe<Scalars['ID']['input']>;
  unitCode: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

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

export type ParScorecardQueryVariables = Exact<{
  plan: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type ParScorecardQuery = { __typename?: 'Query', reformPlan: { __typename?: 'ReformPlan', code: string, title: string, periodStart: number, periodEnd: number, targets: Array<{ __typename?: 'PlanTarget', code: string, area: ReformArea, description: string, comparator: Comparator, value: number, unit: string, dueYear: number | null, annual: boolean, leadAgencies: Array<{ __typename?: 'Agency', id: string, name: string }>, indicator:
        | { __typename?: 'EgovIndicator', code: string, met: boolean | null, measurement: { __typename?: 'Measurement', value: number | null, numerator: number | null, denominator: number | null } | null }
        | { __typename?: 'InstitutionsIndicator', code: string, met: boolean | null, measurement: { __typename?: 'Measurement', value: number | null, numerator: number | null, denominator: number | null } | null }
        | { __typename?: 'WorkforceIndicator', code: string, met: boolean | null, measurement: { __typename?: 'Measurement', value: number | null, numerator: number | null, denominator: number | null } | null }
       }> } | null };

export type AgencyProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type AgencyProfileQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, administrativeUnit: { __typename?: 'AdministrativeUnit', code: string, fullName: string, level: UnitLevel }, parent: { __typename?: 'Agency', id: string, name: string } | null, parIndex: { __typename?: 'ParIndexResult', score: number, rank: number, rankOf: number } | null, workforce: { __typename?: 'Workforce', headcount: number, approvedQuota: number | null, trainedShare: number | null, byCategory: Array<{ __typename?: 'CategoryCount', category: StaffCategory, count: number }> } | null, budget: { __typename?: 'AgencyBudget', estimate: string | null, settlement: string | null, parAllocated: string | null, parSpent: string | null } | null, autonomy: { __typename?: 'Autonomy', group: AutonomyGroup, selfFinancingRate: number } | null, serviceDelivery: { __typename?: 'ServiceDelivery', received: number, resolved: number, resolvedOnTime: number, onTimeRate: number | null, onlineRate: number | null, satisfactionRate: number | null } } | null };

export type DistrictComparisonQueryVariables = Exact<{
  province: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  asOf: Scalars['Date']['input'];
}>;


export type DistrictComparisonQuery = { __typename?: 'Query', administrativeUnit: { __typename?: 'AdministrativeUnit', code: string, fullName: string, children: Array<{ __typename?: 'AdministrativeUnit', code: string, fullName: string, kind: UnitKind, level: UnitLevel, peoplesCommittee: { __typename?: 'Agency', id: string, name: string, parIndex: { __typename?: 'ParIndexResult', score: number, rank: number } | null } | null, serviceDelivery: { __typename?: 'ServiceDelivery', received: number, onTimeRate: number | null, onlineRate: number | null }, workforce: { __typename?: 'UnitWorkforce', headcount: number, trainedShare: number | null } | null }> } | null };

export type ProcedureCatalogueQueryVariables = Exact<{
  filter: InputMaybe<ProcedureFilter>;
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
}>;


export type ProcedureCatalogueQuery = { __typename?: 'Query', administrativeProcedures: { __typename?: 'AdministrativeProcedureConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AdministrativeProcedureEdge', cursor: string, node: { __typename?: 'AdministrativeProcedure', code: string, name: string, sector: string, level: UnitLevel, processingDays: number, publiclyDisclosed: boolean, implementingAgency: { __typename?: 'Agency', id: string, name: string } | null, onlineService: { __typename?: 'OnlineService', level: number, fullyOnline: boolean } | null, dossierStats: { __typename?: 'ProcedureDossierStats', received: number, onTimeRate: number | null, onlineRate: number | null } } }> } };

export type CivilServantSearchQueryVariables = Exact<{
  filter: InputMaybe<CivilServantFilter>;
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
}>;


export type CivilServantSearchQuery = { __typename?: 'Query', civilServants: { __typename?: 'CivilServantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'CivilServantEdge', node: { __typename?: 'CivilServant', id: string, fullName: string, gender: Gender, birthYear: number, category: StaffCategory, qualification: Qualification, agency: { __typename?: 'Agency', id: string, name: string, kind: AgencyKind }, rank: { __typename?: 'Rank', code: string, name: string } | null, evaluation: { __typename?: 'Evaluation', rating: EvaluationRating } | null, trainings: Array<{ __typename?: 'TrainingCompletion', completedOn: string, course: { __typename?: 'TrainingCourse', id: string, title: string, kind: TrainingKind } }> } }> } };

export type PersonnelRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonnelRecordQuery = { __typename?: 'Query', civilServant: { __typename?: 'CivilServant', id: string, fullName: string, dateOfBirth: string | null, nationalIdNumber: string | null, phone: string | null, agency: { __typename?: 'Agency', name: string } } | null };

export type DossierTrendQueryVariables = Exact<{
  filter: InputMaybe<DossierStatisticsFilter>;
  groupBy: Array<DossierDimension> | DossierDimension;
}>;


export type DossierTrendQuery = { __typename?: 'Query', dossierStatistics: Array<{ __typename?: 'DossierStatistic', year: number | null, channel: DossierChannel | null, agencyId: string | null, received: number, resolved: number, resolvedOnTime: number, onTimeRate: number | null }> };

export type RecordTrainingCompletionMutationVariables = Exact<{
  input: TrainingCompletionInput;
}>;


export type RecordTrainingCompletionMutation = { __typename?: 'Mutation', recordTrainingCompletion: { __typename?: 'TrainingCompletion', completedOn: string, course: { __typename?: 'TrainingCourse', id: string, title: string }, civilServant: { __typename?: 'CivilServant', id: string, fullName: string } } };

export type ReceiveDossierMutationVariables = Exact<{
  input: ReceiveDossierInput;
}>;


export type ReceiveDossierMutation = { __typename?: 'Mutation', receiveDossier: { __typename?: 'Dossier', id: string, status: DossierStatus, channel: DossierChannel, receivedAt: string, dueAt: string, procedure: { __typename?: 'AdministrativeProcedure', code: string, name: string } } };

export type RecordParAssessmentMutationVariables = Exact<{
  input: ParAssessmentInput;
}>;


export type RecordParAssessmentMutation = { __typename?: 'Mutation', recordParAssessment: { __typename?: 'ParAssessment', year: number, selfScore: number, appraisedScore: number, agency: { __typename?: 'Agency', id: string, name: string } } };

export type RecordBudgetSettlementMutationVariables = Exact<{
  input: BudgetSettlementInput;
}>;


export type RecordBudgetSettlementMutation = { __typename?: 'Mutation', recordBudgetSettlement: { __typename?: 'BudgetLine', year: number, category: BudgetCategory, amount: string, agency: { __typename?: 'Agency', id: string, name: string } } };


export const ParScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"dueYear"}},{"kind":"Field","name":{"kind":"Name","value":"annual"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"measurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"met"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<ParScorecardQuery, ParScorecardQueryVariables>;
export const AgencyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workforce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedQuota"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainedShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}},{"kind":"Field","name":{"kind":"Name","value":"parAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"parSpent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autonomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"selfFinancingRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyProfileQuery, AgencyProfileQueryVariables>;
export const DistrictComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"peoplesCommittee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workforce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"trainedShare"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictComparisonQuery, DistrictComparisonQueryVariables>;
export const ProcedureCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedureCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrativeProcedures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"processingDays"}},{"kind":"Field","name":{"kind":"Name","value":"publiclyDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"implementingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fullyOnline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossierStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcedureCatalogueQuery, ProcedureCatalogueQueryVariables>;
export const CivilServantSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CivilServantSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CivilServantFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civilServants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualification"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CivilServantSearchQuery, CivilServantSearchQueryVariables>;
export const PersonnelRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonnelRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civilServant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonnelRecordQuery, PersonnelRecordQueryVariables>;
export const DossierTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierStatisticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierDimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]} as unknown as DocumentNode<DossierTrendQuery, DossierTrendQueryVariables>;
export const RecordTrainingCompletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCompletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"civilServant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrainingCompletionMutation, RecordTrainingCompletionMutationVariables>;
export const ReceiveDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReceiveDossierMutation, ReceiveDossierMutationVariables>;
export const RecordParAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordParAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordParAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedScore"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordParAssessmentMutation, RecordParAssessmentMutationVariables>;
export const RecordBudgetSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBudgetSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetSettlementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBudgetSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordBudgetSettlementMutation, RecordBudgetSettlementMutationVariables>;