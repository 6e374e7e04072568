import {
  CircuitNode, ConnectionNode, GatewayKind, GatewayNode, GlobalReachNode, MigrationNode, MigrationPhase,
  PeeringNode, PortNode, SecretInput, Topology, emptyTopology,
} from '../../src/model/topology';
import { RuleEngine } from '../../src/rules/engine';
import { Finding } from '../../src/rules/finding';

/** A Metro provider circuit at Amsterdam Metro. */
export function metroCircuit(key: string, over: Partial<CircuitNode> = {}): CircuitNode {
  return {
    key, path: key, location: 'West Europe', skuTier: 'Standard', skuFamily: 'MeteredData',
    serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam Metro', bandwidthMbps: 1000, declaredMetro: true,
    ...over,
  };
}

/** A 100G Dot1Q port pair at Amsterdam Metro. */
export function port(key: string, over: Partial<PortNode> = {}): PortNode {
  return {
    key, path: key, metro: 'Amsterdam Metro', peeringLocation: 'Amsterdam Metro', location: 'West Europe',
    bandwidthGbps: 100, encapsulation: 'Dot1Q', billingType: 'MeteredData',
    links: [{ name: 'link1', adminEnabled: false }, { name: 'link2', adminEnabled: false }],
    ...over,
  };
}

/** A 10 Gbps circuit on a port. */
export function directCircuit(key: string, portKey: string, over: Partial<CircuitNode> = {}): CircuitNode {
  return {
    key, path: key, location: 'West Europe', skuTier: 'Standard', skuFamily: 'MeteredData',
    portKey, bandwidthGbps: 10, ...over,
  };
}

/** A private peering with valid addressing. */
export function privatePeering(key: string, circuitKey: string, over: Partial<PeeringNode> = {}): PeeringNode {
  return {
    key, path: key, circuitKey, peeringType: 'AzurePrivatePeering', vlanId: 100, peerAsn: 65010,
    primaryPeerAddressPrefix: '192.168.100.0/30', secondaryPeerAddressPrefix: '192.168.100.4/30',
    sharedKey: SecretInput.NONE, ...over,
  };
}

/** A Microsoft peering with public prefixes and a route filter. */
export function microsoftPeering(key: string, circuitKey: string, over: Partial<PeeringNode> = {}): PeeringNode {
  return {
    key, path: key, circuitKey, peeringType: 'MicrosoftPeering', vlanId: 200, peerAsn: 34999,
    primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30',
    advertisedPublicPrefixes: ['198.51.100.0/24'], hasRouteFilter: true, routeFilterKey: 'rf', ...over,
  };
}

/** A zone-redundant VNet gateway. */
export function gateway(key: string, over: Partial<GatewayNode> = {}): GatewayNode {
  return { key, path: key, kind: GatewayKind.VIRTUAL_NETWORK_GATEWAY, sku: 'ErGw2AZ', location: 'West Europe', ...over };
}

/** A connection. */
export function connection(key: string, gatewayKey: string, circuitKey: string, over: Partial<ConnectionNode> = {}): ConnectionNode {
  return { key, path: key, gatewayKey, circuitKey, ...over };
}

/** A Global Reach link. */
export function globalReach(key: string, circuitKey: string, peerCircuitKey: string, over: Partial<GlobalReachNode> = {}): GlobalReachNode {
  return { key, path: key, circuitKey, peerCircuitKey, addressPrefixIpv4: '10.255.255.0/29', ...over };
}

/** A migration. */
export function migration(key: string, phase: MigrationPhase, over: Partial<MigrationNode> = {}): MigrationNode {
  return { key, path: key, phase, sourceCircuitKey: 'old', targetCircuitKey: 'new', productionGatewayKeys: ['gw'], ...over };
}

/** A topology with every part valid: the base that cases change. */
export function validTopology(): Topology {
  const t = emptyTopology();
  t.circuits.push(metroCircuit('ams'));
  t.circuits.push(metroCircuit('fra', { peeringLocation: 'Frankfurt Metro', serviceProviderName: 'Megaport', location: 'Germany West Central' }));
  t.ports.push(port('port'));
  t.circuits.push(directCircuit('d1', 'port'));
  t.peerings.push(privatePeering('ams/private', 'ams'));
  t.peerings.push(microsoftPeering('ams/microsoft', 'ams'));
  t.peerings.push(privatePeering('fra/private', 'fra'));
  t.peerings.push(privatePeering('d1/private', 'd1', { vlanId: 300 }));
  t.gateways.push(gateway('gw'));
  t.connections.push(connection('gw/ams', 'gw', 'ams'));
  t.connections.push(connection('gw/fra', 'gw', 'fra'));
  t.globalReach.push(globalReach('gr', 'ams', 'fra'));
  return t;
}

/** Runs the built-in rules. */
export function run(t: Topology): Finding[] {
  return new RuleEngine().validate(t).findings;
}

/** The ids of unsuppressed findings. */
export function ruleIds(t: Topology): string[] {
  return run(t).filter((f) => !f.suppressed).map((f) => f.ruleId);
}
