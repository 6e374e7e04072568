import { RuleEngine, suppressionCovers } from '../../src/rules/engine';
import { RuleRegistry } from '../../src/rules/registry';
import { connection, metroCircuit, ruleIds, run, validTopology } from './fixtures';

// Each rule's failing and passing cases are pinned in verdicts/*.cases.ts (rule id, subject,
// property, severity, and a message, fix and source on every finding).

describe('the valid base topology', () => {
  test('has no error finding', () => {
    const errors = run(validTopology()).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });
});

test('unknown values are not judged', () => {
  const t = validTopology();
  const c = t.circuits.find((x) => x.key === 'ams')! as any;
  c.bandwidthMbps = undefined; c.unresolved = ['bandwidthMbps'];
  expect(ruleIds(t)).not.toContain('BW001');
  expect(ruleIds(t)).not.toContain('BW004');
});

test('a rule that throws becomes a "(rule)" finding instead of hiding the others', () => {
  const registry = RuleRegistry.builtIn().register({
    id: 'ACME999', severity: 'error' as any, title: 'broken', source: 'https://example.com',
    check() { throw new TypeError('boom'); },
  });
  const findings = new RuleEngine({ registry }).validate(validTopology()).findings;
  expect(findings.find((f) => f.property === '(rule)')).toMatchObject({ ruleId: 'ACME999', message: 'Rule ACME999 failed to run: boom' });
});

test('GW003 prints the catalog\'s spelling of a location written in another case, and compares without case', () => {
  const t = validTopology();
  (t.gateways.find((g) => g.key === 'gw') as any).sku = 'ErGw3AZ';
  for (let i = 0; i < 4; i++) {
    t.circuits.push(metroCircuit(`a${i}`, { peeringLocation: 'amsterdam metro', serviceProviderName: 'Megaport' }));
    t.connections.push(connection(`gw/a${i}`, 'gw', `a${i}`));
  }
  const found = run(t).filter((f) => f.ruleId === 'GW003');
  expect(found.map((f) => [f.path, f.property, f.severity, f.value])).toEqual([['gw', 'connections', 'error', '"5 at Amsterdam Metro"']]);
  expect(found[0].message).toBe('5 circuits from the peering location "Amsterdam Metro" reach this VNet; the maximum is 4 for all gateways.');
});

test('NAME001 names the other resource and its type with the right article', () => {
  const t = { ...validTopology(), resourceNames: [
    { key: 'one', path: 'one', resourceType: 'azurerm_express_route_circuit', name: 'erc-ams', scope: 'net|azurerm|rg-er' },
    { key: 'two', path: 'two', resourceType: 'azurerm_express_route_circuit', name: 'ERC-AMS', scope: 'net|azurerm|rg-er' },
  ] };
  const messages = run(t).filter((f) => f.ruleId === 'NAME001').map((f) => f.message.split(':')[0]);
  expect(messages).toEqual([
    'two declares an azurerm_express_route_circuit with the same name in the same scope',
    'one declares an azurerm_express_route_circuit with the same name in the same scope',
  ]);
});

test('a suppression covers its subject, what is below it and its count/for_each instances, not a sibling whose id merely starts alike', () => {
  const covered = ['net/Circuit', 'net/Circuit/Private', 'net/Circuit[0]', 'net/Circuit[12]', 'net/Circuit["a/b"]', 'azurerm_x.y[1]'];
  expect(covered.map((p) => suppressionCovers(p.startsWith('azurerm') ? 'azurerm_x.y' : 'net/Circuit', p))).toEqual(covered.map(() => true));
  expect(['net/Circuit2', 'net/Circuit[blue]', 'net/Circuit[0]x'].map((p) => suppressionCovers('net/Circuit', p))).toEqual([false, false, false]);
});
