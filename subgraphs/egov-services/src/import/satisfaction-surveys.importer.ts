import type { ImportError, ImporterDefinition } from '@par/platform';
import { isUuid } from '@par/platform';

interface SurveyRow {
  agencyId: string;
  year: number;
  kind: 'PROCEDURE' | 'EDUCATION' | 'HEALTH';
  responses: number;
  satisfied: number;
  indexes: number[];
}

const INDEXES = ['access_index', 'procedure_index', 'civil_servant_index', 'result_index', 'feedback_index'] as const;

/**
 * Satisfaction surveys (khảo sát sự hài lòng, SIPAS-style) as the survey team tabulates them: one
 * line per agency, year and kind with the five factor indexes. Same rules as
 * recordSatisfactionSurvey; a later file replaces an agency's survey of the same year and kind.
 */
export const satisfactionSurveysImporter: ImporterDefinition<SurveyRow> = {
  entity: 'satisfaction-surveys',
  description: 'Satisfaction surveys by agency, year and kind, with the five SIPAS factor indexes.',
  columns: [
    { name: 'agency_id', required: true, description: 'The agency id from the catalogue.' },
    { name: 'year', required: true, description: 'Survey year.' },
    { name: 'kind', required: true, description: 'PROCEDURE, EDUCATION or HEALTH.' },
    { name: 'responses', required: true, description: 'Number of valid responses, at least 1.' },
    { name: 'satisfied', required: true, description: 'Responses satisfied, at most responses.' },
    ...INDEXES.map((name) => ({ name, required: true, description: 'Factor index in percent, 0 to 100.' })),
  ],
  parse(r) {
    const agency = r.text('agency_id', { required: true, max: 40 });
    if (agency !== null && !isUuid(agency)) r.attempt('agency_id', () => r.fail('agency_id', 'is not an agency id'), null);
    const responses = r.int('responses', { required: true, min: 1, max: 10_000_000 });
    const satisfied = r.int('satisfied', { required: true, min: 0, max: 10_000_000 });
    if (responses !== null && satisfied !== null && satisfied > responses) r.attempt('satisfied', () => r.fail('satisfied', `must not exceed responses (${responses})`), null);
    const indexes = INDEXES.map((c) => {
      const t = r.text(c, { required: true, max: 20 });
      const n = t === null ? NaN : Number(t.replace(',', '.'));
      if (t !== null && !(Number.isFinite(n) && n >= 0 && n <= 100)) r.attempt(c, () => r.fail(c, `must be a percentage from 0 to 100 (got ${JSON.stringify(t)})`), null);
      return Math.round(n * 100) / 100;
    });
    return {
      agencyId: (agency ?? '').toLowerCase(),
      year: r.int('year', { required: true, min: 2000, max: new Date().getUTCFullYear() }) ?? 0,
      kind: r.oneOf('kind', ['PROCEDURE', 'EDUCATION', 'HEALTH'] as const, { required: true })!,
      responses: responses ?? 0,
      satisfied: satisfied ?? 0,
      indexes,
    };
  },
  key: (v) => `${v.agencyId} ${v.year} ${v.kind}`,

  async check(db, rows) {
    const known = new Set((await db.query<{ id: string }>('SELECT id::text FROM agency_ref WHERE id = ANY($1::uuid[])', [[...new Set(rows.map((r) => r.value.agencyId))]])).map((a) => a.id));
    const errors: ImportError[] = [];
    for (const { row, value } of rows) if (!known.has(value.agencyId)) errors.push({ row, column: 'agency_id', message: `no agency ${JSON.stringify(value.agencyId)} is known` });
    return errors;
  },

  async write(db, rows) {
    const v = rows.map((r) => r.value);
    const cols = ['responses', 'satisfied', ...INDEXES];
    const written = await db.query<{ id: string; inserted: boolean }>(
      `INSERT INTO satisfaction_survey AS s (agency_id, year, kind, ${cols.join(', ')})
       SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::text[], $4::int[], $5::int[], $6::numeric[], $7::numeric[], $8::numeric[], $9::numeric[], $10::numeric[])
       ON CONFLICT (agency_id, year, kind) DO UPDATE SET (${cols.join(', ')}) = (${cols.map((c) => `EXCLUDED.${c}`).join(', ')})
        WHERE (${cols.map((c) => `s.${c}`).join(', ')}) IS DISTINCT FROM (${cols.map((c) => `EXCLUDED.${c}`).join(', ')})
       RETURNING s.id::text, (xmax = 0) AS inserted`,
      [v.map((x) => x.agencyId), v.map((x) => x.year), v.map((x) => x.kind), v.map((x) => x.responses), v.map((x) => x.satisfied), ...INDEXES.map((_, i) => v.map((x) => x.indexes[i]))],
    );
    const inserted = written.filter((w) => w.inserted).length;
    return { inserted, updated: written.length - inserted, changed: written.map((w) => w.id) };
  },
};
