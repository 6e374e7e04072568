/**
 * Lint benchmarks, each in child processes so that time and peak memory are their own:
 * - a 50 MB plan JSON, linted, side by side with a bare read + `JSON.parse` of the same file
 *   (interleaved runs, medians);
 * - a generated tree of 200 `.tf` files with local modules, parser start included.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { syntheticPlanJson } from './plan';

/** The built library when present (`npm run bench` builds first), else the sources through ts-node. */
const SRC = fs.existsSync(path.join(__dirname, '..', 'lib', 'terraform', 'lint.js')) ? path.join(__dirname, '..', 'lib') : path.join(__dirname, '..', 'src');

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function child(script: string): { ms: number; rssMb: number; [k: string]: number } {
  // ts-node (about 100 MB) only when the library is not built.
  const loader = SRC.endsWith('src') ? ['-r', 'ts-node/register/transpile-only'] : [];
  const out = execFileSync(process.execPath, [...loader, '-e', script],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** Peak RSS sampled on a timer would miss short peaks: the kernel's high-water mark is read instead. */
const PEAK = `(() => { try { const m = /VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8')); return m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 1048576; } catch { return process.memoryUsage().rss / 1048576; } })()`;

/** The 50 MB plan: lint against read + JSON.parse, interleaved. */
export function planBenchmark(targetMb: number, runs: number): Record<string, number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-bench-plan-'));
  const file = path.join(dir, 'plan.json');
  fs.writeFileSync(file, syntheticPlanJson(targetMb));
  const mb = fs.statSync(file).size / 1048576;
  const parseScript = `
const fs = require('fs');
const start = process.hrtime.bigint();
const doc = JSON.parse(fs.readFileSync(${JSON.stringify(file)}, 'utf8'));
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ ms, rssMb: ${PEAK}, keys: Object.keys(doc).length }));`;
  const lintScript = `
const { lintFile } = require(${JSON.stringify(path.join(SRC, 'terraform', 'lint'))});
const start = process.hrtime.bigint();
const r = lintFile(${JSON.stringify(file)});
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ ms, rssMb: ${PEAK}, findings: r.report.findings.length }));`;
  // The modules are loaded before the clock starts in both children (lint's own load is small).
  const parse: number[] = [];
  const lint: number[] = [];
  const ratios: number[] = [];
  let parseRss = 0;
  let lintRss = 0;
  for (let i = 0; i < runs; i++) {
    const p = child(parseScript);
    const l = child(lintScript);
    parse.push(p.ms);
    lint.push(l.ms);
    ratios.push(l.ms / p.ms);
    parseRss = Math.max(parseRss, p.rssMb);
    lintRss = Math.max(lintRss, l.rssMb);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const figures = {
    lintPlanMb: Math.round(mb),
    lintPlanMs: Math.round(median(lint)),
    lintPlanParseMs: Math.round(median(parse)),
    lintPlanParseRatio: Math.round((median(lint) / median(parse)) * 100) / 100,
    lintPlanPairedRatio: Math.round(median(ratios) * 100) / 100,
    lintPlanRssMb: Math.round(lintRss),
    lintPlanParseRssMb: Math.round(parseRss),
    lintPlanRssPerFileMb: Math.round((lintRss / mb) * 100) / 100,
  };
  console.log(`lint: ${mb.toFixed(1)} MB plan JSON -> ${figures.lintPlanMs} ms (read + JSON.parse alone: ${figures.lintPlanParseMs} ms; `
    + `ratio ${figures.lintPlanParseRatio}, paired ${figures.lintPlanPairedRatio}), peak RSS ${figures.lintPlanRssMb} MB `
    + `(${figures.lintPlanRssPerFileMb}x the file; JSON.parse alone ${figures.lintPlanParseRssMb} MB), medians of ${runs}`);
  return figures;
}

/** A tree of `.tf` files: a root module calling local modules. */
export function writeHclTree(dir: string, files: number): void {
  const moduleNames = ['circuit', 'peering', 'gateway', 'connection'];
  const perModule = 10;
  const rootFiles = files - moduleNames.length * perModule;
  const moduleFile = (m: string, i: number) => {
    if (i === 0) {
      return `variable "name" { type = string }\nvariable "location" {\n  type    = string\n  default = "Amsterdam Metro"\n}\n`
        + `variable "bandwidth" {\n  type    = number\n  default = 1000\n}\nlocals {\n  prefix = "er-${m}-\${var.name}"\n}\n`
        + `output "id" {\n  value = azurerm_express_route_circuit.c0.id\n}\n`;
    }
    return `resource "azurerm_express_route_circuit" "c${i}" {\n  name                  = "\${local.prefix}-${i}"\n`
      + `  resource_group_name   = "rg"\n  location              = "westeurope"\n  service_provider_name = "Equinix"\n`
      + `  peering_location      = var.location\n  bandwidth_in_mbps     = var.bandwidth\n  sku {\n    tier   = "Standard"\n    family = "MeteredData"\n  }\n}\n`
      + `resource "azurerm_express_route_circuit_peering" "p${i}" {\n  peering_type                  = "AzurePrivatePeering"\n`
      + `  express_route_circuit_name    = azurerm_express_route_circuit.c${i}.name\n  resource_group_name           = "rg"\n`
      + `  peer_asn                      = 65010\n  vlan_id                       = ${100 + i}\n`
      + `  primary_peer_address_prefix   = "10.${i}.0.0/30"\n  secondary_peer_address_prefix = "10.${i}.0.4/30"\n}\n`;
  };
  for (const m of moduleNames) {
    fs.mkdirSync(path.join(dir, 'modules', m), { recursive: true });
    // Each module declares c0 too, for its output.
    for (let i = 0; i < perModule; i++) {
      fs.writeFileSync(path.join(dir, 'modules', m, `f${i}.tf`), moduleFile(m, i) + (i === 0 ? moduleFile(m, perModule).replace(/([cp])10\b/g, '$10') : ''));
    }
  }
  fs.mkdirSync(path.join(dir, 'root'), { recursive: true });
  for (let i = 0; i < rootFiles; i++) {
    const m = moduleNames[i % moduleNames.length];
    const text = `variable "v${i}" {\n  default = ${i % 2 === 0 ? 1000 : 2000}\n}\nlocals {\n  l${i} = { tier = "Standard", n = ${i} }\n}\n`
      + `module "m${i}" {\n  source    = "../modules/${m}"\n  name      = "m${i}"\n  bandwidth = var.v${i}\n}\n`
      + `resource "azurerm_virtual_network_gateway" "g${i}" {\n  count               = 1\n  name                = "gw-${i}"\n`
      + `  resource_group_name = "rg"\n  location            = "westeurope"\n  type                = "ExpressRoute"\n  sku                 = "ErGw1AZ"\n`
      + `  ip_configuration {\n    subnet_id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v${i}/subnets/GatewaySubnet"\n  }\n}\n`
      + `resource "azurerm_virtual_network_gateway_connection" "n${i}" {\n  name                       = "cn-${i}"\n  resource_group_name        = "rg"\n`
      + `  location                   = "westeurope"\n  type                       = "ExpressRoute"\n`
      + `  virtual_network_gateway_id = azurerm_virtual_network_gateway.g${i}[0].id\n  express_route_circuit_id   = module.m${i}.id\n}\n`;
    fs.writeFileSync(path.join(dir, 'root', `main${i}.tf`), text);
  }
}

/** Lint of a 200-file `.tf` tree, parser start included (the clock starts before any module loads). */
export function hclBenchmark(files: number, runs: number): Record<string, number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-bench-hcl-'));
  writeHclTree(dir, files);
  const script = `
const start = process.hrtime.bigint();
const { expandInputs, lintFiles } = require(${JSON.stringify(path.join(SRC, 'terraform', 'lint'))});
const { files } = expandInputs([${JSON.stringify(dir)}]);
const r = lintFiles(files);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const resources = r.results.reduce((n, x) => n + x.report.findings.length, 0);
console.log(JSON.stringify({ ms, rssMb: ${PEAK}, files: files.length, errors: r.errors.length, findings: resources }));`;
  const loadOnly = `
const start = process.hrtime.bigint();
require(${JSON.stringify(path.join(SRC, 'terraform', 'lint'))});
require(${JSON.stringify(path.join(SRC, 'terraform', 'hcl', 'parse'))}).parseHcl('x.tf', '');
console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - start) / 1e6, rssMb: ${PEAK} }));`;
  const times: number[] = [];
  const starts: number[] = [];
  let rss = 0;
  let last: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    last = child(script);
    times.push(last.ms);
    rss = Math.max(rss, last.rssMb);
    starts.push(child(loadOnly).ms);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  if (last.errors !== 0) throw new Error(`the generated .tf tree did not lint cleanly (${last.errors} unusable inputs)`);
  const figures = {
    lintHclFiles: last.files,
    lintHclMs: Math.round(median(times)),
    lintHclStartMs: Math.round(median(starts)),
    lintHclRssMb: Math.round(rss),
  };
  console.log(`lint: ${last.files} .tf files with local modules -> ${figures.lintHclMs} ms including module load and parser start `
    + `(${figures.lintHclStartMs} ms of it), peak RSS ${figures.lintHclRssMb} MB, ${last.findings} findings, medians of ${runs}`);
  return figures;
}

if (require.main === module) {
  console.log(JSON.stringify({ ...hclBenchmark(200, 3), ...planBenchmark(50, Number(process.env.BENCH_PLAN_RUNS ?? 3)) }));
}
