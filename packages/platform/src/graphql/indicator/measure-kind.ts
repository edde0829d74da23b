import { z } from 'zod';

/**
 * A plan target's measure as the plan's data names it (DESIGN §6): a kind the owning subgraph
 * implements and the kind's parameters, e.g. `staff_share` of `{categories: [CADRE], fact: skills}`.
 * Owners implement kinds, never target codes, so a plan with other targets over the same kinds
 * needs no code.
 */
export interface MeasureSpec {
  kind: string;
  params: Record<string, unknown>;
}

/** Kind names are lower snake case. */
export const MEASURE_KIND_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/** JSON with every object's keys sorted: equal parameters give equal text, whatever wrote them (YAML, jsonb, a key). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A measure's identity: two targets with one kind and equal parameters are one measurement in a batch. */
export const measureId = (m: MeasureSpec): string => `${m.kind}:${canonicalJson(m.params)}`;

/**
 * A plan target whose measure its owner cannot read: an error in the plan's data, which only an
 * operator can fix. Not a client error: the client sees the figure fail (INTERNAL_SERVER_ERROR, its
 * message masked) and the owner's log has this message.
 */
export class InvalidMeasureError extends Error {
  override name = 'InvalidMeasureError';
}
const invalidMeasure = (message: string) => new InvalidMeasureError(message);

/**
 * The measure a target carries, from its kind and its parameters (an object, or JSON text as the
 * indicator's key carries it); null when the target names no kind. A malformed one is an error in
 * the plan's data and is reported as such, never measured as something else.
 */
export function measureSpecOf(kind: string | null | undefined, params: unknown): MeasureSpec | null {
  if (kind === null || kind === undefined || kind === '') return null;
  if (!MEASURE_KIND_PATTERN.test(kind)) throw invalidMeasure(`measure kind "${kind}" is not a kind name (lower snake case)`);
  let p: unknown = params ?? {};
  if (typeof p === 'string') {
    try {
      p = JSON.parse(p);
    } catch {
      throw invalidMeasure(`measure ${kind}: parameters are not JSON`);
    }
  }
  if (!p || typeof p !== 'object' || Array.isArray(p)) throw invalidMeasure(`measure ${kind}: parameters must be an object`);
  return { kind, params: p as Record<string, unknown> };
}

type Schemas = Record<string, z.ZodType<Record<string, unknown>>>;
/** A measure of one of `K`'s kinds with its parameters as validated (enum values, numbers, booleans: never free text into SQL). */
export type MeasureOf<K extends Schemas> = { [k in keyof K & string]: { kind: k; params: z.output<K[k]> } }[keyof K & string];

/**
 * An owner's measure kinds, each with the zod schema of its parameters (strict objects of enums,
 * bounded numbers and booleans, so the SQL an owner builds from them holds only whitelisted values).
 * `read` gives the validated measure and throws `InvalidMeasureError` for a kind the owner does not
 * implement or parameters its kind refuses.
 */
export function measureKinds<K extends Schemas>(schemas: K) {
  return {
    kinds: Object.keys(schemas) as Array<keyof K & string>,
    read(spec: MeasureSpec): MeasureOf<K> {
      // The plan routes a target to its owner: a kind the owner does not know is a typo in the data, not "no data".
      if (!Object.hasOwn(schemas, spec.kind)) throw invalidMeasure(`measure kind "${spec.kind}" is not one of ${Object.keys(schemas).join(', ')}`);
      const parsed = schemas[spec.kind].safeParse(spec.params);
      if (!parsed.success) throw invalidMeasure(`measure ${spec.kind}: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
      return { kind: spec.kind, params: parsed.data } as MeasureOf<K>;
    },
  };
}
