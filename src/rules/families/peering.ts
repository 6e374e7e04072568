import {
  DEPRECATED_PEERING_TYPE, DOCUMENTATION_ASN_RANGES, MD5_KEY_PATTERN, MICROSOFT_ASN,
  MICROSOFT_PEERING_MAX_PREFIXES, PEERING_PREFIX_LENGTH, PEERING_TYPES, PRIVATE_ASN_RANGES,
  RESERVED_ASN_RANGE, VLAN_RANGE,
} from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { PeeringNode } from '../../model/topology';
import { HIDDEN_SECRET, Severity } from '../finding';
import { defineRule, duplicates, given, known, oneOf, others } from '../define';
import { compareText } from '../../model/order';
import { Cidr, nonPublicRange, overlaps, parseCidr } from '../ip';
import { IRule, IRuleContext, isUnresolved, TopologyIndex } from '../rule';

const inRange = (n: number, r: { from: number; to: number }) => n >= r.from && n <= r.to;
const isPrivateAsn = (n: number) => PRIVATE_ASN_RANGES.some((r) => inRange(n, r));
const MAX_ASN = 4294967295;

/** One known BGP subnet of a peering: which property, its text, and the block it parses to. */
interface BgpSubnet {
  readonly version: 4 | 6;
  readonly side: 'primary' | 'secondary';
  readonly property: string;
  readonly value: string;
  /** Undefined when the text is not a CIDR block. */
  readonly cidr: Cidr | undefined;
}

const SUBNET_PROPERTIES: Array<[4 | 6, 'primary' | 'secondary', keyof PeeringNode & string]> = [
  [4, 'primary', 'primaryPeerAddressPrefix'], [4, 'secondary', 'secondaryPeerAddressPrefix'],
  [6, 'primary', 'ipv6PrimaryPeerAddressPrefix'], [6, 'secondary', 'ipv6SecondaryPeerAddressPrefix'],
];

/**
 * Each peering's known BGP subnets, parsed once per validation run (keyed by the run's index):
 * six rules read them, and each rule parsing them again made every one of them a hot loop.
 */
const subnetsByRun = new WeakMap<TopologyIndex, Map<PeeringNode, BgpSubnet[]>>();

function bgpSubnets(p: PeeringNode, ctx: IRuleContext): BgpSubnet[] {
  let byPeering = subnetsByRun.get(ctx.index);
  // Every peering's subnets at once, on first use: one loop does the parsing, and the rules'
  // own loops stay small.
  if (!byPeering) subnetsByRun.set(ctx.index, (byPeering = subnetsOfAll(ctx.topology.peerings)));
  return byPeering.get(p) ?? subnetsOf(p);
}

function subnetsOfAll(peerings: readonly PeeringNode[]): Map<PeeringNode, BgpSubnet[]> {
  const byPeering = new Map<PeeringNode, BgpSubnet[]>();
  for (const p of peerings) byPeering.set(p, subnetsOf(p));
  return byPeering;
}

function subnetsOf(p: PeeringNode): BgpSubnet[] {
  const subnets: BgpSubnet[] = [];
  // Indexes, not destructuring: array destructuring goes through the iterator protocol, whose
  // closing code wraps every call here and makes this hot function costlier for V8 to optimize.
  for (let i = 0; i < SUBNET_PROPERTIES.length; i++) {
    const spec = SUBNET_PROPERTIES[i];
    const property = spec[2];
    const value = known(p, property, p[property] as string | undefined);
    if (value !== undefined) subnets.push({ version: spec[0], side: spec[1], property, value, cidr: parseCidr(value) });
  }
  return subnets;
}

export const PEER_RULES: IRule[] = [
  defineRule('PEER001', Severity.ERROR, 'Peering subnets are /30 (IPv4) and /126 (IPv6)', Sources.ROUTING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      for (const { version, property, value, cidr } of bgpSubnets(p, ctx)) {
        const want = PEERING_PREFIX_LENGTH[version];
        if (cidr && cidr.version === version && cidr.prefixLength === want && cidr.aligned) continue;
        ctx.report({
          subject: p, property, value,
          message: !cidr ? `"${value}" is not a CIDR block.`
            : cidr.version !== version ? `"${value}" is not an IPv${version} block.`
            : cidr.prefixLength !== want ? `A peering link subnet is a /${want}, got /${cidr.prefixLength}.`
            : `"${value}" has host bits set; the /${want} starts at a different address.`,
          fix: `Use a /${want} such as ${version === 4 ? '192.168.100.0/30 and 192.168.100.4/30' : '2001:db8:100::/126 and 2001:db8:100::4/126'} (split a /${want - 1} in two). Your router takes the first usable address, Microsoft the second.`,
        });
      }
    }
  }),

  defineRule('PEER002', Severity.ERROR, 'Primary and secondary subnets are distinct and do not overlap', Sources.ROUTING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      const subnets = bgpSubnets(p, ctx);
      for (const secondary of subnets) {
        if (secondary.side !== 'secondary' || !secondary.cidr) continue;
        const primary = subnets.find((x) => x.side === 'primary' && x.version === secondary.version);
        if (!primary?.cidr || !overlaps(primary.cidr, secondary.cidr)) continue;
        ctx.report({
          subject: p, property: secondary.property, value: secondary.value,
          message: `The secondary subnet overlaps the primary (${primary.value}); each BGP session needs its own subnet.`,
          fix: `Use two separate /${PEERING_PREFIX_LENGTH[secondary.version]} blocks.`,
        });
      }
    }
  }),

  defineRule('PEER003', Severity.ERROR, 'Each peering of a circuit has its own VLAN', Sources.PEERING_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const peerings = ctx.index.peeringsOf(c.key);
      if (peerings.length < 2) continue;
      for (const group of duplicates(peerings, (p) => known(p, 'vlanId', p.vlanId))) {
        for (const p of group) {
          ctx.report({
            subject: p, property: 'vlanId', value: p.vlanId,
            message: `VLAN ${p.vlanId} is also used by ${others(group, p)} on the same circuit.`,
            fix: 'Give each peering of the circuit a different VLAN.',
          });
        }
      }
    }
  }),

  defineRule('PEER004', Severity.WARNING, 'A VLAN id is in the 802.1Q range 1-4094', Sources.PEERING_HOWTO, (ctx) => {
    for (const p of ctx.topology.peerings) {
      const vlan = known(p, 'vlanId', p.vlanId);
      if (vlan === undefined || (Number.isInteger(vlan) && inRange(vlan, VLAN_RANGE))) continue;
      ctx.report({
        subject: p, property: 'vlanId', value: vlan,
        message: `VLAN ${vlan} is outside the IEEE 802.1Q usable range (Microsoft states no range; the provider does not check).`,
        fix: 'Use a whole number from 1 to 4094.',
      });
    }
  }),

  defineRule('PEER005', Severity.ERROR, 'The peer ASN is valid and not reserved by Azure (65515-65520)', Sources.ROUTING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      const asn = known(p, 'peerAsn', p.peerAsn);
      if (asn === undefined) continue;
      if (!Number.isInteger(asn) || asn < 1 || asn > MAX_ASN) {
        ctx.report({
          subject: p, property: 'peerAsn', value: asn,
          message: `${asn} is not a 16-bit or 32-bit AS number.`,
          fix: 'Use a whole number from 1 to 4294967295.',
        });
      } else if (inRange(asn, RESERVED_ASN_RANGE)) {
        ctx.report({
          subject: p, property: 'peerAsn', value: asn,
          message: `ASNs ${RESERVED_ASN_RANGE.from}-${RESERVED_ASN_RANGE.to} are reserved by Azure for internal use.`,
          fix: 'Use your own public ASN or another private ASN (64512-65514, 65521-65534).',
        });
      }
    }
  }),

  defineRule('PEER006', Severity.WARNING, 'The peer ASN is not Microsoft\'s own ASN 12076', Sources.ROUTING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peerAsn', p.peerAsn) !== MICROSOFT_ASN) continue;
      ctx.report({
        subject: p, property: 'peerAsn', value: MICROSOFT_ASN,
        message: '12076 is Microsoft\'s ASN on both peerings; a customer using it cannot form a normal eBGP session.',
        fix: 'Use your own ASN.',
      });
    }
  }),

  defineRule('PEER007', Severity.ERROR, 'A BGP MD5 key has at most 25 alphanumeric characters', Sources.PEERING_HOWTO, (ctx) => {
    for (const p of ctx.topology.peerings) {
      // A known key of any origin (a literal, a value given with --var, a plan's): its length is not about secrecy.
      if (p.sharedKeyWellFormed !== false || isUnresolved(p, 'sharedKey')) continue;
      ctx.report({
        subject: p, property: 'sharedKey', value: HIDDEN_SECRET,
        message: `The MD5 key must be 1 to 25 characters, letters and digits only (${MD5_KEY_PATTERN.source}).`,
        fix: 'Choose a key of at most 25 letters and digits, and pass it as a sensitive variable.',
      });
    }
  }),

  // Sources.FAQ (03/31/2026): "We don't accept private prefixes (RFC1918) for the Microsoft peering
  // session"; other non-public space (ULA, shared, loopback...) is no more routable.
  defineRule('PEER008', Severity.ERROR, 'Microsoft peering advertises public prefixes', Sources.FAQ, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'MicrosoftPeering') continue;
      for (const [prop, list] of advertisedLists(p)) {
        for (const prefix of list) {
          const cidr = parseCidr(prefix);
          const range = cidr ? nonPublicRange(cidr) : undefined;
          if (cidr && range === undefined) continue;
          ctx.report({
            subject: p, property: prop, value: prefix,
            message: cidr ? `${prefix} is ${range} space: "We don't accept private prefixes (RFC1918) for the Microsoft peering".` : `"${prefix}" is not a CIDR block.`,
            fix: 'Advertise public prefixes registered to you in an RIR or IRR.',
          });
        }
      }
    }
  }),

  // azurerm peering: "`microsoft_peering_config` must be specified when config for Ipv4 and
  // `peering_type` is set to `MicrosoftPeering`", and its `advertised_public_prefixes` is required.
  defineRule('PEER016', Severity.ERROR, 'Microsoft peering over IPv4 lists the prefixes it advertises', Sources.AZURERM_PEERING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'MicrosoftPeering') continue;
      if (known(p, 'primaryPeerAddressPrefix', p.primaryPeerAddressPrefix) === undefined || given(p, 'advertisedPublicPrefixes', p.advertisedPublicPrefixes)) continue;
      ctx.report({
        subject: p, property: 'advertisedPublicPrefixes', value: undefined,
        message: 'Microsoft peering over IPv4 needs the public prefixes you advertise (azurerm rejects it otherwise).',
        fix: 'Set advertisedPublicPrefixes to public prefixes registered to you or your customer ASN.',
      });
    }
  }),

  // Sources.FAQ (03/31/2026) limits: 200 IPv4 and 200 IPv6 routes advertised to Microsoft peering; the
  // session drops above the limit. (The list length is a proxy for what the router advertises.)
  defineRule('PEER017', Severity.ERROR, 'Microsoft peering advertises at most 200 prefixes per address family', Sources.FAQ, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'MicrosoftPeering') continue;
      for (const [prop, list] of advertisedLists(p)) {
        if (list.length <= MICROSOFT_PEERING_MAX_PREFIXES) continue;
        ctx.report({
          subject: p, property: prop, value: list.length,
          message: `${list.length} prefixes exceed the ${MICROSOFT_PEERING_MAX_PREFIXES} Microsoft peering accepts; the BGP session drops above the limit.`,
          fix: 'Aggregate prefixes.',
        });
      }
    }
  }),

  defineRule('PEER009', Severity.WARNING, 'Microsoft peering has a route filter', Sources.ROUTE_FILTER, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'MicrosoftPeering') continue;
      if (p.hasRouteFilter === true || (p.unresolved ?? []).includes('routeFilterId')) continue;
      ctx.report({
        subject: p, property: 'routeFilterId', value: undefined,
        message: 'Without a route filter, Microsoft peering advertises no Microsoft prefixes (peerings configured since August 2017).',
        fix: 'Attach a route filter with the BGP communities of the services you use (or suppress this during a migration\'s prepare phase).',
      });
    }
  }),

  defineRule('PEER010', Severity.ERROR, 'A route filter is only attached to Microsoft peering', Sources.AZURERM_PEERING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      const type = known(p, 'peeringType', p.peeringType);
      // An unknown route_filter_id (a variable that may be null) is not judged (issue 12).
      if (type === undefined || type === 'MicrosoftPeering' || p.hasRouteFilter !== true || isUnresolved(p, 'routeFilterId')) continue;
      ctx.report({
        subject: p, property: 'routeFilterId', value: type,
        message: `"routeFilterId may only be specified when peering_type is set to MicrosoftPeering"; this is ${type}.`,
        fix: 'Remove the route filter from this peering.',
      });
    }
  }),

  // Sources.PEERINGS (08/27/2026): "If you use customer ASN, you can set public ASN only." Both the IPv4
  // `microsoft_peering_config` and the `ipv6 { microsoft_peering }` block carry one.
  defineRule('PEER011', Severity.ERROR, 'A Microsoft peering customer ASN is public', Sources.PEERINGS, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'MicrosoftPeering') continue;
      for (const [prop, asn] of customerAsns(p)) {
        if (asn === 0 || !isPrivateAsn(asn)) continue;
        ctx.report({
          subject: p, property: prop, value: asn,
          message: '"If you use customer ASN, you can set public ASN only."',
          fix: 'Use the public ASN the advertised prefixes are registered to.',
        });
      }
    }
  }),

  // Sources.ROUTING: ASNs reserved for documentation "aren't allowed in the path".
  defineRule('PEER018', Severity.ERROR, 'Microsoft peering uses no documentation ASN', Sources.ROUTING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'MicrosoftPeering') continue;
      for (const [prop, asn] of [['peerAsn', known(p, 'peerAsn', p.peerAsn)], ...customerAsns(p)] as Array<[string, number | undefined]>) {
        if (asn === undefined || !DOCUMENTATION_ASN_RANGES.some((r) => inRange(asn, r))) continue;
        ctx.report({
          subject: p, property: prop, value: asn,
          message: `AS ${asn} is reserved for documentation and "isn't allowed in the path".`,
          fix: 'Use your real ASN.',
        });
      }
    }
  }),

  // Sources.ROUTING: "Private AS Number is allowed with Microsoft Peering, but will also require
  // manual validation" (and private ASNs are stripped from the path).
  defineRule('PEER019', Severity.WARNING, 'Microsoft peering with a private peer ASN names a public customer ASN', Sources.ROUTING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'MicrosoftPeering') continue;
      const peer = known(p, 'peerAsn', p.peerAsn);
      if (peer === undefined || !isPrivateAsn(peer)) continue;
      const customer = known(p, 'customerAsn', p.customerAsn);
      if ((customer !== undefined && customer !== 0) || isUnresolved(p, 'customerAsn')) continue;
      ctx.report({
        subject: p, property: 'peerAsn', value: peer,
        message: 'A private peer ASN on Microsoft peering "requires manual validation", and private ASNs are stripped from the path (no prepending effect).',
        fix: 'Use a public ASN, or set customerAsn to the public ASN the prefixes are registered to.',
      });
    }
  }),

  defineRule('PEER012', Severity.ERROR, 'A circuit has at most one peering of each type', Sources.AZURERM_PEERING, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const peerings = ctx.index.peeringsOf(c.key);
      if (peerings.length < 2) continue;
      for (const group of duplicates(peerings, (p) => known(p, 'peeringType', p.peeringType))) {
        for (const p of group) {
          ctx.report({
            subject: p, property: 'peeringType', value: p.peeringType,
            message: `The circuit has another ${p.peeringType} (${others(group, p)}); "creating multiple peerings of the same type will overwrite the original peering".`,
            fix: 'Keep one peering of each type per circuit.',
          });
        }
      }
    }
  }),

  defineRule('PEER013', Severity.ERROR, 'Peering type is AzurePrivatePeering or MicrosoftPeering', Sources.ROUTING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      const type = known(p, 'peeringType', p.peeringType);
      if (type === undefined || PEERING_TYPES.includes(type) || p.external) continue;
      ctx.report({
        subject: p, property: 'peeringType', value: type,
        message: type === DEPRECATED_PEERING_TYPE
          ? 'Azure public peering is deprecated and "isn\'t available for new ExpressRoute circuits".'
          : `"${type}" is not a peering type.`,
        fix: `Use ${oneOf(PEERING_TYPES)}.`,
      });
    }
  }),

  defineRule('PEER014', Severity.ERROR, 'Private peering subnets do not overlap the connected VNets', Sources.ROUTING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'AzurePrivatePeering' || p.circuitKey === undefined) continue;
      const spaces: string[] = [];
      for (const conn of ctx.index.connectionsTo(p.circuitKey)) {
        spaces.push(...(ctx.index.gateway(conn.gatewayKey)?.virtualNetworkAddressSpaces ?? []));
      }
      if (spaces.length === 0) continue;
      const parsed = spaces.map((s) => ({ s, c: parseCidr(s) }));
      for (const { property, value, cidr } of bgpSubnets(p, ctx)) {
        if (!cidr) continue;
        const hit = parsed.find((x) => x.c && overlaps(x.c, cidr));
        if (!hit) continue;
        ctx.report({
          subject: p, property, value,
          message: `${value} overlaps the address space ${hit.s} of a VNet connected to this circuit.`,
          fix: 'Use peering subnets outside every VNet range in Azure.',
        });
      }
    }
  }),

  // Sources.ROUTE_FILTER: "A route filter can have only one rule" (azurerm `rule` MaxItems 1; no rule
  // at all is valid: the filter then allows nothing).
  defineRule('PEER015', Severity.ERROR, 'A route filter has at most one rule', Sources.ROUTE_FILTER, (ctx) => {
    for (const f of ctx.topology.routeFilters) {
      const count = known(f, 'ruleCount', f.ruleCount);
      if (count === undefined || count <= 1) continue;
      ctx.report({
        subject: f, property: 'rule', value: count,
        message: `"A route filter can have only one rule"; this one has ${count}.`,
        fix: 'Put every BGP community into the one rule.',
      });
    }
  }),

  // Sources.ROUTE_FILTER: the one rule "must be of type 'Allow'".
  defineRule('PEER020', Severity.ERROR, 'A route filter rule is an Allow rule', Sources.ROUTE_FILTER, (ctx) => {
    for (const f of ctx.topology.routeFilters) {
      const access = known(f, 'ruleAccess', f.ruleAccess);
      if (access === undefined || access === 'Allow') continue;
      ctx.report({
        subject: f, property: 'rule.access', value: access,
        message: '"The rule must be of type \'Allow\'".',
        fix: 'Set access = "Allow" and list the communities to receive.',
      });
    }
  }),

  // Sources.ROUTE_FILTER: "Ensure the location matches the ExpressRoute circuit".
  defineRule('PEER021', Severity.ERROR, 'A route filter is in its circuit\'s region', Sources.ROUTE_FILTER, (ctx) => {
    const filters = new Map(ctx.topology.routeFilters.map((f) => [f.key, f]));
    for (const p of ctx.topology.peerings) {
      const f = p.routeFilterKey !== undefined ? filters.get(p.routeFilterKey) : undefined;
      const circuit = ctx.index.circuit(p.circuitKey);
      if (!f || !circuit) continue;
      const a = known(f, 'location', f.location);
      const b = known(circuit, 'location', circuit.location);
      if (a === undefined || b === undefined || a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase()) continue;
      ctx.report({
        subject: f, property: 'location', value: a,
        message: `The route filter is in ${a} but the circuit of ${p.path} is in ${b}; "ensure the location matches the ExpressRoute circuit".`,
        fix: `Create the route filter in ${b}.`,
      });
    }
  }),

  // Sources.GLOBAL_REACH_HOWTO: "Don't use the addresses in this subnet in your Azure virtual networks,
  // private peering subnet, or on-premises network." (The GR family's GR003 checks the size and the
  // links against each other; this checks the rest of the configuration.)
  defineRule('PEER022', Severity.ERROR, 'A Global Reach subnet is not used by a VNet, a private peering or on premises', Sources.GLOBAL_REACH_HOWTO, (ctx) => {
    if (ctx.topology.globalReach.length === 0) return;
    const used: Array<{ cidr: Cidr; what: string }> = [];
    for (const g of ctx.topology.gateways) {
      for (const space of known(g, 'virtualNetworkAddressSpaces', g.virtualNetworkAddressSpaces) ?? []) {
        const cidr = parseCidr(space);
        if (cidr) used.push({ cidr, what: `the address space ${space} of the VNet of ${g.path}` });
      }
    }
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'AzurePrivatePeering') continue;
      for (const { value, cidr } of bgpSubnets(p, ctx)) {
        if (cidr) used.push({ cidr, what: `the private peering subnet ${value} of ${p.path}` });
      }
    }
    for (const prefix of ctx.topology.onPremisesPrefixes ?? []) {
      const cidr = parseCidr(prefix);
      if (cidr) used.push({ cidr, what: `the on-premises range ${prefix}` });
    }
    for (const g of ctx.topology.globalReach) {
      for (const [prop, value] of [['addressPrefixIpv4', known(g, 'addressPrefixIpv4', g.addressPrefixIpv4)],
        ['addressPrefixIpv6', known(g, 'addressPrefixIpv6', g.addressPrefixIpv6)]] as Array<[string, string | undefined]>) {
        const cidr = value !== undefined ? parseCidr(value) : undefined;
        if (!cidr) continue;
        const hit = used.find((u) => overlaps(u.cidr, cidr));
        if (!hit) continue;
        ctx.report({
          subject: g, property: prop, value,
          message: `The Global Reach subnet ${value} overlaps ${hit.what}: "Don't use the addresses in this subnet in your Azure virtual networks, private peering subnet, or on-premises network."`,
          fix: 'Pick a /29 (or /125) used nowhere else in Azure or on premises.',
        });
      }
    }
  }),

  // Sources.PEERING_HOWTO (08/31/2023) for Microsoft peering: "IPv4: Two /30 subnets. These must be
  // valid public IPv4 prefixes"; Sources.PEERINGS (08/27/2026): "Public IP addresses registered to
  // you in routing registries" (IPv6 /126 the same).
  defineRule('PEER023', Severity.ERROR, 'Microsoft peering BGP subnets are public addresses', Sources.PEERING_HOWTO, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'MicrosoftPeering') continue;
      for (const { version, property, value, cidr } of bgpSubnets(p, ctx)) {
        const range = cidr ? nonPublicRange(cidr) : undefined;
        if (range === undefined) continue;
        ctx.report({
          subject: p, property, value,
          message: `${value} is ${range} space: Microsoft peering BGP subnets "must be valid public IPv${version} prefixes" registered to you.`,
          fix: `Use a public /${PEERING_PREFIX_LENGTH[version]} registered to you (or your provider) in a routing registry.`,
        });
      }
    }
  }),

  // Sources.ROUTING: the BGP session subnets of each peering are the peering's own; a subnet used by
  // two peerings of one circuit gives two sessions the same addresses.
  defineRule('PEER024', Severity.ERROR, 'No BGP subnet is used by two peerings of one circuit', Sources.ROUTING, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const peerings = ctx.index.peeringsOf(c.key);
      // One peering alone cannot reuse another's subnet.
      if (peerings.length < 2) continue;
      // Every subnet that overlaps one of another peering is reported, naming those (sorted): the
      // verdict must not depend on the order the peerings are read in.
      for (const p of peerings) {
        for (const m of bgpSubnets(p, ctx)) {
          if (!m.cidr) continue;
          const hits: string[] = [];
          for (const q of peerings) {
            if (q === p) continue;
            for (const n of bgpSubnets(q, ctx)) if (n.cidr && overlaps(m.cidr, n.cidr)) hits.push(`${n.value} of ${q.path}`);
          }
          if (hits.length === 0) continue;
          ctx.report({
            subject: p, property: m.property, value: m.value,
            message: `${m.value} overlaps ${hits.sort(compareText).join(', ')}, another peering of the same circuit.`,
            fix: 'Give each peering its own subnets.',
          });
        }
      }
    }
  }),
];

/** The advertised-prefix lists of a Microsoft peering that are known. */
function advertisedLists(p: PeeringNode): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  const v4 = known(p, 'advertisedPublicPrefixes', p.advertisedPublicPrefixes);
  const v6 = known(p, 'ipv6AdvertisedPublicPrefixes', p.ipv6AdvertisedPublicPrefixes);
  if (v4 !== undefined) out.push(['advertisedPublicPrefixes', v4]);
  if (v6 !== undefined) out.push(['ipv6AdvertisedPublicPrefixes', v6]);
  return out;
}

/** The known customer ASNs of a Microsoft peering (IPv4 config and `ipv6.microsoft_peering`). */
function customerAsns(p: PeeringNode): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const v4 = known(p, 'customerAsn', p.customerAsn);
  const v6 = known(p, 'ipv6CustomerAsn', p.ipv6CustomerAsn);
  if (v4 !== undefined) out.push(['customerAsn', v4]);
  if (v6 !== undefined) out.push(['ipv6CustomerAsn', v6]);
  return out;
}
