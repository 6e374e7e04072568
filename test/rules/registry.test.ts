import { SecretInput } from '../../src/model/topology';
import { RuleEngine } from '../../src/rules/engine';
import { Severity } from '../../src/rules/finding';
import { RuleRegistry } from '../../src/rules/registry';
import { validTopology } from './fixtures';

describe('RuleRegistry.checkSuppression', () => {
  const registry = RuleRegistry.builtIn();

  test('a known, suppressible rule with a reason of 10 characters or more is valid', () => {
    expect(registry.checkSuppression('DUAL003', 'single-site lab gateway')).toEqual([]);
  });

  test('an unknown id names the close ids', () => {
    expect(registry.checkSuppression('DUAL03', 'single-site lab gateway')).toEqual([
      '"DUAL03" is not a registered rule id; did you mean DUAL003, DUAL053?',
    ]);
    expect(registry.checkSuppression('ACME999', 'a long enough reason')).toEqual(['"ACME999" is not a registered rule id.']);
  });

  test('a reason under 10 characters is rejected', () => {
    expect(registry.checkSuppression('DUAL003', '  lab  ')).toEqual([
      'The reason for suppressing DUAL003 has 3 characters; give at least 10 saying why.',
    ]);
  });

  test('a rule that is not suppressible is rejected, with every other problem at once', () => {
    expect(registry.checkSuppression('SEC001', 'short')).toEqual([
      'SEC001 cannot be suppressed: A BGP MD5 key is a reference, not a literal.',
      'The reason for suppressing SEC001 has 5 characters; give at least 10 saying why.',
    ]);
  });

  test('the SEC rules are the built-in rules that cannot be suppressed', () => {
    expect(registry.describe().filter((r) => !r.suppressible).map((r) => r.id)).toEqual(['SEC001', 'SEC002', 'SEC003', 'SEC004', 'SEC005']);
  });
});

describe('the engine reads suppressible from the rule', () => {
  const literalKey = () => {
    const t = validTopology();
    (t.peerings[0] as { sharedKey?: SecretInput; sharedKeyWellFormed?: boolean }).sharedKey = SecretInput.LITERAL;
    (t.peerings[0] as { sharedKeyWellFormed?: boolean }).sharedKeyWellFormed = true;
    return t;
  };

  test('a suppression of a rule that is not suppressible leaves its finding live', () => {
    const engine = new RuleEngine({ suppressions: [{ ruleId: 'SEC001', path: '*', reason: 'we know what we do' }] });
    const f = engine.validate(literalKey()).findings.find((x) => x.ruleId === 'SEC001')!;
    expect(f).toMatchObject({ suppressed: false, severity: Severity.ERROR });
  });

  test('a company rule can be made unsuppressible, whatever its prefix', () => {
    const registry = RuleRegistry.builtIn().register({
      id: 'ACME001', severity: Severity.WARNING, title: 'always', source: 'https://example.com', suppressible: false,
      check: (ctx) => ctx.report({ subject: ctx.topology.circuits[0], property: 'x', message: 'always reported', fix: 'none' }),
    });
    const engine = new RuleEngine({ registry, suppressions: [{ ruleId: 'ACME001', path: '*', reason: 'try to hide it' }] });
    expect(engine.validate(validTopology()).findings.find((x) => x.ruleId === 'ACME001')).toMatchObject({ suppressed: false });
  });

  test('a suppressible rule is suppressed', () => {
    const t = validTopology();
    const ms = t.peerings.find((p) => p.peeringType === 'MicrosoftPeering') as { hasRouteFilter?: boolean; routeFilterKey?: string };
    ms.hasRouteFilter = false;
    delete ms.routeFilterKey;
    const engine = new RuleEngine({ suppressions: [{ ruleId: 'PEER009', path: '*', reason: 'the filter is attached by the network team' }] });
    expect(engine.validate(t).findings.find((x) => x.ruleId === 'PEER009')).toMatchObject({ suppressed: true });
  });
});
