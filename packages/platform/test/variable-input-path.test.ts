import { variableInputPath } from '../src/errors';

test('a refused variable names the input field, not the scalar that refused it', () => {
  expect(variableInputPath('Variable "$input" got invalid value "5 tỷ" at "input.amount"; Money: expected whole đồng')).toBe('amount');
  expect(variableInputPath('Variable "$input" got invalid value "x" at "input.lines[2].approvedOn"; Date: expected an ISO date')).toBe('lines[2].approvedOn');
  expect(variableInputPath('Variable "$asOf" got invalid value "2020-02-30"; Date: expected an ISO date')).toBe('asOf');
  // A value that itself contains ' at "…"' must not be mistaken for the path.
  expect(variableInputPath('Variable "$input" got invalid value " at \\"input.fake\\"; " at "input.task"; String cannot represent')).toBe('task');
  expect(variableInputPath('amount: must not be negative')).toBeUndefined();
});
