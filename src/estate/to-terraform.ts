/**
 * Turns what Azure reports into the azurerm Terraform configuration the estate corresponds to
 * (Terraform JSON, with Terraform 1.5 `import` blocks), so that the one Terraform-to-model
 * mapping, the rules, the tiers and the reports apply unchanged: nothing is mapped twice.
 *
 * Attribute names follow the azurerm provider (see the research schema notes and
 * registry.terraform.io/providers/hashicorp/azurerm/latest/docs). Secrets become sensitive
 * variables; the values were already dropped when the JSON was read.
 */
import { isObject } from '../terraform/records';
import { SCALE_UNITS_FROM } from '../rules/families/provider';
import { MetroCatalog } from '../catalog/metro-catalog';
import { DEFAULT_AZURERM_CONSTRAINT } from '../rules/provider-version';
import { METADATA_KEY } from '../terraform/carried-suppressions';
import { AzureEstate, AzureResource, AzureResourceType, field, list, num, SECRET_PRESENT, str } from './azure-json';

/** One resource of the generated configuration and where it came from. */
export interface EstateResource {
  /** Terraform address (`azurerm_express_route_circuit.er_ams`). */
  readonly address: string;
  /** The Azure resource id it adopts. */
  readonly azureId: string;
  /** The azurerm resource type. */
  readonly terraformType: string;
  /** The Terraform body (what the configuration declares). */
  readonly body: Record<string, unknown>;
  /** The Azure resource (the parent, for a peering or connection). */
  readonly source: AzureResource;
  /**
   * What a construct would know that Terraform does not carry (a gateway's subnet prefix and
   * VNet address space, from the reported VNet), carried as a synthesized stack carries it.
   * @default - none
   */
  readonly intent?: Record<string, unknown>;
}

/** A sensitive variable the configuration needs (a secret Azure holds). */
export interface EstateVariable {
  /** Variable name. */
  readonly name: string;
  /** What it holds. */
  readonly description: string;
}

/** The configuration of an estate. */
export interface EstateConfiguration {
  /** The resources, in a stable order. */
  readonly resources: EstateResource[];
  /** The sensitive variables. */
  readonly variables: EstateVariable[];
  /** What was not mapped, and why. */
  readonly notes: string[];
}


/** A Terraform name from an Azure name: letters, digits, underscores; starts with a letter. */
export function terraformName(name: string): string {
  const base = name.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(base) ? base : `r_${base || 'resource'}`;
}

/** Builds the configuration: one pass names every resource, a second writes bodies with references. */
export function estateConfiguration(estate: AzureEstate, catalog: MetroCatalog = MetroCatalog.builtIn()): EstateConfiguration {
  const notes = [...estate.notes];
  const used = new Set<string>();
  const addressById = new Map<string, string>();
  const variables: EstateVariable[] = [];
  const resources: EstateResource[] = [];
  const subnets = new Map<string, { vnetId: string; prefix?: string; addressSpaces?: string[] }>();

  const claim = (type: string, name: string, azureId: string): string => {
    let candidate = `${type}.${terraformName(name)}`;
    for (let i = 2; used.has(candidate); i++) candidate = `${type}.${terraformName(name)}_${i}`;
    used.add(candidate);
    addressById.set(azureId.toLowerCase(), candidate);
    return candidate;
  };
  /** A reference to another resource of the estate, or the literal id (managed elsewhere). */
  const ref = (id: string | undefined, attr = 'id'): string | undefined => {
    if (id === undefined) return undefined;
    const a = addressById.get(id.toLowerCase());
    return a ? `\${${a}.${attr}}` : id;
  };
  const secretVariable = (address: string, attr: string, description: string): string => {
    const name = `${address.replace(/^azurerm_/, '').replace(/\./g, '_')}_${attr}`;
    variables.push({ name, description });
    return `\${var.${name}}`;
  };

  // Pass 1: names. Sub-resources (peerings, authorizations, Global Reach, hub connections) too.
  const plan: Array<() => void> = [];
  for (const r of estate.resources) {
    switch (r.type) {
      case AzureResourceType.CIRCUIT: {
        const circuit = claim('azurerm_express_route_circuit', r.name, r.id);
        const peerings = list(r.body, 'peerings').map((p) => {
          const type = str(p, 'peeringType') ?? str(p, 'name') ?? 'peering';
          const id = str(p, 'id') ?? `${r.id}/peerings/${type}`;
          return { p, type, id, address: claim('azurerm_express_route_circuit_peering', `${r.name}_${type}`, id) };
        });
        const auths = list(r.body, 'authorizations').map((a) => {
          const name = str(a, 'name') ?? 'authorization';
          const id = str(a, 'id') ?? `${r.id}/authorizations/${name}`;
          return { a, name, id, address: claim('azurerm_express_route_circuit_authorization', `${r.name}_${name}`, id) };
        });
        const globalReach = peerings.flatMap((pe) => list(pe.p, 'connections').map((c) => {
          const name = str(c, 'name') ?? 'global_reach';
          const id = str(c, 'id') ?? `${pe.id}/connections/${name}`;
          return { c, name, id, peering: pe, address: claim('azurerm_express_route_circuit_connection', `${r.name}_${name}`, id) };
        }));
        plan.push(() => {
          resources.push(circuitResource(r, circuit, ref, secretVariable, notes, catalog));
          for (const pe of peerings) resources.push(peeringResource(r, pe.p, pe.type, pe.id, pe.address, circuit, ref, secretVariable));
          for (const au of auths) {
            resources.push({
              address: au.address, azureId: au.id, terraformType: 'azurerm_express_route_circuit_authorization', source: r,
              body: { name: au.name, express_route_circuit_name: `\${${circuit}.name}`, resource_group_name: r.resourceGroup },
            });
          }
          for (const gr of globalReach) {
            const peer = str(gr.c, 'peerExpressRouteCircuitPeering.id');
            const ipv6 = str(gr.c, 'ipv6CircuitConnectionConfig.addressPrefix');
            resources.push({
              address: gr.address, azureId: gr.id, terraformType: 'azurerm_express_route_circuit_connection', source: r,
              body: compact({
                name: gr.name,
                peering_id: `\${${gr.peering.address}.id}`,
                peer_peering_id: ref(peer),
                address_prefix_ipv4: str(gr.c, 'addressPrefix'),
                address_prefix_ipv6: ipv6,
                authorization_key: field(gr.c, 'authorizationKey') === SECRET_PRESENT
                  ? secretVariable(gr.address, 'authorization_key', `Authorization key of the peer circuit for Global Reach ${gr.name}`) : undefined,
              }),
            });
          }
        });
        break;
      }
      case AzureResourceType.PORT: {
        const address = claim('azurerm_express_route_port', r.name, r.id);
        plan.push(() => resources.push(portResource(r, address, catalog)));
        break;
      }
      case AzureResourceType.VIRTUAL_NETWORK_GATEWAY: {
        const type = str(r.body, 'gatewayType');
        if (type === undefined || type.toLowerCase() !== 'expressroute') {
          notes.push(`${r.id}: a ${type ?? 'gateway of unknown type'} gateway, not ExpressRoute; skipped`);
          break;
        }
        const address = claim('azurerm_virtual_network_gateway', r.name, r.id);
        plan.push(() => resources.push(gatewayResource(r, address, ref, subnets)));
        break;
      }
      case AzureResourceType.CONNECTION: {
        const type = str(r.body, 'connectionType');
        if (type === undefined || type.toLowerCase() !== 'expressroute') {
          notes.push(`${r.id}: a ${type ?? 'connection of unknown type'} connection, not ExpressRoute; skipped`);
          break;
        }
        const address = claim('azurerm_virtual_network_gateway_connection', r.name, r.id);
        plan.push(() => resources.push({
          address, azureId: r.id, terraformType: 'azurerm_virtual_network_gateway_connection', source: r,
          body: compact({
            name: r.name, resource_group_name: r.resourceGroup, location: r.location, type: 'ExpressRoute',
            virtual_network_gateway_id: ref(str(r.body, 'virtualNetworkGateway1.id')),
            express_route_circuit_id: ref(str(r.body, 'peer.id')),
            routing_weight: num(r.body, 'routingWeight'),
            express_route_gateway_bypass: bool(r.body, 'expressRouteGatewayBypass'),
            private_link_fast_path_enabled: bool(r.body, 'enablePrivateLinkFastPath'),
            authorization_key: field(r.body, 'authorizationKey') === SECRET_PRESENT
              ? secretVariable(address, 'authorization_key', `Authorization key redeemed by connection ${r.name}`) : undefined,
            tags: r.tags,
          }),
        }));
        break;
      }
      case AzureResourceType.EXPRESS_ROUTE_GATEWAY: {
        const address = claim('azurerm_express_route_gateway', r.name, r.id);
        const connections = list(r.body, 'expressRouteConnections').map((c) => {
          const name = str(c, 'name') ?? 'connection';
          const id = str(c, 'id') ?? `${r.id}/expressRouteConnections/${name}`;
          return { c, name, id, address: claim('azurerm_express_route_connection', `${r.name}_${name}`, id) };
        });
        plan.push(() => {
          resources.push({
            address, azureId: r.id, terraformType: 'azurerm_express_route_gateway', source: r,
            body: compact({
              name: r.name, resource_group_name: r.resourceGroup, location: r.location,
              virtual_hub_id: str(r.body, 'virtualHub.id'),
              // azurerm maps scale_units to autoScaleConfiguration.bounds.min only.
              scale_units: num(r.body, 'autoScaleConfiguration.bounds.min'),
              allow_non_virtual_wan_traffic: bool(r.body, 'allowNonVirtualWanTraffic'),
              tags: r.tags,
            }),
          });
          for (const co of connections) {
            resources.push({
              address: co.address, azureId: co.id, terraformType: 'azurerm_express_route_connection', source: r,
              body: compact({
                name: co.name,
                express_route_gateway_id: `\${${address}.id}`,
                express_route_circuit_peering_id: ref(str(co.c, 'expressRouteCircuitPeering.id')),
                routing_weight: num(co.c, 'routingWeight'),
                express_route_gateway_bypass_enabled: bool(co.c, 'expressRouteGatewayBypass'),
                internet_security_enabled: bool(co.c, 'enableInternetSecurity'),
                authorization_key: field(co.c, 'authorizationKey') === SECRET_PRESENT
                  ? secretVariable(co.address, 'authorization_key', `Authorization key redeemed by hub connection ${co.name}`) : undefined,
              }),
            });
          }
        });
        break;
      }
      case AzureResourceType.ROUTE_FILTER: {
        const address = claim('azurerm_route_filter', r.name, r.id);
        plan.push(() => {
          const rule = list(r.body, 'rules')[0];
          resources.push({
            address, azureId: r.id, terraformType: 'azurerm_route_filter', source: r,
            body: compact({
              name: r.name, resource_group_name: r.resourceGroup, location: r.location,
              rule: rule ? compact({
                name: str(rule, 'name'), access: str(rule, 'access'),
                rule_type: str(rule, 'routeFilterRuleType') ?? 'Community',
                communities: strings(rule, 'communities'),
              }) : undefined,
              tags: r.tags,
            }),
          });
        });
        break;
      }
      case AzureResourceType.VIRTUAL_NETWORK: {
        // Not adopted: only its GatewaySubnet's prefix and the address space matter (GW004, PEER014),
        // carried as the gateway's intent, as a synthesized stack carries a gateway construct's props.
        for (const subnet of list(r.body, 'subnets')) {
          const id = str(subnet, 'id');
          if (!id || (str(subnet, 'name') ?? '').toLowerCase() !== 'gatewaysubnet') continue;
          const prefixes = strings(subnet, 'addressPrefixes') ?? (str(subnet, 'addressPrefix') ? [str(subnet, 'addressPrefix')!] : undefined);
          subnets.set(id.toLowerCase(), { vnetId: r.id, prefix: prefixes?.[0], addressSpaces: strings(r.body, 'addressSpace.addressPrefixes') });
        }
        break;
      }
      default:
        break;
    }
  }
  for (const write of plan) write();
  return { resources, variables, notes };
}

/** The Terraform JSON document of a configuration, with `import` blocks for every resource. */
export function estateTerraformJson(config: EstateConfiguration, providerVersion = estateProviderVersion(config)): Record<string, unknown> {
  const resource: Record<string, Record<string, unknown>> = {};
  for (const r of config.resources) {
    const name = r.address.slice(r.terraformType.length + 1);
    (resource[r.terraformType] ??= {})[name] = r.body;
  }
  const doc: Record<string, unknown> = {
    terraform: { required_providers: { azurerm: { source: 'hashicorp/azurerm', version: providerVersion } } },
    provider: { azurerm: [{ features: [{}] }] },
    resource,
    import: config.resources.map((r) => ({ to: r.address, id: r.azureId })),
  };
  const intent = Object.fromEntries(config.resources.filter((r) => r.intent !== undefined).map((r) => [r.address, r.intent]));
  if (Object.keys(intent).length > 0) doc['//'] = { [METADATA_KEY]: { intent: { nodes: intent } } };
  if (config.variables.length > 0) {
    doc.variable = Object.fromEntries(config.variables.map((v) => [v.name, { type: 'string', sensitive: true, description: v.description }]));
  }
  return doc;
}

/**
 * The azurerm range the adopted estate needs: the library's default, or from the version that
 * has `minimum_scale_unit` when an ErGwScale gateway is adopted (its scale units must be declared).
 */
export function estateProviderVersion(config: EstateConfiguration): string {
  const scale = config.resources.some((r) => r.body.minimum_scale_unit !== undefined);
  return scale ? `>= ${SCALE_UNITS_FROM}, < 5.0.0` : DEFAULT_AZURERM_CONSTRAINT;
}

function circuitResource(r: AzureResource, address: string, ref: (id: string | undefined) => string | undefined,
  secretVariable: (a: string, attr: string, d: string) => string, notes: string[], catalog: MetroCatalog): EstateResource {
  const portId = str(r.body, 'expressRoutePort.id');
  const location = str(r.body, 'serviceProviderProperties.peeringLocation');
  // A circuit at "<City> Metro" is a Metro circuit: what a Metro construct declares.
  const metro = !portId && location !== undefined && catalog.tryFindMetro(location)?.name.toLowerCase() === location.toLowerCase();
  const tier = str(r.body, 'sku.tier');
  const family = str(r.body, 'sku.family');
  if (tier === undefined || family === undefined) notes.push(`${r.id}: no sku.tier/sku.family reported; the SKU is not judged`);
  return {
    address, azureId: r.id, terraformType: 'azurerm_express_route_circuit', source: r,
    intent: metro ? { declaredMetro: true } : undefined,
    body: compact({
      name: r.name, resource_group_name: r.resourceGroup, location: r.location,
      sku: tier !== undefined || family !== undefined ? compact({ tier, family }) : undefined,
      service_provider_name: portId ? undefined : str(r.body, 'serviceProviderProperties.serviceProviderName'),
      peering_location: portId ? undefined : str(r.body, 'serviceProviderProperties.peeringLocation'),
      bandwidth_in_mbps: portId ? undefined : num(r.body, 'serviceProviderProperties.bandwidthInMbps'),
      express_route_port_id: ref(portId),
      bandwidth_in_gbps: portId ? num(r.body, 'bandwidthInGbps') : undefined,
      allow_classic_operations: bool(r.body, 'allowClassicOperations'),
      rate_limiting_enabled: portId ? bool(r.body, 'enableDirectPortRateLimit') : undefined,
      authorization_key: portId && field(r.body, 'authorizationKey') === SECRET_PRESENT
        ? secretVariable(address, 'authorization_key', `Port authorization key the circuit ${r.name} was created with`) : undefined,
      tags: r.tags,
    }),
  };
}

function peeringResource(r: AzureResource, p: Record<string, unknown>, type: string, id: string, address: string, circuit: string,
  ref: (id: string | undefined) => string | undefined, secretVariable: (a: string, attr: string, d: string) => string): EstateResource {
  const ms = field(p, 'microsoftPeeringConfig');
  const v6 = field(p, 'ipv6PeeringConfig');
  const v6ms = field(v6, 'microsoftPeeringConfig');
  const msBlock = (cfg: unknown) => (isObject(cfg) ? compact({
    advertised_public_prefixes: strings(cfg, 'advertisedPublicPrefixes'),
    advertised_communities: strings(cfg, 'advertisedCommunities'),
    customer_asn: num(cfg, 'customerASN'),
    routing_registry_name: str(cfg, 'routingRegistryName'),
  }) : undefined);
  return {
    address, azureId: id, terraformType: 'azurerm_express_route_circuit_peering', source: r,
    body: compact({
      peering_type: type,
      express_route_circuit_name: `\${${circuit}.name}`,
      resource_group_name: r.resourceGroup,
      vlan_id: num(p, 'vlanId'),
      peer_asn: num(p, 'peerASN'),
      primary_peer_address_prefix: str(p, 'primaryPeerAddressPrefix'),
      secondary_peer_address_prefix: str(p, 'secondaryPeerAddressPrefix'),
      ipv4_enabled: str(p, 'state') !== undefined ? str(p, 'state') === 'Enabled' : undefined,
      shared_key: field(p, 'sharedKey') === SECRET_PRESENT ? secretVariable(address, 'shared_key', `BGP MD5 key of ${r.name} ${type}`) : undefined,
      microsoft_peering_config: type === 'MicrosoftPeering' ? msBlock(ms) : undefined,
      route_filter_id: ref(str(p, 'routeFilter.id')),
      ipv6: isObject(v6) ? compact({
        primary_peer_address_prefix: str(v6, 'primaryPeerAddressPrefix'),
        secondary_peer_address_prefix: str(v6, 'secondaryPeerAddressPrefix'),
        enabled: str(v6, 'state') !== undefined ? str(v6, 'state') === 'Enabled' : undefined,
        microsoft_peering: type === 'MicrosoftPeering' ? msBlock(v6ms) : undefined,
        route_filter_id: ref(str(v6, 'routeFilter.id')),
      }) : undefined,
    }),
  };
}

function portResource(r: AzureResource, address: string, catalog: MetroCatalog): EstateResource {
  const location = str(r.body, 'peeringLocation');
  const metro = location !== undefined ? catalog.tryFindMetro(location) : undefined;
  const links = list(r.body, 'links');
  const link = (name: string) => {
    const l = links.find((x) => str(x, 'name') === name);
    if (!l) return undefined;
    return compact({
      admin_enabled: str(l, 'adminState') !== undefined ? str(l, 'adminState') === 'Enabled' : undefined,
      macsec_cipher: str(l, 'macSecConfig.cipher'),
      macsec_ckn_keyvault_secret_id: str(l, 'macSecConfig.cknSecretIdentifier'),
      macsec_cak_keyvault_secret_id: str(l, 'macSecConfig.cakSecretIdentifier'),
      macsec_sci_enabled: str(l, 'macSecConfig.sciState') !== undefined ? str(l, 'macSecConfig.sciState') === 'Enabled' : undefined,
    });
  };
  const identityIds = field(r.body, 'identity.userAssignedIdentities');
  return {
    address, azureId: r.id, terraformType: 'azurerm_express_route_port', source: r,
    // A port at a Metro is what the Metro port construct declares (its location given, not defaulted).
    // A live 400G port proves the subscription is enrolled.
    intent: metro && metro.name.toLowerCase() === location!.toLowerCase() ? { metro: metro.name, enrolled400G: num(r.body, 'bandwidthInGbps') === 400 } : undefined,
    body: compact({
      name: r.name, resource_group_name: r.resourceGroup, location: r.location,
      peering_location: str(r.body, 'peeringLocation'),
      bandwidth_in_gbps: num(r.body, 'bandwidthInGbps'),
      encapsulation: str(r.body, 'encapsulation'),
      billing_type: str(r.body, 'billingType'),
      link1: link('link1'),
      link2: link('link2'),
      identity: isObject(identityIds) ? { type: 'UserAssigned', identity_ids: Object.keys(identityIds) } : undefined,
      tags: r.tags,
    }),
  };
}

function gatewayResource(r: AzureResource, address: string, ref: (id: string | undefined) => string | undefined,
  subnets: Map<string, { vnetId: string; prefix?: string; addressSpaces?: string[] }>): EstateResource {
  const sku = str(r.body, 'sku.name');
  const scale = sku === 'ErGwScale';
  const subnetId = str(list(r.body, 'ipConfigurations')[0], 'subnet.id');
  const vnet = subnetId ? subnets.get(subnetId.toLowerCase()) : undefined;
  return {
    address, azureId: r.id, terraformType: 'azurerm_virtual_network_gateway', source: r,
    intent: vnet ? compact({ virtualNetwork: vnet.vnetId, gatewaySubnetPrefix: vnet.prefix, virtualNetworkAddressSpaces: vnet.addressSpaces }) : undefined,
    body: compact({
      name: r.name, resource_group_name: r.resourceGroup, location: r.location, type: 'ExpressRoute', sku,
      ip_configuration: list(r.body, 'ipConfigurations').map((c) => compact({
        name: str(c, 'name'),
        private_ip_address_allocation: str(c, 'privateIPAllocationMethod'),
        subnet_id: ref(str(c, 'subnet.id')),
        public_ip_address_id: str(c, 'publicIPAddress.id'),
      })),
      minimum_scale_unit: scale ? num(r.body, 'autoScaleConfiguration.bounds.min') : undefined,
      maximum_scale_unit: scale ? num(r.body, 'autoScaleConfiguration.bounds.max') : undefined,
      remote_vnet_traffic_enabled: bool(r.body, 'allowRemoteVnetTraffic'),
      virtual_wan_traffic_enabled: bool(r.body, 'allowVirtualWanTraffic'),
      tags: r.tags,
    }),
  };
}

function bool(body: unknown, path: string): boolean | undefined {
  const v = field(body, path);
  return typeof v === 'boolean' ? v : undefined;
}

function strings(body: unknown, path: string): string[] | undefined {
  const v = field(body, path);
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v as string[] : undefined;
}

/** The object without undefined values (and without empty tag maps). */
function compact(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (k === 'tags' && isObject(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}
