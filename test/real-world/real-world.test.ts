import { CONFIGURATIONS, Expected, KNOWN_FALSE, Missed } from './expected';
import { Got, lintCorpus, Linted, sortFindings } from './lint-corpus';

/** Real public Terraform: every finding judged (EXPECTED.md); no false error. */
let linted: Map<string, Linted>;

beforeAll(async () => {
  linted = await lintCorpus(CONFIGURATIONS.map((c) => c.dir));
}, 120_000);

const key = (f: Got) => `${f.ruleId} ${f.severity} ${f.subject} ${f.property}`;
const strip = (f: Expected): Got => ({ ruleId: f.ruleId, subject: f.subject, property: f.property, severity: f.severity });
const falseIn = (dir: string) => KNOWN_FALSE.filter((k) => k.dir === dir).map(strip);
const matches = (m: Missed, f: Got) => f.severity === m.severity && m.property.test(f.property)
  && (typeof m.subject === 'string' ? f.subject === m.subject : m.subject.test(f.subject));

test('the corpus holds at least 30 configurations', () => {
  expect(CONFIGURATIONS.length).toBeGreaterThanOrEqual(30);
  expect(new Set(CONFIGURATIONS.map((c) => c.dir)).size).toBe(CONFIGURATIONS.length);
});

describe.each(CONFIGURATIONS.map((c) => [c.dir, c] as const))('%s', (dir, config) => {
  test('every input is usable', () => {
    expect(linted.get(dir)!.unusable).toEqual([]);
  });

  // Exactly the judged findings, the tool's known false ones aside.
  test('reports exactly the judged findings', () => {
    const got = linted.get(dir)!.findings;
    const knownFalse = new Set(falseIn(dir).map(key));
    expect(got.filter((f) => !knownFalse.has(key(f))).map(key)).toEqual(sortFindings(config.expected.map(strip)).map(key));
  });

  // A known false finding must still be there: a stale entry hides nothing and is removed.
  for (const f of falseIn(dir)) {
    test(`still reports the known false ${key(f)}`, () => {
      expect(linted.get(dir)!.findings.map(key)).toContain(key(f));
    });
  }

  // True mistakes no rule reports yet: these fail until a rule catches them (a finding beyond
  // the judged ones), then the entry moves to `expected` with its rule id.
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
    return linted.get(c.dir)!.findings.filter((f) => f.severity === 'error' && !expected.has(key(f))).map((f) => `${c.dir}: ${key(f)}`);
  });
  expect(falseErrors).toEqual([]);
});
