import type { Uniform } from './par-index.seed';

export interface SeedDocument {
  numberSymbol: string;
  kind: 'LAW' | 'RESOLUTION' | 'DECREE' | 'DECISION' | 'DIRECTIVE' | 'CIRCULAR' | 'PLAN';
  issuer: string;
  title: string;
  issuedOn: string;
  effectiveOn: string | null;
  expiredOn: string | null;
  normative: boolean;
  status: 'IN_FORCE' | 'PARTLY_EXPIRED' | 'EXPIRED' | 'NOT_YET_IN_FORCE';
}

/** National documents the reform and the procedure catalogue rest on (real numbers, titles and dates). */
const law = (numberSymbol: string, title: string, issuedOn: string, effectiveOn: string, expiredOn: string | null = null): SeedDocument => ({
  numberSymbol, title, issuedOn, effectiveOn, expiredOn, normative: true,
  kind: numberSymbol.includes('/QH') ? 'LAW' : 'DECREE',
  issuer: numberSymbol.includes('/QH') ? 'Quốc hội' : 'Chính phủ',
  status: expiredOn ? 'EXPIRED' : 'IN_FORCE',
});

/** National documents the reform rests on (real numbers, titles and dates). */
export const NATIONAL_DOCUMENTS: SeedDocument[] = [
  law('80/2015/QH13', 'Luật Ban hành văn bản quy phạm pháp luật', '2015-06-22', '2016-07-01'),
  law('77/2015/QH13', 'Luật Tổ chức chính quyền địa phương', '2015-06-19', '2016-01-01'),
  law('22/2008/QH12', 'Luật Cán bộ, công chức', '2008-11-13', '2010-01-01'),
  law('63/2010/NĐ-CP', 'Nghị định về kiểm soát thủ tục hành chính', '2010-06-08', '2010-10-14'),
  law('92/2017/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính', '2017-08-07', '2017-09-25'),
  law('61/2018/NĐ-CP', 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', '2018-04-23', '2018-06-21'),
  law('108/2014/NĐ-CP', 'Nghị định về chính sách tinh giản biên chế', '2014-11-20', '2015-01-10', '2022-12-31'),
  law('34/2016/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật', '2016-05-14', '2016-07-01'),
  { numberSymbol: '30c/NQ-CP', kind: 'RESOLUTION', issuer: 'Chính phủ', title: 'Nghị quyết ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020', issuedOn: '2011-11-08', effectiveOn: '2011-11-08', expiredOn: '2020-12-31', normative: false, status: 'EXPIRED' },
];

/** The national law or decree each procedure sector of the catalogue rests on. */
export const SECTOR_DOCUMENTS: Record<string, SeedDocument[]> = {
  DAU_TU: [law('67/2014/QH13', 'Luật Đầu tư', '2014-11-26', '2015-07-01', '2020-12-31')],
  DOANH_NGHIEP: [law('68/2014/QH13', 'Luật Doanh nghiệp', '2014-11-26', '2015-07-01', '2020-12-31')],
  DAT_DAI: [law('45/2013/QH13', 'Luật Đất đai', '2013-11-29', '2014-07-01', '2024-07-31')],
  XAY_DUNG: [law('50/2014/QH13', 'Luật Xây dựng', '2014-06-18', '2015-01-01')],
  HO_TICH: [law('60/2014/QH13', 'Luật Hộ tịch', '2014-11-20', '2016-01-01')],
  CHUNG_THUC: [law('23/2015/NĐ-CP', 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch', '2015-02-16', '2015-04-10')],
  LAO_DONG: [law('10/2012/QH13', 'Bộ luật Lao động', '2012-06-18', '2013-05-01', '2020-12-31')],
  BAO_TRO_XH: [law('136/2013/NĐ-CP', 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội', '2013-10-21', '2014-01-01', '2021-06-30')],
  GIAO_DUC: [law('38/2005/QH11', 'Luật Giáo dục', '2005-06-14', '2006-01-01', '2020-06-30'), law('43/2019/QH14', 'Luật Giáo dục', '2019-06-14', '2020-07-01')],
  Y_TE: [law('40/2009/QH12', 'Luật Khám bệnh, chữa bệnh', '2009-11-23', '2011-01-01', '2023-12-31')],
  GIAO_THONG: [law('23/2008/QH12', 'Luật Giao thông đường bộ', '2008-11-13', '2009-07-01', '2024-12-31')],
  MOI_TRUONG: [law('55/2014/QH13', 'Luật Bảo vệ môi trường', '2014-06-23', '2015-01-01', '2021-12-31')],
  CONG_THUONG: [law('36/2005/QH11', 'Luật Thương mại', '2005-06-14', '2006-01-01')],
  VAN_HOA: [law('28/2001/QH10', 'Luật Di sản văn hóa', '2001-06-29', '2002-01-01')],
  NOI_VU: [law('15/2003/QH11', 'Luật Thi đua, khen thưởng', '2003-11-26', '2004-07-01')],
  TU_PHAP: [law('28/2009/QH12', 'Luật Lý lịch tư pháp', '2009-06-17', '2010-07-01')],
  NONG_NGHIEP: [law('79/2015/QH13', 'Luật Thú y', '2015-06-19', '2016-07-01')],
  TTTT: [law('103/2016/QH13', 'Luật Báo chí', '2016-04-05', '2017-01-01')],
};

const TOPICS = [
  'Quy định phân cấp quản lý tổ chức bộ máy, cán bộ, công chức, viên chức',
  'Quy chế phối hợp trong công tác kiểm soát thủ tục hành chính',
  'Quy định về bảng giá đất',
  'Quy định quản lý dự án đầu tư xây dựng',
  'Quy chế thực hiện cơ chế một cửa, một cửa liên thông',
  'Quy định về phí, lệ phí',
  'Quy chế quản lý, vận hành cổng dịch vụ công trực tuyến',
  'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở',
  'Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính',
  'Quy định về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức',
  'Quy định quản lý và sử dụng kinh phí cải cách hành chính',
  'Quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất',
];

const iso = (y: number, dayOfYear: number) => new Date(Date.UTC(y, 0, dayOfYear)).toISOString().slice(0, 10);

/** Provincial normative decisions: a handful a year, older ones partly replaced or repealed by later reviews. */
export function provincialDocuments(issuer: string, provinceName: string, years: [number, number], u: Uniform): SeedDocument[] {
  const docs: SeedDocument[] = [];
  for (let y = years[0] - 4; y <= years[1]; y++) {
    const n = 4 + Math.floor(u() * 4);
    for (let i = 0; i < n; i++) {
      const day = 10 + Math.floor(((i + u()) * 340) / n);
      const issuedOn = iso(y, day);
      const effectiveOn = iso(y, day + 10);
      const expired = y < years[1] - 2 && u() < 0.25;
      docs.push({
        numberSymbol: `${docs.length + 11}/${y}/QĐ-UBND`,
        kind: 'DECISION',
        issuer,
        title: `${TOPICS[Math.floor(u() * TOPICS.length)]} trên địa bàn ${provinceName}`,
        issuedOn,
        effectiveOn,
        expiredOn: expired ? iso(y + 2, 1 + Math.floor(u() * 300)) : null,
        normative: true,
        status: expired ? 'EXPIRED' : u() < 0.15 ? 'PARTLY_EXPIRED' : 'IN_FORCE',
      });
    }
  }
  return docs;
}

export type ReviewRow = [string, string, 'KEEP' | 'AMEND' | 'REPLACE' | 'REPEAL', boolean, string | null];

/** Reviews of provincial documents (rà soát): most kept, some amended, expired ones replaced or repealed. */
export function* reviews(docs: Array<SeedDocument & { id: string }>, lastYear: number, u: Uniform): Generator<ReviewRow> {
  for (const d of docs) {
    if (d.issuer === 'Quốc hội' || d.issuer === 'Chính phủ') continue;
    const year = Number(d.issuedOn.slice(0, 4));
    if (year >= lastYear || u() < 0.3) continue;
    const reviewedOn = iso(Math.min(lastYear, year + 1 + Math.floor(u() * 2)), 60 + Math.floor(u() * 250));
    const result = d.status === 'EXPIRED' ? (u() < 0.6 ? 'REPLACE' : 'REPEAL') : d.status === 'PARTLY_EXPIRED' ? 'AMEND' : 'KEEP';
    const consistent = result === 'KEEP' || u() < 0.7;
    yield [d.id, reviewedOn, result, consistent, result === 'KEEP' ? null : consistent ? 'Không còn phù hợp với văn bản cấp trên mới ban hành' : 'Có nội dung chưa phù hợp với Hiến pháp năm 2013'];
  }
}
