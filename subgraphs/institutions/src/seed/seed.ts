import { copyRows, type SeedContext } from '@par/platform';
import { agencies, procedures, reformPlan, Rng, SECTORS, stableUuid, unitChanges, unitListDates, unitSuccessions, unitVersions } from '@par/sample-data';
import { NATIONAL_DOCUMENTS, provincialDocuments, reviews, SECTOR_DOCUMENTS, type SeedDocument } from './legal-documents.seed';
import { parAssessments } from './par-index.seed';
import { procedureRows } from './procedures.seed';
import { loadPlan } from './plan.seed';

/** A PostgreSQL text[] literal (COPY's own escaping is applied on top by copyRows). */
const textArray = (items: string[]) => `{${items.map((x) => `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

const TABLES = [
  'par_component', 'par_assessment', 'plan_target_lead', 'plan_target', 'reform_plan', 'procedure_impact_assessment', 'procedure_simplification',
  'procedure_legal_basis', 'administrative_procedure', 'procedure_sector', 'legal_document_review', 'legal_document',
  'unit_list', 'agency_name', 'agency', 'unit_succession', 'unit_change_unit', 'unit_change', 'unit_version',
];

/**
 * Institutions' sample data. Units, agencies, procedures and the plan come from the shared
 * catalogue (other subgraphs key on them); legal documents, disclosure and simplification history
 * and the PAR Index are generated here, deterministically from the seed.
 */
export async function seedInstitutions({ client, seed, years, progress }: SeedContext): Promise<void> {
  await client.query(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE`);
  const rng = new Rng(seed);
  const uniform = (label: string) => {
    const r = rng.fork(label);
    return () => r.next();
  };

  const units = unitVersions();
  await copyRows(
    client,
    'unit_version',
    ['code', 'name', 'full_name', 'name_en', 'kind', 'level', 'parent_code', 'valid_from', 'valid_to', 'successor_code', 'change_note', 'change_confirmed'],
    units.map((u) => [u.code, u.name, u.fullName, u.nameEn, u.kind, u.level, u.parentCode, u.validFrom, u.validTo, u.successorCode, u.changeNote, u.changeConfirmed]),
  );
  const changes = unitChanges();
  await copyRows(client, 'unit_change', ['id', 'effective_on', 'act', 'kind', 'confirmed', 'unconfirmed', 'note', 'sources'],
    changes.map((c) => [c.id, c.effectiveOn, c.act, c.kind, c.confirmed, c.unconfirmed, c.note, textArray(c.sources)]));
  await copyRows(client, 'unit_change_unit', ['change_id', 'code'], changes.flatMap((c) => c.unitCodes.map((code) => [c.id, code])));
  await copyRows(client, 'unit_succession', ['predecessor_code', 'predecessor_valid_to', 'successor_code', 'successor_valid_from', 'share', 'change_id'],
    unitSuccessions().map((s) => [s.fromCode, s.fromValidTo, s.toCode, s.toValidFrom, s.share, s.changeId]));
  // Versions without a start date belong to the earliest list held, in force on the plan's date.
  await copyRows(client, 'unit_list', ['in_force_from', 'source'], unitListDates().map((l) => [l.inForceFrom, l.source]));
  progress('units', units.length, units.length);

  // Parents before children, so the foreign key holds row by row.
  const list = agencies();
  const byCode = new Map(list.map((a) => [a.code, a]));
  const depth = (code: string | null): number => (code ? 1 + depth(byCode.get(code)?.parentCode ?? null) : 0);
  const ordered = [...list].sort((a, b) => depth(a.parentCode) - depth(b.parentCode));
  await copyRows(
    client,
    'agency',
    ['id', 'code', 'name', 'short_name', 'kind', 'parent_id', 'unit_code', 'established_on', 'dissolved_on'],
    ordered.map((a) => [a.id, a.code, a.name, a.shortName ?? null, a.kind, a.parentCode ? byCode.get(a.parentCode)!.id : null, a.unitCode, a.establishedOn, a.dissolvedOn]),
  );
  await copyRows(client, 'agency_name', ['agency_id', 'valid_from', 'valid_to', 'name', 'short_name', 'confirmed', 'note'],
    list.flatMap((a) => a.names.map((n) => [a.id, n.validFrom, n.validTo, n.name, n.shortName, n.confirmed, n.note])));
  progress('agencies', list.length, list.length);

  const ppc = list.find((a) => a.kind === 'PROVINCIAL_PEOPLES_COMMITTEE')!;
  const province = units.find((u) => u.code === ppc.unitCode && !u.validTo) ?? units.find((u) => u.code === ppc.unitCode)!;
  const plan = reformPlan();
  const planDoc: SeedDocument = {
    numberSymbol: plan.code, kind: 'DECISION', issuer: plan.issuer, title: plan.title, issuedOn: plan.issuedOn,
    effectiveOn: plan.issuedOn, expiredOn: `${plan.periodEnd}-12-31`, normative: false, status: 'EXPIRED',
  };
  const provinceName = province.fullName.charAt(0).toLowerCase() + province.fullName.slice(1);
  const sectorDocs = Object.values(SECTOR_DOCUMENTS).flat().filter((d, i, all) => all.findIndex((x) => x.numberSymbol === d.numberSymbol) === i);
  const docs = [...NATIONAL_DOCUMENTS, ...sectorDocs, planDoc, ...provincialDocuments(plan.issuer, provinceName, years, uniform('legal'))]
    .map((d) => ({ ...d, id: stableUuid('legal-document', d.numberSymbol) }));
  await copyRows(
    client,
    'legal_document',
    ['id', 'number_symbol', 'kind', 'issuer', 'title', 'issued_on', 'effective_on', 'expired_on', 'normative', 'status'],
    docs.map((d) => [d.id, d.numberSymbol, d.kind, d.issuer, d.title, d.issuedOn, d.effectiveOn, d.expiredOn, d.normative, d.status]),
  );
  await copyRows(client, 'legal_document_review', ['document_id', 'reviewed_on', 'result', 'constitution_consistent', 'note'], reviews(docs, years[1], uniform('reviews')));
  progress('legal documents', docs.length, docs.length);

  const catalogue = procedures();
  await copyRows(client, 'procedure_sector', ['code', 'name'], SECTORS.map((x) => [x.code, x.name]));
  const rows = procedureRows(catalogue, list, docs, SECTOR_DOCUMENTS, uniform('procedures'));
  await copyRows(
    client,
    'administrative_procedure',
    ['code', 'name', 'sector_code', 'level', 'implementing_agency_id', 'processing_days', 'fee', 'disclosed_on', 'interconnected', 'issued_on', 'abolished_on'],
    rows.procedures,
  );
  await copyRows(client, 'procedure_legal_basis', ['procedure_code', 'document_id'], rows.legalBasis);
  await copyRows(client, 'procedure_simplification', ['procedure_code', 'decided_on', 'days_before', 'days_after', 'note'], rows.simplifications);
  await copyRows(client, 'procedure_impact_assessment', ['procedure_code', 'draft_document', 'assessed_on', 'report_ref', 'appraised_on'], rows.assessments);
  progress('procedures', rows.procedures.length, rows.procedures.length);

  const targets = await loadPlan(client, plan, list);
  progress('plan targets', targets, targets);

  // Ranked: departments and districts that exist through the seeded years.
  const throughYears = (a: (typeof list)[number]) => (!a.establishedOn || a.establishedOn <= `${years[0]}-01-01`) && (!a.dissolvedOn || a.dissolvedOn >= `${years[1]}-12-31`);
  const ranked = list.filter((a) => (a.kind === 'DEPARTMENT' || a.kind === 'DISTRICT_PEOPLES_COMMITTEE') && throughYears(a)).map((a) => a.id);
  const par = [...parAssessments(ranked, years, uniform('par-index'))];
  await copyRows(client, 'par_assessment', ['agency_id', 'year', 'self_score', 'appraised_score', 'survey_score'], par.map((r) => r.assessment));
  await copyRows(client, 'par_component', ['agency_id', 'year', 'area', 'max_points', 'self_points', 'appraised_points'], par.flatMap((r) => r.components));
  progress('PAR Index', par.length, par.length);
}
