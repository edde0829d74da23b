import type { CopyValue } from '@par/platform';
import { fromDayNumber, toDayNumber } from '../modules/dossier/working-days';
import { between, chance, noise, pick, trend, type SeedAgency, type SeedCatalogue, type SeedRandom } from './catalogue';

const dayIn = (r: SeedRandom, year: number) => fromDayNumber(toDayNumber(`${year}-01-01`) + between(r, 0, 364));
const round2 = (x: number) => Math.round(x * 100) / 100;
const clampPct = (x: number) => Math.min(100, Math.max(0, x));

/**
 * Online public services: launched over 2013–2020 for most procedures, starting at level 1–2 and
 * upgraded to 3 and 4 over the years, so the share at level 3–4 passes half by 2020.
 */
export function generateOnlineServices(r: SeedRandom, catalogue: SeedCatalogue) {
  const services: CopyValue[][] = [];
  const levels: CopyValue[][] = [];
  for (const p of catalogue.procedures) {
    if (!chance(r, 0.8)) continue;
    const launchYear = pick(r, [2013, 2014, 2015, 2015, 2016, 2016, 2017, 2018, 2019, 2020]);
    const launchedOn = dayIn(r, launchYear);
    const upgrade3 = Math.max(launchYear, between(r, 2015, 2023));
    const upgrade4 = chance(r, 0.55) ? upgrade3 + between(r, 1, 4) : null;
    const history: Array<[string, number]> = [[launchedOn, chance(r, 0.3) ? 1 : 2]];
    for (const [year, level] of [[upgrade3, 3], [upgrade4, 4]] as Array<[number | null, number]>) {
      if (year === null || year > 2024) continue;
      const since = dayIn(r, year);
      const last = history[history.length - 1];
      // Same day or earlier than the previous step: the service started at the higher level.
      if (since <= last[0]) last[1] = level;
      else history.push([since, level]);
    }
    const current = history[history.length - 1][1];
    services.push([p.code, launchedOn, current === 4 && chance(r, 0.7)]);
    for (const [since, level] of history) levels.push([p.code, since, level]);
  }
  return { services, levels };
}

/**
 * SIPAS-style surveys: procedure handling (departments, districts, a sample of communes) rises past
 * 80% by 2020; education and health service units improve but stay under 80%.
 */
export function generateSurveys(r: SeedRandom, catalogue: SeedCatalogue, years: [number, number]) {
  const rows: CopyValue[][] = [];
  const procedureAgencies = catalogue.agencies.filter(
    (a) => ['DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE'].includes(a.kind) || (a.kind === 'COMMUNE_PEOPLES_COMMITTEE' && chance(r, 0.3)),
  );
  const serviceUnits = catalogue.agencies.filter((a) => a.kind === 'PUBLIC_SERVICE_UNIT' && (a.psuSector === 'EDUCATION' || a.psuSector === 'HEALTH'));
  for (let year = years[0]; year <= years[1]; year++) {
    const add = (a: SeedAgency, kind: string, rate: number) => {
      const responses = between(r, 80, 400);
      const satisfied = Math.min(responses, Math.max(0, Math.round(responses * (rate + noise(r, 0.03)))));
      const idx = () => round2(clampPct(100 * (rate + noise(r, 0.05))));
      rows.push([a.id, year, kind, responses, satisfied, idx(), idx(), idx(), idx(), idx()]);
    };
    for (const a of procedureAgencies) add(a, 'PROCEDURE', trend(year, 0.74, 0.865));
    for (const a of serviceUnits) add(a, a.psuSector!, trend(year, 0.7, 0.775));
  }
  return rows;
}

/**
 * Monthly document counts of departments and districts: electronic documents to the Provincial
 * People's Committee approach but do not reach 100% by 2020; between agencies they pass 80%.
 * Confidential documents travel on paper.
 */
export function generateDocumentExchange(r: SeedRandom, catalogue: SeedCatalogue, years: [number, number]) {
  const rows: CopyValue[][] = [];
  const senders = catalogue.agencies.filter((a) => ['DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE', 'CENTRAL_BRANCH'].includes(a.kind));
  for (const a of senders) {
    for (let year = years[0]; year <= years[1]; year++) {
      for (let month = 1; month <= 12; month++) {
        const m = `${year}-${String(month).padStart(2, '0')}-01`;
        for (const [direction, volume, share] of [
          ['TO_PPC', between(r, 15, 60), trend(year, 0.42, 0.965)],
          ['INTERAGENCY', between(r, 80, 300), trend(year, 0.3, 0.87)],
        ] as Array<[string, number, number]>) {
          const electronic = Math.round(volume * Math.min(1, Math.max(0, share + noise(r, 0.02))));
          rows.push([a.id, m, direction, false, electronic, volume - electronic]);
          const confidential = between(r, 0, 6);
          rows.push([a.id, m, direction, true, 0, confidential]);
        }
      }
    }
  }
  return rows;
}

/** The tax office's and social insurance office's yearly e-transaction reports. */
export function generateSectorStatistics(r: SeedRandom, catalogue: SeedCatalogue, years: [number, number]) {
  const find = (re: RegExp) =>
    catalogue.agencies.find((a) => a.kind === 'CENTRAL_BRANCH' && re.test(a.name)) ??
    catalogue.agencies.find((a) => re.test(a.name)) ??
    catalogue.agencies.find((a) => a.kind === 'PROVINCIAL_PEOPLES_COMMITTEE') ??
    catalogue.agencies[0];
  const tax = find(/[Tt]huế/);
  const insurance = find(/[Bb]ảo hiểm xã hội/);
  const rows: CopyValue[][] = [];
  if (!tax || !insurance) return rows;
  for (let year = years[0]; year <= years[1]; year++) {
    const grow = 1 + 0.06 * (year - 2016);
    for (const [indicator, agency, base, share] of [
      ['TAX_DECLARATIONS_ONLINE', tax, 42_000, trend(year, 0.88, 0.975)],
      ['TAX_PAID_ONLINE', tax, 3_600, trend(year, 0.55, 0.87)],
      ['SOCIAL_INSURANCE_ONLINE', insurance, 2_800, trend(year, 0.45, 0.93)],
    ] as Array<[string, SeedAgency, number, number]>) {
      const denominator = Math.round(base * grow * (1 + noise(r, 0.02)));
      rows.push([indicator, year, agency.id, Math.round(denominator * Math.min(1, share + noise(r, 0.005))), denominator]);
    }
  }
  return rows;
}

/** ISO 9001 quality systems: most departments and districts certified to the 2008 version, then the 2015 one. */
export function generateIsoCertifications(r: SeedRandom, catalogue: SeedCatalogue) {
  const rows: CopyValue[][] = [];
  const certifiers = ['Trung tâm Chứng nhận Phù hợp (QUACERT)', 'Công ty TNHH Chứng nhận Quốc tế ISOCERT'];
  const shift = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`.replace('-02-29', '-02-28');
  for (const a of catalogue.agencies.filter((x) => ['DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE', 'PROVINCIAL_PEOPLES_COMMITTEE'].includes(x.kind))) {
    if (!chance(r, 0.85)) continue;
    const first = dayIn(r, between(r, 2012, 2016));
    rows.push([a.id, 'TCVN ISO 9001:2008', first, shift(first, 3), pick(r, certifiers)]);
    if (chance(r, 0.8)) {
      const second = dayIn(r, between(r, 2018, 2019));
      rows.push([a.id, 'TCVN ISO 9001:2015', second, shift(second, 3), pick(r, certifiers)]);
    }
  }
  return rows;
}
