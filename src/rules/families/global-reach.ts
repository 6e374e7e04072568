import { GLOBAL_REACH_COUNTRIES, GLOBAL_REACH_PREFIX_LENGTH } from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { Severity } from '../finding';
import { defineRule, known, sameText } from '../define';
import { findOverlaps, parseCidr } from '../ip';
import { circuitLocation } from '../locations';
import { IRule } from '../rule';

export const GR_RULES: IRule[] = [
  defineRule('GR001', Severity.ERROR, 'Global Reach links circuits at different peering locations', Sources.FAQ, (ctx) => {
    for (const g of ctx.topology.globalReach) {
      const a = ctx.index.circuit(g.circuitKey);
      const b = ctx.index.circuit(g.peerCircuitKey);
      if (!a || !b) continue;
      if (a.key === b.key) {
        ctx.report({ subject: g, property: 'peerCircuit', value: a.path,
          message: 'Global Reach links a circuit to itself.', fix: 'Link two different circuits.' });
        continue;
      }
      const la = circuitLocation(a, ctx.index);
      const lb = circuitLocation(b, ctx.index);
      if (!sameText(la, lb)) continue;
      ctx.report({
        subject: g, property: 'peerCircuit', value: lb,
        message: `Both circuits are at ${la}: "The two circuits must be from different peering locations."`,
        fix: 'Link circuits at two different peering locations (two locations in one metro are fine).',
      });
    }
  }),

  defineRule('GR002', Severity.ERROR, 'Global Reach is not available on Local circuits', Sources.FAQ, (ctx) => {
    for (const g of ctx.topology.globalReach) {
      for (const [prop, key] of [['circuit', g.circuitKey], ['peerCircuit', g.peerCircuitKey]] as Array<[string, string | undefined]>) {
        const c = ctx.index.circuit(key);
        if (!c || known(c, 'skuTier', c.skuTier) !== 'Local') continue;
        ctx.report({
          subject: g, property: prop, value: c.path,
          message: `"ExpressRoute Global Reach isn't available on Local"; ${c.path} is a Local circuit.`,
          fix: 'Upgrade the circuit to Standard or Premium (with UnlimitedData), or drop the link.',
        });
      }
    }
  }),

  defineRule('GR003', Severity.ERROR, 'The Global Reach subnet is a /29 (or /125) used once', Sources.GLOBAL_REACH_HOWTO, (ctx) => {
    const blocks: Array<ReturnType<typeof parseCidr>> = [];
    const owners: Array<{ path: string; prop: string; value: string }> = [];
    for (const g of ctx.topology.globalReach) {
      for (const [prop, value, version] of [
        ['addressPrefixIpv4', known(g, 'addressPrefixIpv4', g.addressPrefixIpv4), 4],
        ['addressPrefixIpv6', known(g, 'addressPrefixIpv6', g.addressPrefixIpv6), 6],
      ] as Array<[string, string | undefined, 4 | 6]>) {
        if (value === undefined) continue;
        const cidr = parseCidr(value);
        const want = GLOBAL_REACH_PREFIX_LENGTH[version];
        if (!cidr || cidr.version !== version || cidr.prefixLength !== want || !cidr.aligned) {
          ctx.report({
            subject: g, property: prop, value,
            message: cidr && cidr.version === version && cidr.prefixLength !== want
              ? `The Global Reach subnet is a /${want}, got /${cidr.prefixLength}.`
              : `"${value}" is not an aligned IPv${version} /${want}.`,
            fix: `Use a dedicated /${want} that is not used in any VNet or on premises.`,
          });
          continue;
        }
        blocks.push(cidr);
        owners.push({ path: g.path, prop, value });
      }
    }
    for (const [i, j] of findOverlaps(blocks)) {
      const later = owners[Math.max(i, j)];
      const first = owners[Math.min(i, j)];
      ctx.report({
        subject: ctx.topology.globalReach.find((g) => g.path === later.path)!, property: later.prop, value: later.value,
        message: `${later.value} overlaps ${first.value} of ${first.path}; each Global Reach link needs its own subnet.`,
        fix: 'Use a different /29 for each link.',
      });
    }
  }),

  defineRule('GR004', Severity.ERROR, 'Global Reach is supported in the circuits\' countries', Sources.GLOBAL_REACH, (ctx) => {
    for (const g of ctx.topology.globalReach) {
      for (const [prop, key] of [['circuit', g.circuitKey], ['peerCircuit', g.peerCircuitKey]] as Array<[string, string | undefined]>) {
        const c = ctx.index.circuit(key);
        const loc = c ? circuitLocation(c, ctx.index) : undefined;
        const metro = loc !== undefined ? ctx.catalog.tryResolve(loc) : undefined;
        if (!metro || GLOBAL_REACH_COUNTRIES.includes(metro.country)) continue;
        ctx.report({
          subject: g, property: prop, value: loc,
          message: `Global Reach is not listed as supported in ${metro.country} (${metro.name}).`,
          fix: 'Check the Global Reach availability list; link circuits in supported countries.',
        });
      }
    }
  }),

  defineRule('GR005', Severity.WARNING, 'Circuits in different countries may need Premium for Global Reach', Sources.GLOBAL_REACH, (ctx) => {
    for (const g of ctx.topology.globalReach) {
      const a = ctx.index.circuit(g.circuitKey);
      const b = ctx.index.circuit(g.peerCircuitKey);
      if (!a || !b) continue;
      const la = circuitLocation(a, ctx.index);
      const lb = circuitLocation(b, ctx.index);
      const ma = la !== undefined ? ctx.catalog.tryResolve(la) : undefined;
      const mb = lb !== undefined ? ctx.catalog.tryResolve(lb) : undefined;
      if (!ma || !mb || ma.country === mb.country) continue;
      const notPremium = [a, b].filter((c) => known(c, 'skuTier', c.skuTier) !== undefined && c.skuTier !== 'Premium');
      if (notPremium.length === 0) continue;
      ctx.report({
        subject: g, property: 'circuit', value: notPremium.map((c) => c.path),
        message: `${ma.country} and ${mb.country}: "If two ExpressRoute circuits are in different geopolitical regions, you need ExpressRoute Premium for both circuits." The catalog does not map countries to geopolitical regions.`,
        fix: 'Use Premium on both circuits if the countries are in different geopolitical regions, or suppress with the reason.',
      });
    }
  }),
];
