import { GLOBAL_REACH_PREFIX_LENGTH } from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { GlobalReachNode } from '../../model/topology';
import { Severity } from '../finding';
import { defineRule, known, sameText } from '../define';
import { Cidr, findOverlaps, overlaps, parseCidr } from '../ip';
import { circuitLocation, peeringLocationOfCircuit, placeOfCircuit } from '../locations';
import { IRule, IRuleContext } from '../rule';

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
      // A Direct port's port location is compared as the peering location the catalog pins it to.
      const la = peeringLocationOfCircuit(a, ctx.index, ctx.catalog);
      const lb = peeringLocationOfCircuit(b, ctx.index, ctx.catalog);
      if (!sameText(la, lb)) continue;
      const ports = [...new Set([a, b].map((c) => circuitLocation(c, ctx.index)).filter((l) => !sameText(l, la)))];
      const pinned = ports.length === 0 ? '' : ` (port location ${ports.join(' and ')} ${ports.length === 1 ? 'is' : 'are'} at ${la})`;
      ctx.report({
        subject: g, property: 'peerCircuit', value: lb,
        message: `Both circuits are at ${la}${pinned}: "The two circuits must be from different peering locations."`,
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

  // Both links of an overlap are reported, each naming the others: which one is "later" depends on
  // the order a front end reads the nodes in, and the synth and the lint must give the same verdict.
  defineRule('GR003', Severity.ERROR, 'The Global Reach subnet is a /29 (or /125) used once', Sources.GLOBAL_REACH_HOWTO, (ctx) => {
    const owners: Array<{ g: GlobalReachNode; prop: string; value: string; cidr: Cidr }> = [];
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
        owners.push({ g, prop, value, cidr });
      }
    }
    // Every subnet in an overlap is in one of the pairs found; its message names all it overlaps.
    const clashing = [...new Set(findOverlaps(owners.map((o) => o.cidr)).flat())].map((i) => owners[i]);
    for (const me of clashing) {
      const others = clashing.filter((o) => o !== me && overlaps(o.cidr, me.cidr)).map((o) => `${o.value} of ${o.g.path}`).sort();
      ctx.report({
        subject: me.g, property: me.prop, value: me.value,
        message: `${me.value} overlaps ${others.join(', ')}; each Global Reach link needs its own subnet.`,
        fix: 'Use a different /29 for each link.',
      });
    }
  }),

  defineRule('GR004', Severity.ERROR, 'Global Reach is supported at the circuits\' peering locations', Sources.GLOBAL_REACH, (ctx) => {
    for (const g of ctx.topology.globalReach) {
      for (const [prop, key] of [['circuit', g.circuitKey], ['peerCircuit', g.peerCircuitKey]] as Array<[string, string | undefined]>) {
        const c = ctx.index.circuit(key);
        const place = c ? placeOfCircuit(c, ctx.index, ctx.catalog) : undefined;
        if (!place || ctx.catalog.globalReachAt(place.name) !== false) continue;
        ctx.report({
          subject: g, property: prop, value: place.name,
          message: `Global Reach is not listed as available in ${place.country} (${place.name}; Global Reach page as of ${ctx.catalog.globalReachData.asOf}).`,
          fix: `Link circuits at peering locations in: ${ctx.catalog.globalReachData.countries.join(', ')}; or overlay the catalog's globalReach if Azure added ${place.country}.`,
        });
      }
    }
  }),

  defineRule('GR005', Severity.WARNING, 'Global Reach may cross geopolitical regions (a region is not in the catalog) without Premium', Sources.GLOBAL_REACH, (ctx) => {
    for (const { g, a, b, pa, pb } of linkedPlaces(ctx)) {
      if (!pa || !pb) continue;
      // Both regions known: GR006 decides. Same country: same region.
      if (pa.geopoliticalRegion !== undefined && pb.geopoliticalRegion !== undefined) continue;
      if (pa.country === undefined || pb.country === undefined || pa.country === pb.country) continue;
      const notPremium = [a, b].filter((c) => known(c, 'skuTier', c.skuTier) !== undefined && c.skuTier !== 'Premium');
      if (notPremium.length === 0) continue;
      const unknown = [pa, pb].filter((p) => p.geopoliticalRegion === undefined).map((p) => p.name);
      ctx.report({
        subject: g, property: 'circuit', value: notPremium.map((c) => c.path),
        message: `${pa.name} (${pa.country}) and ${pb.name} (${pb.country}): "If two ExpressRoute circuits are in different geopolitical regions, you need ExpressRoute Premium for both circuits." The catalog has no geopolitical region for ${unknown.join(' and ')}.`,
        fix: 'Use Premium on both circuits if the locations are in different geopolitical regions, or overlay the catalog\'s geopoliticalRegions, or suppress with the reason.',
      });
    }
  }),

  defineRule('GR006', Severity.ERROR, 'Global Reach across geopolitical regions needs Premium on both circuits', Sources.GLOBAL_REACH, (ctx) => {
    for (const { g, a, b, pa, pb } of linkedPlaces(ctx)) {
      const ra = pa?.geopoliticalRegion;
      const rb = pb?.geopoliticalRegion;
      if (ra === undefined || rb === undefined || ra === rb) continue;
      for (const [prop, c] of [['circuit', a], ['peerCircuit', b]] as Array<[string, typeof a]>) {
        const tier = known(c, 'skuTier', c.skuTier);
        if (tier === undefined || tier === 'Premium') continue;
        ctx.report({
          subject: g, property: prop, value: `${c.path}: ${tier}`,
          message: `${pa!.name} is in ${ra} and ${pb!.name} in ${rb}: "If two ExpressRoute circuits are in different geopolitical regions, you need ExpressRoute Premium for both circuits." ${c.path} is ${tier}.`,
          fix: `Set skuTier "Premium" on ${c.path}.`,
        });
      }
    }
  }),
];

/** Each Global Reach link whose two circuits are known, with the places of their peering locations. */
function* linkedPlaces(ctx: IRuleContext) {
  for (const g of ctx.topology.globalReach) {
    const a = ctx.index.circuit(g.circuitKey);
    const b = ctx.index.circuit(g.peerCircuitKey);
    if (!a || !b) continue;
    yield { g, a, b, pa: placeOfCircuit(a, ctx.index, ctx.catalog), pb: placeOfCircuit(b, ctx.index, ctx.catalog) };
  }
}
