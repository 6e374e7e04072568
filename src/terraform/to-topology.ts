import { MD5_KEY_PATTERN } from '../catalog/azure-limits';
import { sentWhenNotEmpty } from '../model/azurerm-values';
import {
  CircuitNode, ConnectionNode, GatewayKind, GatewayNode, ImportNode, KeyVaultNode, LinkNode, PeeringNode, PortNode, SecretInput, Topology,
  emptyTopology,
} from '../model/topology';
import { isKeyVaultSecretId } from '../model/key-vault';
import { safeJson } from '../rules/finding';
import { admitsOnlyFrom } from '../rules/provider-version';
import { addressOf, interpolationRefs, isObject, ResourceRecord, TerraformDocument } from './records';
import { circuitTagFields, gatewayTagFields, portLinksWithTags } from '../simulation/tags';
import { withProps } from '../util/objects';

/** Attributes that force a new circuit or port (azurerm schema, ForceNew). */
const FORCE_NEW: Record<string, string[]> = {
  azurerm_express_route_circuit: ['name', 'resource_group_name', 'location', 'service_provider_name', 'peering_location', 'express_route_port_id'],
  azurerm_express_route_port: ['name', 'resource_group_name', 'location', 'peering_location', 'bandwidth_in_gbps', 'encapsulation'],
};

/** Reads values of one record, recording unknown ones and wrong types. */
class Values {
  public readonly unresolved: string[] = [];

  constructor(private readonly rec: ResourceRecord, private readonly notes: string[], private readonly values = rec.values,
    private readonly unknown: unknown = rec.unknown, private readonly prefix = '') {}

  /** A nested block (object in config, one-element list in plans). */
  public block(attr: string): Values | undefined {
    const raw = this.values[attr];
    const body = Array.isArray(raw) ? raw[0] : raw;
    // A block known only at plan time (a `dynamic` block): every attribute read from it is unknown.
    if (!isObject(body)) return this.isUnknown(attr) ? new Values(this.rec, this.notes, {}, true, `${this.prefix}${attr}.`) : undefined;
    const u = isObject(this.unknown) ? this.unknown[attr] : undefined;
    const unknownBody = Array.isArray(u) ? u[0] : u;
    return new Values(this.rec, this.notes, body, unknownBody, `${this.prefix}${attr}.`);
  }

  /** Every element of a repeated block. */
  public blocks(attr: string): Values[] {
    const raw = this.values[attr];
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const u = isObject(this.unknown) ? this.unknown[attr] : undefined;
    if (list.length === 0 && this.isUnknown(attr)) return [new Values(this.rec, this.notes, {}, true, `${this.prefix}${attr}.`)];
    return list.filter(isObject).map((b, i) => new Values(this.rec, this.notes, b, Array.isArray(u) ? u[i] : undefined, `${this.prefix}${attr}.`));
  }

  /** Whether a whole attribute or block is known only at plan time. */
  public unknownBlock(attr: string): boolean {
    return this.isUnknown(attr) && !isObject(this.values[attr]) && !Array.isArray(this.values[attr]);
  }

  public has(attr: string): boolean {
    return this.values[attr] !== undefined && this.values[attr] !== null || this.isUnknown(attr);
  }

  public raw(attr: string): unknown {
    return this.values[attr];
  }

  /** A string attribute azurerm sends only when it is not empty (`sentWhenNotEmpty`): `""` reads as absent. */
  public nonEmptyStr(attr: string, prop: string): string | undefined {
    return sentWhenNotEmpty(this.values[attr]) === undefined ? undefined : this.str(attr, prop);
  }

  public str(attr: string, prop: string): string | undefined {
    const v = this.known(attr, prop);
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    return this.wrongType(attr, v, 'a string');
  }

  public num(attr: string, prop: string): number | undefined {
    const v = this.known(attr, prop);
    if (v === undefined) return undefined;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
    return this.wrongType(attr, v, 'a number');
  }

  public bool(attr: string, prop: string): boolean | undefined {
    const v = this.known(attr, prop);
    if (v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    return this.wrongType(attr, v, 'true or false');
  }

  public strList(attr: string, prop: string): string[] | undefined {
    const v = this.known(attr, prop);
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
      if (v.some((x) => x.includes('${'))) {
        this.unresolved.push(prop);
        return undefined;
      }
      return v;
    }
    return this.wrongType(attr, v, 'a list of strings');
  }

  /** How a secret attribute was given. */
  public secret(attr: string): SecretInput {
    const v = this.values[attr];
    if (this.isUnknown(attr)) return SecretInput.REFERENCE;
    if (v === undefined || v === null || v === '') return SecretInput.NONE;
    if (typeof v === 'string' && /^\$\{[^}]+\}$/.test(v.trim())) return SecretInput.REFERENCE;
    // A plan shows sensitive values in the clear only if they were in the configuration.
    return this.rec.refs.has(attr) ? SecretInput.REFERENCE : SecretInput.LITERAL;
  }

  private isUnknown(attr: string): boolean {
    return this.unknown === true || (isObject(this.unknown) && this.unknown[attr] === true);
  }

  private known(attr: string, prop: string): unknown {
    if (this.isUnknown(attr)) {
      this.unresolved.push(prop);
      return undefined;
    }
    const v = this.values[attr];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && v.includes('${')) {
      this.unresolved.push(prop);
      return undefined;
    }
    return v;
  }

  private wrongType(attr: string, v: unknown, expected: string): undefined {
    this.notes.push(`${this.rec.address}: ${this.prefix}${attr} should be ${expected}, got ${safeJson(v, 60)}; not judged`);
    return undefined;
  }
}

const ID_PATTERNS = new Map<string, RegExp>();
/** `/<segment>/<name>` in an Azure resource id, one compiled pattern per segment. */
function idPattern(segment: string): RegExp {
  let re = ID_PATTERNS.get(segment);
  if (!re) {
    re = new RegExp(`/${segment}/([^/]+)`, 'i');
    ID_PATTERNS.set(segment, re);
  }
  return re;
}

/** Whether the model reads resources of this type (a large plan keeps only these). */
export function isModelledType(type: string): boolean {
  return type.startsWith('azurerm_express_route_') || type.startsWith('azurerm_virtual_network')
    || type === 'azurerm_route_filter' || type === 'azurerm_subnet' || type === 'azurerm_key_vault'
    || type === 'azurerm_key_vault_secret' || type === 'azurerm_private_endpoint' || type === 'azurerm_local_network_gateway';
}

/** Builds the topology model of one Terraform document. */
export function toTopology(doc: TerraformDocument, notes: string[]): Topology {
  const t = emptyTopology();
  const byAddress = new Map<string, ResourceRecord>();
  const byTypeAndName = new Map<string, ResourceRecord>();
  /** The first instance of each counted resource, by its address without the index. */
  const firstInstance = new Map<string, ResourceRecord>();
  for (const r of doc.resources) {
    byAddress.set(r.address, r);
    if (typeof r.values.name === 'string') byTypeAndName.set(`${r.type}|${r.values.name.toLowerCase()}`, r);
    if (r.address.endsWith(']')) {
      const base = r.address.slice(0, r.address.lastIndexOf('['));
      if (!firstInstance.has(base)) firstInstance.set(base, r);
    }
  }

  /** The address an attribute points to: a reference, else a literal id or name of a resource here. */
  const target = (r: ResourceRecord, attr: string, type: string, idSegment?: string): string | undefined => {
    for (const ref of r.refs.get(attr) ?? []) {
      const a = addressOf(ref);
      const rec = byAddress.get(a) ?? firstInstance.get(a);
      if (rec && rec.type === type) return rec.address;
    }
    const v = r.values[attr];
    if (typeof v !== 'string' || v.includes('${')) return undefined;
    let name = v;
    if (idSegment) {
      const m = idPattern(idSegment).exec(v);
      if (!m) return v;
      name = m[1];
    }
    return byTypeAndName.get(`${type}|${name.toLowerCase()}`)?.address ?? v;
  };

  /**
   * The `azurerm_key_vault_secret` of this document that a link's MACsec secret id references (by
   * the attribute's own `${...}`, or a plan's configuration), and how its value is given;
   * undefined when the id names none, or may name more than one.
   */
  const macsecSecret = (r: ResourceRecord, l: Values, link: string, attr: string): { address: string; value: SecretInput } | undefined => {
    const raw = l.raw(attr);
    const refs = typeof raw === 'string' && raw.includes('${') ? interpolationRefs(raw) : r.refs.get(`${link}.${attr}`) ?? [];
    const secrets = new Set(refs.map(addressOf).filter((a) => byAddress.get(a)?.type === 'azurerm_key_vault_secret'));
    if (secrets.size !== 1) return undefined;
    const [address] = secrets;
    return { address, value: keyVaultSecretValue(byAddress.get(address)!, notes) };
  };

  /** A link that was given but points nowhere known (a variable, an opaque module's output) is unresolved. */
  const link = (r: ResourceRecord, v: Values, attr: string, type: string, prop: string, idSegment?: string): string | undefined => {
    if (!v.has(attr)) return undefined;
    const key = target(r, attr, type, idSegment);
    if (key === undefined) v.unresolved.push(prop);
    return key;
  };

  const replacement = (r: ResourceRecord): string[] | undefined => {
    const a = r.actions ?? [];
    if (!(a.includes('delete') && a.includes('create'))) return undefined;
    if (r.replacePaths && r.replacePaths.length > 0) return r.replacePaths;
    const before = r.before ?? {};
    const changed = (FORCE_NEW[r.type] ?? []).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(r.values[k]));
    return changed.length > 0 ? changed : ['(unknown attribute)'];
  };

  const peeringCircuit = new Map<string, string | undefined>();
  const vaultOfLink = keyVaultLinks(doc, target, byAddress, notes);

  for (const r of doc.resources) {
    const v = new Values(r, notes);
    // Node identity written out in each literal: spreading a shared object into a literal of
    // 17 properties made every node about 5x slower to build (measured on a 50 MB plan).
    switch (r.type) {
      case 'azurerm_express_route_circuit': {
        const sku = v.block('sku');
        const before = r.before;
        const beforeSku = before ? (Array.isArray(before.sku) ? before.sku[0] : before.sku) : undefined;
        const portGiven = v.has('express_route_port_id');
        const portKey = portGiven ? target(r, 'express_route_port_id', 'azurerm_express_route_port', 'expressRoutePorts') : undefined;
        const circuit: CircuitNode = {
          key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown,
          location: v.str('location', 'location'),
          skuTier: sku?.str('tier', 'skuTier'),
          skuFamily: sku?.str('family', 'skuFamily'),
          serviceProviderName: v.str('service_provider_name', 'serviceProviderName'),
          peeringLocation: v.str('peering_location', 'peeringLocation'),
          bandwidthMbps: v.num('bandwidth_in_mbps', 'bandwidthMbps'),
          portKey: portGiven ? portKey ?? '(unknown port)' : undefined,
          bandwidthGbps: v.num('bandwidth_in_gbps', 'bandwidthGbps'),
          authorizationKey: v.secret('authorization_key'),
          rateLimitingEnabled: v.bool('rate_limiting_enabled', 'rateLimitingEnabled'),
          creating: r.actions ? r.actions.includes('create') && !r.actions.includes('delete') : undefined,
          previous: before && r.actions?.includes('update') ? {
            skuTier: isObject(beforeSku) && typeof beforeSku.tier === 'string' ? beforeSku.tier : undefined,
            skuFamily: isObject(beforeSku) && typeof beforeSku.family === 'string' ? beforeSku.family : undefined,
            bandwidthMbps: typeof before.bandwidth_in_mbps === 'number' ? before.bandwidth_in_mbps : undefined,
            bandwidthGbps: typeof before.bandwidth_in_gbps === 'number' ? before.bandwidth_in_gbps : undefined,
          } : undefined,
          replacedBecauseOf: replacement(r),
          destroying: destroying(r),
          subscription: subscriptionOf(r, v),
          // Filled as the values above are read; the node is built once (no copy per resource).
          unresolved: v.unresolved,
        };
        v.unresolved.push(...(sku?.unresolved ?? []));
        // A port id that is a variable or an unknown expression: which port (if any) is not known.
        if (portGiven && portKey === undefined) v.unresolved.push('portKey', 'expressRoutePort');
        // The failure simulation's customer edge routers, from the `customer-edge` tag.
        const edges = circuitTagFields(r.values);
        v.unresolved.push(...edges.unresolved);
        t.circuits.push(Object.keys(edges.fields).length > 0 ? withProps(circuit, edges.fields) : circuit);
        break;
      }
      case 'azurerm_express_route_port': {
        const linkReaders: Values[] = [];
        const links: LinkNode[] = (['link1', 'link2'] as const).map((name) => {
          const l = v.block(name);
          if (l) linkReaders.push(l);
          const ckn = l ? macsecSecret(r, l, name, 'macsec_ckn_keyvault_secret_id') : undefined;
          const cak = l ? macsecSecret(r, l, name, 'macsec_cak_keyvault_secret_id') : undefined;
          return {
            ...(ckn ? { macsecCknSecret: ckn.address, macsecCknSecretValue: ckn.value } : {}),
            ...(cak ? { macsecCakSecret: cak.address, macsecCakSecretValue: cak.value } : {}),
            name,
            adminEnabled: l?.bool('admin_enabled', `${name}.adminEnabled`) ?? false,
            macsecCipher: l?.has('macsec_ckn_keyvault_secret_id') || l?.has('macsec_cak_keyvault_secret_id') || l?.has('macsec_cipher')
              ? l?.str('macsec_cipher', `${name}.macsecCipher`) ?? 'GcmAes128' : undefined,
            macsecCkn: l ? keyVaultSecret(l, 'macsec_ckn_keyvault_secret_id') : SecretInput.NONE,
            macsecCak: l ? keyVaultSecret(l, 'macsec_cak_keyvault_secret_id') : SecretInput.NONE,
            macsecSciEnabled: l?.bool('macsec_sci_enabled', `${name}.macsecSciEnabled`),
            macsecKeyVaultKey: vaultOfLink.get(`${r.address}|${name}`),
          };
        });
        const identity = v.block('identity');
        const identityType = identity?.str('type', 'identityType');
        const peeringLocation = v.str('peering_location', 'peeringLocation');
        const port: PortNode = {
          key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown, links, peeringLocation,
          location: v.str('location', 'location'),
          bandwidthGbps: v.num('bandwidth_in_gbps', 'bandwidthGbps'),
          encapsulation: v.str('encapsulation', 'encapsulation'),
          billingType: v.str('billing_type', 'billingType'),
          identityType,
          hasUserAssignedIdentity: v.unknownBlock('identity') ? undefined
            : identityType !== undefined && /userassigned/i.test(identityType) && identity!.has('identity_ids'),
          replacedBecauseOf: replacement(r),
          destroying: destroying(r),
          subscription: subscriptionOf(r, v),
        };
        // The failure simulation's customer edge routers, from the `customer-edge` tag.
        const tagged = portLinksWithTags(r.values, port.links);
        t.ports.push(withProps(port, { links: tagged.links, unresolved: [...v.unresolved, ...linkReaders.flatMap((l) => l.unresolved), ...(identity?.unresolved ?? []),
          ...(v.unknownBlock('identity') ? ['hasUserAssignedIdentity'] : []), ...tagged.unresolved] }));
        break;
      }
      case 'azurerm_express_route_circuit_peering': {
        const circuitKey = link(r, v, 'express_route_circuit_name', 'azurerm_express_route_circuit', 'circuitKey');
        peeringCircuit.set(r.address, circuitKey);
        const ms = v.block('microsoft_peering_config');
        const ipv6 = v.block('ipv6');
        const ipv6ms = ipv6?.block('microsoft_peering');
        const sharedKey = v.secret('shared_key');
        const keyValue = r.values.shared_key;
        const peering: PeeringNode = {
          key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown, circuitKey,
          peeringType: v.str('peering_type', 'peeringType'),
          vlanId: v.num('vlan_id', 'vlanId'),
          peerAsn: v.num('peer_asn', 'peerAsn'),
          // azurerm sends the IPv4 prefixes only when they are not empty: `""` is absent (`sentWhenNotEmpty`).
          primaryPeerAddressPrefix: v.nonEmptyStr('primary_peer_address_prefix', 'primaryPeerAddressPrefix'),
          secondaryPeerAddressPrefix: v.nonEmptyStr('secondary_peer_address_prefix', 'secondaryPeerAddressPrefix'),
          ipv6PrimaryPeerAddressPrefix: ipv6?.str('primary_peer_address_prefix', 'ipv6PrimaryPeerAddressPrefix'),
          ipv6SecondaryPeerAddressPrefix: ipv6?.str('secondary_peer_address_prefix', 'ipv6SecondaryPeerAddressPrefix'),
          sharedKey,
          // A key's length and characters are judged whatever its origin (a literal, --var, a plan): they are not about secrecy.
          sharedKeyWellFormed: sharedKey !== SecretInput.NONE && typeof keyValue === 'string' && !keyValue.includes('${')
            ? MD5_KEY_PATTERN.test(keyValue) : undefined,
          advertisedPublicPrefixes: ms?.strList('advertised_public_prefixes', 'advertisedPublicPrefixes'),
          ipv6AdvertisedPublicPrefixes: ipv6ms?.strList('advertised_public_prefixes', 'ipv6AdvertisedPublicPrefixes'),
          customerAsn: ms?.num('customer_asn', 'customerAsn'),
          routingRegistryName: ms?.str('routing_registry_name', 'routingRegistryName'),
          hasRouteFilter: v.has('route_filter_id'),
          routeFilterKey: v.has('route_filter_id') ? target(r, 'route_filter_id', 'azurerm_route_filter', 'routeFilters') : undefined,
          ipv6CustomerAsn: ipv6ms?.num('customer_asn', 'ipv6CustomerAsn'),
          ipv6RoutingRegistryName: ipv6ms?.str('routing_registry_name', 'ipv6RoutingRegistryName'),
          destroying: destroying(r),
          unresolved: v.unresolved,
        };
        v.unresolved.push(...(ms?.unresolved ?? []), ...(ipv6?.unresolved ?? []), ...(ipv6ms?.unresolved ?? []));
        // `route_filter_id = var.x` (null by default): whether there is a filter is not known.
        if (v.has('route_filter_id') && peering.routeFilterKey === undefined) v.unresolved.push('routeFilterId', 'hasRouteFilter');
        t.peerings.push(peering);
        break;
      }
      case 'azurerm_express_route_circuit_authorization':
        t.authorizations.push({ key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown, destroying: destroying(r), circuitKey: target(r, 'express_route_circuit_name', 'azurerm_express_route_circuit') });
        break;
      case 'azurerm_express_route_port_authorization':
        t.authorizations.push({ key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown, destroying: destroying(r), portKey: target(r, 'express_route_port_name', 'azurerm_express_route_port') });
        break;
      case 'azurerm_virtual_network_gateway': {
        const type = v.str('type', 'type');
        if (type !== undefined && type.toLowerCase() !== 'expressroute') break;
        if (v.unresolved.includes('type')) {
          notes.push(`${r.address}: type is not known statically; not judged as an ExpressRoute gateway`);
          break;
        }
        const ipConfigs = v.blocks('ip_configuration');
        const subnetAddr = ipConfigs.length > 0 ? target(r, 'ip_configuration', 'azurerm_subnet', 'subnets') : undefined;
        const subnetIdLiteral = ipConfigs[0]?.str('subnet_id', 'gatewaySubnetId');
        const subnet = subnetAddr ? byAddress.get(subnetAddr) : undefined;
        const vnetAddr = subnet ? target(subnet, 'virtual_network_name', 'azurerm_virtual_network') : undefined;
        const vnet = vnetAddr ? byAddress.get(vnetAddr) : undefined;
        const subnetName = typeof subnet?.values.name === 'string' ? subnet.values.name
          : subnetIdLiteral ? /\/subnets\/([^/]+)$/i.exec(subnetIdLiteral)?.[1] : undefined;
        const prefixes = subnet?.values.address_prefixes;
        const gateway: GatewayNode = {
          key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown, kind: GatewayKind.VIRTUAL_NETWORK_GATEWAY,
          sku: v.str('sku', 'sku'),
          location: v.str('location', 'location'),
          minScaleUnits: v.num('minimum_scale_unit', 'minScaleUnits'),
          maxScaleUnits: v.num('maximum_scale_unit', 'maxScaleUnits'),
          virtualNetwork: vnetAddr ?? (subnetIdLiteral ? /^(.*\/virtualNetworks\/[^/]+)/i.exec(subnetIdLiteral)?.[1] : undefined),
          gatewaySubnetName: subnetName && !subnetName.includes('${') ? subnetName : undefined,
          gatewaySubnetPrefix: Array.isArray(prefixes) && typeof prefixes[0] === 'string' && !prefixes[0].includes('${') ? prefixes[0] : undefined,
          virtualNetworkAddressSpaces: Array.isArray(vnet?.values.address_space)
            ? (vnet!.values.address_space as unknown[]).filter((x): x is string => typeof x === 'string' && !x.includes('${')) : undefined,
          hasPublicIp: v.unknownBlock('ip_configuration') ? undefined : ipConfigs.some((c) => c.has('public_ip_address_id')),
          previousSku: r.before && !destroying(r) && typeof r.before.sku === 'string' ? r.before.sku : undefined,
          destroying: destroying(r),
        };
        const gatewayUnresolved = [...v.unresolved, ...(ipConfigs[0]?.unresolved ?? [])];
        if (v.unknownBlock('ip_configuration')) gatewayUnresolved.push('hasPublicIp');
        // The failure simulation's requirements, from the gateway's tags.
        const required = gatewayTagFields(r.values, notes, r.address);
        t.gateways.push(withProps(gateway, required.fields, { unresolved: [...gatewayUnresolved, ...required.unresolved] }));
        break;
      }
      case 'azurerm_express_route_gateway': {
        const required = gatewayTagFields(r.values, notes, r.address);
        t.gateways.push({
          key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown, kind: GatewayKind.VIRTUAL_WAN_GATEWAY,
          location: v.str('location', 'location'), destroying: destroying(r), ...required.fields, unresolved: [...v.unresolved, ...required.unresolved],
        });
        break;
      }
      case 'azurerm_route_filter': {
        const rules = v.blocks('rule');
        t.routeFilters.push({
          key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown, location: v.str('location', 'location'),
          ruleCount: r.values.rule === undefined ? undefined : rules.length,
          ruleAccess: rules[0]?.str('access', 'ruleAccess'),
          communities: rules[0]?.strList('communities', 'communities'),
          destroying: destroying(r),
          unresolved: v.unresolved,
        });
        break;
      }
      default:
        break;
    }
  }

  /**
   * The circuit a peering id names (a Virtual WAN connection, Global Reach): through the peering
   * resource, else from a literal id (`.../expressRouteCircuits/<name>/peerings/...`). A peering id
   * that points at nothing known (a variable, a data source, an opaque module's output), or a
   * peering whose own circuit is not known, leaves the circuit unresolved: a connection to a circuit
   * not known, never no connection.
   */
  const circuitThroughPeering = (r: ResourceRecord, v: Values, attr: string, prop: string): string | undefined => {
    const peeringKey = link(r, v, attr, 'azurerm_express_route_circuit_peering', prop);
    if (peeringKey === undefined) return undefined;
    if (!peeringCircuit.has(peeringKey)) return circuitOfPeeringId(peeringKey, byTypeAndName);
    const circuitKey = peeringCircuit.get(peeringKey);
    if (circuitKey === undefined) v.unresolved.push(prop);
    return circuitKey;
  };

  // Second pass: links that go through peerings.
  for (const r of doc.resources) {
    const v = new Values(r, notes);
    if (r.type === 'azurerm_virtual_network_gateway_connection') {
      const type = v.str('type', 'type');
      if (type !== undefined && type !== 'ExpressRoute') continue;
      if (v.unresolved.includes('type')) {
        notes.push(`${r.address}: type is not known statically; not judged as an ExpressRoute connection`);
        continue;
      }
      const connection: ConnectionNode = {
        key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown,
        gatewayKey: link(r, v, 'virtual_network_gateway_id', 'azurerm_virtual_network_gateway', 'gatewayKey', 'virtualNetworkGateways'),
        circuitKey: link(r, v, 'express_route_circuit_id', 'azurerm_express_route_circuit', 'circuitKey', 'expressRouteCircuits'),
        routingWeight: v.num('routing_weight', 'routingWeight'),
        fastPath: v.bool('express_route_gateway_bypass', 'fastPath'),
        privateLinkFastPath: v.bool('private_link_fast_path_enabled', 'privateLinkFastPath'),
        authorizationKey: v.secret('authorization_key'),
        destroying: destroying(r),
        unresolved: v.unresolved,
      };
      t.connections.push(connection);
    } else if (r.type === 'azurerm_express_route_connection') {
      t.connections.push({
        key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown,
        gatewayKey: link(r, v, 'express_route_gateway_id', 'azurerm_express_route_gateway', 'gatewayKey', 'expressRouteGateways'),
        circuitKey: circuitThroughPeering(r, v, 'express_route_circuit_peering_id', 'circuitKey'),
        routingWeight: v.num('routing_weight', 'routingWeight'),
        fastPath: v.bool('express_route_gateway_bypass_enabled', 'fastPath'),
        authorizationKey: v.secret('authorization_key'),
        destroying: destroying(r),
        unresolved: v.unresolved,
      });
    } else if (r.type === 'azurerm_express_route_circuit_connection') {
      t.globalReach.push({
        key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown,
        circuitKey: circuitThroughPeering(r, v, 'peering_id', 'circuitKey'),
        peerCircuitKey: circuitThroughPeering(r, v, 'peer_peering_id', 'peerCircuitKey'),
        addressPrefixIpv4: v.str('address_prefix_ipv4', 'addressPrefixIpv4'),
        addressPrefixIpv6: v.str('address_prefix_ipv6', 'addressPrefixIpv6'),
        authorizationKey: v.secret('authorization_key'),
        destroying: destroying(r),
        unresolved: v.unresolved,
      });
    }
  }

  // A connection whose gateway is not known may be a connection of any gateway of its kind (a
  // VNet gateway connection of a VNet gateway, a Virtual WAN connection of a hub's gateway):
  // which connections those gateways have is not known.
  const kindOfConnection = new Map<string, GatewayKind>([
    ['azurerm_virtual_network_gateway_connection', GatewayKind.VIRTUAL_NETWORK_GATEWAY],
    ['azurerm_express_route_connection', GatewayKind.VIRTUAL_WAN_GATEWAY],
  ]);
  const typeOf = new Map(doc.resources.map((r) => [r.address, r.type]));
  const unknownGatewayOf = new Set(t.connections.filter((c) => c.destroying !== true && c.unresolved?.includes('gatewayKey'))
    .map((c) => kindOfConnection.get(typeOf.get(c.key) ?? '')));
  for (const g of t.gateways) if (unknownGatewayOf.has(g.kind)) g.unresolved?.push('connections');

  for (const o of doc.outputs) {
    const carriedKeys = keysIn(o.references);
    const secretValues = secretValuesIn(o.references);
    // Terraform accepts the output when every key it carries is declassified (`OutputRecord.declassifiedReferences`).
    const outside = o.declassifiedReferences === undefined ? o.references : o.references.filter((r) => !o.declassifiedReferences!.includes(r));
    const declassified = (carriedKeys.length > 0 || secretValues.length > 0) && keysIn(outside).length === 0 && secretValuesIn(outside).length === 0;
    t.outputs.push({
      key: `output.${o.name}`, path: `output.${o.name}`, sensitive: o.sensitive,
      ...(declassified ? { declassified: true } : {}),
      carriesSecret: carriedKeys.length > 0,
      ...(carriedKeys.length > 0 ? { carriedKeys } : {}),
      ...(secretValues.length > 0 ? { keyVaultSecretValues: secretValues } : {}),
      ...exposedSecrets(o.exposedReferences),
    });
  }
  const keyVaults = keyVaultNodes(doc, byAddress, notes);
  const onPremisesPrefixes = localNetworkPrefixes(doc, notes);
  return { ...t, keyVaults, imports: importNodes(doc, byAddress), onPremisesPrefixes: onPremisesPrefixes.length > 0 ? onPremisesPrefixes : undefined, providerVersion: doc.providerVersion };
}

/**
 * The `import` blocks into resources of the configuration (Terraform rejects one into an address
 * the configuration does not declare), keyed by that address. An id that is not a literal is unresolved.
 */
function importNodes(doc: TerraformDocument, byAddress: Map<string, ResourceRecord>): ImportNode[] {
  const out: ImportNode[] = [];
  for (const i of doc.imports ?? []) {
    const target = byAddress.get(i.to);
    if (!target) continue;
    const known = typeof i.id === 'string' && i.id !== '' && !i.id.includes('${');
    out.push({
      key: i.to, path: i.to, targetKey: i.to, resourceType: target.type,
      ...(known ? { importId: i.id as string } : {}), unresolved: known ? [] : ['importId'],
    });
  }
  return out;
}

type Target = (r: ResourceRecord, attr: string, type: string, idSegment?: string) => string | undefined;

/** In a plan: true when the resource is deleted and not created again; undefined otherwise. */
function destroying(r: ResourceRecord): true | undefined {
  return r.actions && r.actions.includes('delete') && !r.actions.includes('create') ? true : undefined;
}

/**
 * The subscription key of a resource: its azurerm provider configuration (`azurerm`,
 * `azurerm.<alias>`), which is bound to one subscription. A `provider` argument that cannot be
 * read (an expression, a module whose providers are not known) makes it unresolved. The
 * constructs give the same key for what they write (`src/model/subscription.ts`).
 */
function subscriptionOf(r: ResourceRecord, v: Values): string | undefined {
  if (r.providerKey === undefined && r.actions === undefined) v.unresolved.push('subscription');
  return r.providerKey;
}

/**
 * Key Vaults (`azurerm_key_vault`). `soft_delete_enabled` exists only in azurerm 2.x: "removed
 * since this is now always enabled" in 3.0
 * (https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/3.0-upgrade-guide).
 * A private endpoint connects to a vault through
 * `private_service_connection.private_connection_resource_id`.
 */
function keyVaultNodes(doc: TerraformDocument, byAddress: Map<string, ResourceRecord>, notes: string[]): KeyVaultNode[] {
  const endpointTargets = new Set<string>();
  let endpointUnknown = false;
  for (const r of doc.resources) {
    if (r.type !== 'azurerm_private_endpoint') continue;
    const v = new Values(r, notes);
    const connections = v.blocks('private_service_connection');
    if (connections.length === 0 && v.has('private_service_connection')) endpointUnknown = true;
    // References are kept per top-level block: those of the connection blocks together.
    const referenced = (r.refs.get('private_service_connection') ?? []).map(addressOf)
      .filter((a) => byAddress.get(a)?.type === 'azurerm_key_vault');
    referenced.forEach((a) => endpointTargets.add(a));
    for (const c of connections) {
      const id = c.raw('private_connection_resource_id');
      if (typeof id === 'string' && !id.includes('${') && !c.unknownBlock('private_connection_resource_id')) {
        const m = /\/vaults\/([^/]+)/i.exec(id);
        if (m) endpointTargets.add(`name:${m[1].toLowerCase()}`);
      } else if (referenced.length === 0) {
        endpointUnknown = true;
      }
    }
  }
  const only3 = admitsOnlyFrom(doc.providerVersion, '3.0.0') === true;
  const vaults: KeyVaultNode[] = [];
  for (const r of doc.resources) {
    if (r.type !== 'azurerm_key_vault') continue;
    const v = new Values(r, notes);
    const name = v.str('name', 'name');
    let softDeleteEnabled: boolean | undefined;
    if (v.has('soft_delete_enabled')) {
      if (only3 && doc.kind === 'config') notes.push(`${r.address}: soft_delete_enabled does not exist from azurerm 3.0 (soft-delete is always on); not judged`);
      else softDeleteEnabled = v.bool('soft_delete_enabled', 'softDeleteEnabled');
    }
    const matched = endpointTargets.has(r.address) || (name !== undefined && endpointTargets.has(`name:${name.toLowerCase()}`));
    if (!matched && endpointUnknown) v.unresolved.push('hasPrivateEndpoint', 'privateEndpoint');
    vaults.push({
      key: r.address, path: r.address, multiplicityUnknown: r.multiplicityUnknown, name, softDeleteEnabled,
      hasPrivateEndpoint: matched ? true : endpointUnknown ? undefined : false,
      destroying: destroying(r), unresolved: v.unresolved,
    });
  }
  return vaults;
}

/**
 * The vault of each port link's MACsec secrets, by `<port address>|<link>`: a reference to an
 * `azurerm_key_vault_secret` followed to its `key_vault_id`, or the host label of a literal
 * secret id (`https://<vault>.vault.azure.net/secrets/...`) matched to a vault's name.
 */
function keyVaultLinks(doc: TerraformDocument, target: Target, byAddress: Map<string, ResourceRecord>, notes: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const vaultByName = new Map<string, string>();
  for (const r of doc.resources) {
    if (r.type === 'azurerm_key_vault' && typeof r.values.name === 'string' && !r.values.name.includes('${')) vaultByName.set(r.values.name.toLowerCase(), r.address);
  }
  if (vaultByName.size === 0) return out;
  for (const r of doc.resources) {
    if (r.type !== 'azurerm_express_route_port') continue;
    const v = new Values(r, notes);
    for (const name of ['link1', 'link2']) {
      const l = v.block(name);
      if (!l) continue;
      let vault: string | undefined;
      for (const ref of r.refs.get(name) ?? []) {
        const secret = byAddress.get(addressOf(ref));
        if (secret?.type !== 'azurerm_key_vault_secret') continue;
        vault = target(secret, 'key_vault_id', 'azurerm_key_vault', 'vaults');
        if (vault !== undefined && byAddress.get(vault)?.type === 'azurerm_key_vault') break;
        vault = undefined;
      }
      for (const attr of ['macsec_ckn_keyvault_secret_id', 'macsec_cak_keyvault_secret_id']) {
        const id = l.raw(attr);
        if (vault !== undefined || typeof id !== 'string' || !isKeyVaultSecretId(id)) continue;
        vault = vaultByName.get(new URL(id).hostname.split('.')[0].toLowerCase());
      }
      if (vault !== undefined) out.set(`${r.address}|${name}`, vault);
    }
  }
  return out;
}

/** On-premises ranges: the `address_space` of each `azurerm_local_network_gateway` (known values only). */
function localNetworkPrefixes(doc: TerraformDocument, notes: string[]): string[] {
  const out: string[] = [];
  for (const r of doc.resources) {
    if (r.type !== 'azurerm_local_network_gateway' || destroying(r)) continue;
    out.push(...(new Values(r, notes).strList('address_space', 'addressSpace') ?? []));
  }
  return out;
}

/**
 * The attributes azurerm marks `Sensitive: true` that carry an ExpressRoute key, with the key's
 * name in words (azurerm at 69697b7: circuit `service_key`; `authorization_key` of circuits,
 * authorizations, connections and Global Reach; peering `shared_key`).
 */
const KEY_ATTRIBUTES: ReadonlyArray<[string, string]> = [['.service_key', 'service key'], ['.authorization_key', 'authorization key'], ['.shared_key', 'BGP MD5 key']];

/** A managed `azurerm_key_vault_secret`'s address (in a module or not). */
const KEY_VAULT_SECRET = /(^|\.)azurerm_key_vault_secret\.[^.]+$/;

/** The keys, in words, that references carry (`KEY_ATTRIBUTES`). */
function keysIn(refs: string[]): string[] {
  return KEY_ATTRIBUTES.filter(([attr]) => refs.some((ref) => ref.endsWith(attr))).map(([, words]) => words);
}

/** What `nonsensitive(...)` passes through as it is (`OutputRecord.exposedReferences`), as `OutputNode` names it. */
function exposedSecrets(refs: string[] | undefined): { exposedKeys?: string[]; exposedKeyVaultSecretValues?: string[] } {
  if (refs === undefined) return {};
  const keys = keysIn(refs);
  const values = secretValuesIn(refs);
  return { ...(keys.length > 0 ? { exposedKeys: keys } : {}), ...(values.length > 0 ? { exposedKeyVaultSecretValues: values } : {}) };
}

/** The `azurerm_key_vault_secret`s whose `value` references read. */
function secretValuesIn(refs: string[]): string[] {
  return [...new Set(refs.filter((ref) => ref.endsWith('.value')).map(addressOf).filter((a) => KEY_VAULT_SECRET.test(a)))];
}

/**
 * How an `azurerm_key_vault_secret`'s value is given: `value`, or the write-only `value_wo`
 * (azurerm at 69697b7: `ExactlyOneOf` the two; `value` is `Sensitive: true`). A literal in either
 * is the secret in plain text in the configuration.
 */
function keyVaultSecretValue(secret: ResourceRecord, notes: string[]): SecretInput {
  const v = new Values(secret, notes);
  const value = v.secret('value');
  const writeOnly = v.secret('value_wo');
  if (value === SecretInput.LITERAL || writeOnly === SecretInput.LITERAL) return SecretInput.LITERAL;
  return value !== SecretInput.NONE ? value : writeOnly;
}

function keyVaultSecret(l: Values, attr: string): SecretInput {
  const s = l.secret(attr);
  if (s !== SecretInput.LITERAL) return s;
  const v = l.raw(attr);
  return typeof v === 'string' && isKeyVaultSecretId(v) ? SecretInput.REFERENCE : SecretInput.LITERAL;
}

/** The circuit of a literal peering id (`.../expressRouteCircuits/<name>/peerings/...`). */
function circuitOfPeeringId(id: string, byTypeAndName: Map<string, ResourceRecord>): string {
  const m = /\/expressRouteCircuits\/([^/]+)\/peerings\//i.exec(id);
  if (!m) return id;
  return byTypeAndName.get(`azurerm_express_route_circuit|${m[1].toLowerCase()}`)?.address ?? id.replace(/\/peerings\/.*$/i, '');
}
