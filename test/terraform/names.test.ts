/** NAME002 through the `.tf` front end: literal names are judged, names that are not known are not. */
import * as path from 'path';
import { lintFiles } from '../../src/terraform/lint';

const FILE = path.join(__dirname, '..', 'fixtures', 'hcl', 'names', 'main.tf');

test('NAME002 judges every literal name of a type with a documented rule, and nothing that is not known', () => {
  const { results, errors } = lintFiles([FILE]);
  expect(errors).toEqual([]);
  const found = results.flatMap((r) => r.report.findings).filter((f) => f.ruleId === 'NAME002');
  expect(found.map((f) => [f.path, f.property, f.severity, f.suppressed ?? false]).sort()).toEqual([
    ['azurerm_express_route_circuit.each["bad name!"]', 'name', 'error', false],
    ['azurerm_express_route_circuit.space', 'name', 'error', false],
    ['azurerm_express_route_circuit.trailing_period', 'name', 'error', false],
    ['azurerm_management_lock.lock', 'name', 'error', false],
  ]);
  const space = found.find((f) => f.path === 'azurerm_express_route_circuit.space')!;
  expect(space.message).toBe('The name "bad name!" breaks Azure\'s naming rule for Microsoft.Network/expressRouteCircuits (1-80 letters, digits, '
    + 'underscores, periods and hyphens, starting with a letter or digit and ending with a letter, digit or underscore): it contains " " and "!". '
    + 'Azure refuses to create the resource, so the apply fails.');
  expect(found.find((f) => f.path === 'azurerm_management_lock.lock')!.message).toContain('Microsoft.Authorization/locks');
});
