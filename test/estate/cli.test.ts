import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';

const DIR = path.join(__dirname, '..', 'fixtures', 'estate');

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

describe('expressroute-metro assess', () => {
  test('a directory of Azure JSON: findings by Azure id, tiers, Metro options; exit 0 without errors', () => {
    const r = cli(['assess', DIR]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/warning DUAL003 \/subscriptions\/[^ ]*\/virtualNetworkGateways\/ergw-hub connections=/);
    expect(r.out).toContain('resiliency /subscriptions/00000000-0000-0000-0000-00000000000a/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworkGateways/ergw-hub: Standard');
    expect(r.out).toContain('Amsterdam Metro (Amsterdam + Amsterdam2)');
  });

  test('--fail-on warning exits 1', () => {
    expect(cli(['assess', DIR, '--fail-on', 'warning']).code).toBe(1);
  });

  test('json: the lint document plus resources and Metro options', () => {
    const doc = JSON.parse(cli(['assess', DIR, '--format', 'json']).out);
    expect(doc.metroOptions[0]).toMatchObject({ metro: 'Amsterdam Metro', currentProviderActive: true });
    expect(doc.resources.length).toBeGreaterThan(10);
    // The failure simulation: every single failure of each kind, per gateway.
    expect(doc.simulation.scenarios.some((x: { kind: string }) => x.kind === 'site')).toBe(true);
    expect(doc.findings.find((f: { ruleId: string }) => f.ruleId === 'DUAL003')).toMatchObject({ severity: 'warning', property: 'connections' });
  });

  test('markdown and sarif', () => {
    expect(cli(['assess', DIR, '--format', 'markdown']).out).toContain('## Metro options');
    const sarif = JSON.parse(cli(['assess', DIR, '--format', 'sarif']).out);
    expect(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'DUAL003')).toBe(true);
  });

  test('unusable input: exit 2 naming the file, the other files still assessed', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'er-assess-'));
    fs.writeFileSync(path.join(tmp, 'bad.json'), '{"id": "/subscriptions/x');
    fs.copyFileSync(path.join(DIR, 'standard-gateway.az.json'), path.join(tmp, 'gw.json'));
    const r = cli(['assess', tmp]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.json: truncated JSON');
    expect(r.out).toContain('ergw-hub');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('usage errors', () => {
    expect(cli(['assess']).code).toBe(2);
    expect(cli(['generate', DIR]).err).toContain('generate needs --out DIR');
  });
});

describe('expressroute-metro generate', () => {
  test('writes the app into a new directory, refuses a non-empty one', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'er-gen-'));
    const out = path.join(tmp, 'app');
    const r = cli(['generate', DIR, '--out', out]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['.gitignore', 'README.md', 'cdktf.json', 'main.ts', 'package.json', 'tsconfig.json']);
    expect(r.out).toContain('1 migration stack(s)');
    expect(cli(['generate', DIR, '--out', out]).code).toBe(2);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('--migrate names a circuit: it gets a migration stack too', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'er-gen-'));
    const out = path.join(tmp, 'app');
    expect(cli(['generate', DIR, '--out', out, '--migrate', 'er-ams-metro']).out).toContain('2 migration stack(s)');
    expect(cli(['generate', DIR, '--out', path.join(tmp, 'x'), '--migrate', 'nope']).err).toContain('--migrate nope: no circuit');
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
