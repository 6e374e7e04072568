import {
  ERGWSCALE_UNITS, erGwScaleMaxCircuits, FASTPATH_MIN_SCALE_UNITS, FASTPATH_SKUS, GATEWAY_AZ_SKUS,
  GATEWAY_MAX_CIRCUITS, GATEWAY_SKUS, GATEWAY_SUBNET_FOR_16_CIRCUITS, MAX_CIRCUITS_PER_LOCATION_PER_VNET,
  ROUTING_WEIGHT_RANGE,
} from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { GatewayKind, GatewayNode } from '../../model/topology';
import { compareText } from '../../model/order';
import { Severity } from '../finding';
import { defineRule, given, known, oneOf } from '../define';
import { parseCidr } from '../ip';
import { admitsOnlyBelow, admitsOnlyFrom } from '../provider-version';
import { circuitLocation } from '../locations';
import { IRule, IRuleContext, isUnresolved } from '../rule';

/**
 * The circuits a gateway is guaranteed to take: for ErGwScale, at its minimum scale units (what
 * autoscaling never goes below), as the FastPath check reads the same table.
 */
function maxCircuits(g: GatewayNode): number | undefined {
  const sku = known(g, 'sku', g.sku);
  if (sku === undefined) return undefined;
  if (sku === 'ErGwScale') {
    const units = known(g, 'minScaleUnits', g.minScaleUnits);
    return units === undefined ? undefined : erGwScaleMaxCircuits(units);
  }
  return GATEWAY_MAX_CIRCUITS[sku];
}

function distinctCircuits(ctx: IRuleContext, g: GatewayNode): string[] {
  const keys = new Set<string>();
  for (const c of ctx.index.connectionsOf(g.key)) if (c.circuitKey !== undefined) keys.add(c.circuitKey);
  return [...keys];
}

function fastPathCapable(g: GatewayNode): boolean | undefined {
  const sku = known(g, 'sku', g.sku);
  if (sku === undefined) return undefined;
  if (sku === 'ErGwScale') {
    const units = known(g, 'minScaleUnits', g.minScaleUnits);
    return units === undefined ? undefined : units >= FASTPATH_MIN_SCALE_UNITS;
  }
  return FASTPATH_SKUS.includes(sku);
}

const vng = (g: GatewayNode) => g.kind === GatewayKind.VIRTUAL_NETWORK_GATEWAY;

/** azurerm versions for `public_ip_address_id` on ExpressRoute gateways (see GW010). */
const PIP_OPTIONAL_FROM = '4.35.0';
const PIP_REJECTED_FROM = '4.59.0';
/** The first version not read (CHANGELOG-v4 up to 4.81.0, source HEAD 2026-08-22). */
const PIP_VERIFIED_BELOW = '4.82.0';
/** azurerm adds the scale-unit arguments, and requires them for ErGwScale, in 4.79.0 (#32647). */
const SCALE_UNITS_REQUIRED_FROM = '4.79.0';

/** The circuit count at which the /26 GatewaySubnet becomes a requirement. Source: Sources.GATEWAYS. */
const CIRCUITS_NEEDING_SLASH_26 = 16;
/** The GatewaySubnet size recommended for most configurations. Source: Sources.GATEWAYS. */
const GATEWAY_SUBNET_RECOMMENDED = 27;
/** The smallest minimum for an autoscaling ErGwScale gateway. Source: Sources.SCALABLE_GATEWAY. */
const ERGWSCALE_AUTOSCALE_MIN_UNITS = 2;

export const GW_RULES: IRule[] = [
  defineRule('GW001', Severity.ERROR, 'An ExpressRoute gateway SKU is one Azure accepts', Sources.GATEWAYS, (ctx) => {
    for (const g of ctx.topology.gateways) {
      const sku = known(g, 'sku', g.sku);
      if (!vng(g) || sku === undefined || g.external || GATEWAY_SKUS.includes(sku)) continue;
      ctx.report({
        subject: g, property: 'sku', value: sku,
        message: `"${sku}" is not an ExpressRoute gateway SKU (VPN SKUs pass plan and fail at apply).`,
        fix: `Use ${oneOf(GATEWAY_SKUS)}; ErGw1AZ-ErGw3AZ or ErGwScale for zone redundancy.`,
      });
    }
  }),

  // Sources.GATEWAYS (ms.date 09/05/2026) table: ErGwScale takes "4 (minimum 1 scale unit)", "8 (minimum 2
  // scale units)", "16 (minimum 10 scale units)": read at the gateway's minimum scale units.
  defineRule('GW002', Severity.ERROR, 'A gateway has no more circuits than its SKU (or ErGwScale minimum) allows', Sources.GATEWAYS, (ctx) => {
    for (const g of ctx.topology.gateways) {
      const limit = maxCircuits(g);
      const n = distinctCircuits(ctx, g).length;
      if (limit === undefined || n <= limit) continue;
      const scale = g.sku === 'ErGwScale';
      ctx.report({
        subject: g, property: scale ? 'minScaleUnits' : 'connections', value: scale ? g.minScaleUnits : n,
        message: scale
          ? `${n} circuits are connected but an ErGwScale gateway with ${g.minScaleUnits} minimum scale unit(s) takes ${limit}.`
          : `${n} circuits are connected but a ${g.sku} gateway takes at most ${limit}.`,
        fix: scale
          ? 'Raise minScaleUnits (2 for 8 circuits, 10 for 16), or use another gateway.'
          : 'Use a larger SKU (HighPerformance/ErGw2AZ: 8, UltraPerformance/ErGw3AZ: 16, ErGwScale by scale units) or another gateway.',
      });
    }
  }),

  // The count is the VNet's: every gateway of the VNet that connects a circuit from the location is
  // reported (which one is "first" depends on the order a front end reads the nodes in).
  defineRule('GW003', Severity.ERROR, 'At most 4 circuits from one peering location reach one VNet', Sources.GATEWAYS, (ctx) => {
    /**
     * VNet -> peering location (lower case) -> the circuits from there, the gateways that connect
     * them, and the location as written (compared without case, printed in the catalog's spelling).
     */
    const byVnet = new Map<string, Map<string, { circuits: Set<string>; gateways: Set<GatewayNode>; written: string }>>();
    for (const g of ctx.topology.gateways) {
      const vnet = g.virtualNetwork ?? g.key;
      let locs = byVnet.get(vnet);
      if (!locs) byVnet.set(vnet, (locs = new Map()));
      for (const key of distinctCircuits(ctx, g)) {
        const c = ctx.index.circuit(key);
        const written = c ? circuitLocation(c, ctx.index) : undefined;
        if (written === undefined) continue;
        const loc = written.toLowerCase();
        let at = locs.get(loc);
        if (!at) locs.set(loc, (at = { circuits: new Set(), gateways: new Set(), written }));
        // One spelling whatever order a front end reads the circuits in.
        else if (compareText(written, at.written) < 0) at.written = written;
        at.circuits.add(key);
        at.gateways.add(g);
      }
    }
    for (const locs of byVnet.values()) {
      for (const { circuits, gateways, written } of locs.values()) {
        if (circuits.size <= MAX_CIRCUITS_PER_LOCATION_PER_VNET) continue;
        const loc = ctx.catalog.canonicalPlaceName(written);
        for (const g of gateways) {
          ctx.report({
            subject: g, property: 'connections', value: `${circuits.size} at ${loc}`,
            message: `${circuits.size} circuits from the peering location "${loc}" reach this VNet${gateways.size > 1 ? ` (through ${gateways.size} gateways)` : ''}; the maximum is ${MAX_CIRCUITS_PER_LOCATION_PER_VNET} for all gateways.`,
            fix: 'Use circuits at other peering locations, or fewer circuits.',
          });
        }
      }
    }
  }),

  // Sources.GATEWAYS (ms.date 09/05/2026): "If you plan to connect 16 ExpressRoute circuits to your
  // gateway, you must create a gateway subnet of /26 or larger". Fewer circuits: only the /27
  // recommendation (GW018) applies.
  defineRule('GW004', Severity.ERROR, '16 circuits need a /26 or larger GatewaySubnet', Sources.GATEWAYS, (ctx) => {
    for (const g of ctx.topology.gateways) {
      const prefix = known(g, 'gatewaySubnetPrefix', g.gatewaySubnetPrefix);
      const cidr = prefix !== undefined ? parseCidr(prefix) : undefined;
      if (!cidr || cidr.prefixLength <= GATEWAY_SUBNET_FOR_16_CIRCUITS) continue;
      const n = distinctCircuits(ctx, g).length;
      if (n < CIRCUITS_NEEDING_SLASH_26) continue;
      ctx.report({
        subject: g, property: 'gatewaySubnetPrefix', value: prefix,
        message: `${n} circuits are connected: "If you plan to connect 16 ExpressRoute circuits to your gateway, you must create a gateway subnet of /26 or larger"; this one is /${cidr.prefixLength}.`,
        fix: 'Use a /26 or larger GatewaySubnet.',
      });
    }
  }),

  defineRule('GW005', Severity.ERROR, 'FastPath needs UltraPerformance, ErGw3AZ or ErGwScale with 10+ scale units', Sources.FASTPATH, (ctx) => {
    for (const c of ctx.topology.connections) {
      if (c.fastPath !== true) continue;
      const g = ctx.index.gateway(c.gatewayKey);
      if (!g || !vng(g) || fastPathCapable(g) !== false) continue;
      ctx.report({
        subject: c, property: 'fastPath', value: true,
        message: `FastPath is not available on a ${g.sku} gateway${g.sku === 'ErGwScale' ? ` with ${g.minScaleUnits} minimum scale units` : ''}.`,
        fix: `Use ${oneOf([...FASTPATH_SKUS, `ErGwScale with at least ${FASTPATH_MIN_SCALE_UNITS} scale units`])}, or turn FastPath off.`,
      });
    }
  }),

  // azurerm connection: "`express_route_gateway_bypass` must be enabled when
  // `private_link_fast_path_enabled` is set to `true`".
  defineRule('GW006', Severity.ERROR, 'Private Link FastPath needs FastPath on', Sources.FASTPATH, (ctx) => {
    for (const c of ctx.topology.connections) {
      if (c.privateLinkFastPath !== true || c.fastPath === true || isUnresolved(c, 'fastPath')) continue;
      ctx.report({
        subject: c, property: 'privateLinkFastPath', value: true,
        message: '"express_route_gateway_bypass must be enabled when private_link_fast_path_enabled is set to true".',
        fix: 'Enable FastPath on the connection too.',
      });
    }
  }),

  // Sources.FASTPATH (11/05/2025): FastPath for Private Link traffic is available with ExpressRoute
  // Direct circuits only.
  defineRule('GW020', Severity.ERROR, 'Private Link FastPath is on a Direct circuit', Sources.FASTPATH, (ctx) => {
    for (const c of ctx.topology.connections) {
      if (c.privateLinkFastPath !== true) continue;
      const circuit = ctx.index.circuit(c.circuitKey);
      if (!circuit || circuit.portKey !== undefined || known(circuit, 'serviceProviderName', circuit.serviceProviderName) === undefined) continue;
      ctx.report({
        subject: c, property: 'privateLinkFastPath', value: true,
        message: 'Private Link FastPath works only with ExpressRoute Direct circuits; this circuit is a provider circuit.',
        fix: 'Turn it off, or connect a circuit on a Direct port.',
      });
    }
  }),

  defineRule('GW007', Severity.ERROR, 'A connection routing weight is 0-32000', Sources.LINK_VNET, (ctx) => {
    for (const c of ctx.topology.connections) {
      const w = known(c, 'routingWeight', c.routingWeight);
      if (w === undefined || (Number.isInteger(w) && w >= ROUTING_WEIGHT_RANGE.from && w <= ROUTING_WEIGHT_RANGE.to)) continue;
      ctx.report({
        subject: c, property: 'routingWeight', value: w,
        message: `Routing weight ${w} is outside ${ROUTING_WEIGHT_RANGE.from}-${ROUTING_WEIGHT_RANGE.to}.`,
        fix: `Use a whole number from ${ROUTING_WEIGHT_RANGE.from} to ${ROUTING_WEIGHT_RANGE.to}; the highest weight wins.`,
      });
    }
  }),

  // Sources.SCALABLE_GATEWAY (ms.date 11/06/2025): scale units "1" to "Up to 40"; azurerm
  // `IntBetween(1, 40)`.
  defineRule('GW008', Severity.ERROR, 'ErGwScale scale units are 1-40', Sources.SCALABLE_GATEWAY, (ctx) => {
    for (const g of ctx.topology.gateways) {
      if (known(g, 'sku', g.sku) !== 'ErGwScale') continue;
      for (const [prop, v] of [['minScaleUnits', known(g, 'minScaleUnits', g.minScaleUnits)], ['maxScaleUnits', known(g, 'maxScaleUnits', g.maxScaleUnits)]] as Array<[string, number | undefined]>) {
        if (v === undefined || (Number.isInteger(v) && v >= ERGWSCALE_UNITS.from && v <= ERGWSCALE_UNITS.to)) continue;
        ctx.report({
          subject: g, property: prop, value: v,
          message: `Scale units range from ${ERGWSCALE_UNITS.from} to ${ERGWSCALE_UNITS.to}.`,
          fix: `Use a whole number from ${ERGWSCALE_UNITS.from} to ${ERGWSCALE_UNITS.to}.`,
        });
      }
    }
  }),

  // Sources.GATEWAYS (ms.date 09/05/2026): "To move an eligible Standard, HighPerformance, or
  // UltraPerformance gateway to an availability zone-enabled SKU, use the ExpressRoute gateway
  // migration experience"; in Terraform the same SKU change is a replacement (PLAN002).
  defineRule('GW009', Severity.WARNING, 'A gateway uses a zone-redundant SKU', Sources.RESILIENCY_DESIGN, (ctx) => {
    for (const g of ctx.topology.gateways) {
      const sku = known(g, 'sku', g.sku);
      if (!vng(g) || sku === undefined || !GATEWAY_SKUS.includes(sku) || GATEWAY_AZ_SKUS.includes(sku)) continue;
      ctx.report({
        subject: g, property: 'sku', value: sku,
        message: `${sku} is not zone-redundant (and scores 0-2% of the Resiliency Insights index). Moving to a zone-redundant SKU later: Terraform replaces the gateway; Azure's ExpressRoute gateway migration experience moves it without that outage.`,
        fix: `Use ${oneOf(GATEWAY_AZ_SKUS)} now; for an existing gateway, "use the ExpressRoute gateway migration experience" and import the new gateway.`,
      });
    }
  }),

  /*
   * azurerm history of `ip_configuration.public_ip_address_id` on an ExpressRoute gateway
   * (hashicorp/terraform-provider-azurerm, CHANGELOG-v4.md and the resource's CustomizeDiff):
   * - before 4.35.0 the argument is required;
   * - 4.35.0 (July 01, 2025): "the `ip_configuration.public_ip_address_id` property is now optional"
   *   (#30038); since August 2025 Azure assigns and manages the IP of new ExpressRoute gateways;
   * - 4.59.0 (February 06, 2026, #31084): plan-time error "`ip_configuration.%d.public_ip_address_id`
   *   cannot be set when `type` is set to `ExpressRoute`", for every gateway, brownfield too (#31730);
   *   still so in 4.81.0 and at HEAD 2026-08-22;
   * - restoring the legacy behaviour for gateways created before August 2025 is proposed (#31771,
   *   #32484) in no release read here.
   * So the error is certain only when every admitted version is in [4.59.0, 4.82.0); a constraint
   * that also admits later versions gets GW019's warning; no version known: nothing.
   */
  defineRule('GW010', Severity.ERROR, 'No public IP on an ExpressRoute gateway (azurerm 4.59.0-4.81.x)', Sources.AZURERM_CHANGELOG, (ctx) => {
    const version = ctx.topology.providerVersion;
    if (admitsOnlyFrom(version, PIP_REJECTED_FROM) !== true || admitsOnlyBelow(version, PIP_VERIFIED_BELOW) !== true) return;
    for (const g of ctx.topology.gateways) {
      if (!vng(g) || g.hasPublicIp !== true) continue;
      ctx.report({
        subject: g, property: 'publicIpAddressId', value: true,
        message: `azurerm ${PIP_REJECTED_FROM} and later reject it at plan: "public_ip_address_id cannot be set when type is set to ExpressRoute" (the targeted constraint is "${version}"). Azure manages the IP.`,
        fix: 'Remove public_ip_address_id from the ip_configuration.',
      });
    }
  }),

  defineRule('GW019', Severity.WARNING, 'No public IP on an ExpressRoute gateway where azurerm may reject it', Sources.AZURERM_CHANGELOG, (ctx) => {
    const version = ctx.topology.providerVersion;
    const from = admitsOnlyFrom(version, PIP_OPTIONAL_FROM);
    if (from !== true) return; // unknown, or versions where the IP is required
    if (admitsOnlyFrom(version, PIP_REJECTED_FROM) === true && admitsOnlyBelow(version, PIP_VERIFIED_BELOW) === true) return; // GW010
    if (admitsOnlyBelow(version, PIP_REJECTED_FROM) === true) return; // only versions where it is optional and accepted
    for (const g of ctx.topology.gateways) {
      if (!vng(g) || g.hasPublicIp !== true) continue;
      ctx.report({
        subject: g, property: 'publicIpAddressId', value: true,
        message: `The constraint "${version}" admits azurerm versions that reject a public IP on an ExpressRoute gateway at plan (${PIP_REJECTED_FROM} to at least 4.81.0); it is optional since ${PIP_OPTIONAL_FROM} and Azure assigns the IP of gateways created since August 2025.`,
        fix: 'Remove public_ip_address_id, unless the gateway was created before August 2025 and you pin a version that accepts it.',
      });
    }
  }),

  defineRule('GW011', Severity.ERROR, 'A VNet gateway sits in a subnet named GatewaySubnet', Sources.GATEWAYS, (ctx) => {
    for (const g of ctx.topology.gateways) {
      const name = known(g, 'gatewaySubnetName', g.gatewaySubnetName);
      if (!vng(g) || name === undefined || name.toLowerCase() === 'gatewaysubnet') continue;
      ctx.report({
        subject: g, property: 'subnetId', value: name,
        message: `The gateway subnet must be named GatewaySubnet, got "${name}".`,
        fix: 'Create a subnet named GatewaySubnet (/27 or larger) and use it.',
      });
    }
  }),

  // Sources.GATEWAYS (ms.date 09/05/2026): "We recommend that you create a gateway subnet of /27 or
  // larger" for most configurations. A recommendation, not an API check: info only.
  defineRule('GW018', Severity.INFO, 'A GatewaySubnet is /27 or larger (recommended)', Sources.GATEWAYS, (ctx) => {
    for (const g of ctx.topology.gateways) {
      const prefix = known(g, 'gatewaySubnetPrefix', g.gatewaySubnetPrefix);
      const cidr = prefix !== undefined ? parseCidr(prefix) : undefined;
      if (!vng(g) || !cidr || cidr.prefixLength <= GATEWAY_SUBNET_RECOMMENDED) continue;
      if (distinctCircuits(ctx, g).length >= CIRCUITS_NEEDING_SLASH_26) continue; // GW004's case
      ctx.report({
        subject: g, property: 'gatewaySubnetPrefix', value: prefix,
        message: `The GatewaySubnet is /${cidr.prefixLength}; Microsoft recommends /27 or larger (room for more circuits, ErGwScale growth and gateway migration).`,
        fix: 'Use a /27 or larger GatewaySubnet when the VNet has room.',
      });
    }
  }),

  // azurerm virtual_network_gateway CustomizeDiff (HEAD 2026-08-22): minimum must not exceed maximum.
  defineRule('GW014', Severity.ERROR, 'ErGwScale minimum scale units are at most the maximum', Sources.SCALABLE_GATEWAY, (ctx) => {
    for (const g of ctx.topology.gateways) {
      if (known(g, 'sku', g.sku) !== 'ErGwScale') continue;
      const min = known(g, 'minScaleUnits', g.minScaleUnits);
      const max = known(g, 'maxScaleUnits', g.maxScaleUnits);
      if (min === undefined || max === undefined || min <= max) continue;
      ctx.report({
        subject: g, property: 'minScaleUnits', value: min,
        message: `The minimum (${min}) is above the maximum (${max}).`,
        fix: 'Set minScaleUnits <= maxScaleUnits (equal for a fixed size).',
      });
    }
  }),

  // azurerm: the scale units are "only supported when sku is set to ErGwScale".
  defineRule('GW015', Severity.ERROR, 'Scale units are set only on ErGwScale gateways', Sources.AZURERM_VNG, (ctx) => {
    for (const g of ctx.topology.gateways) {
      const sku = known(g, 'sku', g.sku);
      const min = known(g, 'minScaleUnits', g.minScaleUnits);
      const max = known(g, 'maxScaleUnits', g.maxScaleUnits);
      if (sku === undefined || sku === 'ErGwScale' || (min === undefined && max === undefined)) continue;
      ctx.report({
        subject: g, property: min !== undefined ? 'minScaleUnits' : 'maxScaleUnits', value: min ?? max,
        message: `Scale units are "only supported when sku is set to ErGwScale"; this gateway is ${sku}.`,
        fix: 'Remove the scale units, or use ErGwScale.',
      });
    }
  }),

  // azurerm CustomizeDiff, from 4.79.0 (#32647, which added the arguments): "`minimum_scale_unit` and
  // `maximum_scale_unit` must be set when `sku` is `ErGwScale`". Older versions have no such
  // arguments, so the rule judges only where every targeted version has them.
  defineRule('GW016', Severity.ERROR, 'An ErGwScale gateway sets its minimum and maximum scale units (azurerm 4.79+)', Sources.AZURERM_VNG, (ctx) => {
    if (admitsOnlyFrom(ctx.topology.providerVersion, SCALE_UNITS_REQUIRED_FROM) !== true) return;
    for (const g of ctx.topology.gateways) {
      if (known(g, 'sku', g.sku) !== 'ErGwScale' || g.external) continue;
      for (const [prop, value] of [['minScaleUnits', g.minScaleUnits], ['maxScaleUnits', g.maxScaleUnits]] as Array<[string, number | undefined]>) {
        if (given(g, prop, value)) continue;
        ctx.report({
          subject: g, property: prop, value: undefined,
          message: '"minimum_scale_unit and maximum_scale_unit must be set when sku is ErGwScale".',
          fix: 'Set minScaleUnits and maxScaleUnits (equal for a fixed size; 2 or more as the minimum to autoscale).',
        });
      }
    }
  }),

  // Sources.SCALABLE_GATEWAY (ms.date 11/06/2025): "Autoscaling: Set the minimum scale unit to 2 or
  // higher"; only a fixed size (minimum = maximum) may use 1.
  defineRule('GW017', Severity.ERROR, 'An autoscaling ErGwScale gateway has a minimum of 2 or more scale units', Sources.SCALABLE_GATEWAY, (ctx) => {
    for (const g of ctx.topology.gateways) {
      if (known(g, 'sku', g.sku) !== 'ErGwScale') continue;
      const min = known(g, 'minScaleUnits', g.minScaleUnits);
      const max = known(g, 'maxScaleUnits', g.maxScaleUnits);
      if (min === undefined || max === undefined || min >= ERGWSCALE_AUTOSCALE_MIN_UNITS || max <= min) continue;
      ctx.report({
        subject: g, property: 'minScaleUnits', value: min,
        message: `Autoscaling from ${min} to ${max} scale units: Microsoft says "set the minimum scale unit to 2 or higher" for autoscaling; only a fixed 1/1 gateway may use 1.`,
        fix: `Set minScaleUnits to ${ERGWSCALE_AUTOSCALE_MIN_UNITS} or more, or maxScaleUnits to ${min} for a fixed size.`,
      });
    }
  }),
];
