/**
 * The generated app: it compiles under the cdktf template's tsconfig, synthesizes green, and
 * its synthesized model equals the model of the Azure JSON it came from (round trip), with an
 * import block for every adopted resource and no secret in any file.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { assessEstate } from '../../src/estate/assess';
import { readAzureTexts } from '../../src/estate/azure-json';
import { generateApp } from '../../src/estate/generate';
import { estateTerraformJson } from '../../src/estate/to-terraform';
import { Topology } from '../../src/model/topology';
import { joinCarried } from '../../src/terraform/join-carried';
import { normalise } from '../../src/terraform/records';
import { toTopology } from '../../src/terraform/to-topology';

const ROOT = path.join(__dirname, '..', '..');
const MODULES = path.join(ROOT, 'node_modules');
const DIR = path.join(__dirname, '..', 'fixtures', 'estate');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(DIR, f));
const inputs = files.map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));

/** The library's type declarations: the build's, else emitted once for this test. */
function libraryTypes(tmp: string): string {
  const built = path.join(ROOT, 'lib', 'index.d.ts');
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newest(path.join(ROOT, 'src'))) return built;
  const out = path.join(tmp, 'types');
  execFileSync(process.execPath, [path.join(MODULES, 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'),
    '--emitDeclarationOnly', '--declaration', '--outDir', out], { stdio: 'pipe' });
  return path.join(out, 'index.d.ts');
}

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Keys and cross-references by Azure id instead of Terraform address; paths dropped. */
function byAzureId(t: Topology, idOf: (key: string) => string): Record<string, unknown[]> {
  const KEYS = new Set(['key', 'virtualNetwork', 'circuitKey', 'peerCircuitKey', 'portKey', 'gatewayKey', 'routeFilterKey', 'sourceCircuitKey', 'targetCircuitKey', 'testGatewayKey']);
  const map = (node: Record<string, unknown>) => Object.fromEntries(Object.entries(node)
    .filter(([k, v]) => k !== 'path' && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => [k, KEYS.has(k) && typeof v === 'string' ? idOf(v) : v]));
  const out: Record<string, unknown[]> = {};
  for (const [kind, nodes] of Object.entries(t)) {
    if (!Array.isArray(nodes)) continue;
    out[kind] = (nodes as Array<Record<string, unknown>>).map(map).sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1));
  }
  return out;
}

/** The model the lint sees: the mapping plus the intent the document carries. */
function modelOf(doc: Record<string, unknown>): Topology {
  const n = normalise(doc)!;
  return joinCarried(toTopology(n, []), [doc], n.resources, []);
}

function importsOf(doc: Record<string, unknown>): Map<string, string> {
  const blocks = Array.isArray(doc.import) ? doc.import as Array<{ to: string; id: string }> : [];
  return new Map(blocks.map((b) => [b.to, b.id]));
}

describe('generate an app that adopts the estate', () => {
  const { estate } = readAzureTexts(inputs);
  const a = assessEstate(estate);
  let tmp: string;
  let synthesized: Record<string, unknown> = {};
  let synthError: string | undefined;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'er-generate-'));
    const app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    for (const f of generateApp(a, { generatedOn: '2026-12-02' })) fs.writeFileSync(path.join(app, f.path), f.content);
    // The app's dependencies: the frameworks from this repository, the library as its sources (run) and declarations (types).
    const nm = path.join(app, 'node_modules');
    fs.mkdirSync(path.join(nm, '@cdktf'), { recursive: true });
    for (const dep of ['cdktf', 'constructs', '@cdktf/provider-azurerm', '@types']) fs.symlinkSync(path.join(MODULES, dep), path.join(nm, dep));
    const lib = path.join(nm, 'cdktf-expressroute-metro');
    fs.mkdirSync(lib);
    fs.writeFileSync(path.join(lib, 'package.json'), JSON.stringify({ name: 'cdktf-expressroute-metro', main: 'index.js', types: 'index.d.ts' }));
    fs.writeFileSync(path.join(lib, 'index.js'), `module.exports = require(${JSON.stringify(path.join(ROOT, 'src', 'index.ts'))});\n`);
    fs.writeFileSync(path.join(lib, 'index.d.ts'), `export * from ${JSON.stringify(libraryTypes(tmp).replace(/\.d\.ts$/, ''))};\n`);
    // Synthesize as `cdktf synth` would run the app.
    const out = path.join(tmp, 'out');
    try {
      execFileSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(MODULES, 'ts-node'))}).register({ transpileOnly: true }); require('./main.ts');`],
        { cwd: app, stdio: 'pipe', env: { ...process.env, CDKTF_OUTDIR: out } });
      synthesized = JSON.parse(fs.readFileSync(path.join(out, 'stacks', 'estate', 'cdk.tf.json'), 'utf8'));
    } catch (e) {
      synthError = String((e as { stderr?: Buffer }).stderr ?? e);
    }
  }, 180_000);

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('compiles under the cdktf template tsconfig (strict, noUnusedLocals)', () => {
    const app = path.join(tmp, 'app');
    expect(() => execFileSync(process.execPath, [path.join(MODULES, 'typescript', 'bin', 'tsc'), '-p', path.join(app, 'tsconfig.json'), '--noEmit'],
      { cwd: app, stdio: 'pipe' })).not.toThrow();
  }, 120_000);

  test('synthesizes green, with an import block for every adopted resource', () => {
    expect(synthError).toBeUndefined();
    expect([...importsOf(synthesized).values()].sort()).toEqual(a.resources.map((r) => r.azureId).sort());
    expect(fs.existsSync(path.join(tmp, 'out', 'stacks', 'migrate-er-ams-std', 'migration-runbook.md'))).toBe(true);
  });

  // A Virtual WAN hub gateway is adopted as the provider's resource and used through an imported
  // handle (the library has no hub gateway construct): the handle stands for the resource, so the
  // hub and its connections compare like every other node.
  test('round trip: the model of the synthesized app equals the model of the Azure JSON', () => {
    const ids = importsOf(synthesized);
    const estateDoc = estateTerraformJson(a.configuration);
    const estateIds = importsOf(estateDoc);
    const fromAzure = byAzureId(modelOf(estateDoc), (k) => estateIds.get(k) ?? k);
    const fromApp = byAzureId(modelOf(synthesized), (k) => ids.get(k) ?? k);
    for (const kind of ['circuits', 'ports', 'peerings', 'authorizations', 'gateways', 'connections', 'globalReach', 'routeFilters']) {
      expect({ kind, nodes: fromApp[kind] }).toEqual({ kind, nodes: fromAzure[kind] });
    }
    // Not vacuous: the hub and a connection to it are there.
    const hub = (n: Record<string, unknown>) => n.kind === 'VirtualWanGateway' || /expressRouteGateways\//.test(String(n.gatewayKey));
    expect(fromApp.gateways.filter((n) => hub(n as Record<string, unknown>))).toHaveLength(1);
    expect(fromApp.connections.filter((n) => hub(n as Record<string, unknown>)).length).toBeGreaterThan(0);
  });

  test('no secret in any generated or synthesized file', () => {
    const secrets = [...new Set(inputs.flatMap((i) => i.text.match(/SECRET-[A-Z0-9-]+/g) ?? []))];
    const texts = [...generateApp(a).map((f) => f.content), JSON.stringify(synthesized)];
    for (const t of texts) for (const s of secrets) expect(t).not.toContain(s);
  });
});
