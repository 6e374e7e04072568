import { RuleEngine } from '../../src/rules/engine';
import { RuleRegistry } from '../../src/rules/registry';
import { ruleIds, run, validTopology } from './fixtures';

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
