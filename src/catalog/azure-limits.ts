/**
 * Azure ExpressRoute values and limits, each with its source. The rules read these tables;
 * nothing else in the library repeats them. Facts that change (gateway limits, Global Reach
 * countries) live in the overlayable catalog (`facts-data.ts`); the constants here are its
 * built-in defaults, kept for existing callers.
 */
import { BUILTIN_GATEWAY_FACTS, BUILTIN_GLOBAL_REACH } from './facts-data';
import { ScaleUnitStepData } from './types';

/** Circuits a gateway takes at these scale units, from a `circuitsByScaleUnits` table. */
export function circuitsForScaleUnits(table: ScaleUnitStepData[], scaleUnits: number): number {
  let circuits = 0;
  for (const step of table) if (scaleUnits >= step.fromScaleUnits) circuits = Math.max(circuits, step.maxCircuits);
  return circuits;
}

/** Provider circuit bandwidths in Mbps. Source: Sources.PEERINGS, Sources.FAQ. */
export const PROVIDER_BANDWIDTHS_MBPS = [50, 100, 200, 500, 1000, 2000, 5000, 10000];

/** ExpressRoute Direct port sizes in Gbps; 400 needs enrollment. Source: Sources.DIRECT. */
export const DIRECT_PORT_SIZES_GBPS = [10, 100, 400];

/** Circuit sizes in Gbps allowed on each Direct port size. Source: Sources.DIRECT. */
export const DIRECT_CIRCUIT_SIZES_GBPS: Record<number, number[]> = {
  10: [1, 2, 5, 10],
  100: [5, 10, 40, 100],
  400: [5, 10, 40, 100, 200, 400],
};

/**
 * Subscribed (oversubscribed) bandwidth of a port pair: 2x the port size per the 03/28/2024
 * revision of Sources.DIRECT; the 03/02/2026 revision no longer states it (UNCONFIRMED today).
 */
export const DIRECT_OVERSUBSCRIPTION_FACTOR_2024 = 2;

/** Default number of circuits in the port's subscription. Source: Sources.DIRECT_HOWTO. */
export const DIRECT_DEFAULT_CIRCUIT_QUOTA = 10;

/** Circuit SKU tiers documented for new circuits. Source: Sources.CIRCUIT_HOWTO, azurerm schema. */
export const SKU_TIERS = ['Local', 'Standard', 'Premium'];
/** Tier in the API enum but not documented for new circuits. Source: azurerm schema (S-SDK). */
export const SKU_TIER_UNDOCUMENTED = 'Basic';
/** Circuit SKU families. Source: Sources.CIRCUIT_HOWTO. */
export const SKU_FAMILIES = ['MeteredData', 'UnlimitedData'];

/** Port encapsulations. Source: Sources.DIRECT_HOWTO. */
export const PORT_ENCAPSULATIONS = ['Dot1Q', 'QinQ'];
/** Port billing types. Source: azurerm express_route_port schema. */
export const PORT_BILLING_TYPES = ['MeteredData', 'UnlimitedData'];

/** MACsec ciphers; XPN ciphers are recommended on high-speed links. Source: Sources.MACSEC. */
export const MACSEC_CIPHERS = ['GcmAes128', 'GcmAes256', 'GcmAesXpn128', 'GcmAesXpn256'];
/** The XPN ciphers. Source: Sources.MACSEC. */
export const MACSEC_XPN_CIPHERS = ['GcmAesXpn128', 'GcmAesXpn256'];

/** Peering types accepted for new peerings (public peering is deprecated). Source: Sources.ROUTING. */
export const PEERING_TYPES = ['AzurePrivatePeering', 'MicrosoftPeering'];
/** Deprecated peering type: "isn't available for new ExpressRoute circuits". Source: Sources.ROUTING. */
export const DEPRECATED_PEERING_TYPE = 'AzurePublicPeering';

/** ASNs reserved by Azure for internal use. Source: Sources.ROUTING, Sources.PEERING_HOWTO. */
export const RESERVED_ASN_RANGE = { from: 65515, to: 65520 };
/** Microsoft's own ASN. Source: Sources.ROUTING. */
export const MICROSOFT_ASN = 12076;
/** ASNs reserved by IANA for documentation, not allowed in the path. Source: Sources.ROUTING. */
export const DOCUMENTATION_ASN_RANGES = [{ from: 64496, to: 64511 }, { from: 65536, to: 65551 }];
/** Private ASN ranges (RFC 6996). */
export const PRIVATE_ASN_RANGES = [{ from: 64512, to: 65534 }, { from: 4200000000, to: 4294967294 }];

/** BGP MD5 key: at most 25 alphanumeric characters. Source: Sources.PEERING_HOWTO. */
export const MD5_KEY_PATTERN = /^[A-Za-z0-9]{1,25}$/;

/** Microsoft peering: at most 200 advertised prefixes. Source: Sources.FAQ. */
export const MICROSOFT_PEERING_MAX_PREFIXES = 200;

/** IEEE 802.1Q usable VLAN range; Microsoft does not state one (UNCONFIRMED by Microsoft). */
export const VLAN_RANGE = { from: 1, to: 4094 };

/** VNet gateway SKUs for ExpressRoute (the fixed ones, then ErGwScale). Source: catalog gateway facts. */
export const GATEWAY_SKUS = [...BUILTIN_GATEWAY_FACTS.skus.map((s) => s.name), 'ErGwScale'];
/** Zone-redundant capable SKUs. Source: catalog gateway facts. */
export const GATEWAY_AZ_SKUS = [...BUILTIN_GATEWAY_FACTS.skus.filter((s) => s.zoneRedundant).map((s) => s.name), 'ErGwScale'];

/**
 * Maximum circuit connections per gateway SKU: the built-in catalog's defaults. Rules read
 * `ctx.catalog.gatewayMaxCircuits(...)` so that an overlay applies.
 */
export const GATEWAY_MAX_CIRCUITS: Record<string, number> = Object.fromEntries(
  BUILTIN_GATEWAY_FACTS.skus.map((s) => [s.name, s.maxCircuits]));

/** ErGwScale: circuits by scale units (built-in defaults: 4 from 1, 8 from 2, 16 from 10). */
export function erGwScaleMaxCircuits(scaleUnits: number): number {
  return circuitsForScaleUnits(BUILTIN_GATEWAY_FACTS.erGwScale.circuitsByScaleUnits, scaleUnits);
}

/** ErGwScale scale-unit range (built-in defaults). */
export const ERGWSCALE_UNITS = {
  from: BUILTIN_GATEWAY_FACTS.erGwScale.minScaleUnits, to: BUILTIN_GATEWAY_FACTS.erGwScale.maxScaleUnits,
};

/** Circuits from one peering location per VNet. Source: Sources.GATEWAYS. */
export const MAX_CIRCUITS_PER_LOCATION_PER_VNET = 4;

/** 16 circuits need a /26 or larger GatewaySubnet. Source: Sources.GATEWAYS. */
export const GATEWAY_SUBNET_FOR_16_CIRCUITS = 26;

/** FastPath needs one of these SKUs, or ErGwScale from FASTPATH_MIN_SCALE_UNITS (built-in defaults). */
export const FASTPATH_SKUS = BUILTIN_GATEWAY_FACTS.skus.filter((s) => s.fastPath).map((s) => s.name);
/** ErGwScale scale units needed for FastPath (built-in default). */
export const FASTPATH_MIN_SCALE_UNITS = BUILTIN_GATEWAY_FACTS.erGwScale.fastPathMinScaleUnits;

/** Connection routing weight range. Source: Sources.LINK_VNET, azurerm schema. */
export const ROUTING_WEIGHT_RANGE = { from: 0, to: 32000 };

/** VNet links per circuit for Local and Standard. Source: Sources.FAQ. */
export const VNET_LINKS_STANDARD = 10;
/** VNet links per Premium circuit, by bandwidth in Mbps. Source: Sources.FAQ. */
export const VNET_LINKS_PREMIUM_BY_MBPS: Array<[number, number]> = [
  [50, 20], [100, 25], [200, 25], [500, 40], [1000, 50], [2000, 60], [5000, 75], [10000, 100],
  [40000, 100], [100000, 100],
];

/**
 * Countries where Global Reach is offered at some peering location (built-in defaults; rules
 * read `ctx.catalog.globalReachAt(...)`, which knows "Johannesburg only" and overlays).
 */
export const GLOBAL_REACH_COUNTRIES = [
  ...BUILTIN_GLOBAL_REACH.countries, ...(BUILTIN_GLOBAL_REACH.onlyAt ?? []).map((o) => o.country), ...(BUILTIN_GLOBAL_REACH.unclear ?? []),
].sort();

/** Peering /30 (IPv4) and /126 (IPv6). Source: Sources.ROUTING. */
export const PEERING_PREFIX_LENGTH = { 4: 30, 6: 126 } as const;
/** Global Reach /29 (IPv4) and /125 (IPv6). Source: Sources.GLOBAL_REACH_HOWTO. */
export const GLOBAL_REACH_PREFIX_LENGTH = { 4: 29, 6: 125 } as const;
