/**
 * Issue 12's principle on every pinned failing case: when the value a finding is about is not
 * known (a variable, a reference, known after apply), that finding goes away.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Topology } from '../../src/model/topology';
import { RuleEngine } from '../../src/rules/engine';
import { VerdictCase } from './verdicts/case';

const DIR = path.join(__dirname, 'verdicts');
const cases: VerdictCase[] = fs.readdirSync(DIR).filter((f) => f.endsWith('.cases.ts')).sort()
  .flatMap((f) => (require(path.join(DIR, f)) as { CASES: VerdictCase[] }).CASES);

/** Every node of a topology. */
function nodes(t: Topology): Array<Record<string, unknown>> {
  return [...t.ports, ...t.circuits, ...t.peerings, ...t.gateways, ...t.connections, ...t.globalReach,
    ...t.routeFilters, ...t.outputs, ...t.migrations, ...(t.keyVaults ?? [])] as unknown as Array<Record<string, unknown>>;
}

/**
 * Findings whose property names something other than the value judged: METRO004 reads the metro
 * from the port's peering location too; PLAN001/PLAN002 name the attribute a plan replaces for;
 * GW013 judges the provider version; SEC004 judges `sensitive`, which Terraform requires literal.
 */
const NOT_THE_VALUE = new Set(['METRO004', 'PLAN001', 'PLAN002', 'GW013', 'SEC004']);

// Findings on a plain model field of their subject (not on counts, links or derived properties).
const judged = cases.flatMap((c) => c.expect.map((e) => ({ c, e })))
  .filter(({ c }) => !NOT_THE_VALUE.has(c.ruleId))
  .filter(({ c, e }) => {
    const node = nodes(c.topology()).find((n) => n.path === e.subject);
    return node !== undefined && Object.prototype.hasOwnProperty.call(node, e.property) && node[e.property] !== undefined
      && typeof node[e.property] !== 'object';
  });

test('the check covers many findings', () => {
  expect(judged.length).toBeGreaterThan(60);
});

test.each(judged.map(({ c, e }) => [c.ruleId, c.name, e.subject, e.property, c] as const))(
  '%s (%s): %s.%s unknown is not judged', (ruleId, _name, subject, property, c) => {
    const t = c.topology();
    const node = nodes(t).find((n) => n.path === subject)!;
    delete node[property];
    node.unresolved = [...((node.unresolved as string[] | undefined) ?? []), property];
    const left = new RuleEngine().validate(t).findings.filter((f) => f.ruleId === ruleId && f.path === subject && f.property === property);
    expect(left).toEqual([]);
  });
