import {
  DEPRECATED_PEERING_TYPE, DOCUMENTATION_ASN_RANGES, MD5_KEY_PATTERN, MICROSOFT_ASN,
  MICROSOFT_PEERING_MAX_PREFIXES, PEERING_PREFIX_LENGTH, PEERING_TYPES, PRIVATE_ASN_RANGES,
  RESERVED_ASN_RANGE, VLAN_RANGE,
} from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { PeeringNode, SecretInput } from '../../model/topology';
import { HIDDEN_SECRET, Severity } from '../finding';
import { defineRule, known, oneOf } from '../define';
import { Cidr, isRfc1918, overlaps, parseCidr } from '../ip';
import { IRule } from '../rule';

const inRange = (n: number, r: { from: number; to: number }) => n >= r.from && n <= r.to;
const isPrivateAsn = (n: number) => PRIVATE_ASN_RANGES.some((r) => inRange(n, r));
const MAX_ASN = 4294967295;

function prefixPairs(p: PeeringNode): Array<{ version: 4 | 6; primary: [string, string | undefined]; secondary: [string, string | undefined] }> {
  return [
    { version: 4, primary: ['primaryPeerAddressPrefix', known(p, 'primaryPeerAddressPrefix', p.primaryPeerAddressPrefix)],
      secondary: ['secondaryPeerAddressPrefix', known(p, 'secondaryPeerAddressPrefix', p.secondaryPeerAddressPrefix)] },
    { version: 6, primary: ['ipv6PrimaryPeerAddressPrefix', known(p, 'ipv6PrimaryPeerAddressPrefix', p.ipv6PrimaryPeerAddressPrefix)],
      secondary: ['ipv6SecondaryPeerAddressPrefix', known(p, 'ipv6SecondaryPeerAddressPrefix', p.ipv6SecondaryPeerAddressPrefix)] },
  ];
}

export const PEER_RULES: IRule[] = [
  defineRule('PEER001', Severity.ERROR, 'Peering subnets are /30 (IPv4) and /126 (IPv6)', Sources.ROUTING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      for (const pair of prefixPairs(p)) {
        const want = PEERING_PREFIX_LENGTH[pair.version];
        for (const [prop, value] of [pair.primary, pair.secondary]) {
          if (value === undefined) continue;
          const cidr = parseCidr(value);
          if (cidr && cidr.version === pair.version && cidr.prefixLength === want && cidr.aligned) continue;
          ctx.report({
            subject: p, property: prop, value,
            message: !cidr ? `"${value}" is not a CIDR block.`
              : cidr.version !== pair.version ? `"${value}" is not an IPv${pair.version} block.`
              : cidr.prefixLength !== want ? `A peering link subnet is a /${want}, got /${cidr.prefixLength}.`
              : `"${value}" has host bits set; the /${want} starts at a different address.`,
            fix: `Use a /${want} such as ${pair.version === 4 ? '192.168.100.0/30 and 192.168.100.4/30' : '2001:db8:100::/126 and 2001:db8:100::4/126'} (split a /${want - 1} in two). Your router takes the first usable address, Microsoft the second.`,
          });
        }
      }
    }
  }),

  defineRule('PEER002', Severity.ERROR, 'Primary and secondary subnets are distinct and do not overlap', Sources.ROUTING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      for (const pair of prefixPairs(p)) {
        const a = pair.primary[1] !== undefined ? parseCidr(pair.primary[1]) : undefined;
        const b = pair.secondary[1] !== undefined ? parseCidr(pair.secondary[1]) : undefined;
        if (!a || !b || !overlaps(a, b)) continue;
        ctx.report({
          subject: p, property: pair.secondary[0], value: pair.secondary[1],
          message: `The secondary subnet overlaps the primary (${pair.primary[1]}); each BGP session needs its own subnet.`,
          fix: `Use two separate /${PEERING_PREFIX_LENGTH[pair.version]} blocks.`,
        });
      }
    }
  }),

  defineRule('PEER003', Severity.ERROR, 'Each peering of a circuit has its own VLAN', Sources.PEERING_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const used = new Map<number, string>();
      for (const p of ctx.index.peeringsOf(c.key)) {
        const vlan = known(p, 'vlanId', p.vlanId);
        if (vlan === undefined) continue;
        const other = used.get(vlan);
        if (other !== undefined) {
          ctx.report({
            subject: p, property: 'vlanId', value: vlan,
            message: `VLAN ${vlan} is already used by ${other} on the same circuit.`,
            fix: 'Give each peering of the circuit a different VLAN.',
          });
        } else {
          used.set(vlan, p.path);
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
      if (p.sharedKey !== SecretInput.LITERAL || p.sharedKeyWellFormed !== false) continue;
      ctx.report({
        subject: p, property: 'sharedKey', value: HIDDEN_SECRET,
        message: `The MD5 key must be 1 to 25 characters, letters and digits only (${MD5_KEY_PATTERN.source}).`,
        fix: 'Choose a key of at most 25 letters and digits, and pass it as a sensitive variable.',
      });
    }
  }),

  defineRule('PEER008', Severity.ERROR, 'Microsoft peering advertises up to 200 public prefixes', Sources.FAQ, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'MicrosoftPeering') continue;
      const v4 = known(p, 'advertisedPublicPrefixes', p.advertisedPublicPrefixes);
      const hasV4Session = known(p, 'primaryPeerAddressPrefix', p.primaryPeerAddressPrefix) !== undefined;
      if (hasV4Session && v4 === undefined && !(p.unresolved ?? []).includes('advertisedPublicPrefixes')) {
        ctx.report({
          subject: p, property: 'advertisedPublicPrefixes', value: undefined,
          message: 'Microsoft peering over IPv4 needs the public prefixes you advertise (azurerm rejects it at apply time otherwise).',
          fix: 'Set advertisedPublicPrefixes to public prefixes registered to you or your customer ASN.',
        });
      }
      for (const [prop, list] of [['advertisedPublicPrefixes', v4], ['ipv6AdvertisedPublicPrefixes', known(p, 'ipv6AdvertisedPublicPrefixes', p.ipv6AdvertisedPublicPrefixes)]] as Array<[string, string[] | undefined]>) {
        if (list === undefined) continue;
        if (list.length > MICROSOFT_PEERING_MAX_PREFIXES) {
          ctx.report({
            subject: p, property: prop, value: list.length,
            message: `${list.length} prefixes exceed the ${MICROSOFT_PEERING_MAX_PREFIXES} Microsoft peering accepts; the BGP session drops above the limit.`,
            fix: 'Aggregate prefixes.',
          });
        }
        for (const prefix of list) {
          const cidr = parseCidr(prefix);
          if (cidr && !isRfc1918(cidr)) continue;
          ctx.report({
            subject: p, property: prop, value: prefix,
            message: cidr ? `${prefix} is private (RFC 1918): "We don't accept private prefixes (RFC1918) for the Microsoft peering".` : `"${prefix}" is not a CIDR block.`,
            fix: 'Advertise public prefixes registered to you in an RIR or IRR.',
          });
        }
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
      if (type === undefined || type === 'MicrosoftPeering' || p.hasRouteFilter !== true) continue;
      ctx.report({
        subject: p, property: 'routeFilterId', value: type,
        message: `"routeFilterId may only be specified when peering_type is set to MicrosoftPeering"; this is ${type}.`,
        fix: 'Remove the route filter from this peering.',
      });
    }
  }),

  defineRule('PEER011', Severity.ERROR, 'Microsoft peering ASNs: customer ASN public, no documentation ASNs', Sources.ROUTING, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'MicrosoftPeering') continue;
      const customer = known(p, 'customerAsn', p.customerAsn);
      if (customer !== undefined && customer !== 0 && isPrivateAsn(customer)) {
        ctx.report({
          subject: p, property: 'customerAsn', value: customer,
          message: '"If you use customer ASN, you can set public ASN only."',
          fix: 'Use the public ASN the advertised prefixes are registered to.',
        });
      }
      for (const [prop, asn] of [['peerAsn', known(p, 'peerAsn', p.peerAsn)], ['customerAsn', customer]] as Array<[string, number | undefined]>) {
        if (asn === undefined || !DOCUMENTATION_ASN_RANGES.some((r) => inRange(asn, r))) continue;
        ctx.report({
          subject: p, property: prop, value: asn,
          message: `AS ${asn} is reserved for documentation and "isn't allowed in the path".`,
          fix: 'Use your real ASN.',
        });
      }
      const peer = known(p, 'peerAsn', p.peerAsn);
      if (peer !== undefined && isPrivateAsn(peer) && !(customer !== undefined && customer !== 0)) {
        ctx.report({
          subject: p, property: 'peerAsn', value: peer, severity: Severity.WARNING,
          message: 'A private peer ASN on Microsoft peering "requires manual validation", and private ASNs are stripped from the path (no prepending effect).',
          fix: 'Use a public ASN, or set customerAsn to the public ASN the prefixes are registered to.',
        });
      }
    }
  }),

  defineRule('PEER012', Severity.ERROR, 'A circuit has at most one peering of each type', Sources.AZURERM_PEERING, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const seen = new Map<string, string>();
      for (const p of ctx.index.peeringsOf(c.key)) {
        const type = known(p, 'peeringType', p.peeringType);
        if (type === undefined) continue;
        const first = seen.get(type);
        if (first !== undefined) {
          ctx.report({
            subject: p, property: 'peeringType', value: type,
            message: `The circuit already has a ${type} (${first}); "creating multiple peerings of the same type will overwrite the original peering".`,
            fix: 'Keep one peering of each type per circuit.',
          });
        } else {
          seen.set(type, p.path);
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
      for (const pair of prefixPairs(p)) {
        for (const [prop, value] of [pair.primary, pair.secondary]) {
          const cidr = value !== undefined ? parseCidr(value) : undefined;
          if (!cidr) continue;
          const hit = parsed.find((x) => x.c && overlaps(x.c, cidr));
          if (!hit) continue;
          ctx.report({
            subject: p, property: prop, value,
            message: `${value} overlaps the address space ${hit.s} of a VNet connected to this circuit.`,
            fix: 'Use peering subnets outside every VNet range in Azure.',
          });
        }
      }
    }
  }),

  defineRule('PEER015', Severity.ERROR, 'A route filter has exactly one Allow rule and sits in the circuit\'s region', Sources.ROUTE_FILTER, (ctx) => {
    const filters = new Map(ctx.topology.routeFilters.map((f) => [f.key, f]));
    for (const f of ctx.topology.routeFilters) {
      const count = known(f, 'ruleCount', f.ruleCount);
      if (count !== undefined && count !== 1) {
        ctx.report({
          subject: f, property: 'rule', value: count,
          message: `"A route filter can have only one rule"; this one has ${count}.`,
          fix: 'Put every BGP community into the one rule.',
        });
      }
      const access = known(f, 'ruleAccess', f.ruleAccess);
      if (access !== undefined && access !== 'Allow') {
        ctx.report({
          subject: f, property: 'rule.access', value: access,
          message: '"The rule must be of type \'Allow\'".',
          fix: 'Set access = "Allow" and list the communities to receive.',
        });
      }
    }
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
    const used: Array<{ cidr: Cidr; what: string }> = [];
    for (const g of ctx.topology.gateways) {
      for (const space of known(g, 'virtualNetworkAddressSpaces', g.virtualNetworkAddressSpaces) ?? []) {
        const cidr = parseCidr(space);
        if (cidr) used.push({ cidr, what: `the address space ${space} of the VNet of ${g.path}` });
      }
    }
    for (const p of ctx.topology.peerings) {
      if (known(p, 'peeringType', p.peeringType) !== 'AzurePrivatePeering') continue;
      for (const pair of prefixPairs(p)) {
        for (const [, value] of [pair.primary, pair.secondary]) {
          const cidr = value !== undefined ? parseCidr(value) : undefined;
          if (cidr) used.push({ cidr, what: `the private peering subnet ${value} of ${p.path}` });
        }
      }
    }
    for (const prefix of ctx.topology.onPremisesPrefixes ?? []) {
      const cidr = parseCidr(prefix);
      if (cidr) used.push({ cidr, what: `the on-premises range ${prefix}` });
    }
    if (used.length === 0) return;
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
];
