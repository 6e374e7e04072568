/**
 * Under the cdktf CLI a thrown error is printed twice (stderr live, then under "Command output on
 * stderr"); error annotations are printed once and fail the synth. The library reports its errors
 * that way when the CLI runs the app, and makes the stack files unusable by Terraform.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { MetroLocation } from '../../src/constructs/enums';
import { VALIDATION_FAILED_VERSION } from '../../src/constructs/validation';
import { lintFiles } from '../../src/terraform/lint';

const ENV = 'CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS';

function failingApp(outdir: string): App {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'net');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new ExpressRouteMetroCircuit(stack, 'Circuit', {
    resourceGroupName: 'rg', location: 'West Europe', metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 300,
  });
  return app;
}

describe('errors under the cdktf CLI', () => {
  let outdir: string;
  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-cli-'));
  });
  afterEach(() => {
    delete process.env[ENV];
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('without the CLI: a ValidationError and nothing written', () => {
    expect(() => failingApp(outdir).synth()).toThrow(/\[BW001\]/);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'net', 'cdk.tf.json'))).toBe(false);
  });

  test('under the CLI: a literal MD5 key that fails the synth (SEC001) is not in the written file', () => {
    process.env[ENV] = 'true';
    const app = failingApp(outdir);
    const stack = app.node.findChild('net') as TerraformStack;
    const circuit = stack.node.findChild('Circuit') as ExpressRouteMetroCircuit;
    circuit.addPrivatePeering('Private', {
      vlanId: 100, peerAsn: 65010, primaryPeerAddressPrefix: '192.168.100.0/30', secondaryPeerAddressPrefix: '192.168.100.4/30',
    }).resource.addOverride('shared_key', 'abc123secret');
    app.synth();
    const dir = path.join(outdir, 'stacks', 'net');
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks.net.annotations.filter((a: { level: string }) => a.level === '@cdktf/error').map((a: { message: string }) => a.message.slice(0, 7)))
      .toEqual(['[BW001]', '[SEC001']);
    for (const file of fs.readdirSync(dir)) expect(fs.readFileSync(path.join(dir, file), 'utf8')).not.toContain('abc123secret');
    // The lint refuses the file instead of passing it: what it would judge is not there.
    const linted = lintFiles([path.join(dir, 'cdk.tf.json')]);
    expect(linted.results).toEqual([]);
    expect(linted.errors.map((e) => e.message)).toEqual([expect.stringContaining('written by a synth that failed')]);
  });

  test('under the CLI with a user aspect (each stack checked again when written): each error once, every stack file the refusal', () => {
    process.env[ENV] = 'true';
    const app = failingApp(outdir);
    const good = new TerraformStack(app, 'good');
    new AzurermProvider(good, 'azurerm', { features: [{}] });
    new ExpressRouteMetroCircuit(good, 'Circuit', {
      resourceGroupName: 'rg', location: 'West Europe', metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000,
    });
    Aspects.of(app).add({ visit: () => undefined });
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    const errors = Object.values(manifest.stacks as Record<string, { annotations: Array<{ level: string; message: string }> }>)
      .flatMap((s) => s.annotations).filter((a) => a.level === '@cdktf/error').map((a) => a.message.slice(0, 7));
    expect(errors).toEqual(['[BW001]']);
    for (const name of ['net', 'good']) {
      const written = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
      expect(Object.keys(written).sort()).toEqual(['//', 'terraform']);
      expect(written.terraform.required_version).toBe(VALIDATION_FAILED_VERSION);
    }
  });

  test('under the CLI: each error once as an error annotation, and a file Terraform refuses', () => {
    process.env[ENV] = 'true';
    failingApp(outdir).synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    const errors = (manifest.stacks.net.annotations as Array<{ level: string; message: string; constructPath: string; stacktrace?: string[] }>)
      .filter((a) => a.level === '@cdktf/error');
    expect(errors.map((a) => [a.constructPath, a.message.slice(0, a.message.indexOf(':'))])).toEqual([['net/Circuit', '[BW001] bandwidthMbps = 300']]);
    expect(errors[0].message).toContain('Fix: ');
    expect(errors[0].stacktrace).toBeUndefined();
    const written = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'net', 'cdk.tf.json'), 'utf8'));
    expect(written.terraform.required_version).toBe(VALIDATION_FAILED_VERSION);
    // Nothing of the rejected configuration is written.
    expect(Object.keys(written).sort()).toEqual(['//', 'terraform']);
    expect(Object.keys(written.terraform)).toEqual(['required_version']);

    // What the CLI does with the manifest: prints each annotation once, then fails.
    const { printAnnotations } = require('@cdktf/cli-core/src/lib/synth') as { printAnnotations: (stacks: unknown[]) => void };
    const printed: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((s: string) => { printed.push(String(s)); });
    try {
      expect(() => printAnnotations([{ name: 'net', annotations: manifest.stacks.net.annotations }])).toThrow(/error annotations/);
    } finally {
      log.mockRestore();
    }
    expect(printed.join('\n').match(/\[BW001\]/g)).toHaveLength(1);
  });
  test('under the CLI: each instance of a resource written with count gets its own error, named by its index, on its construct', () => {
    process.env[ENV] = 'true';
    const app = failingApp(outdir);
    const circuit = (app.node.findChild('net') as TerraformStack).node.findChild('Circuit') as ExpressRouteMetroCircuit;
    circuit.resource.addOverride('count', 2);
    circuit.resource.addOverride('name', 'erc-${count.index}');
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks.net.annotations.filter((a: { level: string }) => a.level === '@cdktf/error')
      .map((a: { constructPath: string; message: string }) => `${a.constructPath} ${a.message.slice(0, 31)}`)).toEqual([
      'net/Circuit [BW001] [0] bandwidthMbps = 300',
      'net/Circuit [BW001] [1] bandwidthMbps = 300',
    ]);
  });
});
