import { MigrationPhase, SecretInput, Topology } from '../../src/model/topology';
import { RuleEngine } from '../../src/rules/engine';
import { RuleRegistry } from '../../src/rules/registry';
import {
  connection, directCircuit, gateway, globalReach, metroCircuit, microsoftPeering, migration, privatePeering,
  ruleIds, run, validTopology,
} from './fixtures';
import { CASES as SIMULATION_CASES } from './verdicts/simulation.cases';

type Change = (t: Topology) => void;
const circuit = (t: Topology, key: string) => t.circuits.find((c) => c.key === key)! as any;
const peering = (t: Topology, key: string) => t.peerings.find((p) => p.key === key)! as any;
const portOf = (t: Topology, key = 'port') => t.ports.find((p) => p.key === key)! as any;
const gw = (t: Topology, key = 'gw') => t.gateways.find((g) => g.key === key)! as any;

/** Migration fixture: old circuit at Amsterdam connected to production, new Metro circuit. */
function migrationTopology(phase: MigrationPhase, change: Change = () => undefined): Topology {
  const t = validTopology();
  t.circuits.push(metroCircuit('old', { peeringLocation: 'Amsterdam', declaredMetro: false }));
  t.circuits.push(metroCircuit('new'));
  t.peerings.push(privatePeering('old/private', 'old', { vlanId: 400 }));
  t.peerings.push(privatePeering('new/private', 'new', { vlanId: 400 }));
  t.gateways.push(gateway('test-gw'));
  t.connections.push(connection('gw/old', 'gw', 'old'));
  t.migrations.push(migration('mig', phase, { testGatewayKey: 'test-gw' }));
  if (phase === MigrationPhase.VALIDATE) t.connections.push(connection('test-gw/new', 'test-gw', 'new'));
  if (phase === MigrationPhase.CUTOVER || phase === MigrationPhase.DECOMMISSION) t.connections.push(connection('gw/new', 'gw', 'new'));
  if (phase === MigrationPhase.DECOMMISSION) t.connections.splice(t.connections.findIndex((c) => c.key === 'gw/old'), 1);
  change(t);
  return t;
}

/** Each rule: cases that must fail with that rule id. */
const failing: Array<[string, string, () => Topology]> = [
  ['METRO001', 'a Metro circuit at City2 instead of the Metro name', () => mutate((t) => { circuit(t, 'ams').peeringLocation = 'Amsterdam2'; })],
  ['METRO001', 'an unknown metro', () => mutate((t) => { circuit(t, 'ams').peeringLocation = 'Atlantis Metro'; })],
  ['METRO002', 'a provider not at the metro', () => mutate((t) => { circuit(t, 'ams').serviceProviderName = 'Zayo'; })],
  ['METRO002', 'a metro with no active provider', () => mutate((t) => { circuit(t, 'ams').peeringLocation = 'Hong Kong Metro'; })],
  ['METRO003', 'an announced provider', () => mutate((t) => { circuit(t, 'ams').serviceProviderName = 'GTT'; })],
  ['METRO004', 'a Direct port at Brussels Metro', () => mutate((t) => { portOf(t).metro = 'Brussels Metro'; portOf(t).peeringLocation = 'Brussels Metro'; })],
  ['METRO005', 'the default Metro port location (info)', () => validTopology()],
  ['METRO006', 'a port at an unknown metro', () => mutate((t) => { portOf(t).metro = 'Amsterdam2'; })],
  ['DUAL001', 'one link enabled', () => mutate((t) => { portOf(t).links[0].adminEnabled = true; })],
  ['DUAL002', 'a peering with no secondary session', () => mutate((t) => { delete peering(t, 'ams/private').secondaryPeerAddressPrefix; })],
  ['DUAL002', 'IPv6 with only a primary /126', () => mutate((t) => { peering(t, 'ams/private').ipv6PrimaryPeerAddressPrefix = '2001:db8::/126'; })],
  ['DUAL003', 'a gateway with one single-site circuit', () => mutate((t) => {
    t.circuits.push(metroCircuit('single', { peeringLocation: 'Amsterdam', declaredMetro: false }));
    t.gateways.push(gateway('gw2'));
    t.connections.push(connection('gw2/single', 'gw2', 'single'));
  })],
  ['DUAL004', 'a MultiHomed gateway on one single-site circuit', () => mutate((t) => {
    t.circuits.push(metroCircuit('single', { peeringLocation: 'Amsterdam', declaredMetro: false }));
    t.gateways.push(gateway('gw2', { resiliencyModel: 'MultiHomed' }));
    t.connections.push(connection('gw2/single', 'gw2', 'single'));
  })],
  ['DUAL005', 'Maximum required but both Metro circuits in one metro', () => mutate((t) => {
    gw(t).requiredResiliency = 'Maximum';
    circuit(t, 'fra').peeringLocation = 'Amsterdam Metro';
    circuit(t, 'fra').serviceProviderName = 'Megaport';
    t.globalReach.length = 0;
  })],
  ['DUAL006', 'a gateway on one Metro circuit only (info)', () => mutate((t) => { t.connections.splice(1, 1); })],
  ['BW001', 'a provider bandwidth of 300 Mbps', () => mutate((t) => { circuit(t, 'ams').bandwidthMbps = 300; })],
  ['BW002', '40 Gbps on a 10G port', () => mutate((t) => { portOf(t).bandwidthGbps = 10; circuit(t, 'd1').bandwidthGbps = 40; })],
  ['BW002', '3 Gbps on a 100G port', () => mutate((t) => { circuit(t, 'd1').bandwidthGbps = 3; })],
  ['BW003', 'circuits above the port size', () => mutate((t) => {
    portOf(t).bandwidthGbps = 10;
    t.circuits.push(directCircuit('d2', 'port', { bandwidthGbps: 10 }));
  })],
  ['BW004', 'provider and Direct fields together', () => mutate((t) => { circuit(t, 'd1').serviceProviderName = 'Equinix'; })],
  ['BW004', 'a provider circuit without bandwidth', () => mutate((t) => { delete circuit(t, 'ams').bandwidthMbps; })],
  ['BW004', 'a circuit with neither kind', () => mutate((t) => { t.circuits.push({ key: 'empty', path: 'empty', skuTier: 'Standard', skuFamily: 'MeteredData' }); })],
  ['BW005', 'a bandwidth decrease', () => mutate((t) => { circuit(t, 'ams').previous = { bandwidthMbps: 2000 }; })],
  ['SKU001', 'an unknown tier', () => mutate((t) => { circuit(t, 'ams').skuTier = 'premium'; })],
  ['SKU002', 'an unknown family', () => mutate((t) => { circuit(t, 'ams').skuFamily = 'Metered'; })],
  ['SKU003', 'Local with MeteredData', () => mutate((t) => { circuit(t, 'ams').skuTier = 'Local'; t.globalReach.length = 0; })],
  ['SKU004', 'Local at a metro with no local region', () => mutate((t) => {
    const c = circuit(t, 'ams');
    c.skuTier = 'Local'; c.skuFamily = 'UnlimitedData'; c.peeringLocation = 'Atlanta Metro'; t.globalReach.length = 0;
  })],
  ['SKU005', 'a Direct circuit created as UnlimitedData', () => mutate((t) => { circuit(t, 'd1').skuFamily = 'UnlimitedData'; circuit(t, 'd1').creating = true; })],
  ['SKU006', 'UnlimitedData back to MeteredData', () => mutate((t) => { circuit(t, 'ams').previous = { skuFamily: 'UnlimitedData' }; })],
  ['SKU007', 'Local to Standard with MeteredData', () => mutate((t) => { circuit(t, 'ams').previous = { skuTier: 'Local' }; })],
  ['SKU008', '11 VNet links on a Standard circuit', () => mutate((t) => {
    for (let i = 0; i < 11; i++) {
      t.gateways.push(gateway(`g${i}`, { virtualNetwork: `vnet${i}` }));
      t.connections.push(connection(`g${i}/ams`, `g${i}`, 'ams'));
    }
  })],
  ['SKU009', 'Premium to Standard with 10 VNets linked', () => mutate((t) => {
    circuit(t, 'ams').previous = { skuTier: 'Premium' };
    for (let i = 0; i < 10; i++) {
      t.gateways.push(gateway(`g${i}`, { virtualNetwork: `vnet${i}` }));
      t.connections.push(connection(`g${i}/ams`, `g${i}`, 'ams'));
    }
  })],
  ['PORT001', 'an unknown encapsulation', () => mutate((t) => { portOf(t).encapsulation = 'dot1q'; })],
  ['PORT002', 'a VLAN reused across circuits on a Dot1Q port', () => mutate((t) => {
    t.circuits.push(directCircuit('d2', 'port'));
    t.peerings.push(privatePeering('d2/private', 'd2', { vlanId: 300 }));
  })],
  ['PORT003', 'a 40 Gbps port', () => mutate((t) => { portOf(t).bandwidthGbps = 40; })],
  ['PORT003', 'a 400 Gbps port without enrollment', () => mutate((t) => { portOf(t).bandwidthGbps = 400; })],
  ['PORT004', 'an unknown billing type', () => mutate((t) => { portOf(t).billingType = 'Metered'; })],
  ['PORT005', 'an enabled link (billing)', () => mutate((t) => { portOf(t).links[0].adminEnabled = true; portOf(t).links[1].adminEnabled = true; })],
  ['PORT006', 'a circuit in another region than its port', () => mutate((t) => { circuit(t, 'd1').location = 'North Europe'; })],
  ['PORT007', '11 circuits on a port', () => mutate((t) => {
    portOf(t).bandwidthGbps = 400; portOf(t).enrolled400G = true;
    for (let i = 0; i < 10; i++) t.circuits.push(directCircuit(`x${i}`, 'port', { bandwidthGbps: 5 }));
  })],
  ['MACSEC001', 'an unknown cipher', () => mutate((t) => { portOf(t).links[0].macsecCipher = 'Aes128'; })],
  ['MACSEC002', 'MACsec keys without identity', () => mutate((t) => {
    portOf(t).links[0].macsecCkn = SecretInput.REFERENCE; portOf(t).links[0].macsecCak = SecretInput.REFERENCE;
    portOf(t).links[0].macsecCipher = 'GcmAesXpn256';
  })],
  ['MACSEC002', 'a CAK without a CKN', () => mutate((t) => {
    portOf(t).hasUserAssignedIdentity = true;
    portOf(t).links[0].macsecCak = SecretInput.REFERENCE; portOf(t).links[0].macsecCipher = 'GcmAesXpn256';
  })],
  ['MACSEC003', 'a non-XPN cipher', () => mutate((t) => {
    portOf(t).hasUserAssignedIdentity = true;
    portOf(t).links[0].macsecCkn = SecretInput.REFERENCE; portOf(t).links[0].macsecCak = SecretInput.REFERENCE;
    portOf(t).links[0].macsecCipher = 'GcmAes128';
  })],
  ['PEER001', 'a /29 peering subnet', () => mutate((t) => { peering(t, 'ams/private').primaryPeerAddressPrefix = '192.168.100.0/29'; })],
  ['PEER001', 'host bits set', () => mutate((t) => { peering(t, 'ams/private').primaryPeerAddressPrefix = '192.168.100.1/30'; })],
  ['PEER001', 'an IPv6 /64', () => mutate((t) => {
    peering(t, 'ams/private').ipv6PrimaryPeerAddressPrefix = '2001:db8::/64';
    peering(t, 'ams/private').ipv6SecondaryPeerAddressPrefix = '2001:db8:1::/126';
  })],
  ['PEER001', 'not a CIDR', () => mutate((t) => { peering(t, 'ams/private').primaryPeerAddressPrefix = '192.168.100/30'; })],
  ['PEER002', 'primary equals secondary', () => mutate((t) => { peering(t, 'ams/private').secondaryPeerAddressPrefix = '192.168.100.0/30'; })],
  ['PEER003', 'two peerings on one VLAN', () => mutate((t) => { peering(t, 'ams/microsoft').vlanId = 100; })],
  ['PEER004', 'VLAN 4095', () => mutate((t) => { peering(t, 'ams/private').vlanId = 4095; })],
  ['PEER005', 'a reserved ASN', () => mutate((t) => { peering(t, 'ams/private').peerAsn = 65515; })],
  ['PEER005', 'an ASN above 32 bits', () => mutate((t) => { peering(t, 'ams/private').peerAsn = 4294967296; })],
  ['PEER006', 'Microsoft\'s ASN', () => mutate((t) => { peering(t, 'ams/private').peerAsn = 12076; })],
  ['PEER007', 'a literal MD5 key too long', () => mutate((t) => { peering(t, 'ams/private').sharedKey = SecretInput.LITERAL; peering(t, 'ams/private').sharedKeyWellFormed = false; })],
  ['PEER008', 'RFC 1918 prefixes on Microsoft peering', () => mutate((t) => { peering(t, 'ams/microsoft').advertisedPublicPrefixes = ['10.1.0.0/16']; })],
  ['PEER008', 'no advertised prefixes', () => mutate((t) => { delete peering(t, 'ams/microsoft').advertisedPublicPrefixes; })],
  ['PEER008', '201 prefixes', () => mutate((t) => {
    peering(t, 'ams/microsoft').advertisedPublicPrefixes = Array.from({ length: 201 }, (_, i) => `198.51.${i % 256}.0/24`);
  })],
  ['PEER009', 'Microsoft peering without route filter', () => mutate((t) => { peering(t, 'ams/microsoft').hasRouteFilter = false; })],
  ['PEER010', 'a route filter on private peering', () => mutate((t) => { peering(t, 'ams/private').hasRouteFilter = true; })],
  ['PEER011', 'a private customer ASN', () => mutate((t) => { peering(t, 'ams/microsoft').customerAsn = 65001; })],
  ['PEER011', 'a documentation ASN', () => mutate((t) => { peering(t, 'ams/microsoft').peerAsn = 64500; })],
  ['PEER011', 'a private peer ASN (warning)', () => mutate((t) => { peering(t, 'ams/microsoft').peerAsn = 65001; })],
  ['PEER012', 'two private peerings on one circuit', () => mutate((t) => { t.peerings.push(privatePeering('ams/private2', 'ams', { vlanId: 101 })); })],
  ['PEER013', 'Azure public peering', () => mutate((t) => { peering(t, 'fra/private').peeringType = 'AzurePublicPeering'; })],
  ['PEER014', 'a peering subnet inside the VNet', () => mutate((t) => { gw(t).virtualNetworkAddressSpaces = ['192.168.0.0/16']; })],
  ['PEER015', 'a route filter with two rules', () => mutate((t) => { t.routeFilters.push({ key: 'rf', path: 'rf', location: 'West Europe', ruleCount: 2, ruleAccess: 'Allow' }); })],
  ['PEER015', 'a Deny rule', () => mutate((t) => { t.routeFilters.push({ key: 'rf', path: 'rf', location: 'West Europe', ruleCount: 1, ruleAccess: 'Deny' }); })],
  ['PEER015', 'a route filter in another region', () => mutate((t) => { t.routeFilters.push({ key: 'rf', path: 'rf', location: 'North Europe', ruleCount: 1, ruleAccess: 'Allow' }); })],
  ['SEC001', 'a literal MD5 key', () => mutate((t) => { peering(t, 'ams/private').sharedKey = SecretInput.LITERAL; peering(t, 'ams/private').sharedKeyWellFormed = true; })],
  ['SEC002', 'a literal authorization key on a connection', () => mutate((t) => { t.connections[0] = { ...t.connections[0], authorizationKey: SecretInput.LITERAL }; })],
  ['SEC002', 'a literal port authorization key on a circuit', () => mutate((t) => { circuit(t, 'd1').authorizationKey = SecretInput.LITERAL; })],
  ['SEC003', 'a literal MACsec key', () => mutate((t) => {
    portOf(t).hasUserAssignedIdentity = true;
    portOf(t).links[0].macsecCkn = SecretInput.LITERAL; portOf(t).links[0].macsecCak = SecretInput.REFERENCE;
    portOf(t).links[0].macsecCipher = 'GcmAesXpn256';
  })],
  ['SEC004', 'an output with a key not sensitive', () => mutate((t) => { t.outputs.push({ key: 'o', path: 'o', carriesSecret: true, sensitive: false }); })],
  ['GW001', 'a VPN SKU', () => mutate((t) => { gw(t).sku = 'VpnGw1'; })],
  ['GW002', '5 circuits on an ErGw1AZ gateway', () => mutate((t) => {
    gw(t).sku = 'ErGw1AZ';
    for (let i = 0; i < 3; i++) {
      t.circuits.push(metroCircuit(`c${i}`, { peeringLocation: ['Paris Metro', 'Dublin Metro', 'Madrid Metro'][i], serviceProviderName: 'Megaport' }));
      t.connections.push(connection(`gw/c${i}`, 'gw', `c${i}`));
    }
  })],
  ['GW003', '5 circuits from one location on one VNet', () => mutate((t) => {
    gw(t).sku = 'ErGw3AZ';
    for (let i = 0; i < 4; i++) {
      t.circuits.push(metroCircuit(`c${i}`, { serviceProviderName: 'Megaport' }));
      t.connections.push(connection(`gw/c${i}`, 'gw', `c${i}`));
    }
  })],
  ['GW004', '16 circuits with a /27 gateway subnet', () => mutate((t) => {
    gw(t).sku = 'ErGw3AZ'; gw(t).gatewaySubnetPrefix = '10.0.0.0/27';
    const metros = ['Paris', 'Dublin', 'Madrid', 'Milan', 'Zurich', 'Vienna', 'Stockholm'];
    for (let i = 0; i < 14; i++) {
      t.circuits.push(metroCircuit(`c${i}`, { peeringLocation: `${metros[i % 7]} Metro`, serviceProviderName: 'Megaport' }));
      t.connections.push(connection(`gw/c${i}`, 'gw', `c${i}`));
    }
  })],
  ['GW005', 'FastPath on ErGw2AZ', () => mutate((t) => { t.connections[0] = { ...t.connections[0], fastPath: true }; })],
  ['GW005', 'FastPath on ErGwScale with 2 units', () => mutate((t) => {
    gw(t).sku = 'ErGwScale'; gw(t).minScaleUnits = 2; gw(t).maxScaleUnits = 2;
    t.connections[0] = { ...t.connections[0], fastPath: true };
  })],
  ['GW006', 'Private Link FastPath without FastPath', () => mutate((t) => { t.connections[0] = { ...t.connections[0], privateLinkFastPath: true }; })],
  ['GW007', 'routing weight 40000', () => mutate((t) => { t.connections[0] = { ...t.connections[0], routingWeight: 40000 }; })],
  ['GW008', 'ErGwScale min above max', () => mutate((t) => { gw(t).sku = 'ErGwScale'; gw(t).minScaleUnits = 5; gw(t).maxScaleUnits = 2; })],
  ['GW008', 'ErGwScale 41 units', () => mutate((t) => { gw(t).sku = 'ErGwScale'; gw(t).minScaleUnits = 1; gw(t).maxScaleUnits = 41; })],
  ['GW008', 'scale units on ErGw2AZ', () => mutate((t) => { gw(t).minScaleUnits = 2; })],
  ['GW008', 'ErGwScale without units', () => mutate((t) => { gw(t).sku = 'ErGwScale'; })],
  ['GW009', 'a non-AZ SKU', () => mutate((t) => { gw(t).sku = 'HighPerformance'; })],
  ['GW010', 'a public IP on an ER gateway', () => mutate((t) => { gw(t).hasPublicIp = true; })],
  ['GW011', 'a gateway subnet with another name', () => mutate((t) => { gw(t).gatewaySubnetName = 'gw-subnet'; })],
  ['GR001', 'two circuits at one location', () => mutate((t) => { circuit(t, 'fra').peeringLocation = 'Amsterdam Metro'; })],
  ['GR002', 'a Local circuit', () => mutate((t) => { circuit(t, 'ams').skuTier = 'Local'; circuit(t, 'ams').skuFamily = 'UnlimitedData'; })],
  ['GR003', 'a /28 Global Reach subnet', () => mutate((t) => { t.globalReach[0] = { ...t.globalReach[0], addressPrefixIpv4: '10.255.255.0/28' }; })],
  ['GR003', 'two links on overlapping subnets', () => mutate((t) => {
    t.circuits.push(metroCircuit('par', { peeringLocation: 'Paris Metro', serviceProviderName: 'Megaport' }));
    t.peerings.push(privatePeering('par/private', 'par'));
    t.globalReach.push(globalReach('gr2', 'ams', 'par'));
  })],
  ['GR004', 'Global Reach from Vienna', () => mutate((t) => { circuit(t, 'fra').peeringLocation = 'Vienna Metro'; circuit(t, 'fra').serviceProviderName = 'Colt'; })],
  ['GR005', 'different countries on Standard', () => validTopology()],
  ['MACSEC004', 'an XPN cipher under azurerm 4.55.0', () => versioned('4.55.0', (t) => {
    portOf(t).hasUserAssignedIdentity = true;
    portOf(t).links[0].macsecCkn = SecretInput.REFERENCE; portOf(t).links[0].macsecCak = SecretInput.REFERENCE;
    portOf(t).links[0].macsecCipher = 'GcmAesXpn256';
  })],
  ['MACSEC005', 'a MACsec port with identity under ~> 4.0', () => versioned('~> 4.0', (t) => {
    portOf(t).hasUserAssignedIdentity = true;
    portOf(t).links[0].macsecCkn = SecretInput.REFERENCE; portOf(t).links[0].macsecCak = SecretInput.REFERENCE;
    portOf(t).links[0].macsecCipher = 'GcmAes256';
  })],
  ['GW012', 'ErGwScale under azurerm 4.55.0', () => versioned('4.55.0', (t) => { gw(t).sku = 'ErGwScale'; gw(t).minScaleUnits = 2; gw(t).maxScaleUnits = 2; })],
  ['GW012', 'ErGwScale scale units under >= 4.60 (warning)', () => versioned('>= 4.60.0, < 5.0.0', (t) => { gw(t).sku = 'ErGwScale'; gw(t).minScaleUnits = 2; gw(t).maxScaleUnits = 2; })],
  ['PLAN001', 'a plan replacing a circuit', () => mutate((t) => { circuit(t, 'ams').replacedBecauseOf = ['peering_location']; })],
  ['PLAN001', 'a plan replacing a port', () => mutate((t) => { portOf(t).replacedBecauseOf = ['encapsulation']; })],
  ['MIG001', 'prepare with the new circuit on the production gateway', () => migrationTopology(MigrationPhase.PREPARE, (t) => { t.connections.push(connection('gw/new', 'gw', 'new')); })],
  ['MIG002', 'prepare with a route filter on the new Microsoft peering', () => migrationTopology(MigrationPhase.PREPARE, (t) => {
    t.peerings.push(microsoftPeering('new/ms', 'new'));
  })],
  ['MIG002', 'validate with the source\'s route filter', () => migrationTopology(MigrationPhase.VALIDATE, (t) => {
    t.peerings.push(microsoftPeering('old/ms', 'old', { routeFilterKey: 'prod-rf' }));
    t.peerings.push(microsoftPeering('new/ms', 'new', { routeFilterKey: 'prod-rf' }));
  })],
  ['MIG003', 'validate without a test gateway connection', () => migrationTopology(MigrationPhase.VALIDATE, (t) => { t.connections.pop(); })],
  ['MIG004', 'cutover without the production connection', () => migrationTopology(MigrationPhase.CUTOVER, (t) => { t.connections.pop(); })],
  ['MIG004', 'cutover keeping the test connection', () => migrationTopology(MigrationPhase.CUTOVER, (t) => { t.connections.push(connection('test-gw/new', 'test-gw', 'new')); })],
  ['MIG005', 'the new circuit lacks the private peering', () => migrationTopology(MigrationPhase.PREPARE, (t) => {
    t.peerings.splice(t.peerings.findIndex((p) => p.key === 'new/private'), 1);
  })],
  ['MIG006', 'the new circuit at the same location', () => migrationTopology(MigrationPhase.PREPARE, (t) => { circuit(t, 'old').peeringLocation = 'Amsterdam Metro'; })],
  ['MIG007', 'decommission with the source still connected', () => migrationTopology(MigrationPhase.DECOMMISSION, (t) => { t.connections.push(connection('gw/old2', 'gw', 'old')); })],
  // The failure simulation's verdicts: their failing pinned cases (test/rules/verdicts/simulation.cases.ts).
  ...SIMULATION_CASES.filter((c) => c.expect.length > 0).map((c): [string, string, () => Topology] => [c.ruleId, c.name, c.topology]),
];

/** Topologies that must pass a rule (no finding with that id). */
const passing: Array<[string, string, () => Topology]> = [
  ['METRO001', 'Amsterdam Metro', () => validTopology()],
  ['METRO001', 'a single-site circuit at Amsterdam (not Metro)', () => mutate((t) => { circuit(t, 'ams').peeringLocation = 'Amsterdam'; circuit(t, 'ams').declaredMetro = false; })],
  ['METRO002', 'a provider offered at the metro, any case', () => mutate((t) => { circuit(t, 'ams').serviceProviderName = 'equinix'; })],
  ['METRO004', 'a port at Amsterdam', () => validTopology()],
  ['DUAL001', 'both links enabled', () => mutate((t) => { portOf(t).links[0].adminEnabled = true; portOf(t).links[1].adminEnabled = true; })],
  ['DUAL003', 'a gateway on two metros', () => validTopology()],
  ['DUAL005', 'Maximum required and two metros', () => mutate((t) => { gw(t).requiredResiliency = 'Maximum'; })],
  ['BW001', '10000 Mbps', () => mutate((t) => { circuit(t, 'ams').bandwidthMbps = 10000; })],
  ['BW002', '40 Gbps on a 100G port', () => mutate((t) => { circuit(t, 'd1').bandwidthGbps = 40; })],
  ['BW003', 'circuits within the port size', () => validTopology()],
  ['BW005', 'a bandwidth increase', () => mutate((t) => { circuit(t, 'ams').previous = { bandwidthMbps: 500 }; })],
  ['SKU005', 'a Direct circuit already existing moves to UnlimitedData', () => mutate((t) => { circuit(t, 'd1').skuFamily = 'UnlimitedData'; circuit(t, 'd1').creating = false; })],
  ['PORT002', 'a VLAN reused on a QinQ port', () => mutate((t) => {
    portOf(t).encapsulation = 'QinQ';
    t.circuits.push(directCircuit('d2', 'port'));
    t.peerings.push(privatePeering('d2/private', 'd2', { vlanId: 300 }));
  })],
  ['PORT003', 'a 400 Gbps port with enrollment', () => mutate((t) => { portOf(t).bandwidthGbps = 400; portOf(t).enrolled400G = true; })],
  ['PORT006', 'another region with a port authorization', () => mutate((t) => { circuit(t, 'd1').location = 'North Europe'; circuit(t, 'd1').authorizationKey = SecretInput.REFERENCE; })],
  ['MACSEC002', 'keys with an identity', () => mutate((t) => {
    portOf(t).hasUserAssignedIdentity = true;
    portOf(t).links[0].macsecCkn = SecretInput.REFERENCE; portOf(t).links[0].macsecCak = SecretInput.REFERENCE;
    portOf(t).links[0].macsecCipher = 'GcmAesXpn256';
  })],
  ['PEER001', 'IPv6 /126 pair', () => mutate((t) => {
    peering(t, 'ams/private').ipv6PrimaryPeerAddressPrefix = '2001:db8:100::/126';
    peering(t, 'ams/private').ipv6SecondaryPeerAddressPrefix = '2001:db8:100::4/126';
  })],
  ['PEER005', 'a 32-bit ASN', () => mutate((t) => { peering(t, 'ams/private').peerAsn = 4200000001; })],
  ['PEER008', 'public prefixes', () => validTopology()],
  ['PEER015', 'one Allow rule in the circuit\'s region', () => mutate((t) => { t.routeFilters.push({ key: 'rf', path: 'rf', location: 'westeurope', ruleCount: 1, ruleAccess: 'Allow' }); })],
  ['SEC001', 'an MD5 key given as a reference', () => mutate((t) => { peering(t, 'ams/private').sharedKey = SecretInput.REFERENCE; })],
  ['GW002', '4 circuits on ErGw1AZ', () => mutate((t) => { gw(t).sku = 'ErGw1AZ'; })],
  ['GW005', 'FastPath on ErGwScale with 10 units', () => mutate((t) => {
    gw(t).sku = 'ErGwScale'; gw(t).minScaleUnits = 10; gw(t).maxScaleUnits = 10;
    t.connections[0] = { ...t.connections[0], fastPath: true };
  })],
  ['GR001', 'Amsterdam and Frankfurt', () => validTopology()],
  ['GR005', 'both Premium', () => mutate((t) => { circuit(t, 'ams').skuTier = 'Premium'; circuit(t, 'fra').skuTier = 'Premium'; })],
  ['MACSEC004', 'an XPN cipher under >= 4.60.0', () => versioned('>= 4.60.0, < 5.0.0', (t) => {
    portOf(t).hasUserAssignedIdentity = true;
    portOf(t).links[0].macsecCkn = SecretInput.REFERENCE; portOf(t).links[0].macsecCak = SecretInput.REFERENCE;
    portOf(t).links[0].macsecCipher = 'GcmAesXpn256';
  })],
  ['MACSEC004', 'an XPN cipher with no known target version', () => mutate((t) => { portOf(t).links[0].macsecCipher = 'GcmAesXpn256'; })],
  ['GW012', 'ErGwScale under >= 4.79.0', () => versioned('>= 4.79.0, < 5.0.0', (t) => { gw(t).sku = 'ErGwScale'; gw(t).minScaleUnits = 2; gw(t).maxScaleUnits = 2; })],
  ['MIG001', 'prepare without production connection', () => migrationTopology(MigrationPhase.PREPARE)],
  ['MIG003', 'validate on the test gateway', () => migrationTopology(MigrationPhase.VALIDATE)],
  ['MIG004', 'cutover on the production gateway', () => migrationTopology(MigrationPhase.CUTOVER)],
  ['MIG007', 'decommission with the source disconnected', () => migrationTopology(MigrationPhase.DECOMMISSION)],
];

function versioned(providerVersion: string, change: Change): Topology {
  return { ...mutate(change), providerVersion };
}

function mutate(change: Change): Topology {
  const t = validTopology();
  change(t);
  return t;
}

describe('the valid base topology', () => {
  test('has no error finding', () => {
    const errors = run(validTopology()).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });
});

describe.each(failing)('%s fails: %s', (ruleId, _name, build) => {
  test('reports the rule with path, property, message and fix', () => {
    const findings = run(build()).filter((f) => f.ruleId === ruleId);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.path).not.toBe('');
      expect(f.property).not.toBe('');
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.fix.length).toBeGreaterThan(5);
      expect(f.source).toMatch(/^https:\/\//);
    }
  });
});

describe.each(passing)('%s passes: %s', (ruleId, _name, build) => {
  test('reports nothing for the rule', () => {
    expect(ruleIds(build())).not.toContain(ruleId);
  });
});

test('every built-in rule has a failing case', () => {
  const covered = new Set(failing.map(([id]) => id));
  const missing = RuleRegistry.builtIn().describe().map((r) => r.id).filter((id) => !covered.has(id));
  expect(missing).toEqual([]);
});

test('unknown values are not judged', () => {
  const t = validTopology();
  const c = circuit(t, 'ams');
  c.bandwidthMbps = undefined; c.unresolved = ['bandwidthMbps'];
  expect(ruleIds(t)).not.toContain('BW001');
  expect(ruleIds(t)).not.toContain('BW004');
});

test('a rule that throws becomes a "(rule)" finding instead of hiding the others', () => {
  const registry = RuleRegistry.builtIn().register({
    id: 'ACME999', severity: 'error' as any, title: 'broken', source: 'https://example.com',
    check() { throw new TypeError('boom'); },
  });
  const findings = new RuleEngine({ registry }).validate(validTopology()).findings;
  expect(findings.find((f) => f.property === '(rule)')).toMatchObject({ ruleId: 'ACME999', message: 'Rule ACME999 failed to run: boom' });
});
