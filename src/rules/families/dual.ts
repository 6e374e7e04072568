import { Sources } from '../../catalog/sources';
import { PeeringNode } from '../../model/topology';
import { Severity } from '../finding';
import { defineRule, given } from '../define';
import { gatewayResiliency, ResiliencyTier } from '../resiliency';
import { IRule } from '../rule';

/** The two BGP sessions' subnets of a peering, per IP version. */
const SESSION_PAIRS: ReadonlyArray<{ primary: keyof PeeringNode & string; secondary: keyof PeeringNode & string; size: string }> = [
  { primary: 'primaryPeerAddressPrefix', secondary: 'secondaryPeerAddressPrefix', size: '/30' },
  { primary: 'ipv6PrimaryPeerAddressPrefix', secondary: 'ipv6SecondaryPeerAddressPrefix', size: '/126' },
];

export const DUAL_RULES: IRule[] = [
  defineRule('DUAL001', Severity.WARNING,
    'Both links of a Direct port pair carry traffic', Sources.DIRECT_HOWTO, (ctx) => {
      for (const p of ctx.topology.ports) {
        if (p.external) continue;
        const enabled = p.links.filter((l) => l.adminEnabled === true).map((l) => l.name);
        if (enabled.length !== 1) continue;
        const off = p.links.filter((l) => l.adminEnabled !== true).map((l) => l.name);
        ctx.report({
          subject: p, property: `${off[0] ?? 'link2'}.adminEnabled`, value: false,
          message: `Only ${enabled[0]} is enabled: traffic runs over one link and one site, not dual-homed.`,
          fix: `Enable ${off.join(' and ') || 'the other link'} once its cross-connect passes the Layer 1 test.`,
        });
      }
    }),

  defineRule('DUAL002', Severity.ERROR,
    'A peering has both BGP sessions (primary and secondary)', Sources.ROUTING, (ctx) => {
      for (const p of ctx.topology.peerings) {
        for (const session of SESSION_PAIRS) {
          const hasA = given(p, session.primary, p[session.primary]);
          const hasB = given(p, session.secondary, p[session.secondary]);
          if (hasA === hasB) continue;
          const missing = hasA ? session.secondary : session.primary;
          ctx.report({
            subject: p, property: missing, value: undefined,
            message: `Only one BGP session is configured; "you must set up both BGP sessions for the availability SLA".`,
            fix: `Set ${missing} to a second ${session.size}, distinct from the first.`,
          });
        }
      }
    }),

  defineRule('DUAL003', Severity.WARNING,
    'A gateway is not left at Standard resiliency (one peering location, no Metro)', Sources.RESILIENCY_DESIGN, (ctx) => {
      for (const g of ctx.topology.gateways) {
        const r = gatewayResiliency(g, ctx.index, ctx.catalog);
        if (r.tier !== ResiliencyTier.STANDARD) continue;
        ctx.report({
          subject: g, property: 'connections', value: r.peeringLocations,
          message: `Standard resiliency: ${r.reasons.join(' ')} Azure does not recommend it for production.`,
          fix: 'Connect an ExpressRoute Metro circuit (High resiliency) or a second circuit at another peering location (Maximum resiliency).',
        });
      }
    }),

  defineRule('DUAL004', Severity.ERROR,
    'A MultiHomed gateway has two locations or a Metro circuit', Sources.RESILIENCY_GUARD, (ctx) => {
      for (const g of ctx.topology.gateways) {
        if (g.resiliencyModel !== 'MultiHomed') continue;
        const r = gatewayResiliency(g, ctx.index, ctx.catalog);
        if (r.tier === ResiliencyTier.MAXIMUM || r.tier === ResiliencyTier.HIGH || r.tier === ResiliencyTier.UNKNOWN) continue;
        ctx.report({
          subject: g, property: 'resiliencyModel', value: g.resiliencyModel,
          message: 'A multi-homed gateway is connected to "two or more circuits in different physical locations" or "one or more ExpressRoute Metro circuits"; '
            + 'until it is, Resiliency Guard shows the required connections as missing. Once it is, Azure blocks deleting those connections and the gateway until it is downgraded to single-homed.',
          fix: 'Connect a Metro circuit or circuits at two peering locations, or declare the gateway SingleHomed.',
        });
      }
    }),

  defineRule('DUAL005', Severity.ERROR,
    'A gateway meets the resiliency tier the user requires', Sources.RESILIENCY_DESIGN, (ctx) => {
      const rank: Record<string, number> = { None: 0, Standard: 1, High: 2, Maximum: 3 };
      for (const g of ctx.topology.gateways) {
        const required = g.requiredResiliency;
        if (required === undefined) continue;
        const r = gatewayResiliency(g, ctx.index, ctx.catalog);
        if (r.tier === ResiliencyTier.UNKNOWN || (rank[r.tier] ?? 0) >= (rank[required] ?? 0)) continue;
        ctx.report({
          subject: g, property: 'requiredResiliency', value: required,
          message: `The gateway requires ${required} resiliency but reaches ${r.tier}: ${r.reasons.join(' ')}`,
          fix: required === 'Maximum'
            ? 'Connect circuits at two distinct peering locations (for Metro: two different metros).'
            : 'Connect an ExpressRoute Metro circuit.',
        });
      }
    }),

  defineRule('DUAL006', Severity.INFO,
    'Resiliency Validation (failover test) does not support Metro-only gateways', Sources.RESILIENCY_VALIDATION, (ctx) => {
      for (const g of ctx.topology.gateways) {
        const r = gatewayResiliency(g, ctx.index, ctx.catalog);
        if (r.tier !== ResiliencyTier.HIGH) continue;
        ctx.report({
          subject: g, property: 'connections', value: r.peeringLocations,
          message: 'Resiliency Validation is "not supported for ExpressRoute Metro yet" and needs circuits at two distinct peering locations.',
          fix: 'Plan failover tests on the CE side (BFD, link shutdown) or add a circuit in a second metro.',
        });
      }
    }),
];
