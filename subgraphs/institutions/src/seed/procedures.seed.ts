import type { CopyValue } from '@par/platform';
import type { AgencyRecord, ProcedureRecord } from '@par/sample-data';
import type { Uniform } from './par-index.seed';

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Catalogue rows with the history institutions keeps: when a disclosed procedure was disclosed
 * (mostly within weeks, some late, the lag shrinking over the years), legal bases and
 * simplifications. District and commune procedures have no single implementing agency: every
 * district's (commune's) office settles them.
 */
export function procedureRows(
  list: ProcedureRecord[],
  agencies: AgencyRecord[],
  docs: Array<{ id: string; numberSymbol: string; title: string; issuedOn: string }>,
  sectorDocs: Record<string, Array<{ numberSymbol: string }>>,
  u: Uniform,
) {
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const idOf = new Map(docs.map((d) => [d.numberSymbol, d.id]));
  const docById = new Map(docs.map((d) => [d.id, d]));
  const provincial = docs.filter((d) => /^\d+\/\d{4}\/QĐ-UBND$/.test(d.numberSymbol));

  const procedures: CopyValue[][] = [];
  const legalBasis: CopyValue[][] = [];
  const simplifications: CopyValue[][] = [];
  const assessments: CopyValue[][] = [];
  for (const p of list) {
    const year = Number(p.issuedOn.slice(0, 4));
    const agency = p.implementingAgencyCode ? byCode.get(p.implementingAgencyCode) ?? null : null;
    const late = u() < Math.max(0.02, 0.3 - (year - 2014) * 0.05);
    const disclosed = p.publiclyDisclosed ? addDays(p.issuedOn, late ? 200 + Math.floor(u() * 300) : 3 + Math.floor(u() * 40)) : null;
    procedures.push([
      p.code, p.name, p.sectorCode, p.level, agency?.id ?? null, p.processingDays, p.fee ? String(p.fee) : null,
      disclosed, p.interconnected, p.issuedOn, p.abolishedOn,
    ]);
    // The sector's law, and now and then a provincial decision that was in place when it was issued.
    const basis = new Set<string>((sectorDocs[p.sectorCode] ?? []).map((d) => idOf.get(d.numberSymbol)!));
    const local = provincial.filter((d) => d.issuedOn <= p.issuedOn);
    if (local.length && u() < 0.5) basis.add(local[Math.floor(u() * local.length)].id);
    for (const id of basis) legalBasis.push([p.code, id]);
    if (p.impactAssessment) {
      const a = p.impactAssessment;
      assessments.push([p.code, draftDocumentOf(p, [...basis].map((id) => docById.get(id)!)), a.assessedOn, a.reportRef, a.appraisedOn]);
    }
    if (u() < 0.15 && p.processingDays > 1) {
      const before = p.processingDays + 1 + Math.floor(u() * 10);
      const decided = `${Math.max(year, 2016) + Math.floor(u() * 4)}-0${1 + Math.floor(u() * 9)}-15`;
      simplifications.push([p.code, decided < p.issuedOn ? p.issuedOn : decided, before, p.processingDays, `Rút ngắn thời hạn giải quyết từ ${before} xuống ${p.processingDays} ngày làm việc`]);
    }
  }
  return { procedures, legalBasis, simplifications, assessments };
}

/**
 * The draft that introduced the procedure, named after its legal basis: the text detailing the
 * newest basis issued before it (the sector's law, or a provincial decision).
 */
function draftDocumentOf(p: ProcedureRecord, basis: Array<{ numberSymbol: string; title: string; issuedOn: string }>): string {
  const doc = basis.filter((d) => d.issuedOn <= p.issuedOn).sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0];
  return doc
    ? `Dự thảo văn bản quy định chi tiết ${doc.title} (${doc.numberSymbol}): thủ tục "${p.name}"`
    : `Dự thảo văn bản quy định thủ tục "${p.name}" lĩnh vực ${p.sectorName}`;
}
