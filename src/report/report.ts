import { MetroCatalog } from '../catalog/metro-catalog';
import { Sources } from '../catalog/sources';
import { GatewayKind, GatewayNode, Topology } from '../model/topology';
import { ValidationResult } from '../rules/engine';
import { Finding, Severity } from '../rules/finding';
import { circuitLocation, metroOfCircuit, metroOfPort } from '../rules/locations';
import { MetroData } from '../catalog/types';
import { gatewayResiliency } from '../rules/resiliency';
import { TopologyIndex } from '../rules/rule';
import { filterSimulation, scenarioCuts, simulationOf } from '../simulation/simulate';
import { ScenarioCuts, SimulationReport } from '../simulation/types';
import { simulationMarkdown } from './simulation';

export * from '../simulation/types';

/** The resiliency of one gateway, as reports and the lint command show it. */
export interface GatewayResiliencyReport {
  /** The gateway's path or address. */
  readonly gateway: string;
  /** Maximum, High, Standard or None. */
  readonly tier: string;
  /**
   * Static resiliency index: the parts of Azure's Resiliency Insights score known before
   * deployment, out of 30: route resiliency (20 two locations, 10 Metro, 5 one location) plus
   * gateway zone redundancy (0-10 by SKU). Advisor (10) and the validation multiplier need a
   * live gateway. Undefined for Virtual WAN gateways, which Resiliency Insights does not score.
   * @default - not scored
   */
  readonly index?: number;
  /** Why. */
  readonly reasons: string[];
}

/** Counts of unsuppressed findings by severity, and of suppressed ones. */
export interface ReportSummary {
  /** Unsuppressed errors. */
  readonly errors: number;
  /** Unsuppressed warnings. */
  readonly warnings: number;
  /** Unsuppressed infos. */
  readonly infos: number;
  /** Suppressed findings of any severity. */
  readonly suppressed: number;
}

/** A report of one configuration or stack. */
export interface ExpressRouteReport {
  /** Every finding, suppressed ones marked. */
  readonly findings: Finding[];
  /** The resiliency of each gateway. */
  readonly resiliency: GatewayResiliencyReport[];
  /** Circuits not connected to any gateway. */
  readonly unconnectedCircuits: string[];
  /** Counts. */
  readonly summary: ReportSummary;
  /**
   * The failure simulation of the report's gateways: what each single failure (and, for
   * gateways that require Maximum, each pair of sites) does to their paths and capacity.
   * Computed when first read.
   */
  readonly simulation: SimulationReport;
}

/** What each report was built from, for a diagram of one scenario's cuts. */
const builtFrom = new WeakMap<ExpressRouteReport, { topology: Topology; catalog: MetroCatalog; include: (path: string) => boolean }>();

/** Route resiliency points (Source: Sources.RESILIENCY_INSIGHTS). */
const ROUTE_POINTS: Record<string, number> = { Maximum: 20, High: 10, Standard: 5, None: 0 };

/** Zone-redundancy points by SKU (Source: Sources.RESILIENCY_INSIGHTS). */
function zonePoints(g: GatewayNode): { points: number; reason: string } {
  switch (g.sku) {
    case 'Standard': case 'HighPerformance': return { points: 0, reason: `${g.sku} is not zone-redundant (0).` };
    case 'UltraPerformance': return { points: 2, reason: 'UltraPerformance scores 2 for zone redundancy.' };
    case 'ErGw1AZ': case 'ErGw2AZ': case 'ErGw3AZ':
      return { points: 10, reason: `${g.sku} deployed zone-redundant scores 10 (8 if zonal).` };
    case 'ErGwScale': {
      const units = g.maxScaleUnits ?? g.minScaleUnits;
      return units !== undefined && units > 2
        ? { points: 10, reason: 'ErGwScale above 2 scale units (more than 4 instances) scores 10.' }
        : { points: 8, reason: 'ErGwScale up to 2 scale units (4 instances) scores 8.' };
    }
    default: return { points: 0, reason: `SKU ${g.sku ?? 'unknown'}: no zone-redundancy points known.` };
  }
}

/** Resiliency of every gateway. */
export function resiliencyOf(topology: Topology, catalog: MetroCatalog, index = new TopologyIndex(topology)): GatewayResiliencyReport[] {
  return topology.gateways.map((g) => {
    const r = gatewayResiliency(g, index, catalog);
    if (g.kind === GatewayKind.VIRTUAL_WAN_GATEWAY) {
      return { gateway: g.path, tier: r.tier, reasons: [...r.reasons, 'Resiliency Insights does not score Virtual WAN gateways.'] };
    }
    const zone = zonePoints(g);
    const route = ROUTE_POINTS[r.tier] ?? 0;
    return {
      gateway: g.path, tier: r.tier, index: route + zone.points,
      reasons: [...r.reasons, `Route resiliency ${route}/20.`, zone.reason],
    };
  });
}

/**
 * Builds the report from a topology and its validation result. `index`: the validation run's
 * index of that topology, so that the report shares what the rules computed (gateway
 * resiliency, the failure simulation) instead of computing it again.
 */
export function buildReport(topology: Topology, result: ValidationResult, catalog: MetroCatalog, include: (path: string) => boolean = () => true,
  index: TopologyIndex = new TopologyIndex(topology)): ExpressRouteReport {
  const findings = result.findings.filter((f) => include(f.path));
  const live = findings.filter((f) => !f.suppressed);
  let simulation: SimulationReport | undefined;
  const report: ExpressRouteReport = {
    findings,
    resiliency: resiliencyOf(topology, catalog, index).filter((r) => include(r.gateway)),
    unconnectedCircuits: topology.circuits.filter((c) => !c.external && include(c.path) && index.connectionsTo(c.key).length === 0).map((c) => c.path),
    summary: {
      errors: live.filter((f) => f.severity === Severity.ERROR).length,
      warnings: live.filter((f) => f.severity === Severity.WARNING).length,
      infos: live.filter((f) => f.severity === Severity.INFO).length,
      suppressed: findings.length - live.length,
    },
    // Lint prints findings only: the simulation runs when a report or the simulate command reads it.
    get simulation(): SimulationReport {
      return simulation ??= filterSimulation(simulationOf(topology, catalog, index), topology.gateways, include);
    },
  };
  builtFrom.set(report, { topology, catalog, include });
  return report;
}

/**
 * A part of a report (one file's share of a module's report) with the simulation of the
 * gateways `include` keeps, computed when first read.
 */
export function withSimulation(full: ExpressRouteReport, part: Omit<ExpressRouteReport, 'simulation'>, include: (path: string) => boolean): ExpressRouteReport {
  const from = builtFrom.get(full);
  let simulation: SimulationReport | undefined;
  const report: ExpressRouteReport = {
    ...part,
    get simulation(): SimulationReport {
      return simulation ??= from ? filterSimulation(full.simulation, from.topology.gateways, (p) => from.include(p) && include(p)) : full.simulation;
    },
  };
  if (from) builtFrom.set(report, { ...from, include: (p) => from.include(p) && include(p) });
  return report;
}

/**
 * The topology diagram of the report with what one scenario (by id, `site:Amsterdam2`) cuts
 * marked in red: failed sites and the ports, circuits and gateways left with no working link.
 * Undefined when the id names no scenario, or the diagram would pass `maxChars`.
 */
export function scenarioDiagram(report: ExpressRouteReport, scenarioId: string, maxChars: number = MERMAID_MAX_TEXT_SIZE): string | undefined {
  const from = builtFrom.get(report);
  if (!from) return undefined;
  const cuts = scenarioCuts(from.topology, from.catalog, scenarioId);
  return cuts ? mermaidDiagram(from.topology, from.catalog, from.include, maxChars, cuts) : undefined;
}

const esc = (s: string) => s.replace(/"/g, '#quot;').replace(/[\[\]{}<>]/g, ' ');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Mermaid's default `maxTextSize`: renderers (GitHub, GitLab, the Mermaid live editor) refuse a
 * longer diagram with "Maximum text size in diagram exceeded".
 * Source: https://mermaid.js.org/config/schema-docs/config-properties-maxtextsize.html
 */
export const MERMAID_MAX_TEXT_SIZE = 50000;
const MERMAID_MAX_TEXT_SIZE_SOURCE = 'https://mermaid.js.org/config/schema-docs/config-properties-maxtextsize.html';

/**
 * A Mermaid flowchart of the topology: on-premises edge, peering locations, ports, circuits, gateways.
 * Returns undefined as soon as the text would pass `maxChars`: such a diagram would not render.
 */
export function mermaidDiagram(topology: Topology, catalog: MetroCatalog, include: (path: string) => boolean = () => true,
  maxChars: number = Number.POSITIVE_INFINITY, cuts?: ScenarioCuts): string | undefined {
  if (shortestDiagram(topology, include) > maxChars) return undefined;
  try {
    return drawDiagram(topology, catalog, include, maxChars, cuts);
  } catch (e) {
    if (e === TOO_LONG) return undefined;
    throw e;
  }
}

const TOO_LONG = Symbol('diagram too long');

/**
 * A lower bound of the diagram's length, counted without drawing it: each circuit's line
 * (`  n1("Circuit <path>`), each gateway's (`  n1{{"Gateway <path>`), at least one edge to a
 * site or port for each circuit with a place, and one edge per connection (`  n1 --> n2`), each
 * with its newline. A large app's diagram is known too long before any of it is drawn.
 */
function shortestDiagram(topology: Topology, include: (path: string) => boolean): number {
  const EDGE = '  n1 --> n2\n'.length;
  const ports = new Set(topology.ports.filter((p) => include(p.path)).map((p) => p.key));
  const circuits = new Set<string>();
  let length = 0;
  for (const c of topology.circuits) {
    if (!include(c.path)) continue;
    circuits.add(c.key);
    length += '  n1("Circuit \n'.length + c.path.length;
    if (c.peeringLocation !== undefined || (c.portKey !== undefined && ports.has(c.portKey))) length += EDGE;
  }
  const gateways = new Set<string>();
  for (const g of topology.gateways) {
    if (!include(g.path)) continue;
    gateways.add(g.key);
    length += '  n1{{"Gateway \n'.length + g.path.length;
  }
  for (const conn of topology.connections) {
    if (conn.circuitKey !== undefined && conn.gatewayKey !== undefined && circuits.has(conn.circuitKey) && gateways.has(conn.gatewayKey)) length += EDGE;
  }
  return length;
}

function drawDiagram(topology: Topology, catalog: MetroCatalog, include: (path: string) => boolean, maxChars: number, cuts?: ScenarioCuts): string {
  const index = new TopologyIndex(topology);
  const ids = new Map<string, string>();
  const id = (key: string) => {
    let v = ids.get(key);
    if (!v) ids.set(key, (v = `n${ids.size + 1}`));
    return v;
  };
  const lines: string[] = [];
  let length = 0;
  // Counts each line and its newline as it is added, so a too-long diagram stops early.
  const push = (...more: string[]) => {
    for (const line of more) length += line.length + 1;
    if (length - 1 > maxChars) throw TOO_LONG;
    lines.push(...more);
  };
  push('flowchart LR', '  onprem(["On-premises edge"])');
  const sites = new Set<string>();
  const site = (name: string) => {
    const key = `site:${name}`;
    if (!sites.has(key)) {
      sites.add(key);
      push(`  ${id(key)}[/"${esc(name)}"/]`, `  onprem --- ${id(key)}`);
    }
    return id(key);
  };
  const portSet = new Set(topology.ports.filter((p) => include(p.path)).map((p) => p.key));
  /** City and City2 of a metro; the second named as undocumented where Azure does not name it. */
  const metroSites = (m: MetroData) => [m.peeringLocations[0], m.peeringLocations[1] ?? `${m.city} (second site, undocumented)`];
  for (const p of topology.ports.filter((x) => portSet.has(x.key))) {
    const metro = metroOfPort(p, catalog);
    push(`  ${id(p.key)}[["Port ${esc(p.path)}<br/>${p.bandwidthGbps ?? '?'} Gbps ${esc(p.encapsulation ?? '')}"]]`);
    const locs = metro ? metroSites(metro) : [p.peeringLocation ?? 'unknown location'];
    locs.forEach((loc, i) => push(`  ${site(loc)} -- link${i + 1} --- ${id(p.key)}`));
  }
  for (const c of topology.circuits.filter((x) => include(x.path))) {
    const peerings = index.peeringsOf(c.key).map((p) => (p.peeringType ?? '').replace('Azure', '').replace('Peering', '')).join(', ');
    const bw = c.bandwidthMbps !== undefined ? `${c.bandwidthMbps} Mbps` : c.bandwidthGbps !== undefined ? `${c.bandwidthGbps} Gbps` : '';
    push(`  ${id(c.key)}("Circuit ${esc(c.path)}<br/>${esc([c.serviceProviderName, bw, c.skuTier].filter(Boolean).join(' '))}${peerings ? `<br/>${esc(peerings)}` : ''}")`);
    if (c.portKey !== undefined && portSet.has(c.portKey)) {
      push(`  ${id(c.portKey)} --> ${id(c.key)}`);
    } else {
      const metro = metroOfCircuit(c, index, catalog);
      const loc = circuitLocation(c, index);
      const locs = metro ? metroSites(metro) : loc ? [loc] : [];
      for (const l of locs) push(`  ${site(l)} --> ${id(c.key)}`);
    }
  }
  for (const g of topology.gateways.filter((x) => include(x.path))) {
    push(`  ${id(g.key)}{{"Gateway ${esc(g.path)}<br/>${esc(g.sku ?? g.kind)}"}}`);
    for (const conn of index.connectionsOf(g.key)) {
      if (conn.circuitKey !== undefined && ids.has(conn.circuitKey)) {
        push(`  ${id(conn.circuitKey)} -->${conn.routingWeight !== undefined ? `|weight ${conn.routingWeight}|` : ''} ${id(g.key)}`);
      }
    }
  }
  for (const gr of topology.globalReach.filter((x) => include(x.path))) {
    if (gr.circuitKey && gr.peerCircuitKey && ids.has(gr.circuitKey) && ids.has(gr.peerCircuitKey)) {
      push(`  ${id(gr.circuitKey)} -. Global Reach .- ${id(gr.peerCircuitKey)}`);
    }
  }
  if (cuts) {
    const cutSites = new Set(cuts.sites);
    const marked = [
      ...[...sites].filter((key) => cutSites.has(key.slice('site:'.length).toLowerCase())),
      ...cuts.nodes.filter((key) => ids.has(key)),
    ].map((key) => id(key));
    if (marked.length > 0) push('  classDef cut fill:#fdd,stroke:#c00,stroke-width:2px,stroke-dasharray:4 3', `  class ${marked.join(',')} cut`);
  }
  return lines.join('\n');
}

/**
 * The report as Markdown, readable in a GitHub README. Without a diagram (one too long for
 * Mermaid to render), the Topology section says so.
 */
export function reportMarkdown(title: string, report: ExpressRouteReport, diagram?: string): string {
  const out: string[] = [`# ExpressRoute report: ${title}`, ''];
  const s = report.summary;
  out.push(`${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos, ${s.suppressed} suppressed.`, '');
  if (diagram !== undefined) out.push('## Topology', '', '```mermaid', diagram, '```', '');
  else {
    out.push('## Topology', '', `The diagram is left out: it would pass Mermaid's default limit of ${MERMAID_MAX_TEXT_SIZE} characters`
      + ` ([maxTextSize](${MERMAID_MAX_TEXT_SIZE_SOURCE})), above which GitHub and other renderers refuse to draw it.`
      + ' Split the app into smaller stacks for a diagram per stack.', '');
  }
  out.push('## Resiliency', '');
  if (report.resiliency.length === 0) out.push('No gateway.', '');
  else {
    out.push('| Gateway | Tier | Static index (of 30) | Reasons |', '|---|---|---|---|');
    for (const r of report.resiliency) out.push(`| ${cell(r.gateway)} | ${r.tier} | ${r.index ?? 'n/a'} | ${cell(r.reasons.join(' '))} |`);
    out.push('', `Tiers and index follow [Azure's resiliency guidance](${Sources.RESILIENCY_DESIGN}) and [Resiliency Insights](${Sources.RESILIENCY_INSIGHTS}).`, '');
  }
  if (report.unconnectedCircuits.length > 0) {
    out.push('Circuits not connected to any gateway: ' + report.unconnectedCircuits.map((c) => `\`${c}\``).join(', ') + '.', '');
  }
  out.push(...simulationMarkdown(report.simulation));
  out.push('## Findings', '');
  if (report.findings.length === 0) out.push('None.', '');
  else {
    out.push('| Severity | Rule | Subject | Property | Value | Message | Fix |', '|---|---|---|---|---|---|---|');
    for (const f of report.findings) {
      const sev = f.suppressed ? `${f.severity} (suppressed: ${f.suppressionReason})` : f.severity;
      out.push(`| ${cell(sev)} | [${f.ruleId}](${f.source}) | ${cell(f.path)} | ${cell(f.property)} | ${cell(f.value)} | ${cell(f.message)} | ${cell(f.fix)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
