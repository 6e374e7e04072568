/**
 * `npm run test:mixed` (after `npm run package`): an app that mixes frameworks fails at
 * construction with a FrameworkMismatchError, in both directions, instead of synthesizing with no
 * checks (a cdktn-built library in a cdktf app) or failing at synth with a TypeError (a
 * cdktf-built library in a cdktn app). Each case runs in its own process, which loads cdktf and
 * cdktn together on purpose: that is the mistake under test. Both packed tarballs and both
 * frameworks share one node_modules with one constructs (10.7.2, which both accept), as an app's
 * install would; the same layout with matching frameworks must reach the rules (BW001).
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const FLAVOUR_MODULES = path.join(ROOT, 'flavours', 'cdktn', 'node_modules');
const ROOT_MODULES = path.join(ROOT, 'node_modules');
const version = require(path.join(ROOT, 'package.json')).version;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-mixed-'));
const modules = path.join(work, 'node_modules');
const link = (target, name) => {
  fs.mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
  fs.symlinkSync(target, path.join(modules, name));
};
link(path.join(ROOT_MODULES, 'cdktf'), 'cdktf');
link(path.join(ROOT_MODULES, '@cdktf', 'provider-azurerm'), '@cdktf/provider-azurerm');
link(path.join(ROOT_MODULES, '@cdktn', 'hcl2json'), '@cdktn/hcl2json');
link(path.join(FLAVOUR_MODULES, 'cdktn'), 'cdktn');
link(path.join(FLAVOUR_MODULES, '@cdktn', 'provider-azurerm'), '@cdktn/provider-azurerm');
link(path.join(FLAVOUR_MODULES, 'constructs'), 'constructs');
for (const framework of ['cdktf', 'cdktn']) {
  const tarball = path.join(ROOT, 'dist', 'js', `${framework}-expressroute-metro-${version}.tgz`);
  if (!fs.existsSync(tarball)) throw new Error(`no ${tarball}: run npm run package`);
  const dir = path.join(modules, `${framework}-expressroute-metro`);
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
}

fs.writeFileSync(path.join(work, 'app.js'), `
const [framework, library] = process.argv.slice(2);
const { App, TerraformStack } = require(framework);
const { AzurermProvider } = require('@' + framework + '/provider-azurerm/lib/provider');
const lib = require(library);
const app = new App({ outdir: 'out' });
const stack = new TerraformStack(app, 'network');
new AzurermProvider(stack, 'azurerm', { features: [{}] });
let stage = 'construction';
try {
  new lib.ExpressRouteMetroCircuit(stack, 'Circuit', {
    resourceGroupName: 'rg', location: 'West Europe', metro: lib.MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 300,
  });
  stage = 'synth';
  app.synth();
  console.log(JSON.stringify({ stage: 'done' }));
} catch (e) {
  console.log(JSON.stringify({ stage, name: e.name, message: e.message }));
}`);

const cases = [
  ['cdktf', 'cdktn-expressroute-metro', (r) => r.stage === 'construction' && r.name === 'FrameworkMismatchError'
    && r.message.startsWith('cdktn-expressroute-metro is built for cdktn 0.24') && r.message.includes('install cdktf-expressroute-metro')],
  ['cdktn', 'cdktf-expressroute-metro', (r) => r.stage === 'construction' && r.name === 'FrameworkMismatchError'
    && r.message.startsWith('cdktf-expressroute-metro is built for cdktf 0.21') && r.message.includes('install cdktn-expressroute-metro')],
  ['cdktf', 'cdktf-expressroute-metro', (r) => r.stage === 'synth' && r.name === 'ValidationError' && r.message.includes('BW001')],
  ['cdktn', 'cdktn-expressroute-metro', (r) => r.stage === 'synth' && r.name === 'ValidationError' && r.message.includes('BW001')],
];
let failed = 0;
for (const [framework, library, expected] of cases) {
  const out = execFileSync(process.execPath, ['--preserve-symlinks', 'app.js', framework, library], { cwd: work, encoding: 'utf8' });
  const result = JSON.parse(out.trim().split('\n').pop());
  const ok = expected(result);
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${library} in a ${framework} app: ${result.stage}${result.name ? `, ${result.name}: ${result.message.split('\n')[0]}` : ''}`);
}
fs.rmSync(work, { recursive: true, force: true });
console.log(`mixed-framework test: ${cases.length - failed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
