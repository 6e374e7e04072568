import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Construct } from 'constructs';

/** The azurerm provider (v14 bindings need `features: [{}]`). */
export function azurerm(scope: Construct): AzurermProvider {
  return new AzurermProvider(scope, 'azurerm', { features: [{}] });
}

/** A resource group, a hub VNet and its GatewaySubnet. */
export function hubNetwork(scope: Construct, name: string, location: string, addressSpace: string, gatewaySubnet: string) {
  const rg = new ResourceGroup(scope, 'ResourceGroup', { name: `rg-${name}`, location });
  const vnet = new VirtualNetwork(scope, 'HubVnet', {
    name: `vnet-${name}`, resourceGroupName: rg.name, location, addressSpace: [addressSpace],
  });
  const subnet = new Subnet(scope, 'GatewaySubnet', {
    name: 'GatewaySubnet', resourceGroupName: rg.name, virtualNetworkName: vnet.name, addressPrefixes: [gatewaySubnet],
  });
  return { rg, vnet, subnet };
}
