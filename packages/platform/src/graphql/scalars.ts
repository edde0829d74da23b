import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badInput } from '../errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks that a `YYYY-MM-DD` string names a real calendar day (no 2021-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw badInput('Date', `expected an ISO date YYYY-MM-DD, got ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  return value;
}

/** Calendar dates travel as `YYYY-MM-DD` strings end to end; no time zone can shift them. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD (ngày).',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw badInput('Date', 'expected an ISO date string YYYY-MM-DD');
    return parseDate(ast.value);
  },
});

const INT8_MAX = 9_223_372_036_854_775_807n;
const MONEY_TEXT = /^-?\d{1,19}$/;

/** Parses money input to bigint: a decimal string of whole đồng, or a safe JavaScript integer. */
function parseMoney(value: unknown, field = 'Money'): bigint {
  let n: bigint;
  // Any digit string parses, so an over-long one is refused as out of range rather than as malformed.
  if (typeof value === 'string' && /^-?\d{1,400}$/.test(value)) n = BigInt(value);
  else if (typeof value === 'number' && Number.isSafeInteger(value)) n = BigInt(value);
  else if (typeof value === 'bigint') n = value;
  else {
    throw badInput(field, `expected whole đồng as a decimal string such as "1250000000" (got ${JSON.stringify(String(value)).slice(0, 40)})`);
  }
  if (n > INT8_MAX || n < -INT8_MAX) throw badInput(field, 'amount is beyond the range of Money (±9223372036854775807 đồng)');
  return n;
}

/**
 * Whole đồng as a decimal string. Provincial budgets exceed 2^53, where JavaScript numbers start
 * rounding, so amounts are bigint in the service and text on the wire, never a float.
 */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description: 'An amount of money in whole Vietnamese đồng (VND), as a decimal string so it stays exact beyond 2^53.',
  serialize(value) {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'string' && MONEY_TEXT.test(value)) return BigInt(value).toString();
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new TypeError(`Money cannot represent ${String(value)}`);
  },
  parseValue: (v) => parseMoney(v),
  parseLiteral(ast: ValueNode) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseMoney(ast.kind === Kind.INT ? ast.value : ast.value);
    throw badInput('Money', 'expected whole đồng as a decimal string');
  },
});
