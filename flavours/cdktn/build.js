/**
 * `npm run build:cdktn`: builds the cdktn-expressroute-metro package from the same `src/`.
 *
 * The library imports the framework and the provider bindings only in `src/core` (a test keeps
 * it so). This copies `src/` to `build/src`, renames the module names in `build/src/core` only
 * (`cdktf` -> `cdktn`, `@cdktf/provider-azurerm` -> `@cdktn/provider-azurerm`; the global
 * `Symbol.for('cdktf/...')` keys stay, cdktn keeps them), compiles it with this folder's
 * node_modules (cdktn 0.24, @cdktn/provider-azurerm 16, constructs 10.7) into
 * `build/package/lib`, checks that nothing compiled still names cdktf, and writes the package's
 * package.json (the root one with this flavour's name, peers and keywords), README and LICENSE.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const HERE = __dirname;
const ROOT = path.join(HERE, '..', '..');
const BUILD = path.join(HERE, 'build');
const PACKAGE = path.join(BUILD, 'package');
/** A module specifier naming the cdktf framework or its azurerm bindings, in an import, export or require. */
const CDKTF_SPECIFIER = /((?:from|import|require\()\s*\(?\s*)(['"])(cdktf|@cdktf\/provider-azurerm)((?:\/[^'"]*)?)\2/g;
const RENAMES = { cdktf: 'cdktn', '@cdktf/provider-azurerm': '@cdktn/provider-azurerm' };

function files(dir, pattern) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p, pattern);
    return pattern.test(e.name) ? [p] : [];
  });
}

function namesCdktf(file) {
  return new RegExp(CDKTF_SPECIFIER.source).test(fs.readFileSync(file, 'utf8'));
}

if (!fs.existsSync(path.join(HERE, 'node_modules', 'cdktn'))) {
  throw new Error('The cdktn toolchain is not installed: run `npm run install:cdktn` (npm ci in flavours/cdktn).');
}
fs.rmSync(BUILD, { recursive: true, force: true });
fs.cpSync(path.join(ROOT, 'src'), path.join(BUILD, 'src'), { recursive: true });

const core = path.join(BUILD, 'src', 'core');
const outside = files(path.join(BUILD, 'src'), /\.ts$/).filter((f) => !f.startsWith(core + path.sep) && namesCdktf(f));
if (outside.length > 0) {
  throw new Error(`Only src/core may import cdktf or its provider bindings; also: ${outside.map((f) => path.relative(BUILD, f)).join(', ')}`);
}
let renamed = 0;
for (const file of files(core, /\.ts$/)) {
  const text = fs.readFileSync(file, 'utf8');
  const swapped = text.replace(CDKTF_SPECIFIER, (_all, lead, quote, name, rest) => {
    renamed++;
    return `${lead}${quote}${RENAMES[name]}${rest}${quote}`;
  });
  fs.writeFileSync(file, swapped);
}
if (renamed === 0) throw new Error('src/core names no cdktf module: nothing to swap');

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', path.join(HERE, 'tsconfig.build.json')], { stdio: 'inherit' });

const stale = files(path.join(PACKAGE, 'lib'), /\.(js|d\.ts)$/).filter(namesCdktf);
if (stale.length > 0) throw new Error(`The cdktn build still names cdktf in ${stale.map((f) => path.relative(PACKAGE, f)).join(', ')}`);

const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const flavour = JSON.parse(fs.readFileSync(path.join(HERE, 'package.json'), 'utf8')).publish;
const pkg = {
  name: flavour.name,
  version: root.version,
  description: flavour.description,
  license: root.license,
  main: root.main,
  types: root.types,
  bin: root.bin,
  files: root.files,
  engines: flavour.engines,
  keywords: root.keywords.map((k) => (k === 'cdktf' ? 'cdktn' : k)),
  peerDependencies: flavour.peerDependencies,
  dependencies: root.dependencies,
  author: root.author,
  repository: root.repository,
};
fs.writeFileSync(path.join(PACKAGE, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
for (const f of ['README.md', 'LICENSE']) fs.copyFileSync(path.join(ROOT, f), path.join(PACKAGE, f));
console.log(`${pkg.name}@${pkg.version}: ${renamed} module names swapped in src/core, built in ${path.relative(ROOT, PACKAGE)}`);
