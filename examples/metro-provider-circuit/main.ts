import { RouteFilter } from '@cdktf/provider-azurerm/lib/route-filter';
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  ExpressRouteMetroCircuit, ExpressRouteVirtualNetworkGateway, GatewaySku, MetroLocation,
} from '../../src';
import { azurerm, hubNetwork } from '../shared';

/**
 * A provider Metro circuit at Amsterdam Metro (Equinix, 1 Gbps) with private and Microsoft
 * peering, an authorization, and a connection to a zone-redundant ExpressRoute gateway.
 */
export class MetroProviderCircuitStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    azurerm(this);
    const location = 'West Europe';
    const { rg, subnet } = hubNetwork(this, 'er-metro-ams', location, '10.10.0.0/16', '10.10.255.0/27');

    const md5 = new TerraformVariable(this, 'bgp_md5_key', {
      type: 'string', sensitive: true, description: 'BGP MD5 key shared with the CE routers (max 25 letters and digits).',
    });

    const circuit = new ExpressRouteMetroCircuit(this, 'Circuit', {
      resourceGroupName: rg.name, location,
      metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000,
      outputServiceKey: true,
    });

    circuit.addPrivatePeering('PrivatePeering', {
      vlanId: 100, peerAsn: 65010,
      primaryPeerAddressPrefix: '192.168.100.0/30', secondaryPeerAddressPrefix: '192.168.100.4/30',
      sharedKey: md5.stringValue,
    });

    // Exchange Online (12076:5010) and SharePoint Online (12076:5020) communities.
    const routeFilter = new RouteFilter(this, 'RouteFilter', {
      name: 'rf-m365', resourceGroupName: rg.name, location,
      rule: [{ name: 'allow-m365', access: 'Allow', ruleType: 'Community', communities: ['12076:5010', '12076:5020'] }],
    });
    circuit.addMicrosoftPeering('MicrosoftPeering', {
      vlanId: 200, peerAsn: 1103, // your public ASN (a private one needs manual validation)
      primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30',
      advertisedPublicPrefixes: ['198.51.100.0/24'], routingRegistryName: 'RIPENCC',
      routeFilterId: routeFilter.id,
    });

    circuit.addAuthorization('SpokeAuthorization');

    const gateway = new ExpressRouteVirtualNetworkGateway(this, 'Gateway', {
      resourceGroupName: rg.name, location, gatewaySubnetId: subnet.id, sku: GatewaySku.ERGW2AZ,
      virtualNetworkAddressSpaces: ['10.10.0.0/16'],
    });
    circuit.connectTo('Connection', gateway, { routingWeight: 10 });

    new TerraformOutput(this, 'circuit_id', { value: circuit.circuitId });
    new TerraformOutput(this, 'peering_locations', { value: circuit.peeringLocations });
  }
}

if (require.main === module) {
  const app = new App();
  new MetroProviderCircuitStack(app, 'metro-provider-circuit');
  app.synth();
}
