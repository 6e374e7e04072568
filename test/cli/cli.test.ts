import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';
import { run } from '../../src/cli/main';

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, (s) => { stdout += s; }, (s) => { stderr += s; });
  return { code, stdout, stderr };
}

test('catalog prints one JSON document with every metro', () => {
  const r = cli('catalog');
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(doc.metros).toHaveLength(28);
  expect(doc.asOf).toBe('2026-05-10');
});

test('catalog --format markdown prints a table', () => {
  const r = cli('catalog', '--format', 'markdown');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('| Amsterdam Metro | Amsterdam, Amsterdam2 | 1 | West Europe | yes |');
  expect(r.stdout).toContain('| Copenhagen Metro | Copenhagen, unknown |');
});

test('rules prints the registry as JSON and Markdown', () => {
  const json = JSON.parse(cli('rules', '--format=json').stdout);
  expect(json.rules.map((r: any) => r.id)).toContain('METRO001');
  expect(json.rules.every((r: any) => r.source.startsWith('https://'))).toBe(true);
  expect(cli('rules', '--format', 'markdown').stdout).toMatch(/^\| Rule \| Severity \| Title \| Source \|/);
});

test.each([
  [['catalog', '--format', 'yaml'], /unknown format "yaml"/],
  [['catalog', '--bogus', 'x'], /unknown option --bogus/],
  [['frobnicate'], /unknown command "frobnicate"/],
  [['rules', '--format'], /--format needs a value/],
  [['catalog', '--catalog', '/nonexistent.json'], /cannot read the file/],
])('bad input %j: one line on stderr, exit 2', (argv, message) => {
  const r = cli(...argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
});

test('runs as a process with exit codes', () => {
  const main = path.join(__dirname, '../../src/cli/main.ts');
  const ok = execFileSync('npx', ['ts-node', '--transpile-only', main, 'rules'], { encoding: 'utf8' });
  expect(JSON.parse(ok).rules.length).toBeGreaterThan(40);
  const bad = spawnSync('npx', ['ts-node', '--transpile-only', main, 'catalog', '--format', 'xml'], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/unknown format "xml"/);
}, 30000);
