import { MetroCatalog } from '../catalog/metro-catalog';
import { scenarioDiagram } from '../report/report';
import { outcomesByGateway, simulationMarkdown } from '../report/simulation';
import { SIMULATION_RULES } from '../rules/families/simulation';
import { Finding, Severity } from '../rules/finding';
import { RuleRegistry } from '../rules/registry';
import { Connectivity, FailureScenario, GatewayOutcome, ScenarioKind, SimulationReport } from '../simulation/types';
import { expandInputs, FileLintResult, lintFiles } from '../terraform/lint';

/** The `simulate` command's help. */
export const SIMULATE_USAGE = `Usage: expressroute-metro simulate <file|dir>... [--format text|json|markdown]
       [--scenario KIND|ID] [--catalog FILE] [--overlay FILE]

Fails each site, metro, connectivity provider, Direct port, link, named customer edge router,
availability zone and gateway in turn (and every pair of sites for gateways that require
Maximum resiliency) and shows which gateways keep a path to on-premises, with how much capacity.
Reads what lint reads: cdk.tf.json, *.tf.json, plan JSON; a directory means every *.tf.json in it.

  --scenario KIND      only scenarios of one kind: ${Object.values(ScenarioKind).join(', ')}
  --scenario ID        one scenario (site:Amsterdam2); with --format markdown the topology
                       diagram marks what it cuts
Exit 0: no simulation verdict is an error; 1: one is (${SIMULATION_RULES.map((r) => r.id).join(', ')}); 2: unusable input.
`;

const SIMULATION_RULE_IDS = new Set(SIMULATION_RULES.map((r) => r.id));
const FLAGS = ['format', 'scenario', 'catalog', 'overlay'];
const KINDS = new Set<string>(Object.values(ScenarioKind));

/** A usage error: one line on stderr, exit 2. */
class SimulateUsageError extends Error {}

interface Options {
  readonly format: string;
  readonly scenario?: string;
  readonly catalog?: string;
  readonly overlay?: string;
  readonly inputs: string[];
}

function parse(argv: string[]): Options | 'help' {
  const flags = new Map<string, string>();
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return 'help';
    if (!a.startsWith('--')) {
      inputs.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (!FLAGS.includes(name)) throw new SimulateUsageError(`unknown option --${name} for simulate`);
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value.startsWith('--')) throw new SimulateUsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  const format = flags.get('format') ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) throw new SimulateUsageError(`unknown format "${format}" (text, json, markdown)`);
  const scenario = flags.get('scenario');
  if (scenario !== undefined && !KINDS.has(scenario) && !scenario.includes(':')) {
    throw new SimulateUsageError(`unknown scenario "${scenario}": a kind (${[...KINDS].join(', ')}) or an id like site:Amsterdam2`);
  }
  if (inputs.length === 0) throw new SimulateUsageError('simulate needs at least one file or directory');
  return { format, scenario, catalog: flags.get('catalog'), overlay: flags.get('overlay'), inputs };
}

function selected(simulation: SimulationReport, scenario: string | undefined): FailureScenario[] {
  if (scenario === undefined) return simulation.scenarios;
  return simulation.scenarios.filter((s) => (KINDS.has(scenario) ? s.kind === scenario : s.id === scenario));
}

function verdicts(r: FileLintResult): Finding[] {
  return r.report.findings.filter((f) => SIMULATION_RULE_IDS.has(f.ruleId));
}

const outcomeJson = (o: GatewayOutcome) => ({
  gateway: o.gateway, pathsBefore: o.pathsBefore, pathsAfter: o.pathsAfter, pathsUnknown: o.pathsUnknown,
  capacityMbpsBefore: o.capacityMbpsBefore ?? null, capacityMbpsAfter: o.capacityMbpsAfter ?? null, connected: o.connected,
});

function json(results: FileLintResult[], options: Options, unusable: Array<{ file: string; reason: string }>): string {
  const scenarios = results.flatMap((r) => selected(r.report.simulation, options.scenario).map((s) => ({
    file: r.file, id: s.id, kind: s.kind, target: s.target, failures: s.failures, gateways: s.gateways.map(outcomeJson),
  })));
  const findings = results.flatMap((r) => verdicts(r).map((f) => ({
    ruleId: f.ruleId, severity: f.severity, file: r.file, subject: f.path, property: f.property, value: f.value,
    message: f.message, fix: f.fix, source: f.source, suppressed: f.suppressed,
  })));
  const live = findings.filter((f) => !f.suppressed);
  const doc = {
    scenarios,
    verdicts: findings,
    unusableInputs: unusable,
    summary: {
      scenarios: scenarios.length,
      singleFailures: scenarios.filter((s) => s.failures === 1).length,
      doubleFailures: scenarios.filter((s) => s.failures === 2).length,
      gateways: results.flatMap((r) => r.report.simulation.summary.gateways.map((g) => ({
        file: r.file, ...g, capacityMbpsBefore: g.capacityMbpsBefore ?? null,
        worstCapacityMbpsUnderSingleFailure: g.worstCapacityMbpsUnderSingleFailure ?? null,
      }))),
      errors: live.filter((f) => f.severity === Severity.ERROR).length,
      warnings: live.filter((f) => f.severity === Severity.WARNING).length,
      files: results.length,
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const CONNECTED_WORD: Record<string, string> = { [Connectivity.YES]: 'connected', [Connectivity.NO]: 'CUT OFF', [Connectivity.UNKNOWN]: 'unknown' };

function text(results: FileLintResult[], options: Options): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`${r.file} (${r.kind})`);
    const simulation = r.report.simulation;
    const shown = new Set(selected(simulation, options.scenario));
    const byGateway = outcomesByGateway(simulation);
    if (simulation.summary.gateways.length === 0) out.push('  no gateway');
    for (const g of simulation.summary.gateways) {
      out.push(`  gateway ${g.gateway}: ${g.pathsBefore} paths, ${g.capacityMbpsBefore ?? 'unknown'} Mbps`);
      for (const { scenario: s, outcome: o } of byGateway.get(g.gateway) ?? []) {
        if (!shown.has(s)) continue;
        out.push(`    ${CONNECTED_WORD[o.connected].padEnd(9)} if ${s.id} fails: ${o.pathsAfter}/${o.pathsBefore} paths`
          + `${o.pathsUnknown > 0 ? ` (${o.pathsUnknown} unknown)` : ''}, ${o.capacityMbpsAfter ?? 'unknown'} Mbps`);
      }
    }
    for (const f of verdicts(r)) {
      out.push(`  ${f.suppressed ? 'suppressed' : f.severity} ${f.ruleId} ${f.path} ${f.property}=${f.value}: ${f.message} Fix: ${f.fix}`);
    }
  }
  const live = results.flatMap(verdicts).filter((f) => !f.suppressed);
  const errors = live.filter((f) => f.severity === Severity.ERROR).length;
  const warnings = live.filter((f) => f.severity === Severity.WARNING).length;
  out.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} from the simulation in ${results.length} file${results.length === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}

function markdown(results: FileLintResult[], options: Options): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`# Failure simulation: ${r.file}`, '');
    const simulation = r.report.simulation;
    const shown = selected(simulation, options.scenario);
    out.push(...simulationMarkdown({ scenarios: shown, summary: simulation.summary }).slice(1));
    if (options.scenario !== undefined && options.scenario.includes(':')) {
      const diagram = shown.length > 0 ? scenarioDiagram(r.report, options.scenario) : undefined;
      out.push(`## What ${options.scenario} cuts`, '');
      out.push(diagram !== undefined ? ['```mermaid', diagram, '```'].join('\n') : shown.length > 0
        ? 'The diagram is left out: it would pass Mermaid\'s default size limit.' : 'No such scenario in this file.', '');
    }
    const found = verdicts(r);
    if (found.length > 0) {
      out.push('## Verdicts', '', '| Severity | Rule | Subject | Property | Message |', '|---|---|---|---|---|');
      for (const f of found) out.push(`| ${f.suppressed ? `${f.severity} (suppressed)` : f.severity} | [${f.ruleId}](${f.source}) | ${f.path} | ${f.property} | ${f.message.replace(/\|/g, '\\|')} |`);
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

/** Runs `expressroute-metro simulate`; returns the exit code. */
export function simulateCommand(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let options: Options | 'help';
  try {
    options = parse(argv);
  } catch (e) {
    err(`expressroute-metro: ${(e as Error).message}\n`);
    return 2;
  }
  if (options === 'help') {
    out(SIMULATE_USAGE);
    return 0;
  }
  let catalog: MetroCatalog;
  try {
    catalog = MetroCatalog.load(options.catalog, options.overlay);
  } catch (e) {
    err(`expressroute-metro: ${(e as Error).message.split('\n').join(' ')}\n`);
    return 2;
  }
  // Lint's reading: the same files, modules and topology; the verdicts are the simulation rules'.
  const { files, errors } = expandInputs(options.inputs);
  const registry = RuleRegistry.empty();
  for (const rule of SIMULATION_RULES) registry.register(rule);
  const run = lintFiles(files, { catalog, registry });
  errors.push(...run.errors);
  for (const e of errors) err(`expressroute-metro: ${e.message}\n`);
  const results = run.results;
  const unusable = errors.map((e) => ({ file: e.file, reason: e.message }));
  out(options.format === 'json' ? json(results, options, unusable) : options.format === 'markdown' ? markdown(results, options) : text(results, options));
  if (errors.length > 0) return 2;
  return results.some((r) => verdicts(r).some((f) => !f.suppressed && f.severity === Severity.ERROR)) ? 1 : 0;
}
