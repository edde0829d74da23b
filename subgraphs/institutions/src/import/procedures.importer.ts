import type { ImportError, ImporterDefinition } from '@par/platform';
import { UnitLevel } from '../modules/administrative-unit/administrative-unit.entity';
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
  impactAssessed: boolean;
  interconnected: boolean;
  issuedOn: string;
  abolishedOn: string | null;
  agencyId?: string | null;
}

const COLUMNS = ['name', 'sector_code', 'level', 'implementing_agency_id', 'processing_days', 'fee', 'disclosed_on', 'impact_assessed', 'interconnected', 'issued_on', 'abolished_on'];

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
    { name: 'impact_assessed', required: false, description: 'Whether an impact assessment was made (có/không).' },
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
      impactAssessed: r.bool('impact_assessed') ?? false,
      interconnected: r.bool('interconnected') ?? false,
      issuedOn: r.date('issued_on', { required: true })!,
      abolishedOn: r.date('abolished_on'),
    };
    if (row.issuedOn && row.abolishedOn && row.abolishedOn < row.issuedOn) r.attempt('abolished_on', () => r.fail('abolished_on', 'is before issued_on'), null);
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
    for (const { row, value: v } of rows) {
      if (!sectors.has(v.sectorCode)) errors.push({ row, column: 'sector_code', message: `no sector has code ${JSON.stringify(v.sectorCode)}` });
      if (v.agencyCode && !agencies.has(v.agencyCode)) errors.push({ row, column: 'implementing_agency_code', message: `no agency has code ${JSON.stringify(v.agencyCode)}` });
      v.agencyId = v.agencyCode ? (agencies.get(v.agencyCode) ?? null) : null;
    }
    return errors;
  },

  async write(db, rows) {
    const v = rows.map((r) => r.value);
    const changed = COLUMNS.map((c) => `p.${c}`).join(', ');
    const incoming = COLUMNS.map((c) => `EXCLUDED.${c}`).join(', ');
    const written = await db.query<{ code: string; inserted: boolean }>(
      `INSERT INTO administrative_procedure AS p (code, ${COLUMNS.join(', ')}, version)
       SELECT t.*, 1 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::int[], $7::bigint[], $8::date[], $9::bool[], $10::bool[], $11::date[], $12::date[])
         AS t(code, ${COLUMNS.join(', ')})
       ON CONFLICT (code) DO UPDATE SET (${COLUMNS.join(', ')}) = (${incoming}), version = p.version + 1
        WHERE (${changed}) IS DISTINCT FROM (${incoming})
       RETURNING p.code, (xmax = 0) AS inserted`,
      [
        v.map((x) => x.code), v.map((x) => x.name), v.map((x) => x.sectorCode), v.map((x) => x.level), v.map((x) => x.agencyId ?? null),
        v.map((x) => x.processingDays), v.map((x) => x.fee?.toString() ?? null), v.map((x) => x.disclosedOn), v.map((x) => x.impactAssessed),
        v.map((x) => x.interconnected), v.map((x) => x.issuedOn), v.map((x) => x.abolishedOn),
      ],
    );
    const inserted = written.filter((w) => w.inserted).length;
    return { inserted, updated: written.length - inserted, changed: written.map((w) => w.code) };
  },
};
