import type { CellReader, ImportError, ImporterDefinition } from '@par/platform';
import { UnitLevel } from '../modules/administrative-unit/administrative-unit.entity';
import { TODAY_IN_VIETNAM } from '../modules/procedure/impact-assessment.sql';
import { assertProcedureCode } from '../modules/procedure/procedure.service';

interface ProcedureRow {
  code: string;
  name: string;
  sectorCode: string;
  level: UnitLevel;
  agencyCode: string | null;
  processingDays: number;
  fee: bigint | null;
  disclosedOn: string | null;
  /** The impact assessment of the draft that introduced it, when the row gives one. */
  assessment: { draftDocument: string; assessedOn: string; reportRef: string; appraisedOn: string | null } | null;
  interconnected: boolean;
  issuedOn: string;
  abolishedOn: string | null;
  agencyId?: string | null;
}

const COLUMNS = ['name', 'sector_code', 'level', 'implementing_agency_id', 'processing_days', 'fee', 'disclosed_on', 'interconnected', 'issued_on', 'abolished_on'];
const ASSESSMENT_COLUMNS = ['impact_draft_document', 'impact_assessed_on', 'impact_report_ref'] as const;

/**
 * The administrative procedure catalogue (danh mục TTHC) as the justice department publishes it
 * after a provincial decision: new procedures are added, changed ones revised (version + 1), and
 * procedures not in the file are left as they are (a decision lists what it changes).
 */
export const proceduresImporter: ImporterDefinition<ProcedureRow> = {
  entity: 'procedures',
  description: 'Administrative procedures of the catalogue, by procedure code (mã TTHC).',
  columns: [
    { name: 'code', required: true, description: 'Procedure code (mã TTHC).' },
    { name: 'name', required: true, description: 'Name, in Vietnamese.' },
    { name: 'sector_code', required: true, description: 'Sector code (lĩnh vực), e.g. HO_TICH.' },
    { name: 'level', required: true, description: 'PROVINCE, DISTRICT or COMMUNE.' },
    { name: 'implementing_agency_code', required: false, description: 'Code of the implementing agency.' },
    { name: 'processing_days', required: true, description: 'Statutory processing days, 0 to 365.' },
    { name: 'fee', required: false, description: 'Fee in whole đồng; empty for none.' },
    { name: 'disclosed_on', required: false, description: 'Date publicly disclosed.' },
    { name: 'impact_draft_document', required: false, description: 'Impact assessment (Decree 63/2010/NĐ-CP): number or title of the draft document assessed; with the next two, or all three empty.' },
    { name: 'impact_assessed_on', required: false, description: 'Date of the assessment report; one after issued_on is kept but does not count as assessed.' },
    { name: 'impact_report_ref', required: false, description: 'Number and symbol of the assessment report.' },
    { name: 'impact_appraised_on', required: false, description: 'Date the justice department appraised the assessment, if it has.' },
    { name: 'interconnected', required: false, description: 'Whether handled through an interconnected one-stop shop (có/không).' },
    { name: 'issued_on', required: true, description: 'Date issued.' },
    { name: 'abolished_on', required: false, description: 'Date abolished.' },
  ],
  parse(r) {
    const code = r.text('code', { required: true, max: 100 });
    const row: ProcedureRow = {
      code: code === null ? '' : r.attempt('code', () => assertProcedureCode(code, 'code'), ''),
      name: r.text('name', { required: true, max: 1000 })!,
      sectorCode: r.text('sector_code', { required: true, max: 100 })!,
      level: r.oneOf('level', Object.values(UnitLevel), { required: true })!,
      agencyCode: r.text('implementing_agency_code', { max: 100 }),
      processingDays: r.int('processing_days', { required: true, min: 0, max: 365 })!,
      fee: r.money('fee'),
      disclosedOn: r.date('disclosed_on'),
      assessment: null,
      interconnected: r.bool('interconnected') ?? false,
      issuedOn: r.date('issued_on', { required: true })!,
      abolishedOn: r.date('abolished_on'),
    };
    if (row.issuedOn && row.abolishedOn && row.abolishedOn < row.issuedOn) r.attempt('abolished_on', () => r.fail('abolished_on', 'is before issued_on'), null);
    row.assessment = parseAssessment(r);
    return row;
  },
  key: (v) => v.code,

  async check(db, rows) {
    const errors: ImportError[] = [];
    const sectors = new Set(
      (await db.query<{ code: string }>('SELECT code FROM procedure_sector WHERE code = ANY($1::text[])', [[...new Set(rows.map((r) => r.value.sectorCode))]])).map((s) => s.code),
    );
    const agencyCodes = [...new Set(rows.flatMap((r) => (r.value.agencyCode ? [r.value.agencyCode] : [])))];
    const agencies = new Map((await db.query<{ code: string; id: string }>('SELECT code, id FROM agency WHERE code = ANY($1::text[])', [agencyCodes])).map((a) => [a.code, a.id]));
    const [{ today }] = await db.query<{ today: string }>(`SELECT to_char(${TODAY_IN_VIETNAM}, 'YYYY-MM-DD') AS today`);
    for (const { row, value: v } of rows) {
      if (!sectors.has(v.sectorCode)) errors.push({ row, column: 'sector_code', message: `no sector has code ${JSON.stringify(v.sectorCode)}` });
      if (v.agencyCode && !agencies.has(v.agencyCode)) errors.push({ row, column: 'implementing_agency_code', message: `no agency has code ${JSON.stringify(v.agencyCode)}` });
      v.agencyId = v.agencyCode ? (agencies.get(v.agencyCode) ?? null) : null;
      if (v.assessment && v.assessment.assessedOn > today) errors.push({ row, column: 'impact_assessed_on', message: 'must not be in the future' });
      if (v.assessment?.appraisedOn && v.assessment.appraisedOn > today) errors.push({ row, column: 'impact_appraised_on', message: 'must not be in the future' });
    }
    return errors;
  },

  async write(db, rows) {
    const v = rows.map((r) => r.value);
    const assessed = v.filter((x) => x.assessment);
    const changed = COLUMNS.map((c) => `p.${c}`).join(', ');
    const incoming = COLUMNS.map((c) => `EXCLUDED.${c}`).join(', ');
    const written = await db.query<{ code: string; inserted: boolean }>(
      `INSERT INTO administrative_procedure AS p (code, ${COLUMNS.join(', ')}, version)
       SELECT t.*, 1 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::int[], $7::bigint[], $8::date[], $9::bool[], $10::date[], $11::date[])
         AS t(code, ${COLUMNS.join(', ')})
       ON CONFLICT (code) DO UPDATE SET (${COLUMNS.join(', ')}) = (${incoming}), version = p.version + 1
        WHERE (${changed}) IS DISTINCT FROM (${incoming})
       RETURNING p.code, (xmax = 0) AS inserted`,
      [
        v.map((x) => x.code), v.map((x) => x.name), v.map((x) => x.sectorCode), v.map((x) => x.level), v.map((x) => x.agencyId ?? null),
        v.map((x) => x.processingDays), v.map((x) => x.fee?.toString() ?? null), v.map((x) => x.disclosedOn),
        v.map((x) => x.interconnected), v.map((x) => x.issuedOn), v.map((x) => x.abolishedOn),
      ],
    );
    // A recorded assessment gives way to the flag carried over for its procedure, as an editor's does.
    const recorded = await db.query<{ code: string }>(
      `WITH dropped AS (
         DELETE FROM procedure_impact_assessment WHERE carried_over AND procedure_code = ANY($1::text[]) RETURNING procedure_code
       ), upserted AS (
         INSERT INTO procedure_impact_assessment AS ia (procedure_code, draft_document, assessed_on, report_ref, appraised_on)
         SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::text[], $5::date[])
         ON CONFLICT (procedure_code, draft_document) DO UPDATE
           SET assessed_on = EXCLUDED.assessed_on, report_ref = EXCLUDED.report_ref, appraised_on = EXCLUDED.appraised_on, recorded_at = now()
           WHERE (ia.assessed_on, ia.report_ref, ia.appraised_on) IS DISTINCT FROM (EXCLUDED.assessed_on, EXCLUDED.report_ref, EXCLUDED.appraised_on)
         RETURNING ia.procedure_code
       )
       SELECT procedure_code AS code FROM dropped UNION SELECT procedure_code FROM upserted`,
      [
        assessed.map((x) => x.code), assessed.map((x) => x.assessment!.draftDocument), assessed.map((x) => x.assessment!.assessedOn),
        assessed.map((x) => x.assessment!.reportRef), assessed.map((x) => x.assessment!.appraisedOn),
      ],
    );
    // A procedure whose only change is its assessment still moves to a new version, as an editor's change does.
    const rowChanged = new Set(written.map((w) => w.code));
    const onlyAssessed = recorded.map((r) => r.code).filter((c) => !rowChanged.has(c));
    if (onlyAssessed.length) await db.query('UPDATE administrative_procedure SET version = version + 1 WHERE code = ANY($1::text[])', [onlyAssessed]);
    const inserted = written.filter((w) => w.inserted).length;
    return { inserted, updated: written.length - inserted + onlyAssessed.length, changed: [...rowChanged, ...onlyAssessed] };
  },
};

/** The assessment columns of a row: all of draft, date and report, or none of them. */
function parseAssessment(r: CellReader): ProcedureRow['assessment'] {
  const draftDocument = r.text('impact_draft_document', { max: 500 });
  const assessedOn = r.date('impact_assessed_on');
  const reportRef = r.text('impact_report_ref', { max: 200 });
  const appraisedOn = r.date('impact_appraised_on');
  const given = { impact_draft_document: draftDocument, impact_assessed_on: assessedOn, impact_report_ref: reportRef };
  if (ASSESSMENT_COLUMNS.every((c) => given[c] === null)) {
    if (appraisedOn) r.attempt('impact_appraised_on', () => r.fail('impact_appraised_on', 'is given without an assessment'), null);
    return null;
  }
  // A cell that did not read already has its error; only empty ones are missing.
  const missing = ASSESSMENT_COLUMNS.filter((c) => given[c] === null && !r.errors.some((e) => e.column === c));
  for (const c of missing) r.attempt(c, () => r.fail(c, `is required with the other impact assessment columns (${ASSESSMENT_COLUMNS.join(', ')})`), null);
  if (!draftDocument || !assessedOn || !reportRef) return null;
  if (appraisedOn && appraisedOn < assessedOn) return r.attempt('impact_appraised_on', () => r.fail('impact_appraised_on', 'is before impact_assessed_on'), null);
  return { draftDocument, assessedOn, reportRef, appraisedOn };
}
