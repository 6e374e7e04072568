import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * Every ```ts block of README.md compiles as written under the tsconfig of the cdktf TypeScript
 * template (strict, noUnusedLocals, noUnusedParameters). Each block becomes one module with the
 * imports it uses and ambient declarations for the placeholders a snippet assumes (`stack`,
 * `subnet`, ...); one TypeScript program checks them all. Then each block runs, with real
 * values for its placeholders (`world`), so that what constructs reject when they run fails too.
 */
const ROOT = path.join(__dirname, '..');
const README = path.join(ROOT, 'README.md');
const TEMPLATE_TSCONFIG = path.join(ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'templates', 'typescript', 'tsconfig.json');
const PACKAGE = 'cdktf-expressroute-metro';

/** Placeholders snippets use without declaring them, with the type a user's code would give them. */
const PLACEHOLDERS: Record<string, string> = {
  app: 'App',
  stack: 'TerraformStack',
  identity: '{ readonly id: string }',
  cknSecret: '{ readonly id: string }',
  cakSecret: '{ readonly id: string }',
  subnet: '{ readonly id: string }',
  routeFilter: '{ readonly id: string }',
  productionFilter: '{ readonly id: string }',
  testFilter: '{ readonly id: string }',
  yourPublicAsn: 'number',
  gatewayId: 'string',
  resourceGroupName: 'string',
  location: 'string',
  port: 'ExpressRouteMetroDirectPort',
  circuit: 'ExpressRouteMetroCircuit',
  amsterdam: 'ExpressRouteMetroCircuit',
  frankfurt: 'ExpressRouteMetroCircuit',
  metroCircuit: 'ExpressRouteMetroCircuit',
  oldCircuit: 'IExpressRouteCircuit',
  gateway: 'ExpressRouteVirtualNetworkGateway',
  testGateway: 'IExpressRouteGateway',
};
const CDKTF_NAMES = ['App', 'TerraformStack', 'TerraformVariable', 'TerraformOutput', 'Fn', 'Token'];

function snippets(markdown: string): Array<{ line: number; code: string }> {
  const out: Array<{ line: number; code: string }> = [];
  const re = /```ts\n([\s\S]*?)```/g;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    out.push({ line: markdown.slice(0, m.index).split('\n').length + 1, code: m[1] });
  }
  return out;
}

/** The code without string literals and comments, to find the identifiers it uses. */
function codeOnly(code: string): string {
  return code.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''").replace(/\/\/.*$/gm, '');
}

const usedIn = (code: string, name: string) => new RegExp(`(?<![.\\w$])${name}(?![\\w$])`).test(codeOnly(code));
const declaredIn = (code: string, name: string) => new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b`).test(code);

/** The placeholders a snippet uses without declaring them. */
function placeholdersOf(code: string): string[] {
  return Object.keys(PLACEHOLDERS).filter((n) => usedIn(code, n) && !declaredIn(code, n));
}

function moduleFor(code: string, publicNames: string[]): string {
  const used = (name: string) => usedIn(code, name);
  const imported = (name: string) => new RegExp(`import[^;]*\\b${name}\\b[^;]*from`).test(code);
  const placeholders = placeholdersOf(code);
  const typeNames = placeholders.map((n) => PLACEHOLDERS[n]).join(' ');
  const needs = (n: string) => !imported(n) && (used(n) || new RegExp(`\\b${n}\\b`).test(typeNames));
  const lines: string[] = [];
  const lib = publicNames.filter(needs);
  if (lib.length) lines.push(`import { ${lib.join(', ')} } from '${PACKAGE}';`);
  const cdktf = CDKTF_NAMES.filter(needs);
  if (cdktf.length) lines.push(`import { ${cdktf.join(', ')} } from 'cdktf';`);
  for (const n of placeholders) lines.push(`declare const ${n}: ${PLACEHOLDERS[n]};`);
  return `${lines.join('\n')}\n${code}\nexport {};\n`;
}

const ENTRY = path.join(ROOT, 'src', 'index.ts');

function publicNamesOf(entry: string): string[] {
  return [...fs.readFileSync(entry, 'utf8').matchAll(/export (?:type )?\{([^}]*)\}/g)]
    .flatMap((m) => m[1].split(',').map((s) => s.trim()).filter(Boolean));
}

test('the README snippets compile under the cdktf template tsconfig', () => {
  const entry = ENTRY;
  const publicNames = publicNamesOf(entry);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-snippets-'));
  try {
    const blocks = snippets(fs.readFileSync(README, 'utf8'));
    expect(blocks.length).toBeGreaterThan(5);
    const files = blocks.map((b) => {
      const file = path.join(dir, `readme-line-${b.line}.ts`);
      fs.writeFileSync(file, moduleFor(b.code, publicNames));
      return file;
    });
    const template = ts.readConfigFile(TEMPLATE_TSCONFIG, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(template.config, ts.sys, dir);
    const options: ts.CompilerOptions = {
      ...parsed.options,
      noEmit: true, incremental: false, types: [],
      typeRoots: [path.join(ROOT, 'node_modules', '@types')],
      baseUrl: dir,
      // The snippets import the package by name; it resolves to this checkout's sources.
      paths: { [PACKAGE]: [entry], '*': [path.join(ROOT, 'node_modules', '*')] },
    };
    const program = ts.createProgram(files, options);
    const problems = ts.getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || d.file.fileName.startsWith(dir))
      .map((d) => `${d.file ? `README.md:${/readme-line-(\d+)/.exec(d.file.fileName)![1]} (+${d.file.getLineAndCharacterOfPosition(d.start!).line - (d.file.text.split('\n').findIndex((l) => !/^(import|declare) /.test(l)))})` : ''} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(problems).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The values a running snippet gets for its placeholders, made on demand in one app: what a
 * user's code would have there (a stack with the azurerm provider, Metro circuits, a gateway...).
 */
function world(outdir: string, code: string): (name: string) => unknown {
  // The library as the snippets import it (this checkout's sources).
  const lib = require('../src') as typeof import('../src');
  const { App, TerraformStack } = require('cdktf') as typeof import('cdktf');
  const { AzurermProvider } = require('@cdktf/provider-azurerm/lib/provider') as typeof import('@cdktf/provider-azurerm/lib/provider');
  const made = new Map<string, unknown>();
  const rg = { resourceGroupName: 'rg-readme', location: 'West Europe' };
  const net = '/subscriptions/0/resourceGroups/rg-readme/providers/Microsoft.Network';
  const make: Record<string, () => unknown> = {
    app: () => new App({ outdir }),
    stack: () => {
      const stack = new TerraformStack(get('app') as InstanceType<typeof App>, 'readme');
      new AzurermProvider(stack, 'azurerm', { features: [{}] });
      return stack;
    },
    identity: () => ({ id: '/subscriptions/0/resourceGroups/rg-readme/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-readme' }),
    cknSecret: () => ({ id: 'https://kv-readme.vault.azure.net/secrets/ckn' }),
    cakSecret: () => ({ id: 'https://kv-readme.vault.azure.net/secrets/cak' }),
    subnet: () => ({ id: `${net}/virtualNetworks/vnet-readme/subnets/GatewaySubnet` }),
    routeFilter: () => ({ id: `${net}/routeFilters/rf-readme` }),
    productionFilter: () => ({ id: `${net}/routeFilters/rf-production` }),
    testFilter: () => ({ id: `${net}/routeFilters/rf-test` }),
    yourPublicAsn: () => 64496,
    gatewayId: () => `${net}/expressRouteGateways/ergw-hub`,
    resourceGroupName: () => rg.resourceGroupName,
    location: () => rg.location,
    port: () => new lib.ExpressRouteMetroDirectPort(stack(), 'ReadmePort', { ...rg, metro: lib.MetroLocation.AMSTERDAM, bandwidthGbps: 100 }),
    circuit: () => metro('circuit', 'ReadmeCircuit', lib.MetroLocation.AMSTERDAM),
    amsterdam: () => metro('amsterdam', 'ReadmeAmsterdam', lib.MetroLocation.AMSTERDAM),
    frankfurt: () => metro('frankfurt', 'ReadmeFrankfurt', lib.MetroLocation.FRANKFURT),
    metroCircuit: () => metro('metroCircuit', 'ReadmeMetroCircuit', lib.MetroLocation.AMSTERDAM),
    oldCircuit: () => new lib.ExpressRouteProviderCircuit(stack(), 'ReadmeOldCircuit', {
      ...rg, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000,
    }),
    gateway: () => new lib.ExpressRouteVirtualNetworkGateway(stack(), 'ReadmeGateway', { ...rg, gatewaySubnetId: (get('subnet') as { id: string }).id }),
    testGateway: () => new lib.ExpressRouteVirtualNetworkGateway(stack(), 'ReadmeTestGateway', {
      ...rg, gatewaySubnetId: `${net}/virtualNetworks/vnet-test/subnets/GatewaySubnet`,
    }),
  };
  const stack = () => get('stack') as InstanceType<typeof TerraformStack>;
  // A circuit as the quick start leaves it: with its private peering (a Virtual WAN connection
  // and Global Reach use it), unless the snippet adds it.
  let vlan = 100;
  const metro = (name: string, id: string, m: import('../src').MetroLocation) => {
    const c = new lib.ExpressRouteMetroCircuit(stack(), id, { ...rg, metro: m, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    if (new RegExp(`\\b${name}\\.addPrivatePeering\\(`).test(code)) return c;
    const v = vlan++;
    c.addPrivatePeering('Private', {
      vlanId: v, peerAsn: 65010, primaryPeerAddressPrefix: `192.168.${v}.0/30`, secondaryPeerAddressPrefix: `192.168.${v}.4/30`,
    });
    return c;
  };
  function get(name: string): unknown {
    if (!made.has(name)) made.set(name, make[name]());
    return made.get(name);
  }
  expect(Object.keys(make).sort()).toEqual(Object.keys(PLACEHOLDERS).sort());
  return get;
}

// Compiling does not catch what a construct checks when it runs (a suppression reason under 10
// characters throws CONSTRUCT013): each snippet runs too, with real values for its placeholders.
// A complete app (its own `new App()`, `app.synth()`) synthesizes, into a temporary folder.
test('the README snippets run: no construct throws, a complete app synthesizes', () => {
  const publicNames = publicNamesOf(ENTRY);
  const blocks = snippets(fs.readFileSync(README, 'utf8'));
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-run-'));
  const before = process.env.CDKTF_OUTDIR;
  process.env.CDKTF_OUTDIR = outdir;
  const problems: string[] = [];
  try {
    for (const b of blocks) {
      const names = placeholdersOf(b.code);
      const js = ts.transpileModule(moduleFor(b.code, publicNames), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      }).outputText;
      const load = (id: string) => require(id === PACKAGE ? '../src' : id);
      const get = world(fs.mkdtempSync(path.join(outdir, 'app-')), b.code);
      try {
        new Function('require', 'exports', 'module', ...names, js)(load, {}, { exports: {} }, ...names.map(get));
      } catch (e) {
        problems.push(`README.md:${b.line}: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`);
      }
    }
  } finally {
    if (before === undefined) delete process.env.CDKTF_OUTDIR;
    else process.env.CDKTF_OUTDIR = before;
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
  expect(blocks.length).toBeGreaterThan(5);
});
