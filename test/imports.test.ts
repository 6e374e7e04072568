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

/**
 * Layers inside src: each folder imports only the folders listed for it (its own included).
 * Folders not listed are not constrained here.
 */
const LAYERS: Record<string, string[]> = {
  util: [],
  model: ['util'],
  catalog: ['model', 'util', 'errors'],
  // The failure simulation sits beside the rules: its verdicts are rules, it reads their lookups.
  simulation: ['rules', 'catalog', 'model', 'util'],
  rules: ['simulation', 'catalog', 'model', 'util'],
  report: ['simulation', 'rules', 'catalog', 'model', 'util'],
  terraform: ['report', 'simulation', 'rules', 'catalog', 'model', 'util', 'errors'],
  constructs: ['core', 'report', 'simulation', 'rules', 'catalog', 'model', 'util', 'errors'],
};
/** The synth-time check judges what each stack writes through the Terraform reader: the one construct file that may. */
const MAY_IMPORT_TERRAFORM = [path.join('src', 'constructs', 'validation.ts')];

/** The src folders (or top-level modules, `errors`) a file imports, from its relative import paths. */
function importedLayers(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const specs = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  const src = path.join(ROOT, 'src');
  return [...new Set(specs.map((s) => path.relative(src, path.resolve(path.dirname(file), s)).split(path.sep)[0]))];
}

test.each(Object.keys(LAYERS))('src/%s imports only the layers below it', (layer) => {
  const allowed = new Set([layer, ...LAYERS[layer]]);
  const offenders = files(path.join(ROOT, 'src', layer)).flatMap((f) => {
    const rel = path.relative(ROOT, f);
    const extra = MAY_IMPORT_TERRAFORM.includes(rel) ? ['terraform'] : [];
    return importedLayers(f).filter((l) => !allowed.has(l) && !extra.includes(l)).map((l) => `${rel} -> ${l}`);
  });
  expect(offenders).toEqual([]);
});

test('the layer check sees an upward import', () => {
  const probe = path.join(ROOT, 'src', 'catalog', 'probe.ts');
  expect(importedLayers(probe, "import { safeJson } from '../rules/finding';\nimport { x } from './types';\n")).toEqual(['rules', 'catalog']);
});

test('the custom-synthesis symbol is named only in the framework seam', () => {
  const offenders = files(path.join(ROOT, 'src'))
    .filter((f) => !f.includes(`${path.sep}core${path.sep}`))
    .filter((f) => fs.readFileSync(f, 'utf8').includes('cdktf/customSynthesis'))
    .map((f) => path.relative(ROOT, f));
  expect(offenders).toEqual([]);
});
