/**
 * The `.tf` reader on what real modules do: references between a module's own resources,
 * inputs a module call leaves out, optional object attributes, dynamic blocks.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lintFiles, readModuleTopology } from '../../../src/terraform/lint';
import { circuitTf } from '../fixtures';

/** Writes a tree of files (relative path -> text) and returns the root module's `.tf` and `.tf.json` files. */
function tree(files: Record<string, string>, root = '.'): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-reader-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const rootDir = path.join(dir, root);
  return fs.readdirSync(rootDir).filter((f) => f.endsWith('.tf') || f.endsWith('.tf.json')).map((f) => path.join(rootDir, f));
}

const CIRCUIT = `
resource "azurerm_express_route_circuit" "this" {
  name                  = var.name
  resource_group_name   = "rg"
  location              = "westeurope"
  service_provider_name = "Equinix"
  peering_location      = "Amsterdam"
  bandwidth_in_mbps     = 50
  express_route_port_id = var.port_id
  sku {
    tier   = "Standard"
    family = "MeteredData"
  }
}`;

describe('a module\'s references to its own resources link within the module instance', () => {
  const files = tree({
    'modules/er/main.tf': `
variable "name" { type = string }
variable "port_id" {
  type    = string
  default = null
}
${CIRCUIT}
resource "azurerm_express_route_circuit_peering" "private" {
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = azurerm_express_route_circuit.this.name
  resource_group_name           = "rg"
  vlan_id                       = 100
  peer_asn                      = 65010
  primary_peer_address_prefix   = "10.0.0.0/30"
  secondary_peer_address_prefix = "10.0.0.4/30"
}
resource "azurerm_virtual_network_gateway_connection" "gw" {
  name                       = "cn"
  resource_group_name        = "rg"
  location                   = "westeurope"
  type                       = "ExpressRoute"
  virtual_network_gateway_id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw"
  # A template directive: the reader cannot evaluate it, and links through the names it holds.
  express_route_circuit_id   = "%{ if true }\${azurerm_express_route_circuit.this.id}%{ endif }"
}`,
    'root/main.tf': `
module "single" {
  source = "../modules/er"
  name   = "single"
}
module "keyed" {
  source   = "../modules/er"
  for_each = toset(["ams", "fra"])
  name     = each.key
}
module "counted" {
  source = "../modules/er"
  count  = 2
  name   = "c\${count.index}"
}`,
  }, 'root');
  const { topology } = readModuleTopology(files);
  const instances = ['module.single', 'module.keyed["ams"]', 'module.keyed["fra"]', 'module.counted[0]', 'module.counted[1]'];

  test('a peering links to the circuit of its own instance, for single, for_each and count modules', () => {
    expect(topology.peerings.map((p) => [p.key, p.circuitKey]).sort()).toEqual(instances.map((m) =>
      [`${m}.azurerm_express_route_circuit_peering.private`, `${m}.azurerm_express_route_circuit.this`]).sort());
  });

  test('an expression the reader cannot evaluate links by its names, prefixed with the module instance', () => {
    expect(topology.connections.map((c) => [c.key, c.circuitKey]).sort()).toEqual(instances.map((m) =>
      [`${m}.azurerm_virtual_network_gateway_connection.gw`, `${m}.azurerm_express_route_circuit.this`]).sort());
  });
});

describe('an input the module call leaves out is the variable\'s default', () => {
  const module = `
variable "name" { type = string }
variable "port_id" {
  type    = string
  default = null
}
variable "peerings" {
  type    = map(object({ vlan_id = number }))
  default = {}
}
${CIRCUIT}
resource "azurerm_express_route_circuit_peering" "this" {
  for_each                      = var.peerings
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = azurerm_express_route_circuit.this.name
  resource_group_name           = "rg"
  vlan_id                       = each.value.vlan_id
  peer_asn                      = 65010
  primary_peer_address_prefix   = "10.0.0.0/30"
  secondary_peer_address_prefix = "10.0.0.4/30"
}`;

  test('a null default is no port (a provider circuit), an empty map no instances', () => {
    const files = tree({ 'm/main.tf': module, 'main.tf': 'module "er" {\n  source = "./m"\n  name   = "er"\n}\n' });
    const { topology, notes } = readModuleTopology(files);
    const [circuit] = topology.circuits;
    expect([circuit.key, circuit.portKey, circuit.unresolved]).toEqual(['module.er.azurerm_express_route_circuit.this', undefined, []]);
    expect(topology.peerings).toEqual([]);
    expect(notes.filter((n) => n.includes('not known statically'))).toEqual([]);
  });

  test('in the root module, a null or empty default is still an input not known (the user sets it at apply)', () => {
    const files = tree({ 'main.tf': module.replace('variable "name" { type = string }', 'variable "name" {\n  default = "er"\n}') });
    const { topology } = readModuleTopology(files);
    const [circuit] = topology.circuits;
    expect([circuit.portKey, circuit.unresolved]).toEqual(['(unknown port)', ['portKey', 'expressRoutePort']]);
    expect(topology.peerings.map((p) => [p.key, p.multiplicityUnknown])).toEqual([['azurerm_express_route_circuit_peering.this', true]]);
  });

  test('nullable = false: a null given is the default', () => {
    const files = tree({
      'm/main.tf': `variable "bw" {\n  type     = number\n  default  = 200\n  nullable = false\n}\n${CIRCUIT.replace('bandwidth_in_mbps     = 50', 'bandwidth_in_mbps     = var.bw').replace('var.name', '"c"').replace('var.port_id', 'null')}`,
      'main.tf': 'module "er" {\n  source = "./m"\n  bw     = null\n}\n',
    });
    expect(readModuleTopology(files).topology.circuits[0].bandwidthMbps).toBe(200);
  });
});

const PEERINGS_MODULE = `
variable "peerings" {
  type = map(object({
    peering_type                  = string
    vlan_id                       = number
    primary_peer_address_prefix   = string
    secondary_peer_address_prefix = string
    route_filter_resource_id      = optional(string)
    ipv6 = optional(object({
      primary_peer_address_prefix   = string
      secondary_peer_address_prefix = string
      microsoft_peering = optional(object({
        advertised_public_prefixes = optional(list(string))
        customer_asn               = optional(number)
        routing_registry_name      = optional(string, "NONE")
      }))
    }))
  }))
}
${CIRCUIT.replace('var.name', '"c"').replace('var.port_id', 'null')}
resource "azurerm_express_route_circuit_peering" "this" {
  for_each                      = var.peerings
  peering_type                  = each.value.peering_type
  express_route_circuit_name    = azurerm_express_route_circuit.this.name
  resource_group_name           = "rg"
  vlan_id                       = each.value.vlan_id
  peer_asn                      = 65010
  primary_peer_address_prefix   = each.value.primary_peer_address_prefix
  secondary_peer_address_prefix = each.value.secondary_peer_address_prefix
  route_filter_id               = each.value.route_filter_resource_id

  dynamic "ipv6" {
    for_each = each.value.ipv6 != null ? [each.value.ipv6] : []
    content {
      primary_peer_address_prefix   = ipv6.value.primary_peer_address_prefix
      secondary_peer_address_prefix = ipv6.value.secondary_peer_address_prefix
      dynamic "microsoft_peering" {
        for_each = ipv6.value.microsoft_peering != null ? { only = ipv6.value.microsoft_peering } : {}
        iterator = ms
        content {
          advertised_public_prefixes = ms.value.advertised_public_prefixes
          customer_asn               = ms.value.customer_asn
          routing_registry_name      = "\${ms.value.routing_registry_name}-\${ms.key}"
        }
      }
    }
  }
}`;

describe('optional() attributes the caller leaves out are null, or their default', () => {
  const files = tree({
    'm/main.tf': PEERINGS_MODULE,
    'main.tf': `
variable "filter" {}
module "er" {
  source = "./m"
  peerings = {
    microsoft = {
      peering_type = "MicrosoftPeering", vlan_id = 200
      primary_peer_address_prefix = "123.0.0.0/30", secondary_peer_address_prefix = "123.0.0.4/30"
    }
    filtered = {
      peering_type = "MicrosoftPeering", vlan_id = 300, route_filter_resource_id = var.filter
      primary_peer_address_prefix = "123.0.1.0/30", secondary_peer_address_prefix = "123.0.1.4/30"
    }
  }
}`,
  });
  const { topology } = readModuleTopology(files);
  const peering = (k: string) => topology.peerings.find((p) => p.key === `module.er.azurerm_express_route_circuit_peering.this["${k}"]`)!;

  test('an omitted route_filter_resource_id is no route filter: PEER009 judges it', () => {
    expect([peering('microsoft').hasRouteFilter, peering('microsoft').unresolved]).toEqual([false, []]);
    const findings = lintFiles(files).results.flatMap((r) => r.report.findings).filter((f) => f.ruleId === 'PEER009');
    expect(findings.map((f) => [f.path, f.property, f.severity])).toEqual([
      ['module.er.azurerm_express_route_circuit_peering.this["microsoft"]', 'routeFilterId', 'warning'],
    ]);
  });

  test('one set to a variable without a value stays unknown, not judged', () => {
    expect(peering('filtered').unresolved).toEqual(expect.arrayContaining(['routeFilterId', 'hasRouteFilter']));
  });

  test('an omitted optional object is null: the dynamic block over it generates nothing', () => {
    expect([peering('microsoft').ipv6PrimaryPeerAddressPrefix, peering('microsoft').ipv6CustomerAsn]).toEqual([undefined, undefined]);
  });

  test('a dynamic block over an empty collection is no block, not a block given', () => {
    const files = tree({
      'main.tf': `
resource "azurerm_private_endpoint" "pe" {
  name                = "pe"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"
  dynamic "private_service_connection" {
    for_each = []
    content {
      name                           = "x"
      is_manual_connection           = false
      private_connection_resource_id = azurerm_key_vault.kv.id
    }
  }
}
resource "azurerm_key_vault" "kv" {
  name                = "kv"
  resource_group_name = "rg"
  location            = "westeurope"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}`,
    });
    const [vault] = readModuleTopology(files).topology.keyVaults!;
    expect([vault.hasPrivateEndpoint, vault.unresolved]).toEqual([false, []]);
  });
});

describe('dynamic blocks', () => {
  const files = tree({
    'm/main.tf': PEERINGS_MODULE,
    'main.tf': `
variable "later" {}
module "er" {
  source = "./m"
  peerings = {
    private = {
      peering_type = "AzurePrivatePeering", vlan_id = 100
      primary_peer_address_prefix = "10.0.0.0/30", secondary_peer_address_prefix = "10.0.0.4/30"
      ipv6 = { primary_peer_address_prefix = "2002:db01::/126", secondary_peer_address_prefix = "2003:db01::/126" }
    }
    microsoft = {
      peering_type = "MicrosoftPeering", vlan_id = 200, route_filter_resource_id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/routeFilters/f"
      primary_peer_address_prefix = "123.0.0.0/30", secondary_peer_address_prefix = "123.0.0.4/30"
      ipv6 = {
        primary_peer_address_prefix = "2002:db01::/126", secondary_peer_address_prefix = "2003:db01::/126"
        microsoft_peering = { advertised_public_prefixes = ["2002:db02::/48"], customer_asn = 64511 }
      }
    }
    later = {
      peering_type = "MicrosoftPeering", vlan_id = 300, route_filter_resource_id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/routeFilters/f"
      primary_peer_address_prefix = "123.0.1.0/30", secondary_peer_address_prefix = "123.0.1.4/30"
      ipv6 = var.later
    }
  }
}`,
  });
  const { topology } = readModuleTopology(files);
  const peering = (k: string) => topology.peerings.find((p) => p.key === `module.er.azurerm_express_route_circuit_peering.this["${k}"]`)!;

  test('a known for_each generates the content with <label>.value, <iterator>.key and nested dynamic blocks', () => {
    expect([peering('private').ipv6PrimaryPeerAddressPrefix, peering('private').ipv6SecondaryPeerAddressPrefix, peering('private').ipv6CustomerAsn])
      .toEqual(['2002:db01::/126', '2003:db01::/126', undefined]);
    const ms = peering('microsoft');
    expect([ms.ipv6AdvertisedPublicPrefixes, ms.ipv6CustomerAsn, ms.ipv6RoutingRegistryName, ms.unresolved])
      .toEqual([['2002:db02::/48'], 64511, 'NONE-only', []]);
  });

  test('an unknown for_each leaves the block unknown: its attributes are unresolved, not absent', () => {
    const later = peering('later');
    expect(later.ipv6PrimaryPeerAddressPrefix).toBeUndefined();
    expect(later.unresolved).toEqual(expect.arrayContaining(['ipv6PrimaryPeerAddressPrefix', 'ipv6CustomerAsn']));
  });

  test('the rules judge what the blocks hold: the same /126 on two peerings (PEER024), a documentation ASN (PEER018)', () => {
    const findings = lintFiles(files).results.flatMap((r) => r.report.findings).filter((f) => ['PEER018', 'PEER024'].includes(f.ruleId));
    expect(findings.map((f) => [f.ruleId, f.path, f.property]).sort()).toEqual([
      ['PEER018', 'module.er.azurerm_express_route_circuit_peering.this["microsoft"]', 'ipv6CustomerAsn'],
      ['PEER024', 'module.er.azurerm_express_route_circuit_peering.this["microsoft"]', 'ipv6PrimaryPeerAddressPrefix'],
      ['PEER024', 'module.er.azurerm_express_route_circuit_peering.this["microsoft"]', 'ipv6SecondaryPeerAddressPrefix'],
      ['PEER024', 'module.er.azurerm_express_route_circuit_peering.this["private"]', 'ipv6PrimaryPeerAddressPrefix'],
      ['PEER024', 'module.er.azurerm_express_route_circuit_peering.this["private"]', 'ipv6SecondaryPeerAddressPrefix'],
    ]);
  });

  test('static and generated blocks of one type together; a nested block holding a dynamic block is read too', () => {
    const port = tree({
      'main.tf': `
variable "links" {}
resource "azurerm_express_route_port" "p" {
  name                = "p"
  resource_group_name = "rg"
  location            = "westeurope"
  peering_location    = "Equinix-Amsterdam-AM5"
  bandwidth_in_gbps   = 10
  encapsulation       = "Dot1Q"
  link1 {
    admin_enabled = true
  }
  dynamic "link2" {
    for_each = ["only"]
    content {
      admin_enabled = false
    }
  }
}
resource "azurerm_express_route_circuit_peering" "m" {
  peering_type                  = "MicrosoftPeering"
  express_route_circuit_name    = "c"
  resource_group_name           = "rg"
  vlan_id                       = 200
  peer_asn                      = 65010
  primary_peer_address_prefix   = "123.0.0.0/30"
  secondary_peer_address_prefix = "123.0.0.4/30"
  route_filter_id               = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/routeFilters/f"
  ipv6 {
    primary_peer_address_prefix   = "2002:db01::/126"
    secondary_peer_address_prefix = "2003:db01::/126"
    dynamic "microsoft_peering" {
      for_each = var.links
      content {
        customer_asn = 64511
      }
    }
  }
}`,
    });
    const t = readModuleTopology(port).topology;
    expect(t.ports[0].links.map((l) => [l.name, l.adminEnabled])).toEqual([['link1', true], ['link2', false]]);
    const [m] = t.peerings;
    expect([m.ipv6PrimaryPeerAddressPrefix, m.ipv6CustomerAsn]).toEqual(['2002:db01::/126', undefined]);
    expect(m.unresolved).toEqual(expect.arrayContaining(['ipv6CustomerAsn']));
  });
});

test('a static ipv6 { microsoft_peering { customer_asn } } block in .tf gives ipv6CustomerAsn (PEER011 and PEER018 read it)', () => {
  const files = tree({
    'main.tf': `
resource "azurerm_express_route_circuit_peering" "m" {
  peering_type                  = "MicrosoftPeering"
  express_route_circuit_name    = "c"
  resource_group_name           = "rg"
  vlan_id                       = 200
  peer_asn                      = 65010
  primary_peer_address_prefix   = "123.0.0.0/30"
  secondary_peer_address_prefix = "123.0.0.4/30"
  microsoft_peering_config {
    advertised_public_prefixes = ["123.1.0.0/24"]
    customer_asn               = 65001
  }
  ipv6 {
    primary_peer_address_prefix   = "2002:db01::/126"
    secondary_peer_address_prefix = "2003:db01::/126"
    microsoft_peering {
      advertised_public_prefixes = ["2002:db02::/48"]
      customer_asn               = 64511
      routing_registry_name      = "ARIN"
    }
  }
}`,
  });
  const [m] = readModuleTopology(files).topology.peerings;
  expect([m.customerAsn, m.ipv6CustomerAsn, m.ipv6RoutingRegistryName]).toEqual([65001, 64511, 'ARIN']);
});

test('.tf.json: a dynamic block written as one object (not a list) expands the same way', () => {
  const files = tree({
    'main.tf.json': JSON.stringify({
      resource: { azurerm_express_route_circuit_peering: { m: {
        peering_type: 'AzurePrivatePeering', express_route_circuit_name: 'c', resource_group_name: 'rg', vlan_id: 100, peer_asn: 65010,
        primary_peer_address_prefix: '10.0.0.0/30', secondary_peer_address_prefix: '10.0.0.4/30',
        dynamic: { ipv6: { for_each: '${[{ p = "2002:db01::/126", s = "2003:db01::/126" }]}', content: {
          primary_peer_address_prefix: '${ipv6.value.p}', secondary_peer_address_prefix: '${ipv6.value.s}',
        } } },
      } } },
    }),
  });
  const [m] = readModuleTopology(files).topology.peerings;
  expect([m.ipv6PrimaryPeerAddressPrefix, m.ipv6SecondaryPeerAddressPrefix]).toEqual(['2002:db01::/126', '2003:db01::/126']);
});

describe('a reference to an argument another resource sets is that argument\'s value, when the configuration knows it', () => {
  const gateway = (name: string, location: string) => `
resource "azurerm_express_route_gateway" "${name}" {
  name                = "${name}"
  resource_group_name = azurerm_resource_group.example.name
  location            = ${location}
  virtual_hub_id      = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub"
  scale_units         = 1
}`;
  const files = tree({
    'main.tf': `
variable "region" {}
variable "how_many" {}
resource "azurerm_resource_group" "example" {
  name     = "example-resources"
  location = "West Europe"
}
resource "azurerm_resource_group" "given_at_apply" {
  name     = "rg-input"
  location = var.region
}
resource "azurerm_resource_group" "kept" {
  name     = "rg-kept"
  location = "West Europe"
  lifecycle {
    ignore_changes = [location]
  }
}
resource "azurerm_resource_group" "regions" {
  for_each = { us = "West US 2", eu = "West Europe" }
  name     = "rg-\${each.key}"
  location = each.value
}
resource "azurerm_resource_group" "counted" {
  count    = var.how_many
  name     = "rg-\${count.index}"
  location = "West Europe"
}
resource "azurerm_resource_group" "ping" {
  name     = "ping"
  location = azurerm_resource_group.pong.location
}
resource "azurerm_resource_group" "pong" {
  name     = "pong"
  location = azurerm_resource_group.ping.location
}
data "azurerm_resource_group" "existing" {
  name = "existing"
}
${gateway('set', 'azurerm_resource_group.example.location')}
${gateway('keyed', 'azurerm_resource_group.regions["us"].location')}
${gateway('input', 'azurerm_resource_group.given_at_apply.location')}
${gateway('ignored', 'azurerm_resource_group.kept.location')}
${gateway('unset', 'azurerm_resource_group.example.managed_by')}
${gateway('count_unknown', 'azurerm_resource_group.counted[0].location')}
${gateway('cycle', 'azurerm_resource_group.ping.location')}
${gateway('data', 'data.azurerm_resource_group.existing.location')}`,
  });
  const { topology } = readModuleTopology(files);
  const gw = (name: string) => topology.gateways.find((g) => g.key === `azurerm_express_route_gateway.${name}`)!;

  test('an argument set to a known value: azurerm_resource_group.example.location, and one instance\'s by its key', () => {
    expect([gw('set').location, gw('set').unresolved]).toEqual(['West Europe', []]);
    expect([gw('keyed').location, gw('keyed').unresolved]).toEqual(['West US 2', []]);
  });

  test.each([
    ['input', 'set from a variable given at apply'],
    ['ignored', 'kept at its prior value by lifecycle.ignore_changes'],
    ['unset', 'not set (a provider default, or computed)'],
    ['count_unknown', 'of an instance of a count not known'],
    ['cycle', 'in a cycle (which Terraform rejects)'],
    ['data', 'of a data source (read by the provider)'],
  ])('%s: an argument %s stays unknown, not judged', (name) => {
    expect([gw(name).location, gw(name).unresolved]).toEqual([undefined, ['location']]);
  });
});

test('in a module, a reference reads the argument of its own module instance', () => {
  const files = tree({
    'm/main.tf': `
variable "region" {}
resource "azurerm_resource_group" "rg" {
  name     = "rg"
  location = var.region
}
resource "azurerm_express_route_gateway" "gw" {
  name                = "gw"
  resource_group_name = azurerm_resource_group.rg.name
  location            = azurerm_resource_group.rg.location
  virtual_hub_id      = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub"
  scale_units         = 1
}`,
    'main.tf': `
module "eu" {
  source = "./m"
  region = "West Europe"
}
module "us" {
  source   = "./m"
  for_each = toset(["West US 2", "East US"])
  region   = each.key
}`,
  });
  expect(readModuleTopology(files).topology.gateways.map((g) => [g.key, g.location]).sort()).toEqual([
    ['module.eu.azurerm_express_route_gateway.gw', 'West Europe'],
    ['module.us["East US"].azurerm_express_route_gateway.gw', 'East US'],
    ['module.us["West US 2"].azurerm_express_route_gateway.gw', 'West US 2'],
  ]);
});

test('a name read directly, through a local, a module input or a module output still links to the resource it was read from, not to another of that name', () => {
  const peering = (name: string, circuitName: string) => `
resource "azurerm_express_route_circuit_peering" "${name}" {
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = ${circuitName}
  resource_group_name           = "rg"
  vlan_id                       = 100
  peer_asn                      = 65010
  primary_peer_address_prefix   = "10.0.0.0/30"
  secondary_peer_address_prefix = "10.0.0.4/30"
}`;
  // Two circuits named "erc" in two resource groups: the name alone does not say which.
  const circuit = (name: string, rg: string) => CIRCUIT.replace('"this"', `"${name}"`).replace('var.name', '"erc"')
    .replace('"rg"', `"${rg}"`).replace('var.port_id', 'null');
  const files = tree({
    'm/main.tf': `variable "circuit_name" {}\n${peering('in_module', 'var.circuit_name')}`,
    'out/main.tf': `${circuit('c', 'rg-c')}\noutput "name" {\n  value = azurerm_express_route_circuit.c.name\n}`,
    'pair/main.tf': `variable "rg" {}\n${circuit('this', 'rg').replace('"rg"', 'var.rg')}\n${peering('own', 'azurerm_express_route_circuit.this.name')}`,
    'main.tf': `
${circuit('a', 'rg-a')}
${circuit('b', 'rg-b')}
locals {
  circuit_name = azurerm_express_route_circuit.a.name
}
${peering('through_local', 'local.circuit_name')}
${peering('direct', 'azurerm_express_route_circuit.a.name')}
module "m" {
  source       = "./m"
  circuit_name = azurerm_express_route_circuit.a.name
}
module "out" {
  source = "./out"
}
module "pair" {
  source   = "./pair"
  for_each = toset(["rg-1", "rg-2"])
  rg       = each.key
}
${peering('through_output', 'module.out.name')}`,
  });
  expect(readModuleTopology(files).topology.peerings.map((p) => [p.key, p.circuitKey]).sort()).toEqual([
    ['azurerm_express_route_circuit_peering.direct', 'azurerm_express_route_circuit.a'],
    ['azurerm_express_route_circuit_peering.through_local', 'azurerm_express_route_circuit.a'],
    ['azurerm_express_route_circuit_peering.through_output', 'module.out.azurerm_express_route_circuit.c'],
    ['module.m.azurerm_express_route_circuit_peering.in_module', 'azurerm_express_route_circuit.a'],
    ['module.pair["rg-1"].azurerm_express_route_circuit_peering.own', 'module.pair["rg-1"].azurerm_express_route_circuit.this'],
    ['module.pair["rg-2"].azurerm_express_route_circuit_peering.own', 'module.pair["rg-2"].azurerm_express_route_circuit.this'],
  ]);
});

test('a module input named like a resource meta-argument (connection, provider, provisioner) is an input', () => {
  const files = tree({
    'main.tf': `module "er" {
  source      = "./er"
  connection  = { routing_weight = 10 }
  provisioner = "ExpressRoute"
}`,
    'er/main.tf': `variable "connection" { type = object({ routing_weight = number }) }
variable "provisioner" { type = string }
resource "azurerm_virtual_network_gateway_connection" "cn" {
  name                       = "cn"
  resource_group_name        = "rg"
  location                   = "westeurope"
  type                       = var.provisioner
  virtual_network_gateway_id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw"
  express_route_circuit_id   = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er"
  routing_weight             = var.connection.routing_weight
}`,
  });
  const [cn] = readModuleTopology(files).topology.connections;
  expect(cn).toEqual(expect.objectContaining({ key: 'module.er.azurerm_virtual_network_gateway_connection.cn', routingWeight: 10, unresolved: [] }));
});

/** A circuit named "er-same" with one meta-argument line (`count = ...`, `for_each = ...`). */
const sameNameCircuit = (name: string, meta: string, location?: string) => circuitTf(name, { name: 'er-same', meta, location });

/** Resource groups whose count is a variable: instances whose number is not known. */
const RG_EXTRA = `
variable "n" { type = number }
resource "azurerm_resource_group" "extra" {
  count    = var.n
  name     = "rg-\${count.index}"
  location = "westeurope"
}`;

const lintTree = (files: Record<string, string>) => lintFiles(tree(files)).results.flatMap((r) => r.report.findings);

describe('for_each over merge() of maps whose values are not known', () => {
  test('has the instances of the merged keys, each judged by its known values (NAME001 across them)', () => {
    const files = tree({
      'main.tf': 'variable "location" { type = string }' + sameNameCircuit('c', 'for_each = merge({ ams = var.location }, { fra = var.location })', 'each.value'),
    });
    const { topology } = readModuleTopology(files);
    expect(topology.circuits.map((c) => c.key).sort()).toEqual(['azurerm_express_route_circuit.c["ams"]', 'azurerm_express_route_circuit.c["fra"]']);
    // The location (each.value) is not known; the literal name is, and two instances write it.
    expect(topology.circuits.every((c) => c.location === undefined)).toBe(true);
    const { results } = lintFiles(files);
    expect(results.flatMap((r) => r.report.findings).filter((f) => f.ruleId === 'NAME001').map((f) => f.path).sort())
      .toEqual(['azurerm_express_route_circuit.c["ams"]', 'azurerm_express_route_circuit.c["fra"]']);
  });
});

describe('stand-ins for instances whose number is not known', () => {
  const circuit = (name: string, count: string) => sameNameCircuit(name, `count = ${count}`);

  test('a count read from them is not known: no NAME001 on the instances it would make (they may be one)', () => {
    const { results } = lintFiles(tree({ 'main.tf': RG_EXTRA + circuit('c', 'length(concat(azurerm_resource_group.extra[*].id, ["base"]))') }));
    expect(results.flatMap((r) => r.report.findings).filter((f) => f.ruleId === 'NAME001')).toEqual([]);
    expect(results.flatMap((r) => r.notes)).toEqual(expect.arrayContaining([expect.stringMatching(/azurerm_express_route_circuit\.c: count is not known/)]));
  });

  test.each([
    ['flatten', 'length(flatten([[for x in azurerm_resource_group.extra : "a"], ["b"]]))'],
    ['distinct', 'length(distinct([for x in azurerm_resource_group.extra : "a"])) + 1'],
    ['toset', 'length(toset([for x in azurerm_resource_group.extra : "a"])) + 1'],
    ['contains', 'contains([for x in azurerm_resource_group.extra : "a"], "a") ? 2 : 0'],
    ['==', '[for x in azurerm_resource_group.extra : "a"] == ["a"] ? 2 : 0'],
  ])('%s of one: no count known, no NAME001', (_what, count) => {
    expect(lintTree({ 'main.tf': RG_EXTRA + circuit('c', count) }).filter((f) => f.ruleId === 'NAME001')).toEqual([]);
  });

  test('through a typed module input: no count known, no NAME001', () => {
    const findings = lintTree({
      'main.tf': RG_EXTRA + `
module "m" {
  source = "./m"
  ids    = azurerm_resource_group.extra[*].id
}`,
      'm/main.tf': 'variable "ids" { type = list(string) }' + circuit('c', 'length(concat(var.ids, ["base"]))'),
    });
    expect(findings.filter((f) => f.ruleId === 'NAME001')).toEqual([]);
  });

  test('a dynamic block over them is not known: no PEER015 from the static rule alone', () => {
    const findings = lintTree({
      'main.tf': RG_EXTRA + `
resource "azurerm_route_filter" "f" {
  name                = "rf"
  resource_group_name = "rg"
  location            = "westeurope"
  rule {
    name        = "allow"
    access      = "Allow"
    rule_type   = "Community"
    communities = ["12076:5010"]
  }
  dynamic "rule" {
    for_each = azurerm_resource_group.extra[*].id
    content {
      name        = "more"
      access      = "Allow"
      rule_type   = "Community"
      communities = ["12076:5020"]
    }
  }
}`,
    });
    expect(findings.filter((f) => f.ruleId === 'PEER015')).toEqual([]);
  });

  test('two resources of one name whose counts are not known (one or the other): no NAME001', () => {
    const findings = lintTree({
      'main.tf': 'variable "old" { type = bool }' + circuit('c', 'var.old ? 1 : 0') + circuit('d', 'var.old ? 0 : 1'),
    });
    expect(findings.filter((f) => f.ruleId === 'NAME001')).toEqual([]);
  });
});
