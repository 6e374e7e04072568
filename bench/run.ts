/**
 * `npm run bench`: measures the rule engine on synthetic topologies. The last line printed is
 * one JSON object with the figures.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RuleEngine } from '../src/rules/engine';
import { syntheticPlanJson } from './plan';
import { simulateBenchmark } from './simulate';
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
// The lint command on a large plan, in a child process so that its peak memory is its own.
const planFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-bench-')), 'plan.json');
fs.writeFileSync(planFile, syntheticPlanJson(50));
const planMb = fs.statSync(planFile).size / 1048576;
const lintScript = `
const { lintFile } = require(${JSON.stringify(path.join(__dirname, '..', 'src', 'terraform', 'lint'))});
const start = process.hrtime.bigint();
const r = lintFile(${JSON.stringify(planFile)});
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ ms, findings: r.report.findings.length, rssMb: process.memoryUsage().rss / 1048576 }));`;
const lintOut = JSON.parse(execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', lintScript], { encoding: 'utf8' }).trim().split('\n').pop()!);
console.log(`lint: ${planMb.toFixed(1)} MB plan JSON -> ${lintOut.ms.toFixed(0)} ms, ${lintOut.findings} findings, RSS ${lintOut.rssMb.toFixed(0)} MB at the end`);
figures.lintPlanMb = Math.round(planMb);
figures.lintPlanMs = Math.round(lintOut.ms);
figures.lintPlanRssMb = Math.round(lintOut.rssMb);
fs.rmSync(path.dirname(planFile), { recursive: true, force: true });

Object.assign(figures, importBenchmark(5));
Object.assign(figures, synthBenchmark([1, 100, 1000], 9, Number(process.env.BENCH_LARGE_RUNS ?? 21)));
figures.synthGrowth1000Over100 = Math.round((figures.synthLibraryMs1000 / Math.max(1, figures.synthLibraryMs100)) * 100) / 100;

// Growth from the fastest runs: the engine's work is deterministic and the VM's noise (GC pauses
// of a larger heap, neighbours) only ever adds time, so medians overstate the larger size.
figures.rulesGrowth20kOver10k = Math.round((figures.rules20kFastestMs / Math.max(1, figures.rules10kFastestMs)) * 100) / 100;
figures.rulesMedianGrowth20kOver10k = Math.round((figures.rules20kMs / Math.max(1, figures.rules10kMs)) * 100) / 100;
figures.peakRssMb = Math.round(process.memoryUsage().rss / 1048576);

(async () => {
  if (process.env.BENCH_INSTRUCTIONS === '1') Object.assign(figures, await instructionBenchmark(1000));
  console.log(JSON.stringify(figures));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
