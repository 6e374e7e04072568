import * as fs from 'fs';
import * as path from 'path';
import { RULE_BASIS } from '../../src/rules/basis';
import { RuleRegistry } from '../../src/rules/registry';
import { ruleSourcesMarkdown } from '../../src/rules/rule-sources';

const DOC = path.join(__dirname, '..', '..', 'docs', 'rule-sources.md');

test('every built-in rule states its condition, quote and page revision', () => {
  const missing = RuleRegistry.builtIn().rules.filter((r) => !r.basis || !r.basis.quote || !r.basis.revision || !r.basis.condition).map((r) => r.id);
  expect(missing).toEqual([]);
});

test('the basis table names only built-in rules', () => {
  const ids = new Set(RuleRegistry.builtIn().rules.map((r) => r.id));
  expect(Object.keys(RULE_BASIS).filter((id) => !ids.has(id))).toEqual([]);
});

test('docs/rule-sources.md is current (UPDATE_RULE_SOURCES=1 regenerates it)', () => {
  const expected = ruleSourcesMarkdown(RuleRegistry.builtIn());
  if (process.env.UPDATE_RULE_SOURCES === '1') fs.writeFileSync(DOC, expected);
  expect(fs.readFileSync(DOC, 'utf8')).toBe(expected);
});

test('a changed quote is a one-row diff', () => {
  const registry = RuleRegistry.builtIn();
  const before = ruleSourcesMarkdown(registry).split('\n');
  const rule = registry.tryGet('GW004')!;
  const changed = RuleRegistry.builtIn().without('GW004').register({ ...rule, basis: { ...rule.basis!, quote: 'a new sentence', revision: 'ms.date 01/01/2027' } });
  const after = ruleSourcesMarkdown(changed).split('\n');
  expect(after.filter((l, i) => l !== before[i])).toEqual([expect.stringMatching(/^\| GW004 \| error \| yes \| .* \| "a new sentence" \| .*\(ms\.date 01\/01\/2027\) \|$/)]);
});
