/**
 * A link that is given but not known (a variable without a value, a data source's attribute, an
 * opaque module's output) is a link to something not known, never no link: a Virtual WAN
 * connection's peering or gateway, a Global Reach link's peerings, as a VNet gateway connection's.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Finding } from '../../../src/rules/finding';
import { lintFiles, readModuleTopology } from '../../../src/terraform/lint';

/** Writes one root module and lints it. */
function lint(text: string, vars?: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-links-'));
  const file = path.join(dir, 'main.tf');
  fs.writeFileSync(file, `${text}\n`);
  const { results, errors } = lintFiles([file], { vars });
  expect(errors).toEqual([]);
  const report = results[0].report;
  return {
    findings: report.findings.filter((f: Finding) => !f.suppressed).map((f) => `${f.ruleId} ${f.severity} ${f.path} ${f.property}`),
    tiers: Object.fromEntries(report.resiliency.map((g) => [g.gateway, g.tier])),
    reasons: Object.fromEntries(report.resiliency.map((g) => [g.gateway, g.reasons])),
    topology: readModuleTopology([file], { vars }).topology,
  };
}

const circuit = (name: string, location: string, tier = 'Standard', tags = '') => `
resource "azurerm_express_route_circuit" "${name}" {
  name                  = "er-${name}"
  resource_group_name   = "rg"
  location              = "westeurope"
  service_provider_name = "Equinix"
  peering_location      = "${location}"
  bandwidth_in_mbps     = 50
  sku {
    tier   = "${tier}"
    family = "MeteredData"
  }
  ${tags}
}
resource "azurerm_express_route_circuit_peering" "${name}" {
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = azurerm_express_route_circuit.${name}.name
  resource_group_name           = "rg"
  peer_asn                      = 65001
  primary_peer_address_prefix   = "192.168.1.0/30"
  secondary_peer_address_prefix = "192.168.1.4/30"
  vlan_id                       = 100
}
`;

const hub = (tags = '') => `
resource "azurerm_express_route_gateway" "hub" {
  name                = "ergw"
  resource_group_name = "rg"
  location            = "westeurope"
  virtual_hub_id      = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub"
  scale_units         = 2
  ${tags}
}
`;

const vwanConnection = (name: string, peeringId: string, gatewayId = 'azurerm_express_route_gateway.hub.id') => `
resource "azurerm_express_route_connection" "${name}" {
  name                             = "${name}"
  express_route_gateway_id         = ${gatewayId}
  express_route_circuit_peering_id = ${peeringId}
}
`;

const AVS = `
data "azurerm_vmware_private_cloud" "p" {
  name                = "avs"
  resource_group_name = "rg"
}
`;

const vnetGateway = (sku = 'ErGw1AZ', tags = '') => `
resource "azurerm_virtual_network_gateway" "gw" {
  name                = "gw"
  resource_group_name = "rg"
  location            = "westeurope"
  type                = "ExpressRoute"
  sku                 = "${sku}"
  ip_configuration {
    subnet_id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet"
  }
  ${tags}
}
`;

const vnetConnection = (name: string, circuitId: string, gatewayId = 'azurerm_virtual_network_gateway.gw.id') => `
resource "azurerm_virtual_network_gateway_connection" "${name}" {
  name                       = "${name}"
  resource_group_name        = "rg"
  location                   = "westeurope"
  type                       = "ExpressRoute"
  virtual_network_gateway_id = ${gatewayId}
  express_route_circuit_id   = ${circuitId}
}
`;

const HUB = 'azurerm_express_route_gateway.hub';
const GW = 'azurerm_virtual_network_gateway.gw';
const DUAL003_HUB = `DUAL003 warning ${HUB} connections`;

describe('a Virtual WAN connection whose peering is not known', () => {
  test('one circuit at Frankfurt alone: Standard, DUAL003 (the control)', () => {
    const r = lint(circuit('a', 'Frankfurt') + hub() + vwanConnection('a', 'azurerm_express_route_circuit_peering.a.id'));
    expect(r.findings).toEqual([DUAL003_HUB]);
    expect(r.tiers).toEqual({ [HUB]: 'Standard' });
  });

  test.each([
    ['a variable without a value', 'var.pid', 'variable "pid" {}'],
    ['a data source\'s attribute', 'data.azurerm_vmware_private_cloud.p.circuit[0].express_route_private_peering_id', AVS],
    ['an opaque module\'s output', 'module.avm.peering_id', 'module "avm" {\n  source = "Azure/avm-res-network-expressroutecircuit/azurerm"\n}'],
  ])('a second connection to %s: the tier is Unknown, no DUAL003', (_what, peeringId, extra) => {
    const r = lint(circuit('a', 'Frankfurt') + hub() + vwanConnection('a', 'azurerm_express_route_circuit_peering.a.id')
      + vwanConnection('b', peeringId) + extra);
    expect(r.findings).toEqual([]);
    expect(r.tiers).toEqual({ [HUB]: 'Unknown' });
    const b = r.topology.connections.find((c) => c.key === 'azurerm_express_route_connection.b')!;
    expect(b.circuitKey).toBeUndefined();
    expect(b.unresolved).toEqual(['circuitKey']);
  });

  test('the same configuration with a VNet gateway connection reads the same (Unknown)', () => {
    const r = lint(circuit('a', 'Frankfurt') + vnetGateway() + vnetConnection('a', 'azurerm_express_route_circuit.a.id')
      + vnetConnection('b', 'var.cid') + '\nvariable "cid" {}');
    expect(r.findings).toEqual([]);
    expect(r.tiers).toEqual({ [GW]: 'Unknown' });
  });

  test('--var gives the peering id a value: a literal id of another circuit is known, the tier judged again', () => {
    const id = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er-a/peerings/AzurePrivatePeering';
    const r = lint(circuit('a', 'Frankfurt') + hub() + vwanConnection('b', 'var.pid') + '\nvariable "pid" {}', [`pid=${id}`]);
    // The literal id names the circuit of this configuration: one circuit at Frankfurt.
    expect(r.findings).toEqual([DUAL003_HUB]);
    expect(r.tiers).toEqual({ [HUB]: 'Standard' });
  });

  test('a peering whose own circuit is not known leaves the connection\'s circuit unresolved', () => {
    const r = lint(`variable "circuit_name" {}
resource "azurerm_express_route_circuit_peering" "x" {
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = var.circuit_name
  resource_group_name           = "rg"
  peer_asn                      = 65001
  primary_peer_address_prefix   = "192.168.1.0/30"
  secondary_peer_address_prefix = "192.168.1.4/30"
  vlan_id                       = 100
}` + circuit('a', 'Frankfurt') + hub() + vwanConnection('a', 'azurerm_express_route_circuit_peering.a.id')
      + vwanConnection('x', 'azurerm_express_route_circuit_peering.x.id'));
    expect(r.findings).toEqual([]);
    expect(r.tiers).toEqual({ [HUB]: 'Unknown' });
    const x = r.topology.connections.find((c) => c.key === 'azurerm_express_route_connection.x')!;
    expect(x.circuitKey).toBeUndefined();
    expect(x.unresolved).toEqual(['circuitKey']);
  });
});

describe('a connection whose gateway is not known may be any gateway\'s of its kind', () => {
  const required = (tier: string) => `tags = { "required-resiliency" = "${tier}" }
`;

  test('a hub gateway with no connection of its own: Unknown, not None (no DUAL005 on a required tier)', () => {
    const r = lint(circuit('a', 'Frankfurt') + hub(required('High'))
      + vwanConnection('a', 'azurerm_express_route_circuit_peering.a.id', 'var.gateway_id') + '\nvariable "gateway_id" {}');
    expect(r.tiers).toEqual({ [HUB]: 'Unknown' });
    expect(r.reasons[HUB]).toContain('A connection whose gateway is not known before apply may connect another circuit to this gateway.');
    expect(r.findings).toEqual([]);
    const a = r.topology.connections[0];
    expect(a.gatewayKey).toBeUndefined();
    expect(a.unresolved).toEqual(['gatewayKey']);
    expect(r.topology.gateways[0].unresolved).toEqual(['connections']);
  });

  test('with one circuit of its own at Frankfurt: Unknown, no DUAL003, no DUAL005, no DUAL050 (simulation)', () => {
    const r = lint(circuit('a', 'Frankfurt') + circuit('b', 'Amsterdam') + hub(required('High'))
      + vwanConnection('a', 'azurerm_express_route_circuit_peering.a.id')
      + vwanConnection('b', 'azurerm_express_route_circuit_peering.b.id', 'var.gateway_id') + '\nvariable "gateway_id" {}');
    expect(r.tiers).toEqual({ [HUB]: 'Unknown' });
    expect(r.findings).toEqual([]);
  });

  test('the control: the same hub with its one circuit and a required tier gets DUAL003, DUAL005 and DUAL050', () => {
    const r = lint(circuit('a', 'Frankfurt') + hub(required('High')) + vwanConnection('a', 'azurerm_express_route_circuit_peering.a.id'));
    expect(r.tiers).toEqual({ [HUB]: 'Standard' });
    expect(r.findings).toEqual([
      DUAL003_HUB,
      `DUAL005 error ${HUB} requiredResiliency`,
      `DUAL050 error ${HUB} requiredResiliency`,
    ]);
  });

  test('a Virtual WAN connection with an unknown gateway leaves a VNet gateway\'s tier known (another kind)', () => {
    const r = lint(circuit('a', 'Frankfurt') + circuit('b', 'Amsterdam') + vnetGateway() + vnetConnection('a', 'azurerm_express_route_circuit.a.id')
      + vwanConnection('b', 'azurerm_express_route_circuit_peering.b.id', 'var.gateway_id') + '\nvariable "gateway_id" {}');
    expect(r.tiers).toEqual({ [GW]: 'Standard' });
    expect(r.findings).toEqual([`DUAL003 warning ${GW} connections`]);
  });

  test('GW002 still counts the circuits it knows: 5 on a Standard gateway (at most 4) is an error, with or without an unknown connection', () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const known = names.map((n, i) => circuit(n, ['Frankfurt', 'Amsterdam', 'London', 'Paris', 'Dublin'][i])
      + vnetConnection(n, `azurerm_express_route_circuit.${n}.id`)).join('');
    const unknown = vnetConnection('u', 'var.cid') + '\nvariable "cid" {}';
    for (const text of [known, known + unknown]) {
      const r = lint(vnetGateway('Standard') + text);
      expect(r.findings).toContain(`GW002 error ${GW} connections`);
      expect(r.tiers).toEqual({ [GW]: 'Maximum' });
    }
  });
});

describe('Global Reach through a peering that is not known', () => {
  const globalReach = (peerPeeringId: string) => `
resource "azurerm_express_route_circuit_connection" "gr" {
  name                = "gr"
  peering_id          = azurerm_express_route_circuit_peering.a.id
  peer_peering_id     = ${peerPeeringId}
  address_prefix_ipv4 = "192.169.8.0/29"
}
`;

  test('the peer circuit is unresolved, not absent; the local circuit is known', () => {
    const r = lint(circuit('a', 'Frankfurt') + globalReach('var.peer_peering_id') + '\nvariable "peer_peering_id" {}');
    const [gr] = r.topology.globalReach;
    expect(gr.circuitKey).toBe('azurerm_express_route_circuit.a');
    expect(gr.peerCircuitKey).toBeUndefined();
    expect(gr.unresolved).toEqual(['peerCircuitKey']);
    expect(r.findings).toEqual([]);
  });

  test('a known peer at the same peering location is still judged (GR001)', () => {
    const r = lint(circuit('a', 'Frankfurt') + circuit('b', 'Frankfurt') + globalReach('azurerm_express_route_circuit_peering.b.id'));
    expect(r.findings).toEqual(['GR001 error azurerm_express_route_circuit_connection.gr peerCircuit']);
  });

  test('SKU008 counts a Global Reach link of a known circuit whose peer is not known: 10 VNet links and it exceed Standard\'s 10', () => {
    const links = Array.from({ length: 10 }, (_, i) => vnetConnection(`c${i}`, 'azurerm_express_route_circuit.a.id')).join('');
    const base = circuit('a', 'Frankfurt') + vnetGateway('ErGw3AZ') + links;
    expect(lint(base).findings).not.toContain('SKU008 warning azurerm_express_route_circuit.a connections');
    const r = lint(base + globalReach('var.peer_peering_id') + '\nvariable "peer_peering_id" {}');
    expect(r.findings).toContain('SKU008 warning azurerm_express_route_circuit.a connections');
  });
});
