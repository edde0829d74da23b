import { Rng } from './rng';

export type ProcedureLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type ProcedureKind = 'BUSINESS_REGISTRATION' | 'INVESTMENT_CERTIFICATE' | null;

export interface SectorRecord {
  code: string;
  name: string;
}

export interface ProcedureRecord {
  code: string;
  name: string;
  sectorCode: string;
  sectorName: string;
  level: ProcedureLevel;
  /** Province level: the department's agency code. District/commune level: every district's (commune's) office does it. */
  implementingAgencyCode: string | null;
  /** For district level: the office number within each district (see agencies' DISTRICT_OFFICES). */
  districtOfficeNumber: string | null;
  processingDays: number;
  fee: number;
  issuedOn: string;
  abolishedOn: string | null;
  impactAssessed: boolean;
  publiclyDisclosed: boolean;
  interconnected: boolean;
  kind: ProcedureKind;
}

export const SECTORS: readonly SectorRecord[] = [
  { code: 'DAU_TU', name: 'Đầu tư' },
  { code: 'DOANH_NGHIEP', name: 'Thành lập và hoạt động của doanh nghiệp' },
  { code: 'DAT_DAI', name: 'Đất đai' },
  { code: 'XAY_DUNG', name: 'Xây dựng' },
  { code: 'HO_TICH', name: 'Hộ tịch' },
  { code: 'CHUNG_THUC', name: 'Chứng thực' },
  { code: 'LAO_DONG', name: 'Lao động - Việc làm' },
  { code: 'BAO_TRO_XH', name: 'Bảo trợ xã hội' },
  { code: 'GIAO_DUC', name: 'Giáo dục và Đào tạo' },
  { code: 'Y_TE', name: 'Y tế' },
  { code: 'GIAO_THONG', name: 'Đường bộ' },
  { code: 'MOI_TRUONG', name: 'Môi trường' },
  { code: 'CONG_THUONG', name: 'Lưu thông hàng hóa trong nước' },
  { code: 'VAN_HOA', name: 'Văn hóa' },
  { code: 'NOI_VU', name: 'Thi đua - Khen thưởng' },
  { code: 'TU_PHAP', name: 'Lý lịch tư pháp' },
  { code: 'NONG_NGHIEP', name: 'Nông nghiệp' },
  { code: 'TTTT', name: 'Báo chí - Xuất bản' },
];

type Template = readonly [sector: string, level: ProcedureLevel, agency: string, days: readonly [number, number], names: readonly string[], kind?: ProcedureKind];

/** Real-looking procedure names per sector and level; variants multiply them to a catalogue's size. */
const TEMPLATES: readonly Template[] = [
  ['DAU_TU', 'PROVINCE', 'H35.05', [15, 35], ['Cấp Giấy chứng nhận đăng ký đầu tư', 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư', 'Quyết định chủ trương đầu tư của UBND tỉnh', 'Chuyển nhượng dự án đầu tư', 'Giãn tiến độ đầu tư'], 'INVESTMENT_CERTIFICATE'],
  ['DAU_TU', 'PROVINCE', 'H35.18', [10, 25], ['Cấp Giấy chứng nhận đăng ký đầu tư trong khu công nghiệp', 'Điều chỉnh dự án đầu tư trong khu công nghiệp'], 'INVESTMENT_CERTIFICATE'],
  ['DOANH_NGHIEP', 'PROVINCE', 'H35.05', [3, 5], ['Đăng ký thành lập doanh nghiệp tư nhân', 'Đăng ký thành lập công ty TNHH một thành viên', 'Đăng ký thành lập công ty TNHH hai thành viên trở lên', 'Đăng ký thành lập công ty cổ phần', 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp', 'Đăng ký hoạt động chi nhánh, văn phòng đại diện'], 'BUSINESS_REGISTRATION'],
  ['DOANH_NGHIEP', 'DISTRICT', '04', [3, 5], ['Đăng ký thành lập hộ kinh doanh', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'Tạm ngừng kinh doanh hộ kinh doanh', 'Chấm dứt hoạt động hộ kinh doanh']],
  ['DAT_DAI', 'PROVINCE', 'H35.10', [20, 45], ['Giao đất, cho thuê đất cho tổ chức', 'Chuyển mục đích sử dụng đất đối với tổ chức', 'Thu hồi đất', 'Gia hạn sử dụng đất', 'Đăng ký biến động quyền sử dụng đất của tổ chức']],
  ['DAT_DAI', 'DISTRICT', '05', [10, 30], ['Cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân', 'Chuyển mục đích sử dụng đất của hộ gia đình, cá nhân', 'Đăng ký biến động về sử dụng đất', 'Tách thửa, hợp thửa đất', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất']],
  ['DAT_DAI', 'COMMUNE', 'X', [5, 10], ['Hòa giải tranh chấp đất đai', 'Xác nhận nguồn gốc sử dụng đất']],
  ['XAY_DUNG', 'PROVINCE', 'H35.09', [15, 30], ['Cấp giấy phép xây dựng công trình cấp I, II', 'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng', 'Cấp chứng chỉ hành nghề hoạt động xây dựng', 'Thẩm định thiết kế cơ sở']],
  ['XAY_DUNG', 'DISTRICT', '12', [10, 20], ['Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Cấp giấy phép sửa chữa, cải tạo công trình', 'Điều chỉnh giấy phép xây dựng']],
  ['HO_TICH', 'COMMUNE', 'X', [1, 5], ['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Đăng ký khai tử', 'Đăng ký nhận cha, mẹ, con', 'Cấp bản sao trích lục hộ tịch', 'Đăng ký thay đổi, cải chính hộ tịch', 'Xác nhận tình trạng hôn nhân', 'Đăng ký giám hộ']],
  ['HO_TICH', 'DISTRICT', '03', [5, 15], ['Đăng ký khai sinh có yếu tố nước ngoài', 'Đăng ký kết hôn có yếu tố nước ngoài', 'Ghi vào Sổ hộ tịch việc hộ tịch đã giải quyết ở nước ngoài']],
  ['CHUNG_THUC', 'COMMUNE', 'X', [1, 2], ['Chứng thực bản sao từ bản chính', 'Chứng thực chữ ký', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản']],
  ['CHUNG_THUC', 'DISTRICT', '03', [1, 3], ['Chứng thực bản sao từ bản chính giấy tờ do cơ quan nước ngoài cấp', 'Chứng thực chữ ký người dịch']],
  ['LAO_DONG', 'PROVINCE', 'H35.14', [5, 15], ['Cấp giấy phép lao động cho người nước ngoài', 'Đăng ký nội quy lao động', 'Giải quyết hưởng trợ cấp thất nghiệp', 'Cấp giấy phép hoạt động dịch vụ việc làm']],
  ['BAO_TRO_XH', 'DISTRICT', '08', [7, 20], ['Trợ cấp xã hội hàng tháng', 'Hỗ trợ chi phí mai táng', 'Xác định mức độ khuyết tật', 'Tiếp nhận đối tượng bảo trợ xã hội']],
  ['BAO_TRO_XH', 'COMMUNE', 'X', [3, 10], ['Xác nhận hộ nghèo, hộ cận nghèo', 'Hỗ trợ khẩn cấp khi bị thiệt hại do thiên tai']],
  ['GIAO_DUC', 'PROVINCE', 'H35.08', [5, 20], ['Công nhận trường đạt chuẩn quốc gia', 'Cho phép thành lập trường trung học phổ thông tư thục', 'Cấp bản sao văn bằng, chứng chỉ', 'Chuyển trường học sinh trung học phổ thông']],
  ['GIAO_DUC', 'DISTRICT', '07', [5, 15], ['Chuyển trường học sinh trung học cơ sở', 'Cho phép trường tiểu học hoạt động giáo dục', 'Thành lập trường mầm non tư thục']],
  ['Y_TE', 'PROVINCE', 'H35.07', [10, 30], ['Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh', 'Cấp giấy phép hoạt động phòng khám đa khoa', 'Cấp giấy chứng nhận đủ điều kiện kinh doanh dược', 'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm']],
  ['GIAO_THONG', 'PROVINCE', 'H35.13', [2, 10], ['Cấp giấy phép lái xe', 'Đổi giấy phép lái xe', 'Cấp giấy phép kinh doanh vận tải bằng xe ô tô', 'Cấp phù hiệu xe ô tô kinh doanh vận tải', 'Cấp giấy phép thi công công trình trên đường bộ']],
  ['MOI_TRUONG', 'PROVINCE', 'H35.10', [15, 45], ['Thẩm định báo cáo đánh giá tác động môi trường', 'Cấp giấy phép môi trường', 'Cấp giấy phép khai thác nước dưới đất']],
  ['MOI_TRUONG', 'DISTRICT', '05', [10, 15], ['Đăng ký kế hoạch bảo vệ môi trường', 'Xác nhận đề án bảo vệ môi trường đơn giản']],
  ['CONG_THUONG', 'PROVINCE', 'H35.12', [7, 15], ['Cấp giấy phép kinh doanh bán lẻ sản phẩm rượu', 'Cấp giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu', 'Cấp giấy phép sử dụng vật liệu nổ công nghiệp']],
  ['CONG_THUONG', 'DISTRICT', '06', [7, 15], ['Cấp giấy phép bán lẻ rượu', 'Cấp giấy phép bán lẻ sản phẩm thuốc lá']],
  ['VAN_HOA', 'PROVINCE', 'H35.15', [5, 15], ['Cấp giấy phép tổ chức biểu diễn nghệ thuật', 'Cấp giấy phép kinh doanh karaoke', 'Công nhận điểm du lịch']],
  ['VAN_HOA', 'COMMUNE', 'X', [3, 10], ['Công nhận gia đình văn hóa', 'Đăng ký hoạt động thư viện tư nhân']],
  ['NOI_VU', 'PROVINCE', 'H35.02', [10, 20], ['Tặng Bằng khen của Chủ tịch UBND tỉnh', 'Thành lập hội có phạm vi hoạt động trong tỉnh', 'Công nhận ban vận động thành lập hội', 'Thi tuyển công chức']],
  ['NOI_VU', 'COMMUNE', 'X', [5, 10], ['Tặng Giấy khen của Chủ tịch UBND cấp xã', 'Đăng ký hoạt động tín ngưỡng']],
  ['TU_PHAP', 'PROVINCE', 'H35.03', [5, 15], ['Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', 'Đăng ký hoạt động Văn phòng công chứng', 'Cấp thẻ công chứng viên', 'Đăng ký hành nghề luật sư với tư cách cá nhân']],
  ['NONG_NGHIEP', 'PROVINCE', 'H35.11', [5, 20], ['Cấp giấy chứng nhận kiểm dịch động vật', 'Cấp giấy chứng nhận cơ sở an toàn dịch bệnh', 'Phê duyệt phương án khai thác thủy sản']],
  ['NONG_NGHIEP', 'DISTRICT', '06', [5, 10], ['Xác nhận kế hoạch khai thác gỗ', 'Hỗ trợ khôi phục sản xuất vùng bị thiệt hại']],
  ['TTTT', 'PROVINCE', 'H35.06', [5, 15], ['Cấp giấy phép xuất bản bản tin', 'Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp', 'Cấp giấy phép hoạt động in']],
];

const VARIANTS = ['', ' (cấp lại)', ' (điều chỉnh)', ' (trực tuyến một phần)'];
const PREFIX: Record<ProcedureLevel, string> = { PROVINCE: '1.00', DISTRICT: '2.00', COMMUNE: '1.00' };

let cache: ProcedureRecord[] | undefined;

/**
 * The procedure catalogue (~400 procedures at the three levels). Most were issued before the
 * plan; some are new each year 2016–2020 (so the impact-assessment target has data), and
 * disclosure and impact assessment improve over the years, as the reform intended.
 */
export function procedures(): ProcedureRecord[] {
  if (cache) return cache;
  const rng = new Rng('procedure-catalogue');
  const out: ProcedureRecord[] = [];
  let serial = 1200;
  for (const [sectorCode, level, agency, [minDays, maxDays], names, kind] of TEMPLATES) {
    const sector = SECTORS.find((s) => s.code === sectorCode)!;
    for (const variant of VARIANTS) {
      for (const base of names) {
        if (variant && rng.bool(0.2)) continue;
        serial += rng.int(3, 17);
        const newYear = rng.weighted<number | null>([[null, 70], [2016, 6], [2017, 6], [2018, 6], [2019, 6], [2020, 6]]);
        const issuedOn = newYear ? rng.dateInYear(newYear) : `${rng.int(2009, 2015)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
        const year = newYear ?? 2015;
        // Impact assessment of new procedures: patchy at first, universal by 2019.
        const impactAssessed = newYear ? rng.bool(Math.min(1, 0.6 + (year - 2016) * 0.15)) : rng.bool(0.4);
        out.push({
          code: `${PREFIX[level]}${String(serial).padStart(4, '0')}`,
          name: `${base}${variant}`,
          sectorCode,
          sectorName: sector.name,
          level,
          implementingAgencyCode: level === 'PROVINCE' ? agency : null,
          districtOfficeNumber: level === 'DISTRICT' ? agency : null,
          processingDays: level === 'COMMUNE' ? Math.min(maxDays, rng.int(minDays, maxDays)) : rng.int(minDays, maxDays),
          fee: rng.weighted([[0, 5], [rng.int(1, 20) * 10_000, 3], [rng.int(1, 10) * 100_000, 1]]),
          issuedOn,
          abolishedOn: !newYear && rng.bool(0.04) ? `${rng.int(2017, 2020)}-07-01` : null,
          impactAssessed,
          publiclyDisclosed: rng.bool(0.97),
          interconnected: rng.bool(0.12),
          kind: kind ?? null,
        });
      }
    }
  }
  cache = out;
  return out;
}
