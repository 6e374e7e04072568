import * as fs from 'fs';
import * as path from 'path';
import { README, renderReadme } from '../scripts/docs';

test('the catalog and rule tables in README.md are current (npm run docs)', () => {
  const text = fs.readFileSync(README, 'utf8');
  expect(renderReadme(text)).toBe(text);
});

test('the README holds exactly the two set-up commands', () => {
  const text = fs.readFileSync(README, 'utf8');
  const setup = text.slice(text.indexOf('## Set up'), text.indexOf('\n## ', text.indexOf('## Set up') + 1));
  const commands = [...setup.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].trim());
  expect(commands).toEqual(['npm ci && npm run synth', 'npm test']);
});

test('the table of construct-time errors lists every rule id a construct throws (constructError)', () => {
  const src = path.join(__dirname, '..', 'src');
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  const thrown = new Set<string>();
  for (const file of files(src)) {
    if (file.endsWith(`${path.sep}errors.ts`)) continue;
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('constructError(')) continue;
    for (const m of text.matchAll(/ruleId: '([A-Z]+\d{3})'/g)) thrown.add(m[1]);
  }
  const text = fs.readFileSync(README, 'utf8');
  const section = text.slice(text.indexOf('## What fails the synth'), text.indexOf('The error has no enumerable property'));
  const listed = new Set([...section.matchAll(/^\| ([A-Z]+\d{3}) \|/gm)].map((m) => m[1]));
  expect([...listed].sort()).toEqual([...thrown].sort());
  expect(thrown.size).toBeGreaterThanOrEqual(7);
});
