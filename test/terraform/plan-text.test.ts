import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lintFile, lintText } from '../../src/terraform/lint';
import { PlanText } from '../../src/terraform/records';
import { isModelledType } from '../../src/terraform/to-topology';
import { fixture } from './fixtures';

const summary = (r: ReturnType<typeof lintFile>) => r.report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.path} ${f.property}`).sort();

test('a plan read selectively gives the findings of the whole document', () => {
  const text = fs.readFileSync(fixture('plan-replace.json'), 'utf8');
  const doc = JSON.parse(text);
  // More of what real plans hold: prior state, unrelated resources, pretty-printed text.
  doc.prior_state = { values: { root_module: { resources: [{ address: 'x.y', type: 'x', values: { a: '\\"}]' } }] } } };
  doc.planned_values.root_module.resources.push({ address: 'azurerm_storage_account.s', mode: 'managed', type: 'azurerm_storage_account', values: { name: 'st"}{' } });
  const pretty = JSON.stringify(doc, null, 2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-plantext-'));
  fs.writeFileSync(path.join(dir, 'plan.json'), pretty);
  const selective = lintFile(path.join(dir, 'plan.json'));
  expect(summary(selective)).toEqual(summary(lintFile(fixture('plan-replace.json'))));
  expect(summary(selective)).toContain('error PLAN001 azurerm_express_route_circuit.old peering_location');

  const reader = new PlanText(Buffer.from(pretty), isModelledType);
  const reduced = reader.read()!;
  expect(reduced.prior_state).toBeUndefined();
  expect(JSON.stringify(reduced)).not.toContain('azurerm_storage_account');
  // Lines point at the resource's entry in resource_changes.
  const primary = reader.lines.get('azurerm_express_route_circuit.old')!;
  expect(pretty.split('\n')[primary].trim()).toBe('"address": "azurerm_express_route_circuit.old",');
  expect(selective.line('azurerm_express_route_circuit.old')).toBe(primary);
});

test('a truncated plan is still reported as truncated JSON', () => {
  const text = fs.readFileSync(fixture('plan-replace.json'), 'utf8');
  expect(() => lintText(text.slice(0, Math.floor(text.length / 2)), 'cut.json')).toThrow(/truncated JSON/);
});
