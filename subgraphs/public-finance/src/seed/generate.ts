import { createHash } from 'node:crypto';

/** The slice of the shared agency catalogue the finance seed needs. */
export interface SeedAgency {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  unitCode: string;
  districtCode: string | null;
  establishedOn: string | null;
  dissolvedOn: string | null;
  psuSector: 'EDUCATION' | 'HEALTH' | 'OTHER' | null;
}

/** Deterministic random numbers for one area of the seed. */
export interface SeedRandom {
  /** Uniform in [0, 1). */
  next(): number;
}

type Row = Array<string | number | boolean | null>;

const between = (r: SeedRandom, lo: number, hi: number) => lo + r.next() * (hi - lo);
const chance = (r: SeedRandom, p: number) => r.next() < p;
const day = (r: SeedRandom, year: number, monthFrom: number, monthTo: number) =>
  `${year}-${String(Math.floor(between(r, monthFrom, monthTo + 1))).padStart(2, '0')}-${String(Math.floor(between(r, 1, 29))).padStart(2, '0')}`;
/** Budgets are approved in millions of đồng; the figure travels as a decimal string, never as a float. */
const millions = (dong: number) => (BigInt(Math.max(0, Math.round(dong / 1e6))) * 1_000_000n).toString();
const BN = 1e9;

/** Ids that stay the same from one seed to the next, so re-seeding does not churn references. */
function stableId(key: string): string {
  const h = createHash('sha256').update(`public-finance:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const activeIn = (a: SeedAgency, year: number) =>
  (!a.establishedOn || a.establishedOn <= `${year}-12-31`) && (!a.dissolvedOn || a.dissolvedOn > `${year}-01-01`);

/** Per-kind size of an agency's own recurrent spending in 2016, in đồng ([low, high]). */
function recurrentRange(a: SeedAgency): [number, number] | null {
  switch (a.kind) {
    case 'PROVINCIAL_PEOPLES_COMMITTEE': return [40 * BN, 60 * BN];
    case 'DEPARTMENT': return [8 * BN, 40 * BN];
    case 'DISTRICT_PEOPLES_COMMITTEE': return [25 * BN, 50 * BN];
    case 'DISTRICT_OFFICE': return [1 * BN, 4 * BN];
    case 'COMMUNE_PEOPLES_COMMITTEE': return [3 * BN, 7 * BN];
    case 'PUBLIC_SERVICE_UNIT':
      return a.psuSector === 'HEALTH' ? [20 * BN, 120 * BN] : a.psuSector === 'EDUCATION' ? [3 * BN, 12 * BN] : [3 * BN, 15 * BN];
    default: return null; // central branches are funded by the central budget, not the province's
  }
}

/** Development investment in 2016 ([probability the agency has any, low, high]). */
function investmentRange(a: SeedAgency): [number, number, number] {
  switch (a.kind) {
    case 'PROVINCIAL_PEOPLES_COMMITTEE': return [1, 200 * BN, 500 * BN];
    case 'DEPARTMENT': return [0.5, 5 * BN, 80 * BN];
    case 'DISTRICT_PEOPLES_COMMITTEE': return [1, 50 * BN, 200 * BN];
    case 'COMMUNE_PEOPLES_COMMITTEE': return [0.6, 1 * BN, 5 * BN];
    case 'PUBLIC_SERVICE_UNIT': return [a.psuSector === 'HEALTH' ? 0.4 : 0.15, 1 * BN, 30 * BN];
    default: return [0, 0, 0];
  }
}

/** Fees and charges collected by agencies other than public service units ([probability, low, high]). */
function feeRange(a: SeedAgency): [number, number, number] {
  switch (a.kind) {
    case 'DEPARTMENT': return [0.3, 0.5 * BN, 5 * BN];
    case 'DISTRICT_PEOPLES_COMMITTEE': return [1, 2 * BN, 10 * BN];
    case 'COMMUNE_PEOPLES_COMMITTEE': return [0.8, 0.1 * BN, 0.5 * BN];
    default: return [0, 0, 0];
  }
}

/** "Ủy ban nhân dân huyện Kim Bảng" → "UBND huyện Kim Bảng": bodies are named as in the decisions. */
const short = (name: string) => name.replace(/^Ủy ban nhân dân /, 'UBND ');
const place = (name: string) => name.replace(/^Ủy ban nhân dân /, '');

/** The People's Committee an agency answers to (itself for a committee), walking up the hierarchy. */
function committeeOf(a: SeedAgency, byId: Map<string, SeedAgency>): SeedAgency | null {
  let cur: SeedAgency | undefined = a;
  for (let i = 0; cur && i < 10; i++) {
    if (cur.kind.endsWith('PEOPLES_COMMITTEE')) return cur;
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return null;
}

function approvingBodies(a: SeedAgency, byId: Map<string, SeedAgency>): { estimate: string; settlement: string } {
  const pc = committeeOf(a, byId);
  if (!pc || pc.kind === 'PROVINCIAL_PEOPLES_COMMITTEE') return { estimate: 'UBND tỉnh Hà Nam', settlement: 'Sở Tài chính tỉnh Hà Nam' };
  if (pc.kind === 'COMMUNE_PEOPLES_COMMITTEE') return { estimate: `HĐND ${place(pc.name)}`, settlement: `HĐND ${place(pc.name)}` };
  if (a.kind === 'DISTRICT_PEOPLES_COMMITTEE') return { estimate: `HĐND ${place(pc.name)}`, settlement: `HĐND ${place(pc.name)}` };
  return { estimate: short(pc.name), settlement: `Phòng Tài chính - Kế hoạch ${place(pc.name)}` };
}

/** PAR tasks of the plan's seven areas (Decision 851/QĐ-UBND part II) and who leads each. */
interface TaskPlan { area: number; task: string; lead: RegExp | 'DISTRICTS'; size: [number, number]; nonBudget?: number }
const TASKS: TaskPlan[] = [
  { area: 1, task: 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật', lead: /Tư pháp/, size: [0.2, 0.6] },
  { area: 1, task: 'Kiểm tra văn bản quy phạm pháp luật theo Hiến pháp năm 2013', lead: /Tư pháp/, size: [0.1, 0.4] },
  { area: 2, task: 'Rà soát, đơn giản hóa thủ tục hành chính', lead: /Văn phòng|Tư pháp/, size: [0.3, 0.8] },
  { area: 2, task: 'Vận hành Bộ phận tiếp nhận và trả kết quả theo cơ chế một cửa, một cửa liên thông', lead: 'DISTRICTS', size: [0.15, 0.6] },
  { area: 3, task: 'Rà soát, kiện toàn tổ chức bộ máy các cơ quan chuyên môn', lead: /Nội vụ/, size: [0.1, 0.3] },
  { area: 4, task: 'Đào tạo, bồi dưỡng cán bộ, công chức, viên chức', lead: /Nội vụ/, size: [1.5, 3.5] },
  { area: 4, task: 'Xây dựng đề án vị trí việc làm', lead: /Nội vụ/, size: [0.2, 0.5] },
  { area: 5, task: 'Hướng dẫn cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập', lead: /Tài chính/, size: [0.1, 0.3] },
  { area: 6, task: 'Xây dựng Chính quyền điện tử, dịch vụ công trực tuyến mức độ 3, 4', lead: /Thông tin và Truyền thông/, size: [3, 9], nonBudget: 0.5 },
  { area: 6, task: 'Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2008', lead: /Khoa học và Công nghệ/, size: [0.3, 1] },
  { area: 6, task: 'Phần mềm một cửa điện tử cấp huyện', lead: 'DISTRICTS', size: [0.2, 0.8] },
  { area: 7, task: 'Thông tin, tuyên truyền về cải cách hành chính', lead: /Nội vụ/, size: [0.2, 0.5], nonBudget: 0.4 },
  { area: 7, task: 'Xác định Chỉ số cải cách hành chính của các sở, huyện', lead: /Nội vụ/, size: [0.15, 0.35] },
  { area: 7, task: 'Kiểm tra công tác cải cách hành chính', lead: /Nội vụ/, size: [0.05, 0.2] },
];

export interface FinanceRows {
  agencyRef: Row[];
  parFunding: Row[];
  budgetLines: Row[];
  autonomy: Row[];
}

export const AGENCY_REF_COLUMNS = ['id', 'code', 'kind', 'parent_id', 'unit_code', 'district_code', 'psu_sector'];
export const PAR_COLUMNS = ['id', 'agency_id', 'fiscal_year', 'plan_area', 'task', 'source', 'planned', 'allocated', 'spent'];
export const BUDGET_COLUMNS = ['id', 'agency_id', 'fiscal_year', 'category', 'stage', 'amount', 'approved_on', 'approving_body'];
export const AUTONOMY_COLUMNS = ['agency_id', 'fiscal_year', 'revenue', 'recurrent_spending', 'covers_investment'];

/**
 * All finance rows for `years`, from the catalogue and one random stream per area, so changing one
 * area leaves the others as they were. Amounts grow 5–8 % a year; the last year is half settled.
 */
export function generateFinance(catalogue: SeedAgency[], years: [number, number], random: (area: string) => SeedRandom): FinanceRows {
  const agencies = [...catalogue].sort((a, b) => a.code.localeCompare(b.code));
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const yearList = Array.from({ length: years[1] - years[0] + 1 }, (_, i) => years[0] + i);
  const out: FinanceRows = {
    agencyRef: agencies.map((a) => [a.id, a.code, a.kind, a.parentId, a.unitCode, a.districtCode, a.psuSector]),
    parFunding: [],
    budgetLines: [],
    autonomy: [],
  };

  // PAR funding first: each agency's PAR budget line is the state-budget share of its tasks.
  const rp = random('par-funding');
  const parOf = new Map<string, { allocated: bigint; spent: bigint }>();
  const departments = agencies.filter((a) => a.kind === 'DEPARTMENT' || a.kind === 'PROVINCIAL_PEOPLES_COMMITTEE');
  const districts = agencies.filter((a) => a.kind === 'DISTRICT_PEOPLES_COMMITTEE');
  for (const year of yearList) {
    const t = (year - years[0]) / Math.max(1, years[1] - years[0]);
    for (const plan of TASKS) {
      const leads = plan.lead === 'DISTRICTS'
        ? districts.filter((d) => activeIn(d, year))
        : [departments.find((d) => activeIn(d, year) && (plan.lead as RegExp).test(d.name)) ?? departments.find((d) => activeIn(d, year))].filter((d): d is SeedAgency => !!d);
      for (const lead of leads) {
        const sources: Array<['STATE_BUDGET' | 'NON_BUDGET', number]> = [['STATE_BUDGET', 1]];
        if (plan.nonBudget && chance(rp, plan.nonBudget)) sources.push(['NON_BUDGET', between(rp, 0.1, 0.4)]);
        for (const [source, share] of sources) {
          const planned = between(rp, plan.size[0], plan.size[1]) * BN * share * (1 + 0.06 * (year - years[0]));
          const allocated = planned * between(rp, 0.8, 1);
          // Disbursement improves over the plan period.
          const spent = allocated * Math.min(1, between(rp, 0.72, 0.9) + 0.08 * t);
          const [p, al, sp] = [millions(planned), millions(allocated), millions(spent)];
          out.parFunding.push([stableId(`par:${lead.id}:${year}:${plan.task}:${source}`), lead.id, year, plan.area, plan.task, source, p, al, sp]);
          if (source === 'STATE_BUDGET') {
            const key = `${lead.id}:${year}`;
            const cur = parOf.get(key) ?? { allocated: 0n, spent: 0n };
            parOf.set(key, { allocated: cur.allocated + BigInt(al), spent: cur.spent + BigInt(sp) });
          }
        }
      }
    }
  }

  // Autonomy: each unit has a starting rate and a drift by sector; health units cross 100 % first.
  const ra = random('autonomy');
  const psuRate = new Map<string, { start: number; drift: number; investmentFrom: number }>();
  for (const a of agencies.filter((x) => x.kind === 'PUBLIC_SERVICE_UNIT')) {
    const [lo, hi, dLo, dHi] = a.psuSector === 'HEALTH' ? [50, 110, 6, 12] : a.psuSector === 'EDUCATION' ? [0.5, 20, 0.5, 3] : [20, 100, 4, 10];
    psuRate.set(a.id, { start: between(ra, lo, hi), drift: between(ra, dLo, dHi), investmentFrom: chance(ra, 0.5) ? years[0] + 2 + Math.floor(between(ra, 0, 3)) : Infinity });
  }

  const rb = random('budget');
  for (const a of agencies) {
    const recurrent = recurrentRange(a);
    if (!recurrent) continue;
    const bodies = approvingBodies(a, byId);
    const base = between(rb, recurrent[0], recurrent[1]);
    const growth = between(rb, 0.05, 0.08);
    const [invP, invLo, invHi] = investmentRange(a);
    const hasInvestment = chance(rb, invP);
    const invBase = between(rb, invLo, invHi);
    const [feeP, feeLo, feeHi] = feeRange(a);
    const fees = chance(rb, feeP) ? between(rb, feeLo, feeHi) : 0;
    const unit = psuRate.get(a.id);
    for (const year of yearList) {
      if (!activeIn(a, year)) continue;
      const k = year - years[0];
      const settled = year < years[1] || chance(rb, 0.5);
      const estimateOn = day(rb, year - 1, 12, 12);
      const settledOn = day(rb, year + 1, 5, 10);
      const lines: Array<[string, string, number]> = []; // category, estimate, settlement ratio
      const recurrentEstimate = millions(base * (1 + growth) ** k * between(rb, 0.97, 1.03));
      lines.push(['RECURRENT', recurrentEstimate, between(rb, 0.93, 1.01)]);
      if (hasInvestment && chance(rb, 0.85)) lines.push(['INVESTMENT', millions(invBase * between(rb, 0.6, 1.4) * (1 + growth) ** k), between(rb, 0.7, 0.98)]);
      if (unit) {
        const rate = Math.max(0, unit.start + unit.drift * k + between(rb, -3, 3));
        const revenue = millions((Number(recurrentEstimate) * rate) / 100);
        lines.push(['REVENUE', revenue, 1]);
        out.autonomy.push([a.id, year, revenue, recurrentEstimate, rate >= 100 && year >= unit.investmentFrom]);
      } else if (fees > 0) {
        lines.push(['REVENUE', millions(fees * (1 + growth) ** k * between(rb, 0.9, 1.1)), between(rb, 0.95, 1.1)]);
      }
      for (const [category, estimate, ratio] of lines) {
        out.budgetLines.push([stableId(`budget:${a.id}:${year}:${category}:E`), a.id, year, category, 'ESTIMATE', estimate, estimateOn, bodies.estimate]);
        if (settled) {
          const amount = ratio === 1 ? estimate : millions(Number(estimate) * ratio);
          out.budgetLines.push([stableId(`budget:${a.id}:${year}:${category}:S`), a.id, year, category, 'SETTLEMENT', amount, settledOn, bodies.settlement]);
        }
      }
      const par = parOf.get(`${a.id}:${year}`);
      if (par) {
        out.budgetLines.push([stableId(`budget:${a.id}:${year}:PAR:E`), a.id, year, 'PAR', 'ESTIMATE', par.allocated.toString(), estimateOn, bodies.estimate]);
        if (settled) out.budgetLines.push([stableId(`budget:${a.id}:${year}:PAR:S`), a.id, year, 'PAR', 'SETTLEMENT', par.spent.toString(), settledOn, bodies.settlement]);
      }
    }
  }
  return out;
}
