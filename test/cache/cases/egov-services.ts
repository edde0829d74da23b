import { analyst, daysAgo, editor, other, reads, THIS_YEAR, today, type Case, type CaseContext, type Step } from './case';

const CALENDAR_YEAR = 2030;
const CALENDAR = `query($year: Int!) { workingCalendar(year: $year) { year workingDays daysOff workingSaturdays days { day kind reason } } }`;

/** A weekday of the calendar year that lists nothing yet. */
async function freeWeekday({ sql }: CaseContext): Promise<string> {
  const [d] = await sql(
    'egov-services',
    `SELECT to_char(d, 'YYYY-MM-DD') AS day FROM generate_series(make_date($1, 3, 2), make_date($1, 12, 31), interval '1 day') d
      WHERE extract(isodow FROM d) < 6 AND NOT EXISTS (SELECT 1 FROM calendar_day c WHERE c.day = d::date) ORDER BY d LIMIT 1`,
    [CALENDAR_YEAR],
  );
  return d.day;
}

const setDay = async (day: string): Promise<Step> => ({
  query: `mutation($input: SetCalendarDayInput!) { setCalendarDay(input: $input) { day } }`,
  variables: { input: { day, kind: 'DAY_OFF', reason: 'Nghỉ bù (kiểm thử)', source: 'Thông báo kiểm thử' } },
  token: await editor('egov-services'),
});

/** A procedure with an agency, the quickest to process, so a dossier received weeks ago is overdue. */
async function quickProcedure({ sql }: CaseContext) {
  const [p] = await sql('egov-services', `SELECT p.code, p.agency_id AS agency FROM procedure_ref p JOIN agency_ref a ON a.id = p.agency_id ORDER BY p.processing_days, p.code LIMIT 1`);
  return p as { code: string; agency: string };
}

/** A dossier received 60 days ago and still open: it counts among the agency's overdue dossiers in progress. */
async function overdueDossier(ctx: CaseContext): Promise<{ id: string; agency: string }> {
  const p = await quickProcedure(ctx);
  const { receiveDossier } = await ctx.setup({
    query: `mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) { id } }`,
    variables: { input: { procedureCode: p.code, agencyId: p.agency, channel: 'IN_PERSON', applicantKind: 'CITIZEN', applicantName: 'Lê Văn Kiểm Thử', receivedAt: daysAgo(60).toISOString() } },
    token: await editor('egov-services'),
  });
  return { id: receiveDossier.id, agency: p.agency };
}

/** The dossier as an analyst follows it, with its agency's figures of the year. */
const watch = async (d: { id: string; agency: string }): Promise<Step> => ({
  query: `query($id: ID!, $agencyId: ID!, $year: Int!) {
    dossier(id: $id) { id status dueAt pausedWorkingDays outcome closedAt closeReason }
    agency(id: $agencyId) { id serviceDelivery(year: $year) { received resolved resolvedOnTime overdueInProgress } }
  }`,
  variables: { id: d.id, agencyId: d.agency, year: THIS_YEAR },
  token: await analyst(),
});

const lifecycle = (mutation: string, inputType: string, input: (id: string) => Record<string, unknown>, before?: (ctx: CaseContext, id: string) => Promise<void>): Case => ({
  async prepare(ctx) {
    const d = await overdueDossier(ctx);
    await before?.(ctx, d.id);
    return {
      write: { query: `mutation($input: ${inputType}!) { ${mutation}(input: $input) { status } }`, variables: { input: input(d.id) }, token: await editor('egov-services') },
      read: await watch(d),
    };
  },
});

const supplementRequested = async (ctx: CaseContext, dossierId: string) => {
  await ctx.setup({
    query: `mutation($input: RequestSupplementInput!) { requestSupplement(input: $input) { status } }`,
    variables: { input: { dossierId, reason: 'Thiếu bản sao giấy tờ', requestedAt: daysAgo(3).toISOString() } },
    token: await editor('egov-services'),
  });
};

/** egov-services: the working calendar, the dossier lifecycle, reported figures, online services and surveys. */
export const egovServicesCases: Record<string, Case> = {
  setCalendarDay: {
    async prepare(ctx) {
      return { write: await setDay(await freeWeekday(ctx)), read: { query: CALENDAR, variables: { year: CALENDAR_YEAR } } };
    },
  },
  removeCalendarDay: {
    async prepare(ctx) {
      const day = await freeWeekday(ctx);
      await ctx.setup(await setDay(day));
      return {
        write: { query: `mutation($day: Date!) { removeCalendarDay(day: $day) { day } }`, variables: { day }, token: await editor('egov-services') },
        read: { query: CALENDAR, variables: { year: CALENDAR_YEAR } },
      };
    },
  },
  receiveDossier: {
    async prepare(ctx) {
      const p = await quickProcedure(ctx);
      return {
        write: {
          query: `mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) { id } }`,
          variables: { input: { procedureCode: p.code, agencyId: p.agency, channel: 'ONLINE', applicantKind: 'CITIZEN', applicantName: 'Trần Thị Kiểm Thử', applicantIdNumber: '035190000123' } },
          token: await editor('egov-services'),
        },
        read: await reads.dossierTrend(p.agency, THIS_YEAR),
      };
    },
  },
  // Waiting for the applicant: no longer overdue in progress.
  requestSupplement: lifecycle('requestSupplement', 'RequestSupplementInput', (dossierId) => ({ dossierId, reason: 'Thiếu bản sao giấy tờ' })),
  // Back in progress, its promised date moved by the working days it waited, and still overdue.
  resumeDossier: lifecycle('resumeDossier', 'ResumeDossierInput', (dossierId) => ({ dossierId }), supplementRequested),
  resolveDossier: lifecycle('resolveDossier', 'ResolveDossierInput', (dossierId) => ({ dossierId })),
  refuseDossier: lifecycle('refuseDossier', 'CloseDossierInput', (dossierId) => ({ dossierId, reason: 'Không đủ điều kiện' })),
  withdrawDossier: lifecycle('withdrawDossier', 'CloseDossierInput', (dossierId) => ({ dossierId, reason: 'Người nộp rút hồ sơ' })),
  recordSectorStatistic: {
    async prepare({ sql }) {
      const [s] = await sql('egov-services', `SELECT reporting_agency_id AS agency, numerator, denominator FROM sector_statistic WHERE indicator = 'TAX_DECLARATIONS_ONLINE' AND year = 2020 ORDER BY 1 LIMIT 1`);
      const [fallback] = await sql('egov-services', `SELECT id FROM agency_ref ORDER BY id LIMIT 1`);
      const denominator = s?.denominator ?? 1000;
      return {
        write: {
          query: `mutation($input: SectorStatisticInput!) { recordSectorStatistic(input: $input) { rate } }`,
          variables: { input: { indicator: 'TAX_DECLARATIONS_ONLINE', year: 2020, reportingAgencyId: s?.agency ?? fallback.id, denominator, numerator: (s?.numerator ?? 0) > denominator / 2 ? Math.floor(denominator / 4) : denominator } },
          token: await editor('egov-services'),
        },
        read: await reads.targetFigure('TAX_DECLARATIONS_ONLINE', 2020),
      };
    },
  },
  recordDocumentExchange: {
    async prepare({ sql }) {
      const [x] = await sql('egov-services', `SELECT agency_id AS agency, electronic, paper FROM document_exchange WHERE direction = 'INTERAGENCY' AND NOT confidential AND month = '2020-06-01' ORDER BY 1 LIMIT 1`);
      const [fallback] = await sql('egov-services', `SELECT id FROM agency_ref ORDER BY id LIMIT 1`);
      return {
        write: {
          query: `mutation($input: DocumentExchangeInput!) { recordDocumentExchange(input: $input) { electronic } }`,
          variables: { input: { agencyId: x?.agency ?? fallback.id, month: '2020-06-01', direction: 'INTERAGENCY', confidential: false, electronic: (x?.electronic ?? 0) + (x?.paper ?? 0) + 500, paper: x?.paper ?? 10 } },
          token: await editor('egov-services'),
        },
        read: await reads.targetFigure('DOCS_INTERAGENCY_ELECTRONIC', 2020),
      };
    },
  },
  setOnlineServiceLevel: {
    async prepare({ sql }) {
      const [o] = await sql(
        'egov-services',
        `SELECT o.procedure_code AS code, (SELECT l.level FROM online_service_level l WHERE l.procedure_code = o.procedure_code ORDER BY l.since DESC LIMIT 1) AS level
           FROM online_service o ORDER BY o.procedure_code LIMIT 1`,
      );
      const level = other(o.level, 4, 3);
      return {
        write: {
          query: `mutation($input: OnlineServiceLevelInput!) { setOnlineServiceLevel(input: $input) { code } }`,
          variables: { input: { procedureCode: o.code, level, since: today(), fullyOnline: level === 4 } },
          token: await editor('egov-services'),
        },
        read: { query: `query($code: ID!) { administrativeProcedure(code: $code) { code name onlineService { level fullyOnline } } }`, variables: { code: o.code }, token: await analyst() },
      };
    },
  },
  recordSatisfactionSurvey: {
    async prepare({ sql }) {
      const [s] = await sql('egov-services', `SELECT agency_id AS agency, responses, satisfied FROM satisfaction_survey WHERE year = 2020 AND kind = 'PROCEDURE' ORDER BY agency_id LIMIT 1`);
      const [fallback] = await sql('egov-services', `SELECT id FROM agency_ref WHERE kind = 'DEPARTMENT' ORDER BY id LIMIT 1`);
      const agency: string = s?.agency ?? fallback.id;
      const responses = s?.responses ?? 200;
      return {
        write: {
          query: `mutation($input: SatisfactionSurveyInput!) { recordSatisfactionSurvey(input: $input) { satisfied } }`,
          variables: {
            input: {
              agencyId: agency, year: 2020, kind: 'PROCEDURE', responses, satisfied: (s?.satisfied ?? 0) > responses / 2 ? Math.floor(responses / 4) : responses,
              accessIndex: 80, procedureIndex: 81, civilServantIndex: 82, resultIndex: 83, feedbackIndex: 84,
            },
          },
          token: await editor('egov-services'),
        },
        read: await reads.agencyProfile(agency, 2020),
      };
    },
  },
};
