/** Catalogues of the sample data: ranks, course titles, providers, posts, job positions. */
/**
 * Ranks and titles with their minimum standards (Circular 11/2014/TT-BNV for the civil-service
 * ranks: education, political theory, state-management programme; titles: education only).
 */
export const RANKS: Array<[code: string, name: string, kind: 'RANK' | 'PROFESSIONAL_TITLE', grade: number | null, minQualification: string, minPoliticalTheory: string | null, minStateManagement: string | null]> = [
  ['01.001', 'Chuyên viên cao cấp', 'RANK', null, 'BACHELOR', 'ADVANCED', 'SENIOR_OFFICER'],
  ['01.002', 'Chuyên viên chính', 'RANK', null, 'BACHELOR', 'INTERMEDIATE', 'PRINCIPAL_OFFICER'],
  ['01.003', 'Chuyên viên', 'RANK', null, 'BACHELOR', null, 'OFFICER'],
  ['01.004', 'Cán sự', 'RANK', null, 'COLLEGE', null, null],
  ['01.005', 'Nhân viên', 'RANK', null, 'INTERMEDIATE', null, null],
  ['V.07.04.10', 'Giáo viên trung học cơ sở hạng I', 'PROFESSIONAL_TITLE', 1, 'MASTER', null, null],
  ['V.07.04.11', 'Giáo viên trung học cơ sở hạng II', 'PROFESSIONAL_TITLE', 2, 'BACHELOR', null, null],
  ['V.07.04.12', 'Giáo viên trung học cơ sở hạng III', 'PROFESSIONAL_TITLE', 3, 'BACHELOR', null, null],
  ['V.07.03.07', 'Giáo viên tiểu học hạng II', 'PROFESSIONAL_TITLE', 2, 'BACHELOR', null, null],
  ['V.07.03.08', 'Giáo viên tiểu học hạng III', 'PROFESSIONAL_TITLE', 3, 'COLLEGE', null, null],
  ['V.07.03.09', 'Giáo viên tiểu học hạng IV', 'PROFESSIONAL_TITLE', 4, 'INTERMEDIATE', null, null],
  ['V.08.01.01', 'Bác sĩ cao cấp (hạng I)', 'PROFESSIONAL_TITLE', 1, 'DOCTOR', null, null],
  ['V.08.01.02', 'Bác sĩ chính (hạng II)', 'PROFESSIONAL_TITLE', 2, 'MASTER', null, null],
  ['V.08.01.03', 'Bác sĩ (hạng III)', 'PROFESSIONAL_TITLE', 3, 'BACHELOR', null, null],
  ['V.08.05.12', 'Điều dưỡng hạng III', 'PROFESSIONAL_TITLE', 3, 'BACHELOR', null, null],
  ['V.08.05.13', 'Điều dưỡng hạng IV', 'PROFESSIONAL_TITLE', 4, 'INTERMEDIATE', null, null],
  ['V.01.02.02', 'Lưu trữ viên (hạng III)', 'PROFESSIONAL_TITLE', 3, 'BACHELOR', null, null],
  ['V.06.03.03', 'Kế toán viên (hạng III)', 'PROFESSIONAL_TITLE', 3, 'BACHELOR', null, null],
];

/** Minimum standards of the leadership posts of provincial and district bodies (the province's appointment rules after Regulation 89-QĐ/TW). */
export const POST_STANDARDS: Array<[post: string, minQualification: string, minPoliticalTheory: string | null, minStateManagement: string | null]> = [
  ['Chủ tịch Ủy ban nhân dân', 'BACHELOR', 'ADVANCED', 'PRINCIPAL_OFFICER'],
  ['Phó Chủ tịch Ủy ban nhân dân', 'BACHELOR', 'ADVANCED', 'PRINCIPAL_OFFICER'],
  ['Ủy viên Ủy ban nhân dân', 'BACHELOR', 'INTERMEDIATE', 'OFFICER'],
  ['Giám đốc Sở', 'BACHELOR', 'ADVANCED', 'PRINCIPAL_OFFICER'],
  ['Phó Giám đốc Sở', 'BACHELOR', 'ADVANCED', 'PRINCIPAL_OFFICER'],
  ['Chánh Văn phòng', 'BACHELOR', 'INTERMEDIATE', 'PRINCIPAL_OFFICER'],
  ['Trưởng phòng', 'BACHELOR', 'INTERMEDIATE', 'OFFICER'],
  ['Phó Trưởng phòng', 'BACHELOR', 'INTERMEDIATE', 'OFFICER'],
];

export const TITLE_RANKS: Record<'EDUCATION' | 'HEALTH' | 'OTHER', Array<[string, number]>> = {
  EDUCATION: [['V.07.04.10', 2], ['V.07.04.11', 20], ['V.07.04.12', 25], ['V.07.03.07', 18], ['V.07.03.08', 25], ['V.07.03.09', 10]],
  HEALTH: [['V.08.01.01', 2], ['V.08.01.02', 10], ['V.08.01.03', 25], ['V.08.05.12', 28], ['V.08.05.13', 35]],
  OTHER: [['V.01.02.02', 40], ['V.06.03.03', 60]],
};

export const COURSE_TITLES: Record<string, string> = {
  LEGAL_KNOWLEDGE: 'Bồi dưỡng cập nhật kiến thức pháp luật',
  PUBLIC_SERVICE_ETHICS: 'Bồi dưỡng đạo đức công vụ, đạo đức nghề nghiệp',
  SKILLS_AND_METHODS: 'Bồi dưỡng kỹ năng, phương pháp thực thi công vụ',
  PROFESSIONAL_TITLE_STANDARD: 'Bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp',
  MANAGEMENT_BEFORE_APPOINTMENT: 'Bồi dưỡng năng lực, kỹ năng quản lý trước khi bổ nhiệm',
  STATE_MANAGEMENT: 'Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên',
  POLITICAL_THEORY: 'Trung cấp lý luận chính trị - hành chính',
  SPECIALISED_SKILLS: 'Bồi dưỡng kiến thức, kỹ năng chuyên ngành',
};

export const PROVIDERS = [
  'Trường Chính trị tỉnh Hà Nam',
  'Sở Nội vụ tỉnh Hà Nam',
  'Học viện Hành chính Quốc gia',
  'Trường Đại học Nội vụ Hà Nội',
  'Học viện Chính trị quốc gia Hồ Chí Minh',
];

export const POSTS: Record<string, string[]> = {
  CADRE: ['Chủ tịch Ủy ban nhân dân', 'Phó Chủ tịch Ủy ban nhân dân', 'Ủy viên Ủy ban nhân dân'],
  CIVIL_SERVANT: ['Giám đốc Sở', 'Phó Giám đốc Sở', 'Chánh Văn phòng', 'Trưởng phòng', 'Phó Trưởng phòng'],
  PUBLIC_EMPLOYEE: ['Hiệu trưởng', 'Phó Hiệu trưởng', 'Giám đốc', 'Trưởng khoa', 'Phó Trưởng khoa', 'Điều dưỡng trưởng'],
  COMMUNE_CADRE: ['Chủ tịch Ủy ban nhân dân xã', 'Phó Chủ tịch Ủy ban nhân dân xã'],
};

export const JOB_POSITIONS: Record<string, Array<[code: string, name: string]>> = {
  ADMIN: [['LD', 'Lãnh đạo, quản lý'], ['CM1', 'Chuyên viên tham mưu chuyên ngành'], ['CM2', 'Chuyên viên tổng hợp'], ['HT', 'Văn thư, lưu trữ, kế toán']],
  COMMUNE: [['LD', 'Lãnh đạo Ủy ban nhân dân xã'], ['VP', 'Văn phòng - thống kê'], ['TP', 'Tư pháp - hộ tịch'], ['DC', 'Địa chính - xây dựng'], ['TC', 'Tài chính - kế toán'], ['VH', 'Văn hóa - xã hội'], ['KCT', 'Người hoạt động không chuyên trách']],
  EDUCATION: [['QL', 'Quản lý trường học'], ['GV', 'Giáo viên'], ['HT', 'Hỗ trợ, phục vụ']],
  HEALTH: [['QL', 'Quản lý khoa, phòng'], ['BS', 'Bác sĩ'], ['DD', 'Điều dưỡng'], ['HT', 'Hỗ trợ, phục vụ']],
  OTHER: [['QL', 'Quản lý'], ['CM', 'Viên chức chuyên môn'], ['HT', 'Hỗ trợ, phục vụ']],
};
