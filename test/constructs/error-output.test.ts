import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * How a ValidationError reaches the user of `cdktf synth`: the CLI runs the app as a child
 * process and prints what the app writes to stderr (node_modules/@cdktf/cli-core
 * synth-stack.js). Node prints an uncaught error with util.inspect: the error's message, then
 * any own enumerable property. The app here (the README's quick start with an unknown provider
 * and a bandwidth Azure does not sell) fails at synth the way a user's would.
 */
const ROOT = path.join(__dirname, '..', '..');

const APP = `
import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ExpressRouteMetroCircuit, MetroLocation } from ${JSON.stringify(path.join(ROOT, 'src'))};
const app = new App({ outdir: process.env.OUTDIR });
const stack = new TerraformStack(app, 'network');
new AzurermProvider(stack, 'azurerm', { features: [{}] });
const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', {
  resourceGroupName: 'rg-network', location: 'West Europe', metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Zayo', bandwidthMbps: 300,
});
circuit.addPrivatePeering('Private', {
  vlanId: 100, peerAsn: 65010,
  primaryPeerAddressPrefix: '192.168.100.0/30', secondaryPeerAddressPrefix: '192.168.100.4/30',
});
app.synth();
`;

/** The sample output under "What fails the synth" in README.md (the quick start with Zayo and 300 Mbps). */
function readmeSample(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## What fails the synth'));
  const m = /```\n(ValidationError: [\s\S]*?)```/.exec(section);
  if (!m) throw new Error('README.md: no sample error under "What fails the synth"');
  return m[1];
}

test('a failing app prints the ValidationError once, as its message alone', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'error-output-'));
  try {
    fs.writeFileSync(path.join(dir, 'main.ts'), APP);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(dir, 'main.ts')], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, OUTDIR: path.join(dir, 'cdktf.out'), TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json') },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const stderr = run.stderr;
    expect(stderr.match(/ExpressRoute validation failed/g)).toHaveLength(1);
    expect(stderr).toContain([
      'ValidationError: ExpressRoute validation failed with 2 errors:',
      '  [BW001] network/Circuit: bandwidthMbps = 300',
    ].join('\n'));
    expect(stderr).toContain('  [METRO002] network/Circuit: serviceProviderName = "Zayo"');
    // No dump of the findings after the message, no brackets around it, no frames into files.
    expect(stderr).not.toMatch(/findings|ruleId:|\{|\[ValidationError/);
    expect(stderr).not.toMatch(/^\s+at .*\.(ts|js):\d+/m);
    expect(stderr).toMatch(/Source: https:\/\/learn\.microsoft\.com\/azure\/expressroute\/metro\n/);
    // The README shows this output, as printed.
    expect(stderr).toContain(readmeSample());
    // Nothing was written: the check runs before the stack file.
    expect(fs.existsSync(path.join(dir, 'cdktf.out', 'stacks', 'network', 'cdk.tf.json'))).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
