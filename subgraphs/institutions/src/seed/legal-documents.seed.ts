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
export const NATIONAL_DOCUMENTS: SeedDocument[] = [
  { numberSymbol: '80/2015/QH13', kind: 'LAW', issuer: 'Quốc hội', title: 'Luật Ban hành văn bản quy phạm pháp luật', issuedOn: '2015-06-22', effectiveOn: '2016-07-01', expiredOn: null, normative: true, status: 'PARTLY_EXPIRED' },
  { numberSymbol: '77/2015/QH13', kind: 'LAW', issuer: 'Quốc hội', title: 'Luật Tổ chức chính quyền địa phương', issuedOn: '2015-06-19', effectiveOn: '2016-01-01', expiredOn: null, normative: true, status: 'PARTLY_EXPIRED' },
  { numberSymbol: '22/2008/QH12', kind: 'LAW', issuer: 'Quốc hội', title: 'Luật Cán bộ, công chức', issuedOn: '2008-11-13', effectiveOn: '2010-01-01', expiredOn: null, normative: true, status: 'PARTLY_EXPIRED' },
  { numberSymbol: '45/2013/QH13', kind: 'LAW', issuer: 'Quốc hội', title: 'Luật Đất đai', issuedOn: '2013-11-29', effectiveOn: '2014-07-01', expiredOn: '2024-07-31', normative: true, status: 'EXPIRED' },
  { numberSymbol: '50/2014/QH13', kind: 'LAW', issuer: 'Quốc hội', title: 'Luật Xây dựng', issuedOn: '2014-06-18', effectiveOn: '2015-01-01', expiredOn: null, normative: true, status: 'PARTLY_EXPIRED' },
  { numberSymbol: '68/2014/QH13', kind: 'LAW', issuer: 'Quốc hội', title: 'Luật Doanh nghiệp', issuedOn: '2014-11-26', effectiveOn: '2015-07-01', expiredOn: '2020-12-31', normative: true, status: 'EXPIRED' },
  { numberSymbol: '67/2014/QH13', kind: 'LAW', issuer: 'Quốc hội', title: 'Luật Đầu tư', issuedOn: '2014-11-26', effectiveOn: '2015-07-01', expiredOn: '2020-12-31', normative: true, status: 'EXPIRED' },
  { numberSymbol: '63/2010/NĐ-CP', kind: 'DECREE', issuer: 'Chính phủ', title: 'Nghị định về kiểm soát thủ tục hành chính', issuedOn: '2010-06-08', effectiveOn: '2010-10-14', expiredOn: null, normative: true, status: 'PARTLY_EXPIRED' },
  { numberSymbol: '92/2017/NĐ-CP', kind: 'DECREE', issuer: 'Chính phủ', title: 'Nghị định sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính', issuedOn: '2017-08-07', effectiveOn: '2017-09-25', expiredOn: null, normative: true, status: 'IN_FORCE' },
  { numberSymbol: '61/2018/NĐ-CP', kind: 'DECREE', issuer: 'Chính phủ', title: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', issuedOn: '2018-04-23', effectiveOn: '2018-06-21', expiredOn: null, normative: true, status: 'PARTLY_EXPIRED' },
  { numberSymbol: '108/2014/NĐ-CP', kind: 'DECREE', issuer: 'Chính phủ', title: 'Nghị định về chính sách tinh giản biên chế', issuedOn: '2014-11-20', effectiveOn: '2015-01-10', expiredOn: '2023-01-01', normative: true, status: 'EXPIRED' },
  { numberSymbol: '34/2016/NĐ-CP', kind: 'DECREE', issuer: 'Chính phủ', title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật', issuedOn: '2016-05-14', effectiveOn: '2016-07-01', expiredOn: null, normative: true, status: 'PARTLY_EXPIRED' },
  { numberSymbol: '30c/NQ-CP', kind: 'RESOLUTION', issuer: 'Chính phủ', title: 'Nghị quyết ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020', issuedOn: '2011-11-08', effectiveOn: '2011-11-08', expiredOn: '2020-12-31', normative: false, status: 'EXPIRED' },
];

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
