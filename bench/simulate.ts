/**
 * The failure simulation's figures for `npm run bench`: all N-1 scenarios over 10,000 and
 * 20,000 circuits, the same with every gateway requiring Maximum (N-2 pairs of sites), and one
 * gateway with more and more circuits in distinct metros (where N-2 grows fastest).
 */
import { MetroCatalog } from '../src/catalog/metro-catalog';
import { GatewayKind, Topology, emptyTopology } from '../src/model/topology';
import { simulateFailures } from '../src/simulation/simulate';
import { syntheticTopology } from './topology';

const catalog = MetroCatalog.builtIn();

/**
 * Median and fastest wall time of `runs` simulations (after a warm-up), the least CPU time (on
 * a shared machine the wall clock also counts the neighbours), and the scenario count.
 */
function time(topology: Topology, runs: number): { ms: number; fastestMs: number; cpuMs: number; scenarios: number; pairs: number } {
  let report = simulateFailures(topology, catalog);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    report = simulateFailures(topology, catalog);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return {
    ms: times[Math.floor(times.length / 2)], fastestMs: times[0], cpuMs: Math.min(...cpu),
    scenarios: report.summary.scenarios, pairs: report.summary.doubleFailures,
  };
}

function requireMaximum(t: Topology): Topology {
  return { ...t, gateways: t.gateways.map((g) => ({ ...g, requiredResiliency: 'Maximum' })) };
}

/** One gateway with `n` Metro circuits, each in another metro: 2n sites, n(2n-1) pairs. */
function oneWideGateway(n: number): Topology {
  const t = emptyTopology();
  const metros = catalog.metros.filter((m) => m.peeringLocations.length === 2 && m.providers.length > 0).slice(0, n);
  if (metros.length < n) throw new Error(`only ${metros.length} metros with two documented sites`);
  t.gateways.push({ key: 'gw', path: 'gw', kind: GatewayKind.VIRTUAL_NETWORK_GATEWAY, sku: 'ErGw3AZ', location: 'West Europe', requiredResiliency: 'Maximum' });
  metros.forEach((m, i) => {
    t.circuits.push({ key: `c${i}`, path: `c${i}`, serviceProviderName: m.providers[0], peeringLocation: m.name, bandwidthMbps: 1000, declaredMetro: true });
    t.connections.push({ key: `gw/c${i}`, path: `gw/c${i}`, gatewayKey: 'gw', circuitKey: `c${i}` });
  });
  return t;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The simulation's figures. */
export function simulateBenchmark(runs: number): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const n of [10000, 20000]) {
    const r = time(syntheticTopology(n), runs);
    figures[`simulate${n / 1000}kMs`] = Math.round(r.ms);
    figures[`simulate${n / 1000}kFastestMs`] = Math.round(r.fastestMs);
    figures[`simulate${n / 1000}kCpuMs`] = Math.round(r.cpuMs);
    console.log(`simulate: ${n} circuits, all N-1 -> ${r.ms.toFixed(1)} ms (median of ${runs}; fastest ${r.fastestMs.toFixed(1)}; CPU ${r.cpuMs.toFixed(1)}), ${r.scenarios} scenarios`);
  }
  figures.simulateGrowth20kOver10k = round(figures.simulate20kFastestMs / Math.max(1, figures.simulate10kFastestMs));
  figures.simulateCpuGrowth20kOver10k = round(figures.simulate20kCpuMs / Math.max(1, figures.simulate10kCpuMs));
  const n2 = time(requireMaximum(syntheticTopology(10000)), runs);
  figures.simulate10kWithN2Ms = Math.round(n2.ms);
  figures.simulate10kWithN2FastestMs = Math.round(n2.fastestMs);
  figures.simulate10kWithN2CpuMs = Math.round(n2.cpuMs);
  figures.simulateN2Over10kN1 = round(n2.cpuMs / Math.max(1, figures.simulate10kCpuMs));
  console.log(`simulate: 10000 circuits, every gateway requires Maximum (N-1 and N-2) -> ${n2.ms.toFixed(1)} ms, ${n2.scenarios} scenarios of which ${n2.pairs} pairs`);
  const narrow = time(oneWideGateway(8), runs);
  const wide = time(oneWideGateway(16), runs);
  figures.simulateOneGateway8MetrosMs = round(narrow.fastestMs);
  figures.simulateOneGateway16MetrosMs = round(wide.fastestMs);
  figures.simulateN2GrowthDoubleMetros = round(wide.fastestMs / Math.max(0.001, narrow.fastestMs));
  console.log(`simulate: one Maximum gateway, 8 -> 16 metros (${narrow.pairs} -> ${wide.pairs} pairs): ${narrow.fastestMs.toFixed(2)} -> ${wide.fastestMs.toFixed(2)} ms (fastest of ${runs})`);
  return figures;
}

if (require.main === module) console.log(JSON.stringify(simulateBenchmark(Number(process.env.BENCH_RUNS ?? 9))));
