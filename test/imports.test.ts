import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const DIRS = ['src', 'test', 'examples', 'bench'];
const ROOT_IMPORT = /(?:from\s+|require\(\s*|import\(\s*)['"]@cdktf\/provider-azurerm['"]/;

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === '__snapshots__' ? [] : files(p);
    return /\.(ts|js)$/.test(e.name) ? [p] : [];
  });
}

test('no file imports the provider package root (3 s and 400 MB per process)', () => {
  const offenders = DIRS.flatMap((d) => files(path.join(ROOT, d)))
    .filter((f) => f !== __filename && ROOT_IMPORT.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(ROOT, f));
  expect(offenders).toEqual([]);
});

test('the check catches a root import', () => {
  const root = ['@cdktf', 'provider-azurerm'].join('/');
  expect(ROOT_IMPORT.test(`import { ExpressRouteCircuit } from '${root}';`)).toBe(true);
  expect(ROOT_IMPORT.test(`const p = require('${root}')`)).toBe(true);
  expect(ROOT_IMPORT.test("import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';")).toBe(false);
});

test('only src/core imports cdktf or the provider inside src (the cdktn seams)', () => {
  const offenders = files(path.join(ROOT, 'src'))
    .filter((f) => !f.includes(`${path.sep}core${path.sep}`))
    .filter((f) => /from\s+['"](cdktf|@cdktf\/provider-azurerm[^'"]*)['"]/.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(ROOT, f));
  expect(offenders).toEqual([]);
});
