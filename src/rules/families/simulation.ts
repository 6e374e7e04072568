import { Sources } from '../../catalog/sources';
import { CircuitNode, GatewayNode, PortNode } from '../../model/topology';
import { simulationOf } from '../../simulation/simulate';
import { Connectivity, FailureScenario, GatewayOutcome, ScenarioKind } from '../../simulation/types';
import { defineRule, known, oneOf, sameText } from '../define';
import { Severity } from '../finding';
import { metroOfCircuit } from '../locations';
import { gatewayResiliency } from '../resiliency';
import { IRule, IRuleContext, isUnresolved } from '../rule';

/**
 * Designing for high availability with ExpressRoute (ms.date 06/28/2019): "If you terminate both
 * the primary and secondary connections of an ExpressRoute circuits on the same Customer
 * Premises Equipment (CPE), you're compromising the high availability within your on-premises
 * network."
 */
const HIGH_AVAILABILITY = 'https://learn.microsoft.com/azure/expressroute/designing-for-high-availability-with-expressroute';

/** The single failures of the given kinds that leave a gateway with no path at all. */
function cuttingFailures(ctx: IRuleContext, g: GatewayNode, counts: (s: FailureScenario) => boolean): string[] {
  const cut: string[] = [];
  for (const [s, o] of outcomesOf(ctx, g)) {
    if (s.failures === 1 && counts(s) && o.connected === Connectivity.NO) cut.push(s.target);
  }
  return cut;
}

/** Every scenario's outcome for one gateway (the simulation is run once per validation). */
function outcomesOf(ctx: IRuleContext, g: GatewayNode): Array<[FailureScenario, GatewayOutcome]> {
  let byGateway = outcomes.get(ctx.topology);
  const report = simulationOf(ctx.topology, ctx.catalog, ctx.index);
  if (!byGateway || byGateway.report !== report) {
    const map = new Map<string, Array<[FailureScenario, GatewayOutcome]>>();
    for (const s of report.scenarios) {
      for (const o of s.gateways) {
        const list = map.get(o.gateway);
        if (list) list.push([s, o]);
        else map.set(o.gateway, [[s, o]]);
      }
    }
    outcomes.set(ctx.topology, (byGateway = { report, map }));
  }
  return byGateway.map.get(g.path) ?? [];
}

const outcomes = new WeakMap<object, { report: object; map: Map<string, Array<[FailureScenario, GatewayOutcome]>> }>();

/** The failure simulation's verdicts (issue 15). */
export const SIMULATION_RULES: IRule[] = [
  defineRule('DUAL050', Severity.ERROR,
    'A gateway that requires High resiliency keeps a path when any single site fails', Sources.RESILIENCY_DESIGN, (ctx) => {
      for (const g of ctx.topology.gateways) {
        if (known(g, 'requiredResiliency', g.requiredResiliency) !== 'High') continue;
        const sites = cuttingFailures(ctx, g, (s) => s.kind === ScenarioKind.SITE);
        if (sites.length === 0) continue;
        ctx.report({
          subject: g, property: 'requiredResiliency', value: 'High',
          message: `If ${oneOf(sites)} fails, the gateway loses every path to on-premises: High resiliency means surviving the loss of one site.`,
          fix: 'Connect an ExpressRoute Metro circuit (its two links land at two sites of one metro), or a circuit at another peering location.',
        });
      }
    }, { basis: {
      condition: 'A gateway that requires High resiliency keeps a path to on-premises when any single peering location (site) fails.',
      quote: 'High resiliency, also referred to as ExpressRoute Metro ... splitting a single circuit across two sites',
      revision: 'design-architecture-for-resiliency.md, ms.date 07/16/2024',
    } }),

  defineRule('DUAL051', Severity.ERROR,
    'A gateway that requires Maximum resiliency keeps a path when any single metro (or, for non-Metro circuits, peering location) fails',
    Sources.RESILIENCY_DESIGN, (ctx) => {
      for (const g of ctx.topology.gateways) {
        if (known(g, 'requiredResiliency', g.requiredResiliency) !== 'Maximum') continue;
        // A Metro circuit's location is its metro; a single-site circuit's is its peering location.
        const metros = new Set(gatewayResiliency(g, ctx.index, ctx.catalog).circuits
          .map((c: CircuitNode) => metroOfCircuit(c, ctx.index, ctx.catalog)?.name.toLowerCase()).filter((m) => m !== undefined));
        const cut = cuttingFailures(ctx, g, (s) => s.kind === ScenarioKind.SITE
          || (s.kind === ScenarioKind.METRO && metros.has(s.target.toLowerCase())));
        if (cut.length === 0) continue;
        ctx.report({
          subject: g, property: 'requiredResiliency', value: 'Maximum',
          message: `If ${oneOf(cut)} fails, the gateway loses every path to on-premises: Maximum resiliency means circuits at two distinct locations (for Metro circuits, two metros).`,
          fix: 'Connect a second circuit at a peering location in another metro.',
        });
      }
    }, { basis: {
      condition: 'A gateway that requires Maximum resiliency keeps a path when any single metro (Metro circuits) or peering location (other circuits) fails.',
      quote: 'a pair of circuits across two distinct locations',
      revision: 'design-architecture-for-resiliency.md, ms.date 07/16/2024',
    } }),

  defineRule('DUAL052', Severity.WARNING,
    'A gateway keeps the capacity it asks for (minimumCapacityMbpsUnderFailure) under any single failure outside the gateway itself',
    Sources.FAQ, (ctx) => {
      for (const g of ctx.topology.gateways) {
        const minimum = known(g, 'minimumCapacityMbpsUnderFailure', g.minimumCapacityMbpsUnderFailure);
        if (minimum === undefined) continue;
        let worst: number | undefined;
        let worstTargets: string[] = [];
        for (const [s, o] of outcomesOf(ctx, g)) {
          if (s.failures !== 1 || s.kind === ScenarioKind.GATEWAY || o.pathsBefore === 0) continue;
          const after = o.capacityMbpsAfter;
          if (after === undefined || after >= minimum) continue;
          if (worst === undefined || after < worst) {
            worst = after;
            worstTargets = [s.id];
          } else if (after === worst) {
            worstTargets.push(s.id);
          }
        }
        if (worst === undefined) continue;
        ctx.report({
          subject: g, property: 'minimumCapacityMbpsUnderFailure', value: minimum,
          message: `Under ${oneOf(worstTargets)} the gateway keeps ${worst} Mbps, below the ${minimum} Mbps it asks for. `
            + 'Each surviving circuit counts at its purchased bandwidth; the burst to about twice that over both links is not guaranteed and is not counted.',
          fix: 'Add bandwidth or a circuit that does not share the failure, or lower the threshold.',
        });
      }
    }, { basis: {
      condition: 'Under any single failure other than the gateway itself, the surviving circuits\' purchased bandwidth (never the burst) reaches the gateway\'s threshold (warning).',
      quote: 'it isn\'t guaranteed and shouldn\'t be used for extra traffic for a sustained period of time',
      revision: 'expressroute-faqs.md, ms.date 03/31/2026',
    } }),

  defineRule('DUAL053', Severity.WARNING,
    'The two links of a Direct port pair or of a Metro circuit land on two customer edge routers', HIGH_AVAILABILITY, (ctx) => {
      for (const p of ctx.topology.ports) {
        const routers = portRouters(p);
        if (!sameText(routers[0], routers[1])) continue;
        ctx.report({
          subject: p, property: 'link2.customerEdge', value: routers[1],
          message: `Both links of the port pair land on the customer edge router ${routers[1]}: one router failure cuts every circuit on the port. `
            + 'Microsoft: terminating both connections on the same CPE compromises high availability.',
          fix: 'Land link1 and link2 on two different routers.',
        });
      }
      for (const c of ctx.topology.circuits) {
        if (!metroOfCircuit(c, ctx.index, ctx.catalog)) continue;
        // On a port, a link's own router wins; a port whose links both name one is judged above.
        const onPort = c.portKey !== undefined ? portRouters(ctx.index.port(c.portKey)) : [undefined, undefined];
        if (onPort[0] !== undefined && onPort[1] !== undefined) continue;
        const circuitPrimary = named(known(c, 'customerEdge', c.customerEdge));
        // An unknown secondary router is not the primary's: never assumed shared.
        const circuitSecondary = isUnresolved(c, 'secondaryCustomerEdge') ? undefined : named(c.secondaryCustomerEdge) ?? circuitPrimary;
        const primary = onPort[0] ?? circuitPrimary;
        const secondary = onPort[1] ?? circuitSecondary;
        if (!sameText(primary, secondary)) continue;
        ctx.report({
          subject: c, property: c.secondaryCustomerEdge !== undefined ? 'secondaryCustomerEdge' : 'customerEdge', value: secondary,
          message: `Both links of the Metro circuit land on the customer edge router ${secondary}: the two sites do not help if that router fails. `
            + 'Microsoft: terminating both connections on the same CPE compromises high availability.',
          fix: c.portKey !== undefined ? 'Land the port\'s link2 on another router (its customerEdge).' : 'Give the secondary link its own router (secondaryCustomerEdge).',
        });
      }
    }, { basis: {
      condition: 'The two links of a Direct port pair, or of a Metro circuit, land on two different customer edge routers (warning).',
      quote: 'If you terminate both the primary and secondary connections of an ExpressRoute circuits on the same Customer Premises Equipment (CPE), you\'re compromising the high availability within your on-premises network.',
      revision: 'designing-for-high-availability-with-expressroute.md, ms.date 06/28/2019',
    } }),
];

/** The routers of a port's link1 and link2, undefined where not known. */
function portRouters(p: PortNode | undefined): Array<string | undefined> {
  return ['link1', 'link2'].map((name) => {
    const router = named(p?.links.find((l) => l.name === name)?.customerEdge);
    return p === undefined || isUnresolved(p, `${name}.customerEdge`) ? undefined : router;
  });
}

/** A router name, or undefined when empty. */
function named(router: string | undefined): string | undefined {
  return router === undefined || router.trim() === '' ? undefined : router;
}
