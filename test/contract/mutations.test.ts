import { print, type DocumentNode } from 'graphql';
import { ReceiveDossierDocument, RecordBudgetSettlementDocument, RecordParAssessmentDocument, RecordTrainingCompletionDocument } from '@par/operations';
import type { SubgraphName } from '@par/platform';
import { tokenFor } from '@par/platform/testing';
import { startContractHub, tokens, type ContractHub } from './support';

/**
 * The four contract mutations through the gateway: only an editor of the owning subgraph (within
 * its agency, when the token names one) may write; invalid input is BAD_USER_INPUT naming the
 * field and writes nothing; every write lands in that subgraph's audit log.
 */
let hub: ContractHub;
const OTHER_SUBGRAPH: Record<string, SubgraphName> = { 'civil-servants': 'egov-services', 'egov-services': 'institutions', institutions: 'public-finance', 'public-finance': 'civil-servants' };

beforeAll(async () => {
  hub = await startContractHub({ scale: 0.01 });
}, 120_000);
afterAll(() => hub?.close());

interface Case {
  subgraph: SubgraphName;
  doc: DocumentNode;
  field: string;
  /** The table the mutation writes, for "nothing written" counts. */
  table: string;
  /** A valid input, its owning agency, and an agency outside that agency's subtree. */
  prepare(): Promise<{ input: Record<string, unknown>; agencyId: string; otherAgencyId: string; another(): Promise<Record<string, unknown>> }>;
  invalid: Array<[string, (valid: Record<string, unknown>) => Record<string, unknown>]>;
  check(data: any, input: Record<string, unknown>): Promise<void>;
}

const count = async (subgraph: SubgraphName, table: string) => Number((await hub.sql(subgraph, `SELECT count(*) AS n FROM ${table}`))[0].n);
const audits = (subgraph: SubgraphName, operation: string) => hub.sql(subgraph, `SELECT subject, roles, action, object_ids FROM audit_log WHERE operation = $1 ORDER BY id`, [operation]);

/** An agency that is neither `id` nor above or below it in the hierarchy. */
async function unrelatedAgency(subgraph: SubgraphName, id: string): Promise<string> {
  const [row] = await hub.sql(
    subgraph,
    `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM agency_ref WHERE id = $1::uuid UNION SELECT a.id, a.parent_id FROM agency_ref a JOIN up ON a.id = up.parent_id),
          down(id) AS (SELECT $1::uuid UNION SELECT a.id FROM agency_ref a JOIN down ON a.parent_id = down.id)
     SELECT id FROM agency_ref WHERE id NOT IN (SELECT id FROM up) AND id NOT IN (SELECT id FROM down) ORDER BY id LIMIT 1`,
    [id],
  );
  return row.id;
}

const CASES: Record<string, Case> = {
  recordTrainingCompletion: {
    subgraph: 'civil-servants',
    doc: RecordTrainingCompletionDocument,
    field: 'recordTrainingCompletion',
    table: 'training_completion',
    async prepare() {
      const pick = async (exclude: string[]) => {
        const [r] = await hub.sql(
          'civil-servants',
          `SELECT cs.id AS person, cs.agency_id, co.id AS course, to_char(greatest(co.ends_on, cs.hired_on), 'YYYY-MM-DD') AS day
             FROM civil_servant cs CROSS JOIN training_course co
            WHERE cs.left_on IS NULL AND co.ends_on <= current_date AND cs.id <> ALL($1::uuid[])
              AND NOT EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND tc.course_id = co.id)
            ORDER BY cs.id, co.id LIMIT 1`,
          [exclude],
        );
        return r;
      };
      const first = await pick([]);
      return {
        input: { civilServantId: first.person, courseId: first.course, completedOn: first.day },
        agencyId: first.agency_id,
        otherAgencyId: await unrelatedAgency('civil-servants', first.agency_id),
        another: async () => {
          const [r] = await hub.sql(
            'civil-servants',
            `SELECT co.id AS course, to_char(greatest(co.ends_on, cs.hired_on), 'YYYY-MM-DD') AS day FROM civil_servant cs CROSS JOIN training_course co
              WHERE cs.id = $1 AND co.id <> $2 AND co.ends_on <= current_date AND NOT EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND tc.course_id = co.id)
              ORDER BY co.id LIMIT 1`,
            [first.person, first.course],
          );
          return { civilServantId: first.person, courseId: r.course, completedOn: r.day };
        },
      };
    },
    invalid: [
      ['courseId', (v) => ({ ...v, courseId: '00000000-0000-4000-8000-000000000000' })],
      ['completedOn', (v) => ({ ...v, completedOn: '1990-01-01' })],
    ],
    async check(data, input) {
      expect(data.recordTrainingCompletion).toMatchObject({ completedOn: input.completedOn, course: { id: input.courseId }, civilServant: { id: input.civilServantId } });
      const [row] = await hub.sql('civil-servants', `SELECT to_char(completed_on, 'YYYY-MM-DD') AS d FROM training_completion WHERE civil_servant_id = $1 AND course_id = $2`, [input.civilServantId, input.courseId]);
      expect(row.d).toBe(input.completedOn);
      const [person] = await hub.sql('civil-servants', 'SELECT full_name FROM civil_servant WHERE id = $1', [input.civilServantId]);
      expect(data.recordTrainingCompletion.civilServant.fullName).toBe(person.full_name);
    },
  },

  receiveDossier: {
    subgraph: 'egov-services',
    doc: ReceiveDossierDocument,
    field: 'receiveDossier',
    table: 'dossier',
    async prepare() {
      const [p] = await hub.sql('egov-services', `SELECT p.code, p.agency_id FROM procedure_ref p JOIN agency_ref a ON a.id = p.agency_id ORDER BY p.code LIMIT 1`);
      const input = { procedureCode: p.code, agencyId: p.agency_id, channel: 'ONLINE', applicantKind: 'CITIZEN', applicantName: 'Trần Thị Kiểm Thử', applicantIdNumber: '035190000123' };
      return { input, agencyId: p.agency_id, otherAgencyId: await unrelatedAgency('egov-services', p.agency_id), another: async () => ({ ...input, channel: 'IN_PERSON' }) };
    },
    invalid: [
      ['procedureCode', (v) => ({ ...v, procedureCode: 'KHÔNG-CÓ' })],
      ['applicantIdNumber', (v) => ({ ...v, applicantIdNumber: 'abc' })],
      ['applicantName', (v) => ({ ...v, applicantName: '   ' })],
    ],
    async check(data, input) {
      const d = data.receiveDossier;
      expect(d).toMatchObject({ status: 'RECEIVED', channel: input.channel, procedure: { code: input.procedureCode } });
      expect(d.dueAt).toBeTruthy();
      const [row] = await hub.sql('egov-services', 'SELECT procedure_code, agency_id, channel, status FROM dossier WHERE id = $1', [d.id]);
      expect(row).toEqual({ procedure_code: input.procedureCode, agency_id: input.agencyId, channel: input.channel, status: 'RECEIVED' });
      const [proc] = await hub.sql('institutions', 'SELECT name FROM administrative_procedure WHERE code = $1', [input.procedureCode]);
      expect(d.procedure.name).toBe(proc.name);
    },
  },

  recordParAssessment: {
    subgraph: 'institutions',
    doc: RecordParAssessmentDocument,
    field: 'recordParAssessment',
    table: 'par_assessment',
    async prepare() {
      const depts = await hub.sql('institutions', `SELECT id FROM agency WHERE kind = 'DEPARTMENT' ORDER BY code LIMIT 2`);
      const other = await hub.sql('institutions', `SELECT id FROM agency WHERE kind = 'DEPARTMENT' ORDER BY code DESC LIMIT 1`);
      const input = { agencyId: depts[0].id, year: 2021, selfScore: 84.5, appraisedScore: 80.25 };
      return { input, agencyId: depts[0].id, otherAgencyId: other[0].id, another: async () => ({ ...input, year: 2022, selfScore: 86 }) };
    },
    invalid: [
      ['selfScore', (v) => ({ ...v, selfScore: 120 })],
      ['agencyId', (v) => ({ ...v, agencyId: '00000000-0000-4000-8000-000000000000' })],
      ['year', (v) => ({ ...v, year: 1900 })],
    ],
    async check(data, input) {
      expect(data.recordParAssessment).toMatchObject({ year: input.year, selfScore: input.selfScore, appraisedScore: input.appraisedScore, agency: { id: input.agencyId } });
      const [row] = await hub.sql('institutions', 'SELECT self_score::float8 AS s, appraised_score::float8 AS a FROM par_assessment WHERE agency_id = $1 AND year = $2', [input.agencyId, input.year]);
      expect(row).toEqual({ s: input.selfScore, a: input.appraisedScore });
    },
  },

  recordBudgetSettlement: {
    subgraph: 'public-finance',
    doc: RecordBudgetSettlementDocument,
    field: 'recordBudgetSettlement',
    table: 'budget_line',
    async prepare() {
      const open = `SELECT e.agency_id, e.fiscal_year::int AS year, e.category FROM budget_line e WHERE e.stage = 'ESTIMATE'
        AND NOT EXISTS (SELECT 1 FROM budget_line s WHERE s.stage = 'SETTLEMENT' AND s.agency_id = e.agency_id AND s.fiscal_year = e.fiscal_year AND s.category = e.category)`;
      // An agency with two unsettled estimates: one for the scoped editor, one for the unscoped.
      const [e] = await hub.sql('public-finance', `${open} AND e.agency_id IN (SELECT o.agency_id FROM (${open}) o GROUP BY 1 HAVING count(*) >= 2)
        ORDER BY e.agency_id, e.fiscal_year, e.category LIMIT 1`);
      expect(e).toBeDefined();
      const input = { agencyId: e.agency_id, year: e.year, category: e.category, amount: '9007199254740993' };
      return {
        input,
        agencyId: e.agency_id,
        otherAgencyId: await unrelatedAgency('public-finance', e.agency_id),
        another: async () => {
          const [n] = await hub.sql('public-finance', `${open} AND e.agency_id = $1 AND (e.fiscal_year, e.category) <> ($2::int, $3::text) ORDER BY e.fiscal_year, e.category LIMIT 1`, [e.agency_id, e.year, e.category]);
          return { agencyId: n.agency_id, year: n.year, category: n.category, amount: '1000000' };
        },
      };
    },
    invalid: [
      ['amount', (v) => ({ ...v, amount: '-5' })],
      ['year', (v) => ({ ...v, year: 1800 })],
      ['agencyId', (v) => ({ ...v, agencyId: '00000000-0000-4000-8000-000000000000' })],
    ],
    async check(data, input) {
      expect(data.recordBudgetSettlement).toMatchObject({ year: input.year, category: input.category, amount: input.amount, agency: { id: input.agencyId } });
      const [row] = await hub.sql('public-finance', `SELECT amount::text AS amount FROM budget_line WHERE agency_id = $1 AND fiscal_year = $2 AND category = $3 AND stage = 'SETTLEMENT'`, [input.agencyId, input.year, input.category]);
      expect(row.amount).toBe(input.amount);
    },
  },
};

describe.each(Object.entries(CASES))('%s', (operation, c) => {
  let prepared: Awaited<ReturnType<Case['prepare']>>;
  beforeAll(async () => {
    prepared = await c.prepare();
  });
  const send = (input: Record<string, unknown>, token?: string) => hub.request(print(c.doc), { input }, token);

  test('callers other than an editor of the owning subgraph are refused, and nothing is written', async () => {
    const before = await count(c.subgraph, c.table);
    const cases: Array<[string | undefined, string]> = [
      [undefined, 'UNAUTHENTICATED'],
      [await tokens.analyst(), 'FORBIDDEN'],
      [await tokens.leadershipPii(), 'FORBIDDEN'],
      [await tokenFor({ roles: ['editor'], subgraph: OTHER_SUBGRAPH[c.subgraph] }), 'FORBIDDEN'],
    ];
    for (const [token, code] of cases) {
      const res = await send(prepared.input, token);
      expect({ code: res.errors?.[0]?.extensions?.code, data: res.data?.[c.field] ?? null }).toEqual({ code, data: null });
    }
    expect(await count(c.subgraph, c.table)).toBe(before);
  });

  test('an editor scoped to an unrelated agency is refused; scoped to the record\'s own agency it may write', async () => {
    const before = await count(c.subgraph, c.table);
    const outside = await send(prepared.input, await tokenFor({ roles: ['editor'], subgraph: c.subgraph, agency: prepared.otherAgencyId }));
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count(c.subgraph, c.table)).toBe(before);
    const input = await prepared.another();
    const own = await send(input, await tokenFor({ roles: ['editor'], subgraph: c.subgraph, agency: prepared.agencyId, sub: 'scoped-editor' }));
    expect(own.errors).toBeUndefined();
    await c.check(own.data, input);
  });

  test.each(c.invalid.map(([field, make]) => [field, make]))('invalid %s is BAD_USER_INPUT naming the field, and writes nothing', async (field, make) => {
    const before = await count(c.subgraph, c.table);
    const auditBefore = await count(c.subgraph, 'audit_log');
    const res = await send((make as (v: Record<string, unknown>) => Record<string, unknown>)(prepared.input), await tokenFor({ roles: ['editor'], subgraph: c.subgraph }));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(res.errors?.[0]?.extensions?.field ?? '')).toMatch(new RegExp(`(^|\\.)${field}$`));
    expect(await count(c.subgraph, c.table)).toBe(before);
    expect(await count(c.subgraph, 'audit_log')).toBe(auditBefore);
  });

  test('an editor of the subgraph writes; the row is there and the write is in that subgraph\'s audit log', async () => {
    const before = await audits(c.subgraph, operation);
    const res = await send(prepared.input, await tokenFor({ roles: ['editor'], subgraph: c.subgraph, sub: 'contract-editor' }));
    expect(res.errors).toBeUndefined();
    await c.check(res.data, prepared.input);
    const after = await audits(c.subgraph, operation);
    expect(after.length).toBe(before.length + 1);
    expect(after[after.length - 1]).toMatchObject({ subject: 'contract-editor', action: 'WRITE' });
    expect(after[after.length - 1].roles).toContain('editor');
  });
});
