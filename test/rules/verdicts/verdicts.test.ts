import * as fs from 'fs';
import * as path from 'path';
import { Topology } from '../../../src/model/topology';
import { RuleRegistry } from '../../../src/rules/registry';
import { byText, findingsOf, VerdictCase, verdictOf } from './case';
import { PENDING } from './pending';

const cases: VerdictCase[] = fs.readdirSync(__dirname)
  .filter((f) => f.endsWith('.cases.ts'))
  .sort()
  .flatMap((f) => (require(path.join(__dirname, f)) as { CASES: VerdictCase[] }).CASES);

describe('pinned verdicts', () => {
  test.each(cases.map((c) => [c.ruleId, c.name, c] as const))('%s: %s', (_id, _name, c) => {
    const findings = findingsOf(c);
    expect(verdictOf(findings)).toEqual([...c.expect].sort(byText));
    for (const f of findings) {
      // A finding stands alone: what is wrong, how to fix it, and the documented source.
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.fix.length).toBeGreaterThan(5);
      expect(f.source).toMatch(/^https:\/\//);
    }
  });

  test('every built-in rule has a failing and a passing case (or is listed as pending)', () => {
    const missing: string[] = [];
    for (const rule of RuleRegistry.builtIn().rules) {
      if (PENDING.has(rule.id)) continue;
      const mine = cases.filter((c) => c.ruleId === rule.id);
      if (!mine.some((c) => c.expect.length > 0)) missing.push(`${rule.id}: no failing case`);
      if (!mine.some((c) => c.expect.length === 0)) missing.push(`${rule.id}: no passing case`);
    }
    expect(missing).toEqual([]);
  });

  test('a pending rule id is a built-in rule without full cases yet', () => {
    const ids = new Set(RuleRegistry.builtIn().rules.map((r) => r.id));
    const stale = [...PENDING].filter((id) => !ids.has(id)
      || (cases.some((c) => c.ruleId === id && c.expect.length > 0) && cases.some((c) => c.ruleId === id && c.expect.length === 0)));
    expect(stale).toEqual([]);
  });
});

/** The topology with every node list in reverse order. */
function reversed(t: Topology): Topology {
  const out: Record<string, unknown> = { ...t };
  for (const [k, v] of Object.entries(t)) if (Array.isArray(v)) out[k] = [...v].reverse();
  return out as unknown as Topology;
}

/** Rules whose findings still depend on the order of the nodes. Only ever shrinks: none is left. */
const ORDER_DEPENDENT: ReadonlySet<string> = new Set<string>([]);

// The synth reads nodes in construct order, the lint in the order of cdk.tf.json: a rule's findings
// must not depend on it, or the two disagree.
test('every case gives the same findings with every node list reversed', () => {
  const differ = new Set<string>();
  for (const c of cases) {
    const forward = verdictOf(findingsOf(c));
    const backward = verdictOf(findingsOf({ ...c, topology: () => reversed(c.topology()) }));
    if (JSON.stringify(backward) !== JSON.stringify(forward)) differ.add(c.ruleId);
  }
  expect([...differ].sort()).toEqual([...ORDER_DEPENDENT].sort());
});
