/**
 * `npm run bench`: measures the rule engine on synthetic topologies. The last line printed is
 * one JSON object with the figures.
 */
import { RuleEngine } from '../src/rules/engine';
import { syntheticTopology } from './topology';

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRules(circuits: number, runs: number): { ms: number; findings: number; peerings: number } {
  const topology = syntheticTopology(circuits);
  const engine = new RuleEngine();
  engine.validate(topology); // warm-up
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    findings = engine.validate(topology).findings.length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), findings, peerings: topology.peerings.length };
}

const figures: Record<string, number> = {};
for (const n of [1000, 10000, 20000]) {
  const r = timeRules(n, 5);
  figures[`rules${n / 1000}kMs`] = Math.round(r.ms);
  console.log(`rule engine: ${n} circuits, ${r.peerings} peerings -> ${r.ms.toFixed(1)} ms (median of 5), ${r.findings} findings`);
}
figures.rulesGrowth20kOver10k = Math.round((figures.rules20kMs / Math.max(1, figures.rules10kMs)) * 100) / 100;
figures.peakRssMb = Math.round(process.memoryUsage().rss / 1048576);
console.log(JSON.stringify(figures));
