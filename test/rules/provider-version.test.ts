import { admitsOnlyBelow, admitsOnlyFrom, highestAdmitted, lowestAdmitted } from '../../src/rules/provider-version';

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

test.each([
  ['>= 4.60.0, < 5.0.0', { version: [5, 0, 0], inclusive: false }],
  ['4.60.0', { version: [4, 60, 0], inclusive: true }],
  ['<= 4.81.0', { version: [4, 81, 0], inclusive: true }],
  ['~> 4.60', { version: [5, 0, 0], inclusive: false }],
  ['~> 4.60.1', { version: [4, 61, 0], inclusive: false }],
  ['< 5.0.0, <= 4.70.0', { version: [4, 70, 0], inclusive: true }],
  ['>= 4.60.0', undefined],
  ['latest', undefined],
])('the upper bound of %s', (constraint, expected) => {
  expect(highestAdmitted(constraint)).toEqual(expected);
});

test('whether a range admits only versions below a limit', () => {
  expect(admitsOnlyBelow('>= 4.59.0, < 4.82.0', '4.82.0')).toBe(true);
  expect(admitsOnlyBelow('4.82.0', '4.82.0')).toBe(false);
  expect(admitsOnlyBelow('~> 4.60', '4.82.0')).toBe(false);
  expect(admitsOnlyBelow('>= 4.60', '4.82.0')).toBeUndefined();
});
