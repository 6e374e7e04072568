import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { MaximumResiliencyStack } from '../examples/maximum-resiliency/main';
import { MetroDirectPortStack } from '../examples/metro-direct-port/main';
import { MetroProviderCircuitStack } from '../examples/metro-provider-circuit/main';

const STACKS = ['metro-provider-circuit', 'metro-direct-port', 'maximum-resiliency'];

function synthExamples(): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-synth-'));
  const app = new App({ outdir });
  new MetroProviderCircuitStack(app, 'metro-provider-circuit');
  new MetroDirectPortStack(app, 'metro-direct-port');
  new MaximumResiliencyStack(app, 'maximum-resiliency');
  app.synth();
  return outdir;
}

const first = synthExamples();
const second = synthExamples();
const read = (dir: string, stack: string, file: string) => fs.readFileSync(path.join(dir, 'stacks', stack, file), 'utf8');

describe.each(STACKS)('stack %s', (stack) => {
  test('has its report next to cdk.tf.json', () => {
    const report = JSON.parse(read(first, stack, 'expressroute-report.json'));
    expect(report).toEqual(expect.objectContaining({
      stack, providerVersion: '>= 4.60.0, < 5.0.0', findings: expect.any(Array), resiliency: expect.any(Array),
      summary: expect.objectContaining({ errors: 0 }),
    }));
    const md = read(first, stack, 'expressroute-report.md');
    expect(md).toContain(`# ExpressRoute report: ${stack}`);
    expect(md).toMatch(/```mermaid\nflowchart LR\n {2}onprem\(\["On-premises edge"\]\)/);
  });

  test('synthesizes byte-identical files twice', () => {
    for (const file of ['cdk.tf.json', 'expressroute-report.json', 'expressroute-report.md']) {
      expect(read(second, stack, file)).toBe(read(first, stack, file));
    }
  });
});

test('the reports show each stack\'s resiliency', () => {
  const tiers = Object.fromEntries(STACKS.map((s) => [s, JSON.parse(read(first, s, 'expressroute-report.json')).resiliency.map((r: any) => `${r.tier}:${r.index}`)]));
  expect(tiers).toEqual({
    'metro-provider-circuit': ['High:20'],
    'metro-direct-port': [],
    'maximum-resiliency': ['Maximum:30'],
  });
  expect(JSON.parse(read(first, 'metro-direct-port', 'expressroute-report.json')).unconnectedCircuits).toEqual([
    'metro-direct-port/Port/Production', 'metro-direct-port/Port/NonProduction',
  ]);
  const md = read(first, 'metro-direct-port', 'expressroute-report.md');
  expect(md).toContain('-- link1 ---');
  expect(md).toContain('-- link2 ---');
});
