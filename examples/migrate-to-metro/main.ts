import { RouteFilter } from '@cdktf/provider-azurerm/lib/route-filter';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  ExpressRouteCircuitBase, ExpressRouteCircuitMigration, ExpressRouteMetroCircuit, ExpressRouteProviderCircuit,
  ExpressRouteVirtualNetworkGateway, GatewaySku, MetroLocation, MigrationPhase,
} from '../../src';
import { azurerm, hubNetwork } from '../shared';

/** The peerings both circuits carry (same plan, so traffic can move). */
function addPeerings(circuit: ExpressRouteCircuitBase, routeFilterId?: string) {
  circuit.addPrivatePeering('PrivatePeering', {
    vlanId: 100, peerAsn: 65010,
    primaryPeerAddressPrefix: circuit.node.id === 'OldCircuit' ? '192.168.100.0/30' : '192.168.200.0/30',
    secondaryPeerAddressPrefix: circuit.node.id === 'OldCircuit' ? '192.168.100.4/30' : '192.168.200.4/30',
  });
  circuit.addMicrosoftPeering('MicrosoftPeering', {
    vlanId: 200, peerAsn: 1103,
    primaryPeerAddressPrefix: circuit.node.id === 'OldCircuit' ? '203.0.113.0/30' : '203.0.113.8/30',
    secondaryPeerAddressPrefix: circuit.node.id === 'OldCircuit' ? '203.0.113.4/30' : '203.0.113.12/30',
    advertisedPublicPrefixes: [circuit.node.id === 'OldCircuit' ? '198.51.100.0/25' : '198.51.100.128/25'],
    routingRegistryName: 'RIPENCC', routeFilterId,
  });
}

/**
 * Moves a standard circuit at Amsterdam to an ExpressRoute Metro circuit at Amsterdam Metro,
 * make-before-break. One stack per phase; in a real app, one stack whose phase comes from
 * `MIGRATION_PHASE=<phase> cdktf synth` (or the `migrationPhase` context key).
 */
export class MigrateToMetroStack extends TerraformStack {
  public readonly migration: ExpressRouteCircuitMigration;

  constructor(scope: Construct, id: string, phase?: MigrationPhase) {
    super(scope, id);
    azurerm(this);
    const location = 'West Europe';
    const { rg, subnet } = hubNetwork(this, 'er-migration', location, '10.40.0.0/16', '10.40.255.0/27');
    const testVnet = new VirtualNetwork(this, 'TestVnet', { name: 'vnet-er-test', resourceGroupName: rg.name, location, addressSpace: ['10.41.0.0/16'] });
    const testSubnet = new Subnet(this, 'TestGatewaySubnet', {
      name: 'GatewaySubnet', resourceGroupName: rg.name, virtualNetworkName: testVnet.name, addressPrefixes: ['10.41.255.0/27'],
    });

    const production = new ExpressRouteVirtualNetworkGateway(this, 'ProductionGateway', {
      resourceGroupName: rg.name, location, gatewaySubnetId: subnet.id, sku: GatewaySku.ERGW2AZ,
      virtualNetworkAddressSpaces: ['10.40.0.0/16'],
    });
    const test = new ExpressRouteVirtualNetworkGateway(this, 'TestGateway', {
      resourceGroupName: rg.name, location, gatewaySubnetId: testSubnet.id, sku: GatewaySku.ERGW1AZ,
      virtualNetworkAddressSpaces: ['10.41.0.0/16'],
    });

    const communities = (name: string, list: string[]) => new RouteFilter(this, name, {
      name: `rf-${name.toLowerCase()}`, resourceGroupName: rg.name, location,
      rule: [{ name: 'allow', access: 'Allow', ruleType: 'Community', communities: list }],
    });
    const productionFilter = communities('ProductionFilter', ['12076:5010', '12076:5020']);
    // A test filter that shares no routes with production: a service production does not use.
    const testFilter = communities('TestFilter', ['12076:5040']);

    const oldCircuit = new ExpressRouteProviderCircuit(this, 'OldCircuit', {
      resourceGroupName: rg.name, location, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000,
    });
    addPeerings(oldCircuit, productionFilter.id);
    // Standard resiliency is what this migration leaves behind.
    oldCircuit.suppressRule('DUAL003', 'the migration to Amsterdam Metro replaces this single-site circuit');
    production.suppressRule('DUAL003', 'single-site until the cutover to Amsterdam Metro');

    const metroCircuit = new ExpressRouteMetroCircuit(this, 'MetroCircuit', {
      resourceGroupName: rg.name, location, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000,
      outputServiceKey: true,
    });
    // No route filter before validate is the documented procedure: the migration says so itself (PEER009 suppressed in prepare).
    addPeerings(metroCircuit);

    this.migration = new ExpressRouteCircuitMigration(this, 'Migration', {
      source: oldCircuit, target: metroCircuit,
      productionGateways: [production], testGateway: test,
      productionRouteFilterId: productionFilter.id, testRouteFilterId: testFilter.id,
      phase,
    });
    new TerraformOutput(this, 'phase', { value: this.migration.phase });
  }
}

if (require.main === module) {
  const app = new App();
  new MigrateToMetroStack(app, 'migrate-to-metro');
  app.synth();
}
