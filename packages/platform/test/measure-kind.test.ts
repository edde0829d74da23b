import { z } from 'zod';
import { canonicalJson, InvalidMeasureError, measureId, measureKinds, measureSpecOf } from '../src/graphql/indicator/measure-kind';

const kinds = measureKinds({
  share: z.strictObject({ categories: z.array(z.enum(['A', 'B'])).min(1), fact: z.enum(['x', 'y']), of: z.enum(['x']).optional() }),
  level: z.strictObject({ min: z.number().int().min(1).max(4) }),
});

test('equal parameters give one identity, whatever the order of their keys', () => {
  expect(canonicalJson({ fact: 'x', categories: ['A', 'B'], nested: { b: 1, a: [true, null] } })).toBe(
    '{"categories":["A","B"],"fact":"x","nested":{"a":[true,null],"b":1}}',
  );
  expect(measureId({ kind: 'share', params: { fact: 'x', categories: ['A'] } })).toBe(measureId({ kind: 'share', params: { categories: ['A'], fact: 'x' } }));
  expect(measureId({ kind: 'share', params: { categories: ['A'], fact: 'x' } })).not.toBe(
    measureId({ kind: 'share', params: { categories: ['B'], fact: 'x' } }),
  );
});

test('a measure is read from its kind and parameters as object or JSON; none when the target names no kind', () => {
  expect(measureSpecOf(null, null)).toBeNull();
  expect(measureSpecOf('level', '{"min":3}')).toEqual({ kind: 'level', params: { min: 3 } });
  expect(measureSpecOf('level', { min: 3 })).toEqual({ kind: 'level', params: { min: 3 } });
  expect(measureSpecOf('level', null)).toEqual({ kind: 'level', params: {} });
  expect(() => measureSpecOf('Level; DROP', '{}')).toThrow(InvalidMeasureError);
  expect(() => measureSpecOf('level', '{not json')).toThrow(InvalidMeasureError);
  expect(() => measureSpecOf('level', '[1]')).toThrow(InvalidMeasureError);
});

test("an owner's kinds validate every parameter: enums, bounds, no unknown or missing one, no unknown kind", () => {
  expect(kinds.read({ kind: 'share', params: { categories: ['A'], fact: 'y' } })).toEqual({ kind: 'share', params: { categories: ['A'], fact: 'y' } });
  expect(kinds.read({ kind: 'level', params: { min: 4 } })).toEqual({ kind: 'level', params: { min: 4 } });
  for (const bad of [
    { kind: 'share', params: { categories: ['A'], fact: "x') OR ('1'='1" } },
    { kind: 'share', params: { categories: [], fact: 'x' } },
    { kind: 'share', params: { categories: ['A'] } },
    { kind: 'share', params: { categories: ['A'], fact: 'x', extra: 1 } },
    { kind: 'level', params: { min: 5 } },
    { kind: 'level', params: { min: 2.5 } },
    { kind: 'level', params: { min: '3' } },
    { kind: 'unknown', params: {} },
  ]) {
    expect(() => kinds.read(bad)).toThrow(InvalidMeasureError);
  }
  expect(kinds.kinds).toEqual(['share', 'level']);
});
