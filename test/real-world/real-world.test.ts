import { CONFIGURATIONS, Expected, KNOWN_FALSE, KNOWN_UNREPORTED, KnownDefect, Missed, RealWorldConfig } from './expected';
import { findingKey as key, Got, lintCorpus, Linted, sortFindings } from './lint-corpus';

/**
 * Real public Terraform, linted through the `.tf` front end: every configuration gets exactly
 * its judged findings (test/fixtures/real-world/EXPECTED.md) and no false error.
 */
let linted: Map<string, Linted>;

beforeAll(() => {
  linted = lintCorpus(CONFIGURATIONS);
}, 120_000);

const nameOf = (c: RealWorldConfig) => c.name ?? c.dir;
const strip = (f: Expected): Got => ({ ruleId: f.ruleId, subject: f.subject, property: f.property, severity: f.severity });
const defectsIn = (list: readonly KnownDefect[], dir: string) => list.filter((k) => k.dir === dir).map(strip);
const matches = (m: Missed, f: Got) => f.severity === m.severity && m.property.test(f.property)
  && (typeof m.subject === 'string' ? f.subject === m.subject : m.subject.test(f.subject));

test('the corpus holds at least 30 configurations, each once', () => {
  expect(CONFIGURATIONS.length).toBeGreaterThanOrEqual(30);
  expect(new Set(CONFIGURATIONS.map(nameOf)).size).toBe(CONFIGURATIONS.length);
  for (const k of [...KNOWN_FALSE, ...KNOWN_UNREPORTED]) expect(CONFIGURATIONS.map(nameOf)).toContain(k.dir);
});

describe.each(CONFIGURATIONS.map((c) => [nameOf(c), c] as const))('%s', (dir, config) => {
  test('every input is usable', () => {
    expect(linted.get(dir)!.unusable).toEqual([]);
  });

  // Exactly the judged findings, the listed defects of the tool aside.
  test('reports exactly the judged findings', () => {
    const knownFalse = new Set(defectsIn(KNOWN_FALSE, dir).map(key));
    const unreported = new Set(defectsIn(KNOWN_UNREPORTED, dir).map(key));
    const got = linted.get(dir)!.findings.filter((f) => !knownFalse.has(key(f)));
    const expected = sortFindings(config.expected.map(strip)).filter((f) => !unreported.has(key(f)));
    expect(got.map(key)).toEqual(expected.map(key));
  });

  if (config.resiliency) {
    test('prints the judged resiliency tiers', () => {
      expect(linted.get(dir)!.resiliency).toEqual(config.resiliency);
    });
  }

  // A listed defect must still be there: a stale entry hides nothing and goes.
  for (const f of defectsIn(KNOWN_FALSE, dir)) {
    test(`still reports the known false ${key(f)}`, () => {
      expect(linted.get(dir)!.findings.map(key)).toContain(key(f));
    });
  }
  for (const f of defectsIn(KNOWN_UNREPORTED, dir)) {
    test(`still misses the judged ${key(f)}`, () => {
      expect(config.expected.map((e) => key(strip(e)))).toContain(key(f));
      expect(linted.get(dir)!.findings.map(key)).not.toContain(key(f));
    });
  }

  // True mistakes no rule reports yet: these fail until a rule catches them (a finding beyond
  // the judged ones); then the entry moves to `expected` with its rule id.
  for (const m of config.missed ?? []) {
    test.failing(`catches: ${m.what}`, () => {
      const judged = new Set(config.expected.map((f) => key(strip(f))));
      expect(linted.get(dir)!.findings.filter((f) => !judged.has(key(f))).some((f) => matches(m, f))).toBe(true);
    });
  }
});

// Zero false errors on real code: every error reported is one the judgment expects.
(KNOWN_FALSE.some((k) => k.severity === 'error') ? test.failing : test)('no configuration gets a false error', () => {
  const falseErrors = CONFIGURATIONS.flatMap((c) => {
    const expected = new Set(c.expected.map((f) => key(strip(f))));
    return linted.get(nameOf(c))!.findings.filter((f) => f.severity === 'error' && !expected.has(key(f))).map((f) => `${nameOf(c)}: ${key(f)}`);
  });
  expect(falseErrors).toEqual([]);
});
