/**
 * Synth and import benchmarks, run as child processes on compiled JavaScript (what `node`
 * runs after `tsc`; ts-node adds the same source-map cost to both sides, see the README).
 */
import { execFile, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Which build of the library the benchmark app runs on, and with which framework: the cdktf build
 * (`lib/`) by default; `bench/cdktn.ts` passes the cdktn build and the cdktn flavour's module
 * mapping (`-r flavours/cdktn/register.js`).
 */
export interface BenchFlavour {
  /** The compiled library the app loads. */
  readonly lib: string;
  /** Node arguments before the app (`-r` a module mapping). */
  readonly nodeArgs: string[];
}

const CDKTF_FLAVOUR: BenchFlavour = { lib: path.join(ROOT, 'lib'), nodeArgs: [] };

/** Compiles the benchmark app once into a temporary folder. */
function compileApp(flavour: BenchFlavour = CDKTF_FLAVOUR): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-bench-app-'));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), path.join(__dirname, 'synth-app.ts'), '--outDir', out,
    '--module', 'commonjs', '--target', 'ES2022', '--esModuleInterop', '--skipLibCheck', '--types', 'node'], { stdio: 'inherit' });
  const file = path.join(out, 'synth-app.js');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace("require('../lib')", `require(${JSON.stringify(flavour.lib)})`));
  return file;
}

/** What one benchmark process prints. */
interface RunFigures {
  ms: number;
  cpuMs?: number;
  maxRssMb: number;
}

function runNode(args: string[], flavour: BenchFlavour = CDKTF_FLAVOUR): RunFigures {
  const out = execFileSync(process.execPath, [...flavour.nodeArgs, ...args], { encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });
  return JSON.parse(out.trim().split('\n').pop()!);
}

export interface SynthFigures {
  [key: string]: number;
}

/**
 * Library vs raw bindings for each N, interleaved (library, raw, library, ...), medians of
 * `runs` (of `largeRuns` at N >= 1,000, where the VM's noise matters most). Also the median of
 * the ratios of adjacent pairs, which cancels the VM's slow and fast phases, and the raw classes
 * nested like a construct library nests them (what the construct shape alone costs).
 */
export function synthBenchmark(sizes: number[], runs: number, largeRuns = runs, flavour: BenchFlavour = CDKTF_FLAVOUR): SynthFigures {
  const app = compileApp(flavour);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-bench-out-'));
  const figures: SynthFigures = {};
  for (const n of sizes) {
    const lib: RunFigures[] = [];
    const raw: RunFigures[] = [];
    // The raw classes nested like a construct library nests them: what the construct shape costs.
    const nested: RunFigures[] = [];
    const count = n >= 1000 ? largeRuns : runs;
    for (let i = 0; i < count; i++) {
      lib.push(runNode([app, 'library', String(n), path.join(outdir, 'l')], flavour));
      raw.push(runNode([app, 'raw', String(n), path.join(outdir, 'r')], flavour));
      nested.push(runNode([app, 'nested', String(n), path.join(outdir, 'n')], flavour));
    }
    const l = median(lib.map((x) => x.ms));
    const r = median(raw.map((x) => x.ms));
    const lc = median(lib.map((x) => x.cpuMs ?? x.ms));
    const rc = median(raw.map((x) => x.cpuMs ?? x.ms));
    const lm = median(lib.map((x) => x.maxRssMb));
    const rm = median(raw.map((x) => x.maxRssMb));
    const paired = median(lib.map((x, i) => x.ms / raw[i].ms));
    const nestedRatio = median(nested.map((x) => x.ms)) / r;
    console.log(`synth N=${n}: library ${l.toFixed(0)} ms / ${lm.toFixed(0)} MB, raw ${r.toFixed(0)} ms / ${rm.toFixed(0)} MB, ratio ${(l / r).toFixed(2)}`
      + ` (paired ${paired.toFixed(2)}); CPU time ratio ${(lc / rc).toFixed(2)}; raw nested like constructs / raw ${nestedRatio.toFixed(2)} (medians of ${count})`);
    figures[`synthNestedRawRatio${n}`] = Math.round(nestedRatio * 100) / 100;
    figures[`synthPairedRatio${n}`] = Math.round(paired * 100) / 100;
    figures[`synthCpuRatio${n}`] = Math.round((lc / rc) * 100) / 100;
    figures[`synthLibraryMs${n}`] = Math.round(l);
    figures[`synthRawMs${n}`] = Math.round(r);
    figures[`synthLibraryRssMb${n}`] = Math.round(lm);
    figures[`synthRawRssMb${n}`] = Math.round(rm);
    figures[`synthRatio${n}`] = Math.round((l / r) * 100) / 100;
    figures[`synthMemoryRatio${n}`] = Math.round((lm / rm) * 100) / 100;
  }
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.rmSync(path.dirname(app), { recursive: true, force: true });
  return figures;
}

const SUBMODULES = [
  'express-route-circuit', 'express-route-circuit-authorization', 'express-route-circuit-connection', 'express-route-circuit-peering',
  'express-route-connection', 'express-route-port', 'express-route-port-authorization', 'management-lock', 'provider',
  'virtual-network-gateway', 'virtual-network-gateway-connection',
];

/**
 * Cold start: the library vs the provider submodules it uses vs the provider package root.
 * Library and submodules are measured interleaved (library, submodules, submodules, library,
 * ...): measured one after the other, a slow phase of the shared VM fell on one side only (the
 * same code read 1.22 and 1.42 in two invocations of 15 runs each).
 */
export function importBenchmark(runs: number): SynthFigures {
  const scriptOf = (code: string) =>
    `const s = process.hrtime.bigint(); ${code}; console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - s) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
  const libScript = scriptOf(`require(${JSON.stringify(path.join(ROOT, 'lib'))})`);
  const subsScript = scriptOf(`require('cdktf'); require('constructs'); ${SUBMODULES.map((m) => `require('@cdktf/provider-azurerm/lib/${m}')`).join(';')}`);
  const libRuns: RunFigures[] = [];
  const subsRuns: RunFigures[] = [];
  // ABBA: each side runs first in every other pair.
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      libRuns.push(runNode(['-e', libScript]));
      subsRuns.push(runNode(['-e', subsScript]));
    } else {
      subsRuns.push(runNode(['-e', subsScript]));
      libRuns.push(runNode(['-e', libScript]));
    }
  }
  const summary = (all: RunFigures[]) => ({ ms: median(all.map((x) => x.ms)), mb: median(all.map((x) => x.maxRssMb)) });
  const lib = summary(libRuns);
  const subs = summary(subsRuns);
  const paired = median(libRuns.map((x, i) => x.ms / subsRuns[i].ms));
  // The package root, loaded on purpose to measure it (the library never loads it).
  const providerRoot = ['@cdktf', 'provider-azurerm'].join('/');
  const root = summary(Array.from({ length: runs }, () => runNode(['-e', scriptOf(`require('cdktf'); require('${providerRoot}')`)])));
  console.log(`import: library ${lib.ms.toFixed(0)} ms / ${lib.mb.toFixed(0)} MB; its provider submodules ${subs.ms.toFixed(0)} ms / ${subs.mb.toFixed(0)} MB`
    + ` (ratio ${(lib.ms / subs.ms).toFixed(2)}, paired ${paired.toFixed(2)}); provider root ${root.ms.toFixed(0)} ms / ${root.mb.toFixed(0)} MB`);
  return {
    importLibraryMs: Math.round(lib.ms), importSubmodulesMs: Math.round(subs.ms), importRootMs: Math.round(root.ms),
    importLibraryRssMb: Math.round(lib.mb), importSubmodulesRssMb: Math.round(subs.mb), importRootRssMb: Math.round(root.mb),
    importRatio: Math.round((lib.ms / subs.ms) * 100) / 100,
    importPairedRatio: Math.round(paired * 100) / 100,
    importMemoryRatio: Math.round((lib.mb / subs.mb) * 100) / 100,
  };
}

/**
 * V8 on one thread, with fixed hash and random seeds and no timing-based heuristics: without
 * them, two runs of one app differed by up to 0.3 G instructions (hash seeds change Map and
 * object layouts; GC and tier-up timing follows the wall clock).
 */
const DETERMINISTIC_V8 = ['--single-threaded', '--predictable', '--hash-seed=42', '--random-seed=42'];

/** Instructions executed by one benchmark process under valgrind (cachegrind, no cache simulation). */
function instructions(app: string, mode: string, n: number, outdir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
      process.execPath, ...DETERMINISTIC_V8, app, mode, String(n), outdir],
    { encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') }, maxBuffer: 16 * 1048576 }, (err, _out, errText) => {
      const m = /I\s+refs:\s+([\d,]+)/.exec(errText ?? '');
      if (err || !m) reject(err ?? new Error(`no instruction count from valgrind: ${errText}`));
      else resolve(Number(m[1].replace(/,/g, '')));
    });
  });
}

/**
 * The synth ratio in executed instructions, which the VM's noise does not move: build + synth
 * of N circuits minus the same process with 0 circuits (start-up and module loading), library
 * over raw. Single-threaded, deterministic V8 (`DETERMINISTIC_V8`) so that GC and compiler work
 * count on one thread and repeat from run to run. Needs valgrind;
 * takes a few minutes (`BENCH_INSTRUCTIONS=1 npm run bench`).
 */
export async function instructionBenchmark(n: number): Promise<SynthFigures> {
  const app = compileApp();
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-bench-out-'));
  const run = (mode: string, size: number) => instructions(app, mode, size, path.join(outdir, `${mode}${size}`));
  // Two at a time: valgrind runs one thread per process.
  const [lib0, raw0] = await Promise.all([run('library', 0), run('raw', 0)]);
  const [libN, rawN] = await Promise.all([run('library', n), run('raw', n)]);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.rmSync(path.dirname(app), { recursive: true, force: true });
  const ratio = (libN - lib0) / (rawN - raw0);
  console.log(`synth N=${n} in instructions: library ${((libN - lib0) / 1e9).toFixed(2)} G, raw ${((rawN - raw0) / 1e9).toFixed(2)} G, ratio ${ratio.toFixed(3)}`);
  return {
    [`synthLibraryGInstructions${n}`]: Math.round((libN - lib0) / 1e7) / 100,
    [`synthRawGInstructions${n}`]: Math.round((rawN - raw0) / 1e7) / 100,
    [`synthInstructionRatio${n}`]: Math.round(ratio * 1000) / 1000,
  };
}
