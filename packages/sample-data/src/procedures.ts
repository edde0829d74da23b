import { createHash } from 'node:crypto';
import { agencyByCode, districtOffice, districtOfficeName, peoplesCommitteeOfUnit, type AgencyKind, type DistrictOfficeRole } from './agencies';
import { Rng } from './rng';
import { districtOf, resolveUnit } from './units';

export type ProcedureLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
/** The procedures the targets BUSINESS_REGISTRATION_ONLINE and INVESTMENT_CERTIFICATE_ONLINE count. */
export type ProcedureKind = 'BUSINESS_REGISTRATION' | 'INVESTMENT_CERTIFICATE' | null;

export interface SectorRecord {
  code: string;
  name: string;
  /** The provincial department answerable for the sector. */
  agencyCode: string;
}

export interface ProcedureRecord {
  /** National catalogue style: "1.001612", "2.000884". */
  code: string;
  name: string;
  sectorCode: string;
  sectorName: string;
  level: ProcedureLevel;
  /** Province level: the department (or body) that settles it. District and commune level: null, see below. */
  implementingAgencyCode: string | null;
  /** The kind of agency that settles it: DEPARTMENT, DISTRICT_OFFICE or COMMUNE_PEOPLES_COMMITTEE. */
  implementingAgencyKind: AgencyKind;
  /** District level: the role of the office that settles it in every district (see districtOffice). */
  implementingOffice: DistrictOfficeRole | null;
  /** Who settles it, in words ("Phòng Tư pháp", "Ủy ban nhân dân cấp xã", the department's name). */
  implementingOfficeName: string;
  /** The provincial department answerable for the procedure's sector: a default for every level. */
  provincialAgencyCode: string;
  /** Statutory time limit, working days. */
  processingDays: number;
  /** Fee and charge, whole đồng; 0 when free. */
  fee: number;
  /** First issued (announced in the catalogue). */
  issuedOn: string;
  abolishedOn: string | null;
  /**
   * The impact assessment of the draft that introduced it (Decree 63/2010/NĐ-CP), or null when none
   * was made. Some are dated after the procedure was issued: made, but too late to count.
   */
  impactAssessment: ImpactAssessmentRecord | null;
  publiclyDisclosed: boolean;
  /** Handled through the one-stop interconnected mechanism (một cửa liên thông). */
  interconnected: boolean;
  kind: ProcedureKind;
}

/**
 * The drafting agency's assessment report and the justice department's appraisal of it. The draft
 * document itself is named by whoever holds the procedure's legal basis (the institutions seed).
 */
export interface ImpactAssessmentRecord {
  assessedOn: string;
  /** Number and symbol of the assessment report ("17/BC-ĐGTĐ"). */
  reportRef: string;
  /** Appraised by the justice department; null when the assessment came after the procedure was issued. */
  appraisedOn: string | null;
}

export const SECTORS: readonly SectorRecord[] = [
  { code: 'DAU_TU', name: 'Đầu tư tại Việt Nam', agencyCode: 'H35.05' },
  { code: 'DOANH_NGHIEP', name: 'Thành lập và hoạt động của doanh nghiệp, hộ kinh doanh, hợp tác xã', agencyCode: 'H35.05' },
  { code: 'DAT_DAI', name: 'Đất đai', agencyCode: 'H35.10' },
  { code: 'MOI_TRUONG', name: 'Môi trường, tài nguyên nước và khoáng sản', agencyCode: 'H35.10' },
  { code: 'XAY_DUNG', name: 'Hoạt động xây dựng', agencyCode: 'H35.09' },
  { code: 'HO_TICH', name: 'Hộ tịch', agencyCode: 'H35.03' },
  { code: 'CHUNG_THUC', name: 'Chứng thực', agencyCode: 'H35.03' },
  { code: 'TU_PHAP', name: 'Bổ trợ tư pháp, lý lịch tư pháp, trợ giúp pháp lý', agencyCode: 'H35.03' },
  { code: 'LAO_DONG', name: 'Lao động, việc làm, giáo dục nghề nghiệp', agencyCode: 'H35.14' },
  { code: 'BAO_TRO_XH', name: 'Bảo trợ xã hội', agencyCode: 'H35.14' },
  { code: 'GIAO_DUC', name: 'Giáo dục và Đào tạo', agencyCode: 'H35.08' },
  { code: 'Y_TE', name: 'Y tế', agencyCode: 'H35.07' },
  { code: 'GIAO_THONG', name: 'Đường bộ, đường thủy nội địa', agencyCode: 'H35.13' },
  { code: 'CONG_THUONG', name: 'Công Thương', agencyCode: 'H35.12' },
  { code: 'VAN_HOA', name: 'Văn hóa, Thể thao và Du lịch', agencyCode: 'H35.15' },
  { code: 'NOI_VU', name: 'Nội vụ, thi đua - khen thưởng, tôn giáo', agencyCode: 'H35.02' },
  { code: 'NONG_NGHIEP', name: 'Nông nghiệp và Phát triển nông thôn', agencyCode: 'H35.11' },
  { code: 'TTTT', name: 'Thông tin và Truyền thông', agencyCode: 'H35.06' },
  { code: 'TAI_CHINH', name: 'Tài chính', agencyCode: 'H35.04' },
  { code: 'KHCN', name: 'Khoa học và Công nghệ', agencyCode: 'H35.16' },
  { code: 'KHIEU_NAI', name: 'Giải quyết khiếu nại, tố cáo', agencyCode: 'H35.17' },
];

type Fees = ReadonlyArray<readonly [amount: number, weight: number]>;

interface Template {
  sector: string;
  level: ProcedureLevel;
  /** Province: the agency code; district: the office role; commune: the commune committee. */
  by: string;
  days: readonly [number, number];
  fees?: Fees;
  kind?: ProcedureKind;
  names: readonly string[];
}

const FREE: Fees = [[0, 1]];
const SMALL: Fees = [[0, 5], [20_000, 2], [50_000, 2], [100_000, 1]];
const PERMIT: Fees = [[0, 2], [100_000, 2], [200_000, 2], [500_000, 1], [1_000_000, 1]];
const HIGH: Fees = [[0, 1], [1_000_000, 2], [2_500_000, 1], [5_000_000, 1]];

/** Real-looking procedure names by sector, level and the agency that settles them (~390 in all). */
const TEMPLATES: readonly Template[] = [
  // ── Province level ──────────────────────────────────────────────────────────────────────────
  { sector: 'DAU_TU', level: 'PROVINCE', by: 'H35.05', days: [10, 15], fees: FREE, kind: 'INVESTMENT_CERTIFICATE', names: [
    'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện quyết định chủ trương đầu tư',
    'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án thuộc diện quyết định chủ trương đầu tư',
    'Điều chỉnh Giấy chứng nhận đăng ký đầu tư',
    'Cấp lại Giấy chứng nhận đăng ký đầu tư',
    'Đổi Giấy chứng nhận đầu tư sang Giấy chứng nhận đăng ký đầu tư',
  ] },
  { sector: 'DAU_TU', level: 'PROVINCE', by: 'H35.05', days: [15, 35], fees: FREE, names: [
    'Quyết định chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh',
    'Điều chỉnh quyết định chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh',
    'Chuyển nhượng dự án đầu tư',
    'Giãn tiến độ đầu tư',
    'Tạm ngừng hoạt động của dự án đầu tư',
    'Chấm dứt hoạt động của dự án đầu tư',
    'Hiệu đính thông tin trên Giấy chứng nhận đăng ký đầu tư',
    'Thành lập văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC',
    'Đăng ký góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài',
    'Cung cấp thông tin về dự án đầu tư',
  ] },
  { sector: 'DAU_TU', level: 'PROVINCE', by: 'H35.18', days: [10, 15], fees: FREE, kind: 'INVESTMENT_CERTIFICATE', names: [
    'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu công nghiệp',
    'Điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu công nghiệp',
  ] },
  { sector: 'DAU_TU', level: 'PROVINCE', by: 'H35.18', days: [5, 20], fees: PERMIT, names: [
    'Cấp giấy phép xây dựng công trình trong khu công nghiệp',
    'Cấp giấy phép lao động cho người nước ngoài làm việc trong khu công nghiệp',
    'Đăng ký nội quy lao động của doanh nghiệp trong khu công nghiệp',
    'Xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ trong khu công nghiệp',
  ] },
  { sector: 'DOANH_NGHIEP', level: 'PROVINCE', by: 'H35.05', days: [3, 5], fees: [[0, 1], [50_000, 3], [100_000, 1]], kind: 'BUSINESS_REGISTRATION', names: [
    'Đăng ký thành lập doanh nghiệp tư nhân',
    'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên',
    'Đăng ký thành lập công ty cổ phần',
    'Đăng ký thành lập công ty hợp danh',
    'Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp',
    'Đăng ký đổi tên doanh nghiệp',
    'Đăng ký thay đổi người đại diện theo pháp luật của công ty',
    'Đăng ký thay đổi vốn điều lệ của công ty',
    'Đăng ký thay đổi thành viên công ty trách nhiệm hữu hạn hai thành viên trở lên',
    'Đăng ký thay đổi chủ sở hữu công ty trách nhiệm hữu hạn một thành viên',
    'Thông báo thay đổi ngành, nghề kinh doanh',
    'Đăng ký hoạt động chi nhánh, văn phòng đại diện',
    'Thông báo lập địa điểm kinh doanh',
    'Đăng ký chuyển đổi loại hình doanh nghiệp',
    'Cấp lại Giấy chứng nhận đăng ký doanh nghiệp',
  ] },
  { sector: 'DOANH_NGHIEP', level: 'PROVINCE', by: 'H35.05', days: [3, 5], fees: FREE, names: [
    'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo',
    'Giải thể doanh nghiệp',
    'Chấm dứt hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh',
    'Thông báo chào bán cổ phần riêng lẻ của công ty cổ phần không phải là công ty cổ phần đại chúng',
  ] },
  { sector: 'DAT_DAI', level: 'PROVINCE', by: 'H35.10', days: [15, 30], fees: PERMIT, names: [
    'Giao đất, cho thuê đất cho tổ chức không thông qua hình thức đấu giá quyền sử dụng đất',
    'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với tổ chức',
    'Gia hạn sử dụng đất đối với tổ chức',
    'Điều chỉnh quyết định thu hồi đất, giao đất, cho thuê đất của Ủy ban nhân dân cấp tỉnh',
    'Thu hồi đất do chấm dứt việc sử dụng đất theo pháp luật, tự nguyện trả lại đất',
    'Thẩm định nhu cầu sử dụng đất để xem xét giao đất, cho thuê đất',
    'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu cho tổ chức',
    'Đăng ký biến động về sử dụng đất, tài sản gắn liền với đất của tổ chức',
    'Cấp đổi Giấy chứng nhận quyền sử dụng đất cho tổ chức',
    'Đính chính Giấy chứng nhận đã cấp cho tổ chức',
    'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
    'Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
    'Cung cấp dữ liệu đất đai',
  ] },
  { sector: 'MOI_TRUONG', level: 'PROVINCE', by: 'H35.10', days: [10, 45], fees: HIGH, names: [
    'Thẩm định, phê duyệt báo cáo đánh giá tác động môi trường',
    'Kiểm tra, xác nhận hoàn thành công trình bảo vệ môi trường',
    'Thẩm định, phê duyệt phương án cải tạo, phục hồi môi trường',
    'Đăng ký chủ nguồn thải chất thải nguy hại',
    'Cấp giấy phép thăm dò nước dưới đất',
    'Cấp giấy phép khai thác, sử dụng nước dưới đất',
    'Cấp giấy phép khai thác, sử dụng nước mặt',
    'Gia hạn, điều chỉnh giấy phép khai thác, sử dụng nước mặt',
    'Cấp giấy phép xả nước thải vào nguồn nước',
    'Cấp giấy phép thăm dò khoáng sản',
    'Cấp giấy phép khai thác khoáng sản',
    'Phê duyệt đề án đóng cửa mỏ khoáng sản',
  ] },
  { sector: 'XAY_DUNG', level: 'PROVINCE', by: 'H35.09', days: [10, 30], fees: PERMIT, names: [
    'Cấp giấy phép xây dựng công trình cấp I, cấp II',
    'Điều chỉnh giấy phép xây dựng công trình cấp I, cấp II',
    'Gia hạn giấy phép xây dựng công trình cấp I, cấp II',
    'Cấp lại giấy phép xây dựng công trình cấp I, cấp II',
    'Cấp giấy phép di dời công trình',
    'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng',
    'Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở',
    'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III',
    'Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III',
    'Thẩm định nhiệm vụ, đồ án quy hoạch chi tiết xây dựng thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh',
    'Cung cấp thông tin về quy hoạch xây dựng thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh',
    'Thông báo nhà ở hình thành trong tương lai đủ điều kiện được bán, cho thuê mua',
    'Công nhận hạng nhà chung cư',
  ] },
  { sector: 'LAO_DONG', level: 'PROVINCE', by: 'H35.14', days: [3, 20], fees: SMALL, names: [
    'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    'Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động',
    'Đăng ký nội quy lao động của doanh nghiệp',
    'Gửi thỏa ước lao động tập thể cấp doanh nghiệp',
    'Giải quyết hưởng trợ cấp thất nghiệp',
    'Tạm dừng hưởng trợ cấp thất nghiệp',
    'Hỗ trợ học nghề đối với người đang hưởng trợ cấp thất nghiệp',
    'Thông báo về việc tìm kiếm việc làm hằng tháng',
    'Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp',
    'Cấp giấy phép hoạt động cho thuê lại lao động',
    'Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp đối với trường trung cấp, trung tâm giáo dục nghề nghiệp',
    'Đăng ký hợp đồng nhận lao động thực tập dưới 90 ngày',
  ] },
  { sector: 'BAO_TRO_XH', level: 'PROVINCE', by: 'H35.14', days: [10, 30], fees: FREE, names: [
    'Thành lập cơ sở trợ giúp xã hội công lập thuộc Sở Lao động - Thương binh và Xã hội',
    'Cấp giấy phép hoạt động đối với cơ sở trợ giúp xã hội có phạm vi hoạt động liên huyện',
    'Cấp giấy phép hoạt động cai nghiện ma túy tự nguyện',
    'Giải quyết chế độ ưu đãi đối với người hoạt động cách mạng, kháng chiến',
  ] },
  { sector: 'GIAO_DUC', level: 'PROVINCE', by: 'H35.08', days: [5, 20], fees: FREE, names: [
    'Cho phép thành lập trường trung học phổ thông tư thục',
    'Cho phép trường trung học phổ thông hoạt động giáo dục',
    'Sáp nhập, chia, tách trường trung học phổ thông',
    'Giải thể trường trung học phổ thông',
    'Công nhận trường trung học đạt chuẩn quốc gia',
    'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    'Chỉnh sửa nội dung văn bằng, chứng chỉ',
    'Chuyển trường đối với học sinh trung học phổ thông',
    'Xin học lại tại trường khác đối với học sinh trung học',
    'Cấp giấy chứng nhận đăng ký hoạt động trung tâm ngoại ngữ, tin học',
    'Cấp phép tổ chức hoạt động dạy thêm, học thêm có nội dung thuộc chương trình trung học phổ thông',
    'Đăng ký dự thi trung học phổ thông quốc gia',
    'Phúc khảo bài thi trung học phổ thông quốc gia',
  ] },
  { sector: 'Y_TE', level: 'PROVINCE', by: 'H35.07', days: [10, 30], fees: HIGH, names: [
    'Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người Việt Nam',
    'Cấp lại chứng chỉ hành nghề khám bệnh, chữa bệnh',
    'Cấp giấy phép hoạt động đối với phòng khám đa khoa',
    'Cấp giấy phép hoạt động đối với phòng khám chuyên khoa',
    'Điều chỉnh giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh',
    'Cấp giấy phép hoạt động đối với trạm y tế cấp xã',
    'Cấp chứng chỉ hành nghề dược',
    'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược',
    'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm thuộc ngành Y tế',
    'Cấp giấy xác nhận nội dung quảng cáo thực phẩm',
    'Cấp giấy phép hoạt động đối với cơ sở dịch vụ thẩm mỹ',
    'Công bố cơ sở đủ điều kiện sản xuất trang thiết bị y tế',
  ] },
  { sector: 'GIAO_THONG', level: 'PROVINCE', by: 'H35.13', days: [1, 15], fees: [[0, 1], [135_000, 3], [200_000, 1]], names: [
    'Cấp mới giấy phép lái xe',
    'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    'Cấp lại giấy phép lái xe',
    'Đổi giấy phép lái xe quân sự do Bộ Quốc phòng cấp',
    'Cấp giấy phép kinh doanh vận tải bằng xe ô tô',
    'Cấp lại giấy phép kinh doanh vận tải bằng xe ô tô',
    'Cấp phù hiệu xe ô tô kinh doanh vận tải',
    'Cấp giấy phép xe tập lái',
    'Cấp giấy phép đào tạo lái xe ô tô',
    'Cấp phép thi công xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ',
    'Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ',
    'Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn',
    'Đăng ký phương tiện thủy nội địa lần đầu',
    'Cấp giấy phép hoạt động bến thủy nội địa',
  ] },
  { sector: 'CONG_THUONG', level: 'PROVINCE', by: 'H35.12', days: [5, 15], fees: PERMIT, names: [
    'Cấp giấy phép bán buôn sản phẩm rượu',
    'Cấp giấy phép sản xuất rượu công nghiệp',
    'Cấp giấy phép bán buôn sản phẩm thuốc lá',
    'Cấp giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
    'Cấp giấy chứng nhận đủ điều kiện cửa hàng bán lẻ khí dầu mỏ hóa lỏng',
    'Cấp giấy phép sử dụng vật liệu nổ công nghiệp',
    'Cấp giấy phép hoạt động điện lực',
    'Đăng ký tổ chức hội chợ, triển lãm thương mại',
    'Đăng ký thực hiện khuyến mại',
    'Cấp giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài',
    'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm thuộc ngành Công Thương',
    'Xác nhận đăng ký hoạt động bán hàng đa cấp tại địa phương',
  ] },
  { sector: 'VAN_HOA', level: 'PROVINCE', by: 'H35.15', days: [3, 15], fees: PERMIT, names: [
    'Cấp giấy phép tổ chức biểu diễn nghệ thuật, trình diễn thời trang',
    'Cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    'Cấp giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường',
    'Cấp giấy phép tổ chức lễ hội',
    'Cấp giấy phép triển lãm mỹ thuật',
    'Xếp hạng di tích cấp tỉnh',
    'Công nhận điểm du lịch',
    'Cấp thẻ hướng dẫn viên du lịch nội địa',
    'Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa',
    'Công nhận hạng cơ sở lưu trú du lịch',
    'Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao',
  ] },
  { sector: 'NOI_VU', level: 'PROVINCE', by: 'H35.02', days: [5, 30], fees: FREE, names: [
    'Thẩm định thành lập đơn vị sự nghiệp công lập',
    'Thẩm định tổ chức lại, giải thể đơn vị sự nghiệp công lập',
    'Thi tuyển công chức',
    'Xét tuyển công chức',
    'Thi tuyển viên chức',
    'Thi nâng ngạch công chức',
    'Xét chuyển cán bộ, công chức cấp xã thành công chức từ cấp huyện trở lên',
    'Công nhận ban vận động thành lập hội có phạm vi hoạt động trong tỉnh',
    'Thành lập hội có phạm vi hoạt động trong tỉnh',
    'Phê duyệt điều lệ hội',
    'Chia, tách, sáp nhập, hợp nhất hội',
    'Cấp giấy phép thành lập và công nhận điều lệ quỹ',
    'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    'Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh',
    'Tặng Cờ thi đua của Ủy ban nhân dân tỉnh',
    'Đăng ký hoạt động tôn giáo có địa bàn ở nhiều huyện',
    'Chấp thuận tổ chức cuộc lễ ngoài cơ sở tôn giáo',
    'Phục vụ việc sử dụng tài liệu của độc giả tại phòng đọc',
  ] },
  { sector: 'TU_PHAP', level: 'PROVINCE', by: 'H35.03', days: [5, 20], fees: SMALL, names: [
    'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng',
    'Thành lập Văn phòng công chứng',
    'Đăng ký hoạt động Văn phòng công chứng',
    'Cấp thẻ công chứng viên',
    'Đăng ký hành nghề luật sư với tư cách cá nhân',
    'Đăng ký hoạt động của tổ chức hành nghề luật sư',
    'Đăng ký hoạt động của doanh nghiệp đấu giá tài sản',
    'Bổ nhiệm giám định viên tư pháp',
    'Thành lập Văn phòng giám định tư pháp',
    'Yêu cầu trợ giúp pháp lý',
    'Đăng ký tham gia trợ giúp pháp lý',
    'Ghi vào Sổ đăng ký nuôi con nuôi việc nuôi con nuôi đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
  ] },
  { sector: 'NONG_NGHIEP', level: 'PROVINCE', by: 'H35.11', days: [3, 20], fees: SMALL, names: [
    'Cấp giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh',
    'Cấp giấy chứng nhận cơ sở an toàn dịch bệnh động vật',
    'Cấp giấy chứng nhận đủ điều kiện vệ sinh thú y',
    'Cấp chứng chỉ hành nghề thú y',
    'Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật',
    'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản',
    'Cấp giấy chứng nhận đủ điều kiện sản xuất, kinh doanh thức ăn chăn nuôi',
    'Cấp giấy phép khai thác thủy sản',
    'Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi',
    'Phê duyệt phương án ứng phó thiên tai cho công trình, vùng hạ du đập',
    'Xét công nhận làng nghề, làng nghề truyền thống',
    'Phê duyệt thiết kế, dự toán công trình lâm sinh',
  ] },
  { sector: 'TTTT', level: 'PROVINCE', by: 'H35.06', days: [5, 15], fees: SMALL, names: [
    'Cấp giấy phép xuất bản bản tin',
    'Cấp giấy phép xuất bản tài liệu không kinh doanh',
    'Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp',
    'Cấp giấy phép hoạt động in',
    'Đăng ký hoạt động cơ sở in',
    'Cấp giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm',
    'Cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh',
  ] },
  { sector: 'TAI_CHINH', level: 'PROVINCE', by: 'H35.04', days: [3, 30], fees: FREE, names: [
    'Đăng ký mã số đơn vị có quan hệ với ngân sách',
    'Thẩm tra, phê duyệt quyết toán dự án hoàn thành sử dụng vốn nhà nước',
    'Quyết định giá thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh',
    'Đăng ký giá của doanh nghiệp',
    'Kê khai giá của doanh nghiệp',
    'Quyết định thanh lý tài sản công',
    'Xác định giá khởi điểm của tài sản công để đấu giá',
  ] },
  { sector: 'KHCN', level: 'PROVINCE', by: 'H35.16', days: [5, 20], fees: SMALL, names: [
    'Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ',
    'Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ',
    'Cấp giấy chứng nhận doanh nghiệp khoa học và công nghệ',
    'Cấp giấy phép tiến hành công việc bức xạ sử dụng thiết bị X-quang chẩn đoán trong y tế',
    'Cấp chứng chỉ nhân viên bức xạ',
    'Đăng ký công bố hợp chuẩn dựa trên kết quả chứng nhận hợp chuẩn',
    'Đăng ký công bố hợp quy đối với sản phẩm, hàng hóa',
    'Cấp giấy chứng nhận đăng ký chuyển giao công nghệ',
  ] },
  { sector: 'KHIEU_NAI', level: 'PROVINCE', by: 'H35.17', days: [30, 45], fees: FREE, names: [
    'Giải quyết khiếu nại lần đầu tại cấp tỉnh',
    'Giải quyết khiếu nại lần hai tại cấp tỉnh',
    'Giải quyết tố cáo tại cấp tỉnh',
    'Tiếp công dân tại cấp tỉnh',
    'Xử lý đơn tại cấp tỉnh',
  ] },

  // ── District level: every district's office of the role ───────────────────────────────────────
  { sector: 'DOANH_NGHIEP', level: 'DISTRICT', by: 'FINANCE_PLANNING', days: [3, 5], fees: [[0, 1], [50_000, 2], [100_000, 1]], names: [
    'Đăng ký thành lập hộ kinh doanh',
    'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
    'Chấm dứt hoạt động hộ kinh doanh',
    'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
    'Đăng ký thành lập hợp tác xã',
    'Đăng ký thay đổi tên, địa chỉ trụ sở chính, ngành nghề kinh doanh của hợp tác xã',
    'Giải thể tự nguyện hợp tác xã',
  ] },
  { sector: 'TAI_CHINH', level: 'DISTRICT', by: 'FINANCE_PLANNING', days: [10, 30], fees: FREE, names: [
    'Thẩm tra, phê duyệt quyết toán dự án hoàn thành sử dụng vốn ngân sách cấp huyện',
  ] },
  { sector: 'DAT_DAI', level: 'DISTRICT', by: 'NATURAL_RESOURCES', days: [10, 30], fees: SMALL, names: [
    'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu',
    'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất',
    'Cấp lại Giấy chứng nhận hoặc cấp lại trang bổ sung của Giấy chứng nhận do bị mất',
    'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân',
    'Giao đất, cho thuê đất cho hộ gia đình, cá nhân',
    'Gia hạn sử dụng đất nông nghiệp của hộ gia đình, cá nhân',
    'Tách thửa hoặc hợp thửa đất',
    'Đăng ký biến động quyền sử dụng đất do chuyển nhượng, thừa kế, tặng cho',
    'Đăng ký thế chấp quyền sử dụng đất của hộ gia đình, cá nhân',
    'Đính chính Giấy chứng nhận đã cấp cho hộ gia đình, cá nhân',
    'Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp huyện',
    'Thu hồi đất ở trong khu vực bị ô nhiễm môi trường có nguy cơ đe dọa tính mạng con người',
  ] },
  { sector: 'MOI_TRUONG', level: 'DISTRICT', by: 'NATURAL_RESOURCES', days: [5, 15], fees: FREE, names: [
    'Xác nhận đăng ký kế hoạch bảo vệ môi trường',
    'Xác nhận đề án bảo vệ môi trường đơn giản',
    'Đăng ký khai thác nước dưới đất',
  ] },
  { sector: 'XAY_DUNG', level: 'DISTRICT', by: 'URBAN_MANAGEMENT', days: [7, 20], fees: [[0, 1], [50_000, 3], [100_000, 2]], names: [
    'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    'Cấp giấy phép sửa chữa, cải tạo công trình',
    'Cấp giấy phép xây dựng có thời hạn',
    'Điều chỉnh giấy phép xây dựng nhà ở riêng lẻ',
    'Gia hạn giấy phép xây dựng nhà ở riêng lẻ',
    'Cấp lại giấy phép xây dựng nhà ở riêng lẻ',
    'Cấp giấy phép di dời công trình thuộc thẩm quyền cấp huyện',
    'Thẩm định báo cáo kinh tế - kỹ thuật đầu tư xây dựng',
    'Cung cấp thông tin về quy hoạch xây dựng thuộc thẩm quyền của Ủy ban nhân dân cấp huyện',
    'Thẩm định nhiệm vụ, đồ án quy hoạch chi tiết xây dựng thuộc thẩm quyền của Ủy ban nhân dân cấp huyện',
  ] },
  { sector: 'HO_TICH', level: 'DISTRICT', by: 'JUSTICE', days: [3, 15], fees: [[0, 1], [50_000, 1], [1_000_000, 2]], names: [
    'Đăng ký khai sinh có yếu tố nước ngoài',
    'Đăng ký kết hôn có yếu tố nước ngoài',
    'Đăng ký khai tử có yếu tố nước ngoài',
    'Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài',
    'Đăng ký giám hộ có yếu tố nước ngoài',
    'Đăng ký thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc',
    'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    'Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
  ] },
  { sector: 'CHUNG_THUC', level: 'DISTRICT', by: 'JUSTICE', days: [1, 3], fees: [[2_000, 2], [10_000, 2]], names: [
    'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp',
    'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp',
    'Chứng thực chữ ký trong các giấy tờ, văn bản bằng tiếng nước ngoài',
  ] },
  { sector: 'BAO_TRO_XH', level: 'DISTRICT', by: 'LABOUR', days: [5, 20], fees: FREE, names: [
    'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng',
    'Thực hiện trợ cấp xã hội hằng tháng khi đối tượng thay đổi nơi cư trú',
    'Hỗ trợ kinh phí chăm sóc, nuôi dưỡng đối tượng cần bảo vệ khẩn cấp',
    'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    'Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh',
    'Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền cấp huyện',
    'Giải quyết trợ cấp một lần đối với người có thành tích tham gia kháng chiến',
  ] },
  { sector: 'LAO_DONG', level: 'DISTRICT', by: 'LABOUR', days: [5, 15], fees: FREE, names: [
    'Hỗ trợ đào tạo trình độ sơ cấp, đào tạo dưới 3 tháng cho lao động nông thôn',
    'Hỗ trợ người lao động tìm việc làm qua sàn giao dịch việc làm cấp huyện',
  ] },
  { sector: 'GIAO_DUC', level: 'DISTRICT', by: 'EDUCATION', days: [5, 20], fees: FREE, names: [
    'Thành lập trường mầm non công lập, cho phép thành lập trường mầm non tư thục',
    'Cho phép trường mầm non hoạt động giáo dục',
    'Thành lập trường tiểu học công lập, cho phép thành lập trường tiểu học tư thục',
    'Cho phép trường tiểu học hoạt động giáo dục',
    'Thành lập trường trung học cơ sở công lập, cho phép thành lập trường trung học cơ sở tư thục',
    'Chuyển trường đối với học sinh trung học cơ sở',
    'Cấp phép tổ chức hoạt động dạy thêm, học thêm có nội dung thuộc chương trình trung học cơ sở',
    'Công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ',
  ] },
  { sector: 'Y_TE', level: 'DISTRICT', by: 'HEALTH', days: [5, 15], fees: [[0, 1], [150_000, 2], [500_000, 1]], names: [
    'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống',
    'Xác nhận kiến thức về an toàn thực phẩm',
  ] },
  { sector: 'GIAO_THONG', level: 'DISTRICT', by: 'URBAN_MANAGEMENT', days: [3, 7], fees: SMALL, names: [
    'Đăng ký lại phương tiện thủy nội địa',
    'Xóa giấy chứng nhận đăng ký phương tiện thủy nội địa',
  ] },
  { sector: 'CONG_THUONG', level: 'DISTRICT', by: 'ECONOMY', days: [7, 15], fees: [[0, 1], [200_000, 2], [400_000, 1]], names: [
    'Cấp giấy phép bán lẻ rượu',
    'Cấp lại giấy phép bán lẻ rượu',
    'Cấp giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh',
    'Cấp giấy phép bán lẻ sản phẩm thuốc lá',
  ] },
  { sector: 'VAN_HOA', level: 'DISTRICT', by: 'CULTURE', days: [5, 15], fees: FREE, names: [
    'Công nhận lần đầu cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa',
    'Công nhận xã đạt chuẩn văn hóa nông thôn mới',
    'Thông báo tổ chức lễ hội cấp huyện',
  ] },
  { sector: 'TTTT', level: 'DISTRICT', by: 'CULTURE', days: [5, 10], fees: [[0, 1], [200_000, 2]], names: [
    'Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    'Gia hạn giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
  ] },
  { sector: 'NOI_VU', level: 'DISTRICT', by: 'HOME_AFFAIRS', days: [5, 20], fees: FREE, names: [
    'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện',
    'Tặng danh hiệu Lao động tiên tiến',
    'Tặng danh hiệu Chiến sĩ thi đua cơ sở',
    'Thành lập hội có phạm vi hoạt động trong huyện',
    'Đăng ký thay đổi người đại diện của nhóm sinh hoạt tôn giáo tập trung',
    'Thông báo thuyên chuyển chức sắc, chức việc, nhà tu hành',
    'Xét tuyển viên chức giáo dục thuộc Ủy ban nhân dân cấp huyện',
  ] },
  { sector: 'NONG_NGHIEP', level: 'DISTRICT', by: 'AGRICULTURE', days: [5, 15], fees: FREE, names: [
    'Xác nhận kế hoạch khai thác gỗ, lâm sản',
    'Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh',
    'Công nhận và giao quyền quản lý cho tổ chức cộng đồng',
    'Phê duyệt kế hoạch khuyến nông địa phương',
    'Cấp giấy chứng nhận đủ điều kiện chăn nuôi trang trại quy mô vừa',
    'Hỗ trợ dự án liên kết sản xuất gắn với tiêu thụ sản phẩm',
  ] },
  { sector: 'KHIEU_NAI', level: 'DISTRICT', by: 'INSPECTORATE', days: [30, 45], fees: FREE, names: [
    'Giải quyết khiếu nại lần đầu tại cấp huyện',
    'Giải quyết khiếu nại lần hai tại cấp huyện',
    'Giải quyết tố cáo tại cấp huyện',
    'Tiếp công dân tại cấp huyện',
    'Xử lý đơn tại cấp huyện',
  ] },

  // ── Commune level: every commune's People's Committee ─────────────────────────────────────────
  { sector: 'HO_TICH', level: 'COMMUNE', by: 'COMMUNE', days: [1, 5], fees: [[0, 4], [5_000, 1], [8_000, 1]], names: [
    'Đăng ký khai sinh',
    'Đăng ký kết hôn',
    'Đăng ký khai tử',
    'Đăng ký nhận cha, mẹ, con',
    'Đăng ký khai sinh kết hợp nhận cha, mẹ, con',
    'Đăng ký lại khai sinh',
    'Đăng ký lại kết hôn',
    'Đăng ký lại khai tử',
    'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân',
    'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    'Cấp Giấy xác nhận tình trạng hôn nhân',
    'Đăng ký giám hộ',
    'Đăng ký chấm dứt giám hộ',
    'Cấp bản sao trích lục hộ tịch',
    'Đăng ký nuôi con nuôi trong nước',
    'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, hỗ trợ chi phí mai táng',
  ] },
  { sector: 'CHUNG_THUC', level: 'COMMUNE', by: 'COMMUNE', days: [1, 2], fees: [[2_000, 2], [10_000, 2], [50_000, 1]], names: [
    'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp',
    'Chứng thực chữ ký trong các giấy tờ, văn bản',
    'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở',
    'Chứng thực di chúc',
    'Chứng thực văn bản thỏa thuận phân chia di sản',
    'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
    'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',
  ] },
  { sector: 'DAT_DAI', level: 'COMMUNE', by: 'COMMUNE', days: [5, 45], fees: FREE, names: [
    'Hòa giải tranh chấp đất đai',
    'Xác nhận nguồn gốc, thời điểm sử dụng đất',
  ] },
  { sector: 'MOI_TRUONG', level: 'COMMUNE', by: 'COMMUNE', days: [5, 10], fees: FREE, names: [
    'Tham vấn cộng đồng dân cư về báo cáo đánh giá tác động môi trường',
  ] },
  { sector: 'BAO_TRO_XH', level: 'COMMUNE', by: 'COMMUNE', days: [3, 15], fees: FREE, names: [
    'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    'Đổi, cấp lại Giấy xác nhận khuyết tật',
    'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm',
    'Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm',
    'Xác nhận hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình',
    'Đăng ký nhận chăm sóc thay thế cho trẻ em',
    'Hỗ trợ khẩn cấp hộ gia đình bị thiệt hại do thiên tai',
  ] },
  { sector: 'GIAO_DUC', level: 'COMMUNE', by: 'COMMUNE', days: [5, 20], fees: FREE, names: [
    'Thành lập nhóm trẻ, lớp mẫu giáo độc lập',
    'Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục',
    'Sáp nhập, chia, tách nhóm trẻ, lớp mẫu giáo độc lập',
  ] },
  { sector: 'VAN_HOA', level: 'COMMUNE', by: 'COMMUNE', days: [3, 10], fees: FREE, names: [
    'Xét tặng danh hiệu Gia đình văn hóa hằng năm',
    'Xét tặng Giấy khen Gia đình văn hóa',
    'Đăng ký hoạt động thư viện tư nhân có vốn sách ban đầu từ 500 bản đến dưới 1.000 bản',
    'Thông báo tổ chức lễ hội cấp xã',
  ] },
  { sector: 'NOI_VU', level: 'COMMUNE', by: 'COMMUNE', days: [3, 15], fees: FREE, names: [
    'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
    'Đăng ký hoạt động tín ngưỡng',
    'Đăng ký sinh hoạt tôn giáo tập trung',
    'Thông báo danh mục hoạt động tín ngưỡng bổ sung',
  ] },
  { sector: 'NONG_NGHIEP', level: 'COMMUNE', by: 'COMMUNE', days: [3, 10], fees: FREE, names: [
    'Hỗ trợ khôi phục sản xuất cho hộ gia đình bị thiệt hại do dịch bệnh',
    'Đăng ký kê khai số lượng chăn nuôi tập trung',
  ] },
  { sector: 'KHIEU_NAI', level: 'COMMUNE', by: 'COMMUNE', days: [30, 45], fees: FREE, names: [
    'Giải quyết khiếu nại lần đầu tại cấp xã',
    'Giải quyết tố cáo tại cấp xã',
    'Tiếp công dân tại cấp xã',
    'Xử lý đơn tại cấp xã',
  ] },
];

/** Years in which a procedure can be first issued in the plan's period, and the share of each. */
const NEW_IN_YEAR: ReadonlyArray<readonly [number | null, number]> = [[null, 70], [2016, 6], [2017, 6], [2018, 6], [2019, 6], [2020, 6]];
/**
 * Impact assessment of newly issued procedures: patchy in the plan's first years, universal from
 * 2019, so the target TTHC_NEW_IMPACT_ASSESSED is missed in 2016–2017 and met in 2019–2020.
 */
const ASSESSED_SHARE: Record<number, number> = { 2016: 0.55, 2017: 0.7, 2018: 0.85, 2019: 1, 2020: 1 };
/** Of the assessments made, the share dated after the procedure was issued (too late to count). */
const LATE_SHARE: Record<number, number> = { 2016: 0.2, 2017: 0.15, 2018: 0.1, 2019: 0, 2020: 0 };
const LATE_SHARE_BEFORE_PLAN = 0.25;

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * An assessment of the draft that introduced the procedure, from the procedure's own stream: on
 * time, a few months before it was issued and appraised in between; late, some weeks after it.
 */
function impactAssessmentOf(rng: Rng, issuedOn: string, lateShare: number): ImpactAssessmentRecord {
  const reportRef = `${rng.int(1, 250)}/BC-ĐGTĐ`;
  if (rng.bool(lateShare)) return { assessedOn: addDays(issuedOn, rng.int(10, 150)), reportRef, appraisedOn: null };
  const assessedOn = addDays(issuedOn, -rng.int(45, 240));
  return { assessedOn, reportRef, appraisedOn: addDays(assessedOn, rng.int(7, 30)) };
}

/**
 * A national-style code from the procedure's level and name alone, so adding a procedure to one
 * sector never renumbers another; the rare clash moves to the next free number.
 */
function codeFor(level: ProcedureLevel, name: string, taken: Set<string>): string {
  const h = createHash('sha1').update(`procedure\u0000${level}\u0000${name}`).digest().readUInt32BE(0);
  const prefix = h % 5 < 3 ? '1' : '2';
  for (let n = 100 + ((h >>> 3) % 12_900); ; n = n === 12_999 ? 100 : n + 1) {
    const code = `${prefix}.${String(n).padStart(6, '0')}`;
    if (!taken.has(code)) return code;
  }
}

let cache: ProcedureRecord[] | undefined;

/**
 * The procedure catalogue (~390 procedures at the three levels). Most were issued before the plan;
 * some each year 2016–2020 (so "newly issued in the year" targets have data). Every procedure's
 * attributes come from its own stream, keyed by its level and name.
 */
export function procedures(): ProcedureRecord[] {
  if (cache) return cache;
  const out: ProcedureRecord[] = [];
  const taken = new Set<string>();
  const seen = new Set<string>();
  for (const t of TEMPLATES) {
    const sector = SECTORS.find((s) => s.code === t.sector);
    if (!sector) throw new Error(`procedure catalogue: unknown sector ${t.sector}`);
    for (const name of t.names) {
      if (seen.has(`${t.level}|${name}`)) throw new Error(`procedure catalogue: "${name}" twice at ${t.level} level`);
      seen.add(`${t.level}|${name}`);
      const rng = new Rng(`procedure:${t.level}:${name}`);
      const code = codeFor(t.level, name, taken);
      taken.add(code);

      const newYear = rng.weighted(NEW_IN_YEAR);
      const issuedOn = newYear ? rng.dateInYear(newYear) : rng.dateBetween('2009-01-01', '2015-12-31');
      const assessed = newYear ? rng.bool(ASSESSED_SHARE[newYear]) : rng.bool(0.35);
      const abolishedOn = !newYear && rng.bool(0.05) ? rng.dateBetween('2016-07-01', '2020-12-31') : null;
      // Only a procedure abolished before anyone got round to disclosing it stays undisclosed.
      const publiclyDisclosed = !(abolishedOn && rng.bool(0.4));
      const interconnected = name.startsWith('Liên thông') || rng.bool(t.level === 'PROVINCE' ? 0.05 : 0.1);
      const [minDays, maxDays] = t.days;
      const department = t.level === 'PROVINCE' ? agencyByCode(t.by) : undefined;
      if (t.level === 'PROVINCE' && !department) throw new Error(`procedure catalogue: unknown agency ${t.by}`);
      // Its own stream, so the attributes drawn above are what they were before assessments were records.
      const impactAssessment = assessed
        ? impactAssessmentOf(new Rng(`procedure-impact:${t.level}:${name}`), issuedOn, newYear ? LATE_SHARE[newYear] : LATE_SHARE_BEFORE_PLAN)
        : null;

      out.push({
        code,
        name,
        sectorCode: sector.code,
        sectorName: sector.name,
        level: t.level,
        implementingAgencyCode: t.level === 'PROVINCE' ? t.by : null,
        implementingAgencyKind: t.level === 'PROVINCE' ? 'DEPARTMENT' : t.level === 'DISTRICT' ? 'DISTRICT_OFFICE' : 'COMMUNE_PEOPLES_COMMITTEE',
        implementingOffice: t.level === 'DISTRICT' ? (t.by as DistrictOfficeRole) : null,
        implementingOfficeName: department ? department.name : t.level === 'DISTRICT' ? districtOfficeName(t.by as DistrictOfficeRole) : 'Ủy ban nhân dân cấp xã',
        provincialAgencyCode: t.level === 'PROVINCE' ? t.by : sector.agencyCode,
        processingDays: rng.int(minDays, maxDays),
        fee: rng.weighted(t.fees ?? FREE),
        issuedOn,
        abolishedOn,
        impactAssessment,
        publiclyDisclosed,
        interconnected,
        kind: t.kind ?? null,
      });
    }
  }
  cache = out;
  return out;
}

/**
 * The agency that settles a procedure for a unit: the department for a provincial procedure; the
 * district's office of the role for a district one; the commune's committee for a commune one.
 * `unitCode` is where the dossier is lodged (a commune or a district); with a date, a commune merged
 * away by then is served by the unit it went into.
 */
export function implementingAgencyFor(p: ProcedureRecord, unitCode: string, date?: string): string | undefined {
  if (p.level === 'PROVINCE') return p.implementingAgencyCode ?? undefined;
  const unit = date ? resolveUnit(unitCode, date) : unitCode;
  if (p.level === 'DISTRICT') {
    const district = districtOf(unit);
    return district ? districtOffice(district, p.implementingOffice!, date)?.code : undefined;
  }
  const committee = peoplesCommitteeOfUnit(unit);
  return committee?.kind === 'COMMUNE_PEOPLES_COMMITTEE' ? committee.code : undefined;
}
