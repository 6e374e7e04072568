import { admitsOnlyFrom, lowestAdmitted } from '../../src/rules/provider-version';

test.each([
  ['4.55.0', [4, 55, 0]],
  ['>= 4.60.0, < 5.0.0', [4, 60, 0]],
  ['~> 4.0', [4, 0, 0]],
  ['> 4.59.0', [4, 59, 1]],
  ['>= 4.1, >= 4.70', [4, 70, 0]],
  ['< 5.0.0', undefined],
  ['latest', undefined],
])('the lowest version %s admits', (constraint, expected) => {
  expect(lowestAdmitted(constraint)).toEqual(expected);
});

test('whether a range admits only versions from a minimum', () => {
  expect(admitsOnlyFrom('>= 4.60.0, < 5.0.0', '4.60.0')).toBe(true);
  expect(admitsOnlyFrom('4.55.0', '4.60.0')).toBe(false);
  expect(admitsOnlyFrom(undefined, '4.60.0')).toBeUndefined();
});
