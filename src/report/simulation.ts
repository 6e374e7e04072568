import { Sources } from '../catalog/sources';
import { Connectivity, FailureScenario, GatewayOutcome, SimulationReport } from '../simulation/types';

const CONNECTED_RANK: Record<string, number> = { [Connectivity.NO]: 0, [Connectivity.UNKNOWN]: 1, [Connectivity.YES]: 2 };

/** One outcome of one gateway, with the keys the matrix sorts it by, computed once. */
export interface GatewayRow {
  readonly scenario: FailureScenario;
  readonly outcome: GatewayOutcome;
  readonly connected: number;
  /** Capacity left; unknown sorts after every known value. */
  readonly capacity: number;
  readonly paths: number;
  readonly failures: number;
  /** The scenario's place in the simulation's order (kind, then target). */
  readonly order: number;
}

/**
 * Worst first: cut off, then unknown, then connected; within each, the least capacity left
 * (unknown capacity after known), then the fewest paths, then pairs before single failures,
 * then the simulation's order.
 */
function compareWorstFirst(a: GatewayRow, b: GatewayRow): number {
  return a.connected - b.connected
    || (a.capacity === b.capacity ? 0 : a.capacity < b.capacity ? -1 : 1)
    || a.paths - b.paths
    || b.failures - a.failures
    || a.order - b.order;
}

/** Each gateway's outcomes, worst first. `simulation` lists its scenarios in order (`simulateFailures`, `filterSimulation`). */
export function outcomesByGateway(simulation: SimulationReport): Map<string, GatewayRow[]> {
  const map = new Map<string, GatewayRow[]>();
  for (const g of simulation.summary.gateways) map.set(g.gateway, []);
  const scenarios = simulation.scenarios;
  for (let order = 0; order < scenarios.length; order++) {
    const scenario = scenarios[order];
    for (const outcome of scenario.gateways) {
      map.get(outcome.gateway)?.push({
        scenario, outcome, connected: CONNECTED_RANK[outcome.connected], capacity: outcome.capacityMbpsAfter ?? Number.POSITIVE_INFINITY,
        paths: outcome.pathsAfter, failures: scenario.failures, order,
      });
    }
  }
  for (const list of map.values()) list.sort(compareWorstFirst);
  return map;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const CONNECTED_TEXT: Record<string, string> = { [Connectivity.YES]: 'yes', [Connectivity.NO]: '**no**', [Connectivity.UNKNOWN]: 'unknown' };

function capacityText(o: GatewayOutcome): string {
  const after = o.capacityMbpsAfter === undefined ? 'unknown' : String(o.capacityMbpsAfter);
  return o.capacityMbpsBefore === undefined ? after : `${after} of ${o.capacityMbpsBefore}`;
}

/** Names shown in a row of failures that end the same; the rest are counted. */
const MAX_TARGETS_SHOWN = 6;

/** Whether two outcomes of one gateway read the same in the matrix. */
function sameEnd(a: GatewayOutcome, b: GatewayOutcome): boolean {
  return a.connected === b.connected && a.pathsAfter === b.pathsAfter && a.pathsUnknown === b.pathsUnknown
    && a.pathsBefore === b.pathsBefore && a.capacityMbpsAfter === b.capacityMbpsAfter && a.capacityMbpsBefore === b.capacityMbpsBefore;
}

/** Several targets: `any one of 32: a, b, ... and 26 more`. */
function targetsText(targets: string[]): string {
  const shown = targets.slice(0, MAX_TARGETS_SHOWN).join(', ');
  const more = targets.length > MAX_TARGETS_SHOWN ? ` and ${targets.length - MAX_TARGETS_SHOWN} more` : '';
  return `any one of ${targets.length}: ${shown}${more}`;
}

/** The "What fails if..." section: one matrix per gateway, worst case first. */
export function simulationMarkdown(simulation: SimulationReport): string[] {
  const out: string[] = ['## What fails if...', ''];
  if (simulation.summary.gateways.length === 0) return [...out, 'No gateway.', ''];
  out.push('Every single failure (N-1) of a site, metro, connectivity provider, Direct port, link, named customer edge router,'
    + ' availability zone and the gateway itself; for gateways that require Maximum resiliency, every pair of sites (N-2).'
    + ' Capacity counts each surviving circuit at its purchased bandwidth while one of its links lives (Direct circuits bounded by'
    + ` their port's surviving links); the burst to about twice that over both links [is not guaranteed](${Sources.FAQ}) and is not counted.`
    + ' "unknown": it depends on a value not known before apply.', '');
  const byGateway = outcomesByGateway(simulation);
  for (const g of simulation.summary.gateways) {
    out.push(`### ${g.gateway}`, '');
    const facts = [`${g.pathsBefore} paths`, `${g.capacityMbpsBefore ?? 'unknown'} Mbps with nothing failed`];
    if (g.requiredResiliency) facts.push(`requires ${g.requiredResiliency} resiliency`);
    if (g.minimumCapacityMbpsUnderFailure !== undefined) facts.push(`asks for ${g.minimumCapacityMbpsUnderFailure} Mbps under any single failure`);
    out.push(`${facts.join(', ')}.`, '');
    out.push('| If this fails | Kind | Connected | Paths left | Capacity left (Mbps) |', '|---|---|---|---|---|');
    // Failures of one kind that end the same are one row (the JSON keeps each scenario).
    const rows = byGateway.get(g.gateway) ?? [];
    for (let i = 0; i < rows.length;) {
      const { scenario: first, outcome: o } = rows[i];
      let j = i + 1;
      while (j < rows.length && rows[j].scenario.kind === first.kind && sameEnd(rows[j].outcome, o)) j++;
      const paths = `${o.pathsAfter} of ${o.pathsBefore}${o.pathsUnknown > 0 ? ` (${o.pathsUnknown} unknown)` : ''}`;
      const target = j - i === 1 ? first.target : targetsText(rows.slice(i, j).map((r) => r.scenario.target));
      out.push(`| ${cell(target)} | ${first.kind} | ${CONNECTED_TEXT[o.connected]} | ${paths} | ${capacityText(o)} |`);
      i = j;
    }
    out.push('');
  }
  return out;
}
