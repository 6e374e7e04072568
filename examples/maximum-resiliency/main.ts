import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  ExpressRouteMetroCircuit, ExpressRouteVirtualNetworkGateway, GatewaySku, MetroLocation, RequiredResiliency,
} from '../../src';
import { azurerm, hubNetwork } from '../shared';

/**
 * Maximum resiliency: two Metro circuits in two metros (Amsterdam and Frankfurt) connected to
 * one zone-redundant gateway that requires it. Each metro is itself dual-homed.
 */
export class MaximumResiliencyStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    azurerm(this);
    const location = 'West Europe';
    const { rg, subnet } = hubNetwork(this, 'er-maxres', location, '10.30.0.0/16', '10.30.255.0/27');

    const gateway = new ExpressRouteVirtualNetworkGateway(this, 'Gateway', {
      resourceGroupName: rg.name, location, gatewaySubnetId: subnet.id, sku: GatewaySku.ERGW2AZ,
      requiredResiliency: RequiredResiliency.MAXIMUM,
      virtualNetworkAddressSpaces: ['10.30.0.0/16'],
    });

    const sites: Array<[string, MetroLocation, string]> = [
      ['Amsterdam', MetroLocation.AMSTERDAM, '192.168.130'],
      ['Frankfurt', MetroLocation.FRANKFURT, '192.168.140'],
    ];
    for (const [name, metro, net] of sites) {
      const circuit = new ExpressRouteMetroCircuit(this, `${name}Circuit`, {
        resourceGroupName: rg.name, location, metro, serviceProviderName: 'Equinix', bandwidthMbps: 2000,
      });
      circuit.addPrivatePeering('PrivatePeering', {
        vlanId: 130, peerAsn: 65030,
        primaryPeerAddressPrefix: `${net}.0/30`, secondaryPeerAddressPrefix: `${net}.4/30`,
      });
      // Equal weights: both metros carry traffic (identical routes advertised over both).
      circuit.connectTo('Connection', gateway, { routingWeight: 0 });
      new TerraformOutput(this, `${name.toLowerCase()}_circuit_id`, { value: circuit.circuitId });
    }
  }
}

if (require.main === module) {
  const app = new App();
  new MaximumResiliencyStack(app, 'maximum-resiliency');
  app.synth();
}
