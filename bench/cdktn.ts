/**
 * The cdktn half of `npm run bench`, in its own process (bench/run.ts starts it after the cdktf
 * figures): the same synth benchmark on cdktn-expressroute-metro (flavours/cdktn/build) with
 * cdktn 0.24 and @cdktn/provider-azurerm 16, whose benchmark processes resolve `cdktf` and the
 * provider to the cdktn flavour (flavours/cdktn/register.js). The last line printed is one JSON
 * object with the figures, each key prefixed `cdktn`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { synthBenchmark } from './synth';

const FLAVOUR = path.join(__dirname, '..', 'flavours', 'cdktn');
const lib = path.join(FLAVOUR, 'build', 'package', 'lib');
if (!fs.existsSync(lib)) throw new Error('No cdktn build: run `npm run build:cdktn` (after `npm run install:cdktn`).');

console.log('cdktn flavour (cdktn 0.24, @cdktn/provider-azurerm 16):');
const figures = synthBenchmark([1, 100, 1000], 9, Number(process.env.BENCH_LARGE_RUNS ?? 21), {
  lib, nodeArgs: ['-r', path.join(FLAVOUR, 'register.js')],
});
console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [`cdktn${k[0].toUpperCase()}${k.slice(1)}`, v]))));
