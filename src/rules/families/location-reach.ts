import { Sources } from '../../catalog/sources';
import { GatewayKind, GatewayNode } from '../../model/topology';
import { Severity } from '../finding';
import { defineRule, known, oneOf } from '../define';
import { placeOfCircuit } from '../locations';
import { IRule, IRuleContext } from '../rule';

/**
 * Rules on where a circuit reaches, from the catalog's peering locations and geopolitical
 * regions: the Local SKU and Premium. (SKU050+ and GW050+ are the catalog's ids.)
 */
export const LOCATION_REACH_RULES: IRule[] = [
  // FAQ (ms.date 03/31/2026), ExpressRoute Local: "access only to one or two Azure regions in or
  // near the same metro"; the regions per location are the "Local Azure regions" column of
  // Sources.LOCATIONS (the Metro page's column for a Metro).
  defineRule('SKU050', Severity.ERROR, 'A Local circuit reaches only the local Azure region(s) of its peering location', Sources.FAQ, (ctx) => {
    for (const c of ctx.topology.circuits) {
      if (known(c, 'skuTier', c.skuTier) !== 'Local' || c.external) continue;
      const place = placeOfCircuit(c, ctx.index, ctx.catalog);
      const local = place?.localAzureRegions;
      if (!place || local === undefined || local.length === 0) continue; // no Local region at all: SKU004
      const outside = gatewaysOf(ctx, c.key).filter((g) => {
        const region = known(g, 'location', g.location);
        return region !== undefined && !local.some((r) => ctx.catalog.sameAzureRegion(r, region));
      });
      if (outside.length === 0) continue;
      ctx.report({
        subject: c, property: 'skuTier', value: 'Local',
        message: `A Local circuit at ${place.name} reaches only ${oneOf(local)}; connected gateway(s) in another region: `
          + `${outside.map((g) => `${g.path} (${g.location})`).join(', ')}.`,
        fix: `Put the gateway in ${oneOf(local)}, or use skuTier "Standard" (its geopolitical region) or "Premium" (global).`,
      });
    }
  }),

  // FAQ (ms.date 03/31/2026): "Connectivity ... is limited to a single geopolitical region ...
  // expanded ... by enabling the ExpressRoute premium feature"; the include on Sources.LOCATIONS
  // (ms.date 11/02/2025): "Connectivity across geopolitical regions isn't supported on the
  // standard ExpressRoute SKU."
  defineRule('SKU051', Severity.ERROR, 'A VNet in another geopolitical region than the peering location needs a Premium circuit', Sources.FAQ, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const tier = known(c, 'skuTier', c.skuTier);
      if (tier !== 'Standard' || c.external) continue; // Local: SKU050; Premium reaches every region
      const place = placeOfCircuit(c, ctx.index, ctx.catalog);
      const home = place?.geopoliticalRegion;
      if (!place || home === undefined) continue;
      const away = gatewaysOf(ctx, c.key).flatMap((g) => {
        const region = known(g, 'location', g.location);
        const geo = region !== undefined ? ctx.catalog.geopoliticalRegionOfAzureRegion(region) : undefined;
        return geo !== undefined && geo !== home ? [`${g.path} (${region}, ${geo})`] : [];
      });
      if (away.length === 0) continue;
      ctx.report({
        subject: c, property: 'skuTier', value: tier,
        message: `${place.name} is in the ${home} geopolitical region; a Standard circuit does not reach gateway(s) in another one: ${away.join(', ')}.`,
        fix: 'Use skuTier "Premium", or a circuit at a peering location in the gateway\'s geopolitical region.',
      });
    }
  }),

  // Sources.SCALABLE_GATEWAY (ms.date 11/06/2025), "Region availability": "ErGwScale is
  // available in most Azure regions except" the list in the catalog's gateway facts.
  defineRule('GW050', Severity.ERROR, 'ErGwScale is offered in the gateway\'s Azure region', Sources.SCALABLE_GATEWAY, (ctx) => {
    for (const g of ctx.topology.gateways) {
      if (g.kind !== GatewayKind.VIRTUAL_NETWORK_GATEWAY || g.external) continue;
      const sku = known(g, 'sku', g.sku);
      const region = known(g, 'location', g.location);
      if (sku === undefined || sku.toLowerCase() !== 'ergwscale' || region === undefined) continue;
      if (ctx.catalog.erGwScaleOfferedIn(region)) continue;
      ctx.report({
        subject: g, property: 'location', value: region,
        message: `ErGwScale is not offered in ${region} (scalable gateway page, region list as of ${ctx.catalog.gatewayFacts.erGwScale.regionsAsOf}).`,
        fix: 'Use ErGw1AZ, ErGw2AZ or ErGw3AZ in this region, or deploy the VNet in a region that offers ErGwScale; overlay the catalog\'s gateways if Azure added the region.',
      });
    }
  }),
];

/** The gateways a circuit is connected to. */
function gatewaysOf(ctx: IRuleContext, circuitKey: string): GatewayNode[] {
  const seen = new Set<string>();
  const out: GatewayNode[] = [];
  for (const conn of ctx.index.connectionsTo(circuitKey)) {
    const g = ctx.index.gateway(conn.gatewayKey);
    if (!g || seen.has(g.key)) continue;
    seen.add(g.key);
    out.push(g);
  }
  return out;
}
