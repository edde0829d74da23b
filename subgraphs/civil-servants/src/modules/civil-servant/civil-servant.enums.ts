import { registerEnumType } from 'type-graphql';

export enum StaffCategory {
  CADRE = 'CADRE',
  CIVIL_SERVANT = 'CIVIL_SERVANT',
  PUBLIC_EMPLOYEE = 'PUBLIC_EMPLOYEE',
  COMMUNE_CADRE = 'COMMUNE_CADRE',
  COMMUNE_CIVIL_SERVANT = 'COMMUNE_CIVIL_SERVANT',
  NON_DEDICATED_COMMUNE_WORKER = 'NON_DEDICATED_COMMUNE_WORKER',
}
registerEnumType(StaffCategory, {
  name: 'StaffCategory',
  description: 'Category of public personnel (loại cán bộ, công chức, viên chức).',
  valuesConfig: {
    CADRE: { description: 'Provincial or district cadre, elected or appointed to a term (cán bộ).' },
    CIVIL_SERVANT: { description: 'Provincial or district civil servant holding a rank (công chức).' },
    PUBLIC_EMPLOYEE: { description: 'Employee of a public service unit, holding a professional title (viên chức).' },
    COMMUNE_CADRE: { description: 'Commune-level cadre (cán bộ cấp xã).' },
    COMMUNE_CIVIL_SERVANT: { description: 'Commune-level civil servant (công chức cấp xã).' },
    NON_DEDICATED_COMMUNE_WORKER: { description: 'Non-dedicated worker at commune level (người hoạt động không chuyên trách cấp xã).' },
  },
});

export enum Qualification {
  BELOW_INTERMEDIATE = 'BELOW_INTERMEDIATE',
  INTERMEDIATE = 'INTERMEDIATE',
  COLLEGE = 'COLLEGE',
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
  DOCTOR = 'DOCTOR',
}
registerEnumType(Qualification, {
  name: 'Qualification',
  description: 'Highest professional qualification (trình độ chuyên môn).',
  valuesConfig: {
    BELOW_INTERMEDIATE: { description: 'Below intermediate level (dưới trung cấp, sơ cấp).' },
    INTERMEDIATE: { description: 'Intermediate vocational level (trung cấp).' },
    COLLEGE: { description: 'College (cao đẳng).' },
    BACHELOR: { description: 'University degree (đại học).' },
    MASTER: { description: 'Master (thạc sĩ).' },
    DOCTOR: { description: 'Doctorate (tiến sĩ).' },
  },
});

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, {
  name: 'Gender',
  description: 'Gender as recorded in the personnel record (giới tính).',
  valuesConfig: { MALE: { description: 'Male (nam).' }, FEMALE: { description: 'Female (nữ).' } },
});

export enum PoliticalTheoryLevel {
  ELEMENTARY = 'ELEMENTARY',
  INTERMEDIATE = 'INTERMEDIATE',
  ADVANCED = 'ADVANCED',
}
registerEnumType(PoliticalTheoryLevel, {
  name: 'PoliticalTheoryLevel',
  description: 'Level of political theory training (trình độ lý luận chính trị).',
  valuesConfig: {
    ELEMENTARY: { description: 'Elementary (sơ cấp).' },
    INTERMEDIATE: { description: 'Intermediate (trung cấp).' },
    ADVANCED: { description: 'Advanced (cao cấp, cử nhân).' },
  },
});

export enum StateManagementLevel {
  OFFICER = 'OFFICER',
  PRINCIPAL_OFFICER = 'PRINCIPAL_OFFICER',
  SENIOR_OFFICER = 'SENIOR_OFFICER',
}
registerEnumType(StateManagementLevel, {
  name: 'StateManagementLevel',
  description: 'State management training completed, by the rank it prepares for (trình độ quản lý nhà nước).',
  valuesConfig: {
    OFFICER: { description: 'Officer programme (chương trình chuyên viên).' },
    PRINCIPAL_OFFICER: { description: 'Principal officer programme (chương trình chuyên viên chính).' },
    SENIOR_OFFICER: { description: 'Senior officer programme (chương trình chuyên viên cao cấp).' },
  },
});

export enum LeaveReason {
  RETIRED = 'RETIRED',
  DOWNSIZED = 'DOWNSIZED',
  TRANSFERRED = 'TRANSFERRED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(LeaveReason, {
  name: 'LeaveReason',
  description: 'Why a person left the service (lý do thôi việc).',
  valuesConfig: {
    RETIRED: { description: 'Retired (nghỉ hưu).' },
    DOWNSIZED: { description: 'Left under staff downsizing, Decree 108/2014/NĐ-CP (tinh giản biên chế).' },
    TRANSFERRED: { description: 'Transferred out of the province\'s personnel (chuyển công tác).' },
    DISMISSED: { description: 'Dismissed (buộc thôi việc).' },
  },
});

export enum RankKind {
  RANK = 'RANK',
  PROFESSIONAL_TITLE = 'PROFESSIONAL_TITLE',
}
registerEnumType(RankKind, {
  name: 'RankKind',
  description: 'Whether a grade is a civil-service rank or a public employee\'s professional title.',
  valuesConfig: {
    RANK: { description: 'Civil-service rank (ngạch công chức), e.g. 01.003 chuyên viên.' },
    PROFESSIONAL_TITLE: { description: 'Professional title of public employees (chức danh nghề nghiệp viên chức), graded I–IV.' },
  },
});

export enum EvaluationRating {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}
registerEnumType(EvaluationRating, {
  name: 'EvaluationRating',
  description: 'Annual rating of quality (xếp loại chất lượng hằng năm).',
  valuesConfig: {
    EXCELLENT: { description: 'Excellently completed the duties (hoàn thành xuất sắc nhiệm vụ).' },
    GOOD: { description: 'Well completed the duties (hoàn thành tốt nhiệm vụ).' },
    COMPLETED: { description: 'Completed the duties (hoàn thành nhiệm vụ).' },
    NOT_COMPLETED: { description: 'Did not complete the duties (không hoàn thành nhiệm vụ).' },
  },
});

export enum TrainingKind {
  LEGAL_KNOWLEDGE = 'LEGAL_KNOWLEDGE',
  PUBLIC_SERVICE_ETHICS = 'PUBLIC_SERVICE_ETHICS',
  SKILLS_AND_METHODS = 'SKILLS_AND_METHODS',
  PROFESSIONAL_TITLE_STANDARD = 'PROFESSIONAL_TITLE_STANDARD',
  MANAGEMENT_BEFORE_APPOINTMENT = 'MANAGEMENT_BEFORE_APPOINTMENT',
  STATE_MANAGEMENT = 'STATE_MANAGEMENT',
  POLITICAL_THEORY = 'POLITICAL_THEORY',
  SPECIALISED_SKILLS = 'SPECIALISED_SKILLS',
}
registerEnumType(TrainingKind, {
  name: 'TrainingKind',
  description: 'Kind of training course (loại khóa đào tạo, bồi dưỡng).',
  valuesConfig: {
    LEGAL_KNOWLEDGE: { description: 'Updating legal knowledge (cập nhật kiến thức pháp luật).' },
    PUBLIC_SERVICE_ETHICS: { description: 'Public-service or professional ethics (đạo đức công vụ, đạo đức nghề nghiệp).' },
    SKILLS_AND_METHODS: { description: 'Skills and methods of public duty (kỹ năng, phương pháp thực thi công vụ).' },
    PROFESSIONAL_TITLE_STANDARD: { description: 'Professional-title standard (bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp).' },
    MANAGEMENT_BEFORE_APPOINTMENT: { description: 'Management skills before appointment to a post (bồi dưỡng năng lực quản lý trước khi bổ nhiệm).' },
    STATE_MANAGEMENT: { description: 'State management programme (bồi dưỡng quản lý nhà nước).' },
    POLITICAL_THEORY: { description: 'Political theory (lý luận chính trị).' },
    SPECIALISED_SKILLS: { description: 'Specialised professional knowledge and skills (kiến thức, kỹ năng chuyên ngành).' },
  },
});

export enum AppointmentKind {
  RANK = 'RANK',
  POST = 'POST',
}
registerEnumType(AppointmentKind, {
  name: 'AppointmentKind',
  description: 'What a person is appointed to (bổ nhiệm).',
  valuesConfig: {
    RANK: { description: 'A civil-service rank or professional title (bổ nhiệm ngạch, chức danh nghề nghiệp).' },
    POST: { description: 'A leadership or management post (bổ nhiệm chức vụ lãnh đạo, quản lý).' },
  },
});
