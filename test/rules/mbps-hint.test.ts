import { run, validTopology } from './fixtures';

/** Issue 14: `1000` as `bandwidthGbps` on a 10G port says that it looks like Mbps. */
describe('a size in Mbps where Gbps is asked', () => {
  test('a circuit of 1000 "Gbps" on a 10G port', () => {
    const t = validTopology();
    (t.ports[0] as { bandwidthGbps?: number }).bandwidthGbps = 10;
    (t.circuits.find((c) => c.key === 'd1') as { bandwidthGbps?: number }).bandwidthGbps = 1000;
    const f = run(t).find((x) => x.ruleId === 'BW002')!;
    expect(f).toMatchObject({ path: 'd1', property: 'bandwidthGbps', severity: 'error' });
    expect(f.message).toContain('It looks like Mbps: 1000 Mbps is 1 Gbps.');
    expect(f.fix).toContain('(bandwidthGbps: 1)');
  });

  test('a port of 10000 "Gbps"', () => {
    const t = validTopology();
    (t.ports[0] as { bandwidthGbps?: number }).bandwidthGbps = 10000;
    expect(run(t).find((x) => x.ruleId === 'PORT003')!.message).toContain('It looks like Mbps: 10000 Mbps is 10 Gbps.');
  });

  test('no hint for a wrong size that is not a size in Mbps', () => {
    const t = validTopology();
    (t.circuits.find((c) => c.key === 'd1') as { bandwidthGbps?: number }).bandwidthGbps = 3;
    expect(run(t).find((x) => x.ruleId === 'BW002')!.message).not.toContain('Mbps');
  });
});
