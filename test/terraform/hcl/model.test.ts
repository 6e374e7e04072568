import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readModuleTopology } from '../../../src/terraform/lint';

const HCL = path.join(__dirname, '..', '..', 'fixtures', 'hcl');
const tfFiles = (dir: string) => fs.readdirSync(path.join(HCL, dir)).filter((f) => f.endsWith('.tf')).map((f) => path.join(HCL, dir, f));
const read = (dir: string, options = {}) => readModuleTopology(tfFiles(dir), options);
/** Rows sorted by their first column (the parser does not keep the order of blocks). */
const sorted = <T extends unknown[]>(rows: T[]) => rows.slice().sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('count and for_each become instances, and references link to them', () => {
  const { topology, notes } = read('instances');

  test('a literal count and a known map give one node per instance', () => {
    expect(sorted(topology.circuits.map((c) => [c.key, c.peeringLocation, c.bandwidthMbps, c.multiplicityUnknown ?? false]))).toEqual(sorted([
      ['azurerm_express_route_circuit.site["ams"]', 'Amsterdam Metro', 1000, false],
      ['azurerm_express_route_circuit.site["fra"]', 'Frankfurt Metro', 300, false],
      ['azurerm_express_route_circuit.pair[0]', 'Amsterdam Metro', 1000, false],
      ['azurerm_express_route_circuit.pair[1]', 'Amsterdam Metro', 1000, false],
      ['azurerm_express_route_circuit.extra', 'Amsterdam Metro', 1000, true],
    ]));
    expect(notes).toContain('azurerm_express_route_circuit.extra: count is not known statically; one instance is checked and how many there are is not judged');
  });

  test('[0], .0, ["k"], [each.key] and one(x[*].id) link to the right instances', () => {
    expect(sorted(topology.connections.map((c) => [c.key, c.gatewayKey, c.circuitKey]))).toEqual(sorted([
      ['azurerm_virtual_network_gateway_connection.site["ams"]', 'azurerm_virtual_network_gateway.gw[0]', 'azurerm_express_route_circuit.site["ams"]'],
      ['azurerm_virtual_network_gateway_connection.site["fra"]', 'azurerm_virtual_network_gateway.gw[0]', 'azurerm_express_route_circuit.site["fra"]'],
      ['azurerm_virtual_network_gateway_connection.pair0', 'azurerm_virtual_network_gateway.gw[0]', 'azurerm_express_route_circuit.pair[0]'],
      ['azurerm_virtual_network_gateway_connection.pair1', 'azurerm_virtual_network_gateway.gw[0]', 'azurerm_express_route_circuit.pair[1]'],
      ['azurerm_virtual_network_gateway_connection.fra', 'azurerm_virtual_network_gateway.gw[0]', 'azurerm_express_route_circuit.site["fra"]'],
    ]));
  });
});

describe('what is not known is marked unresolved, never judged as a value', () => {
  const { topology, notes } = read('unknowns');

  test('a gateway whose type is a variable: "Vpn" by default is not ExpressRoute; no default is not judged', () => {
    expect(topology.gateways).toEqual([]);
    expect(notes).toContain('azurerm_virtual_network_gateway.unknown: type is not known statically; not judged as an ExpressRoute gateway');
  });

  test('provider, port, location: variables and try(...) are unresolved', () => {
    const provider = topology.circuits.find((c) => c.key === 'azurerm_express_route_circuit.provider')!;
    expect(provider.unresolved).toEqual(expect.arrayContaining(['serviceProviderName', 'peeringLocation', 'portKey']));
    expect(provider.serviceProviderName).toBeUndefined();
    const named = topology.circuits.find((c) => c.key === 'azurerm_express_route_circuit.named')!;
    expect(named.unresolved).toEqual(['serviceProviderName']);
  });

  test('route_filter_id = var.x (null by default) is an unknown filter, not "no filter"', () => {
    const [peering] = topology.peerings;
    expect(peering.circuitKey).toBe('azurerm_express_route_circuit.named');
    expect(peering.unresolved).toEqual(expect.arrayContaining(['routeFilterId', 'hasRouteFilter']));
  });
});

describe('modules', () => {
  const { topology, notes } = read('modules/root');

  test('a local module is inlined with its inputs, once per instance', () => {
    expect(sorted(topology.circuits.map((c) => [c.key, c.peeringLocation, c.bandwidthMbps]))).toEqual([
      ['module.primary.azurerm_express_route_circuit.this', 'Amsterdam Metro', 300],
      ['module.secondary["a"].azurerm_express_route_circuit.this', 'Frankfurt Metro', 1000],
      ['module.secondary["b"].azurerm_express_route_circuit.this', 'Frankfurt Metro', 1000],
    ]);
  });

  test('a module output links a root resource to the module\'s resource', () => {
    expect(topology.connections.map((c) => c.circuitKey)).toEqual(['module.primary.azurerm_express_route_circuit.this']);
  });

  test('a registry module is opaque, with a note', () => {
    expect(notes).toContain('module.avm: module source "Azure/avm-res-network-expressroutecircuit/azurerm" is not a local path; its resources are not checked');
  });

  test('the legacy provider "azurerm" { version } gives the provider version', () => {
    expect(topology.providerVersion).toBe('~> 2.40');
    expect(topology.inputKind).toBe('hcl');
  });
});

describe('provider version and variables', () => {
  test('required_providers gives the version; none known leaves it undefined', () => {
    expect(read('basic').topology.providerVersion).toBe('>= 4.60.0, < 5.0.0');
    expect(read('instances').topology.providerVersion).toBeUndefined();
  });

  test('defaults, terraform.tfvars, locals, lookup and coalesce are evaluated', () => {
    const [c] = read('basic').topology.circuits;
    expect(c).toMatchObject({ serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam Metro', bandwidthMbps: 300, skuTier: 'Premium', skuFamily: 'MeteredData' });
    expect(c.unresolved).toEqual([]);
  });

  test('--var-file overrides terraform.tfvars, and --var overrides both (numbers typed by the declaration)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-vars-'));
    const file = path.join(dir, 'more.tfvars');
    fs.writeFileSync(file, 'metro = "Frankfurt Metro"\nbandwidth = 2000\n');
    const fromFile = read('basic', { varFiles: [file] }).topology.circuits[0];
    expect([fromFile.peeringLocation, fromFile.bandwidthMbps]).toEqual(['Frankfurt Metro', 2000]);
    const fromFlag = read('basic', { varFiles: [file], vars: ['bandwidth=5000', 'provider_name=Megaport'] }).topology.circuits[0];
    expect([fromFlag.peeringLocation, fromFlag.bandwidthMbps, fromFlag.serviceProviderName]).toEqual(['Frankfurt Metro', 5000, 'Megaport']);
  });
});

describe('one evaluation for every configuration input', () => {
  const tmpFile = (name: string, content: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-model-')), name);
    fs.writeFileSync(file, content);
    return file;
  };

  test('*.tf.json gets count instances and instance links like .tf', () => {
    const file = tmpFile('main.tf.json', JSON.stringify({
      resource: {
        azurerm_express_route_circuit: { c: {
          count: 2, name: 'c-${count.index}', resource_group_name: 'rg', location: 'westeurope', service_provider_name: 'Equinix',
          peering_location: 'Amsterdam Metro', bandwidth_in_mbps: 1000, sku: { tier: 'Standard', family: 'MeteredData' },
        } },
        azurerm_express_route_circuit_peering: { p: {
          peering_type: 'AzurePrivatePeering', express_route_circuit_name: '${azurerm_express_route_circuit.c[1].name}', resource_group_name: 'rg',
          vlan_id: 100, peer_asn: 65010, primary_peer_address_prefix: '10.0.0.0/30', secondary_peer_address_prefix: '10.0.0.4/30',
        } },
      },
    }));
    const { topology } = readModuleTopology([file]);
    expect(topology.circuits.map((c) => c.key)).toEqual(['azurerm_express_route_circuit.c[0]', 'azurerm_express_route_circuit.c[1]']);
    expect(topology.peerings[0].circuitKey).toBe('azurerm_express_route_circuit.c[1]');
    expect(topology.inputKind).toBe('terraform-json');
  });

  test('a dynamic block is not known: its attributes are unresolved, not absent', () => {
    const file = tmpFile('main.tf', [
      'variable "links" {}',
      'resource "azurerm_express_route_port" "p" {',
      '  name = "p"',
      '  resource_group_name = "rg"',
      '  location = "westeurope"',
      '  peering_location = "Equinix-Amsterdam-AM5"',
      '  bandwidth_in_gbps = 10',
      '  encapsulation = "Dot1Q"',
      '  dynamic "identity" {',
      '    for_each = var.links',
      '    content {',
      '      type = "UserAssigned"',
      '    }',
      '  }',
      '}',
    ].join('\n'));
    const [port] = readModuleTopology([file]).topology.ports;
    expect(port.unresolved).toEqual(expect.arrayContaining(['identityType', 'hasUserAssignedIdentity']));
    expect([port.identityType, port.hasUserAssignedIdentity]).toEqual([undefined, undefined]);
  });
});

test('for_each over another resource follows its instances; a for over a resource keeps the attributes it reads', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-chain-')), 'main.tf');
  fs.writeFileSync(file, `
resource "azurerm_express_route_circuit" "c" {
  for_each              = toset(["a", "b"])
  name                  = each.key
  resource_group_name   = "rg"
  location              = "westeurope"
  service_provider_name = "Equinix"
  peering_location      = "Amsterdam Metro"
  bandwidth_in_mbps     = 1000
  sku {
    tier   = "Standard"
    family = "MeteredData"
  }
}
resource "azurerm_express_route_circuit_peering" "p" {
  for_each                      = azurerm_express_route_circuit.c
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = each.value.name
  resource_group_name           = "rg"
  vlan_id                       = 100
  peer_asn                      = 65010
  primary_peer_address_prefix   = "10.0.0.0/30"
  secondary_peer_address_prefix = "10.0.0.4/30"
}
output "keys" {
  value = { for k, c in azurerm_express_route_circuit.c : k => c.service_key }
}
`);
  const { topology } = readModuleTopology([file]);
  expect(topology.peerings.map((p) => [p.key, p.circuitKey])).toEqual([
    ['azurerm_express_route_circuit_peering.p["a"]', 'azurerm_express_route_circuit.c["a"]'],
    ['azurerm_express_route_circuit_peering.p["b"]', 'azurerm_express_route_circuit.c["b"]'],
  ]);
  expect(topology.outputs).toEqual([expect.objectContaining({ key: 'output.keys', carriesSecret: true, sensitive: false })]);
});

test('a link to an opaque module\'s output is unresolved, not a missing circuit', () => {
  const connection = read('modules/root').topology.connections[0];
  expect(connection.circuitKey).toBe('module.primary.azurerm_express_route_circuit.this');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-opaque-')), 'main.tf');
  fs.writeFileSync(file, [
    'module "avm" {', '  source = "Azure/avm-res-network-expressroutecircuit/azurerm"', '}',
    'resource "azurerm_virtual_network_gateway_connection" "c" {',
    '  name = "c"', '  resource_group_name = "rg"', '  location = "westeurope"', '  type = "ExpressRoute"',
    '  virtual_network_gateway_id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw"',
    '  express_route_circuit_id = module.avm.resource_id', '}',
  ].join('\n'));
  const [opaque] = readModuleTopology([file]).topology.connections;
  expect(opaque.circuitKey).toBeUndefined();
  expect(opaque.unresolved).toEqual(['circuitKey']);
});

test('an expression the reader cannot evaluate (a template directive) still links by the references it names', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-directive-')), 'main.tf');
  fs.writeFileSync(file, [
    'resource "azurerm_express_route_circuit" "c" {', '  name = "c"', '}',
    'resource "azurerm_express_route_circuit_authorization" "a" {', '  name = "a"',
    '  express_route_circuit_name = "%{ if true }${azurerm_express_route_circuit.c.name}%{ endif }"', '  resource_group_name = "rg"', '}',
  ].join('\n'));
  expect(readModuleTopology([file]).topology.authorizations).toEqual([
    { key: 'azurerm_express_route_circuit_authorization.a', path: 'azurerm_express_route_circuit_authorization.a', circuitKey: 'azurerm_express_route_circuit.c' },
  ]);
});
