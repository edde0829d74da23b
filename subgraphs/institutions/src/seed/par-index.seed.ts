import { AREA_MAX_POINTS } from '../modules/par-index/par-index.type';

/** The random source the seed needs: uniform floats in [0, 1). */
export interface Uniform {
  (): number;
}

const AREAS = Object.keys(AREA_MAX_POINTS) as Array<keyof typeof AREA_MAX_POINTS>;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const r2 = (v: number) => Math.round(v * 100) / 100;

/** Splits `total` points over the areas in proportion to their maximum, with noise, never above a maximum. */
function spread(total: number, u: Uniform): number[] {
  const share = total / 100;
  const points = AREAS.map((a) => r2(clamp(AREA_MAX_POINTS[a] * (share + (u() - 0.5) * 0.12), 0, AREA_MAX_POINTS[a])));
  // Put the rounding difference where there is room, so the areas add up exactly.
  let diff = r2(total - points.reduce((s, p) => s + p, 0));
  for (let i = 0; Math.abs(diff) >= 0.01 && i < AREAS.length * 2; i++) {
    const k = i % AREAS.length;
    const room = diff > 0 ? AREA_MAX_POINTS[AREAS[k]] - points[k] : -points[k];
    const step = diff > 0 ? Math.min(diff, room) : Math.max(diff, room);
    points[k] = r2(points[k] + step);
    diff = r2(diff - step);
  }
  return points;
}

export interface ParRow {
  assessment: [string, number, string, string, string | null];
  components: Array<[string, number, string, string, string, string]>;
}

/**
 * PAR Index assessments: each agency has its own level, all improve by about two and a half points
 * a year with noise, self-assessment runs a few points above appraisal, the survey is missing in the
 * first year of a series now and then.
 */
export function* parAssessments(agencyIds: string[], years: [number, number], u: Uniform): Generator<ParRow> {
  for (const id of agencyIds) {
    const level = 62 + u() * 14;
    const surveyLevel = 65 + u() * 15;
    for (let year = years[0]; year <= years[1]; year++) {
      const t = year - years[0];
      const appraised = r2(clamp(level + 2.5 * t + (u() - 0.5) * 5, 30, 99));
      const self = r2(clamp(appraised + 1 + u() * 5, 0, 100));
      const survey = t === 0 && u() < 0.2 ? null : r2(clamp(surveyLevel + 2 * t + (u() - 0.5) * 6, 30, 99));
      const selfPoints = spread(self, u);
      const appraisedPoints = spread(appraised, u);
      yield {
        assessment: [id, year, self.toFixed(2), appraised.toFixed(2), survey === null ? null : survey.toFixed(2)],
        components: AREAS.map((a, i) => [id, year, a, AREA_MAX_POINTS[a].toFixed(2), selfPoints[i].toFixed(2), appraisedPoints[i].toFixed(2)]),
      };
    }
  }
}
