import { normalise } from '../../src/terraform/records';
import { toTopology } from '../../src/terraform/to-topology';

/** The topology of a Terraform JSON configuration, and the reader's notes. */
function read(resource: Record<string, unknown>) {
  const notes: string[] = [];
  const topology = toTopology(normalise({ resource })!, notes);
  return { topology, notes };
}

const circuit = (tags: unknown) => ({
  azurerm_express_route_circuit: { c: { name: 'c', service_provider_name: 'Equinix', peering_location: 'Amsterdam Metro', bandwidth_in_mbps: 1000, tags } },
});

test.each([
  [{ 'customer-edge': 'ce1' }, 'ce1', undefined],
  [{ 'Customer-Edge': ' ce1 , ce2 ' }, 'ce1', 'ce2'],
  [{ other: 'x' }, undefined, undefined],
  [undefined, undefined, undefined],
])('a circuit tagged %j: routers %s and %s', (tags, primary, secondary) => {
  const c = read(circuit(tags)).topology.circuits[0];
  expect([c.customerEdge, c.secondaryCustomerEdge]).toEqual([primary, secondary]);
  expect(c.unresolved).toEqual([]);
});

test('a circuit tag that is a reference is unknown, not absent', () => {
  const c = read(circuit({ 'customer-edge': '${var.router}' })).topology.circuits[0];
  expect(c.customerEdge).toBeUndefined();
  expect(c.unresolved).toEqual(['customerEdge', 'secondaryCustomerEdge']);
});

test.each([
  ['ce1,ce2', ['ce1', 'ce2']],
  ['ce1', ['ce1', 'ce1']],
])('a port tagged customer-edge=%s: link routers %j', (value, routers) => {
  const { topology } = read({
    azurerm_express_route_port: { p: { name: 'p', peering_location: 'Amsterdam Metro', bandwidth_in_gbps: 10, encapsulation: 'Dot1Q', tags: { 'customer-edge': value } } },
  });
  expect(topology.ports[0].links.map((l) => [l.name, l.customerEdge])).toEqual([['link1', routers[0]], ['link2', routers[1]]]);
});

test('a gateway\'s requirements from its tags; a bad value is a note, not judged', () => {
  const gw = (tags: Record<string, string>) => read({
    azurerm_virtual_network_gateway: { g: { name: 'g', type: 'ExpressRoute', sku: 'ErGw2AZ', location: 'West Europe', tags } },
  });
  const ok = gw({ 'required-resiliency': 'maximum', 'minimum-capacity-mbps-under-failure': '2000' });
  expect(ok.topology.gateways[0]).toEqual(expect.objectContaining({ requiredResiliency: 'Maximum', minimumCapacityMbpsUnderFailure: 2000 }));
  const bad = gw({ 'required-resiliency': 'Extreme', 'minimum-capacity-mbps-under-failure': '2 Gbps' });
  expect(bad.topology.gateways[0].requiredResiliency).toBeUndefined();
  expect(bad.topology.gateways[0].minimumCapacityMbpsUnderFailure).toBeUndefined();
  expect(bad.notes).toEqual([
    'azurerm_virtual_network_gateway.g: tag required-resiliency should be High or Maximum, got "Extreme"; not judged',
    'azurerm_virtual_network_gateway.g: tag minimum-capacity-mbps-under-failure should be a number of Mbps, got "2 Gbps"; not judged',
  ]);
  const unknown = gw({ 'required-resiliency': '${var.tier}' });
  expect(unknown.topology.gateways[0].unresolved).toContain('requiredResiliency');
});
