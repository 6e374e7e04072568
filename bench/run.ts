/**
 * `npm run bench`: measures the rule engine on synthetic topologies. The last line printed is
 * one JSON object with the figures.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { RuleEngine } from '../src/rules/engine';
import { simulateBenchmark } from './simulate';
import { hclBenchmark, planBenchmark } from './lint';
import { importBenchmark, instructionBenchmark, synthBenchmark } from './synth';
import { syntheticTopology } from './topology';

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRules(circuits: number, runs: number): { ms: number; fastestMs: number; findings: number; peerings: number } {
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
  return { ms: median(times), fastestMs: Math.min(...times), findings, peerings: topology.peerings.length };
}

const figures: Record<string, number> = {};
for (const n of [1000, 10000, 20000]) {
  const r = timeRules(n, 9);
  figures[`rules${n / 1000}kMs`] = Math.round(r.ms);
  figures[`rules${n / 1000}kFastestMs`] = Math.round(r.fastestMs);
  console.log(`rule engine: ${n} circuits, ${r.peerings} peerings -> ${r.ms.toFixed(1)} ms (median of 9; fastest ${r.fastestMs.toFixed(1)}), ${r.findings} findings`);
}
Object.assign(figures, simulateBenchmark(9));
// The lint command: a 50 MB plan side by side with JSON.parse, and a 200-file .tf tree with local modules.
Object.assign(figures, hclBenchmark(200, 3));
Object.assign(figures, planBenchmark(50, Number(process.env.BENCH_PLAN_RUNS ?? 3)));

Object.assign(figures, importBenchmark(9));
Object.assign(figures, synthBenchmark([1, 100, 1000], 9, Number(process.env.BENCH_LARGE_RUNS ?? 21)));
figures.synthGrowth1000Over100 = Math.round((figures.synthLibraryMs1000 / Math.max(1, figures.synthLibraryMs100)) * 100) / 100;

// Growth from the fastest runs: the engine's work is deterministic and the VM's noise (GC pauses
// of a larger heap, neighbours) only ever adds time, so medians overstate the larger size.
figures.rulesGrowth20kOver10k = Math.round((figures.rules20kFastestMs / Math.max(1, figures.rules10kFastestMs)) * 100) / 100;
figures.rulesMedianGrowth20kOver10k = Math.round((figures.rules20kMs / Math.max(1, figures.rules10kMs)) * 100) / 100;
figures.peakRssMb = Math.round(process.memoryUsage().rss / 1048576);

// The cdktn flavour in its own process (one process never loads both frameworks).
const cdktnOut = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'cdktn.ts')], { encoding: 'utf8' })
  .trim().split('\n');
console.log(cdktnOut.slice(0, -1).join('\n'));
Object.assign(figures, JSON.parse(cdktnOut[cdktnOut.length - 1]));

(async () => {
  if (process.env.BENCH_INSTRUCTIONS === '1') Object.assign(figures, await instructionBenchmark(1000));
  console.log(JSON.stringify(figures));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
