import { analyst, editor, other, reads, THIS_YEAR, today, unique, type Case } from './case';

/** institutions: the procedure catalogue (with its impact assessments) and the PAR Index. */
export const institutionsCases: Record<string, Case> = {
  // A procedure issued this year with its impact assessment changes this year's "new procedures assessed" figure.
  createAdministrativeProcedure: {
    async prepare({ sql }) {
      const [sector] = await sql('institutions', 'SELECT code FROM procedure_sector ORDER BY code LIMIT 1');
      const code = `KT.${unique()}`;
      return {
        write: {
          query: `mutation($input: CreateProcedureInput!) { createAdministrativeProcedure(input: $input) { code impactAssessed } }`,
          variables: {
            input: {
              code, name: `Thủ tục kiểm thử ${code}`, sectorCode: sector.code, level: 'PROVINCE', processingDays: 7, issuedOn: today(),
              impactAssessment: { draftDocument: `Dự thảo quyết định ${code}`, assessedOn: today(), reportRef: `BC-${code}` },
            },
          },
          token: await editor('institutions'),
        },
        read: await reads.parScorecard(THIS_YEAR),
      };
    },
  },
  // A rename with an impact assessment recorded for a procedure that had none.
  updateAdministrativeProcedure: {
    async prepare({ sql }) {
      const [p] = await sql(
        'institutions',
        `SELECT code, version, to_char(issued_on, 'YYYY-MM-DD') AS issued FROM administrative_procedure p
          WHERE NOT EXISTS (SELECT 1 FROM procedure_impact_assessment a WHERE a.procedure_code = p.code) ORDER BY code LIMIT 1`,
      );
      const run = unique();
      return {
        write: {
          query: `mutation($code: ID!, $version: Int!, $input: UpdateProcedureInput!) { updateAdministrativeProcedure(code: $code, version: $version, input: $input) { name } }`,
          variables: {
            code: p.code,
            version: p.version,
            input: { name: `Thủ tục kiểm thử ${run}`, impactAssessment: { draftDocument: `Dự thảo ${run}`, assessedOn: p.issued, reportRef: `BC-${run}` } },
          },
          token: await editor('institutions'),
        },
        read: {
          query: `query($code: ID!) { administrativeProcedure(code: $code) { code name impactAssessed impactAssessments { draftDocument assessedOn reportRef } } }`,
          variables: { code: p.code },
          token: await analyst(),
        },
      };
    },
  },
  // A district People's Committee's PAR Index, as the districts are compared side by side.
  recordParAssessment: {
    async prepare({ sql }) {
      const [a] = await sql(
        'institutions',
        `SELECT a.id, (SELECT s.score::float8 FROM par_assessment s WHERE s.agency_id = a.id AND s.year = 2020) AS score
           FROM agency a WHERE a.kind = 'DISTRICT_PEOPLES_COMMITTEE' ORDER BY a.code LIMIT 1`,
      );
      const score = other(a.score, 61.5, 93.25);
      return {
        write: {
          query: `mutation($input: ParAssessmentInput!) { recordParAssessment(input: $input) { year } }`,
          variables: { input: { agencyId: a.id, year: 2020, selfScore: score, appraisedScore: score } },
          token: await editor('institutions'),
        },
        read: await reads.districtComparison(2020),
      };
    },
  },
};
