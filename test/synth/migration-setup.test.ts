import { TerraformStack, Testing } from 'cdktf';
import {
  ExpressRouteCircuitMigration, ExpressRouteMetroCircuit, ExpressRouteProviderCircuit, ExpressRouteVirtualNetworkGateway,
  GatewaySku, MetroLocation, MigrationPhase,
} from '../../src';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { newStack, resources, RG, synthErrorIds, synthJson } from '../constructs/helpers';

describe('migration from a real setup', () => {
  function setup(phase: MigrationPhase, connectFirst: boolean) {
    const { stack } = newStack();
    const gw = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: 'sub/GatewaySubnet', sku: GatewaySku.ERGW2AZ });
    const source = new ExpressRouteProviderCircuit(stack, 'Old', { ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    const target = new ExpressRouteMetroCircuit(stack, 'New', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    if (connectFirst) source.connectTo('Connection', gw);
    const migration = new ExpressRouteCircuitMigration(stack, 'Migration', { source, target, productionGateways: [gw], phase });
    if (!connectFirst) source.connectTo('Connection', gw);
    return { stack, migration };
  }
  const connectionNames = (stack: TerraformStack) => resources(synthJson(stack), 'azurerm_virtual_network_gateway_connection').map((c) => c.name).sort();

  test('a source already connected with connectTo: the migration adopts that connection, one per gateway', () => {
    const { stack, migration } = setup(MigrationPhase.PREPARE, true);
    expect(connectionNames(stack)).toEqual(['ercn-old-connection']);
    expect(migration.adoptedConnections.map((c) => c.node.path)).toEqual(['test/Old/Connection']);
    expect(migration.connections).toEqual([]);
  });

  test('an adopted connection is removed at decommission, with the source', () => {
    const { stack } = setup(MigrationPhase.DECOMMISSION, true);
    expect(connectionNames(stack)).toEqual(['ercn-migration-target0']);
  });

  test('connected after the migration was created: two connections from the source fail with the fix (MIG060)', () => {
    const { stack } = setup(MigrationPhase.PREPARE, false);
    expect(synthErrorIds(stack)).toEqual(['MIG060', 'MIG060']);
  });

  test('the new circuit\'s Microsoft peering without a route filter in prepare is the migration\'s design: PEER009 suppressed, with the reason', () => {
    const { stack } = newStack();
    const gw = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: 'sub/GatewaySubnet', sku: GatewaySku.ERGW2AZ });
    const source = new ExpressRouteProviderCircuit(stack, 'Old', { ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    const target = new ExpressRouteMetroCircuit(stack, 'New', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    const ms = { vlanId: 200, peerAsn: 1103, primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30', advertisedPublicPrefixes: ['198.51.100.0/24'] };
    source.addMicrosoftPeering('Microsoft', { ...ms, routeFilterId: 'rf-id' });
    target.addMicrosoftPeering('Microsoft', { ...ms, primaryPeerAddressPrefix: '203.0.113.8/30', secondaryPeerAddressPrefix: '203.0.113.12/30' });
    new ExpressRouteCircuitMigration(stack, 'Migration', { source, target, productionGateways: [gw], phase: MigrationPhase.PREPARE });
    const peer009 = ExpressRouteValidation.of(stack).validate().findings.filter((f) => f.ruleId === 'PEER009');
    expect(peer009.map((f) => [f.path, f.suppressed])).toEqual([['test/New/Microsoft', true]]);
    expect(peer009[0].suppressionReason).toMatch(/prepare phase/);
  });

  test('MIGRATION_PHASE and the context key disagreeing is an error naming both', () => {
    process.env.MIGRATION_PHASE = 'cutover';
    try {
      const app = Testing.app({ context: { migrationPhase: 'validate' } });
      const stack = new TerraformStack(app, 'm');
      expect(() => ExpressRouteCircuitMigration.phaseOf(stack)).toThrow(/"validate" in the context key migrationPhase .* but "cutover" in the environment variable MIGRATION_PHASE/);
      // The same phase in both is fine; a phase given in props wins over both.
      process.env.MIGRATION_PHASE = 'validate';
      expect(ExpressRouteCircuitMigration.phaseOf(stack)).toBe(MigrationPhase.VALIDATE);
      process.env.MIGRATION_PHASE = 'cutover';
      expect(ExpressRouteCircuitMigration.phaseOf(stack, MigrationPhase.PREPARE)).toBe(MigrationPhase.PREPARE);
    } finally {
      delete process.env.MIGRATION_PHASE;
    }
  });
});
