/** A synthetic `terraform show -json` plan of about `targetMb` megabytes. */
export function syntheticPlanJson(targetMb: number): string {
  const resources: string[] = [];
  const changes: string[] = [];
  let size = 0;
  const push = (address: string, type: string, values: object) => {
    const r = JSON.stringify({ address, mode: 'managed', type, name: address.split('.')[1], provider_name: 'registry.terraform.io/hashicorp/azurerm', schema_version: 0, values, sensitive_values: {} });
    const c = JSON.stringify({ address, mode: 'managed', type, name: address.split('.')[1], change: { actions: ['create'], before: null, after: values, after_unknown: { id: true } } });
    resources.push(r);
    changes.push(c);
    size += r.length + c.length;
  };
  const metros = ['Amsterdam Metro', 'Frankfurt Metro', 'Zurich Metro', 'Singapore Metro', 'Madrid Metro'];
  for (let i = 0; size < targetMb * 1048576; i++) {
    const c = `azurerm_express_route_circuit.c${i}`;
    push(c, 'azurerm_express_route_circuit', {
      name: `erc-${i}`, resource_group_name: 'rg', location: 'westeurope', service_provider_name: 'Megaport',
      peering_location: metros[i % metros.length], bandwidth_in_mbps: 1000, sku: [{ tier: 'Standard', family: 'MeteredData' }],
      allow_classic_operations: false, tags: { owner: 'network', index: String(i) },
    });
    const a = (i * 8) % 65536;
    push(`azurerm_express_route_circuit_peering.p${i}`, 'azurerm_express_route_circuit_peering', {
      peering_type: 'AzurePrivatePeering', express_route_circuit_name: `erc-${i}`, resource_group_name: 'rg', vlan_id: 100, peer_asn: 65010,
      primary_peer_address_prefix: `10.${Math.floor(i / 8192) % 256}.${Math.floor(a / 256)}.${a % 256}/30`,
      secondary_peer_address_prefix: `10.${Math.floor(i / 8192) % 256}.${Math.floor(a / 256)}.${(a % 256) + 4}/30`, ipv4_enabled: true,
    });
    if (i % 4 === 0) {
      push(`azurerm_virtual_network_gateway.g${i}`, 'azurerm_virtual_network_gateway', {
        name: `gw-${i}`, resource_group_name: 'rg', location: 'westeurope', type: 'ExpressRoute', sku: 'ErGw2AZ',
        ip_configuration: [{ name: 'default', subnet_id: `/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v${i}/subnets/GatewaySubnet` }],
      });
    }
    push(`azurerm_virtual_network_gateway_connection.n${i}`, 'azurerm_virtual_network_gateway_connection', {
      name: `cn-${i}`, resource_group_name: 'rg', location: 'westeurope', type: 'ExpressRoute', routing_weight: 0,
      virtual_network_gateway_id: `/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw-${i - (i % 4)}`,
      express_route_circuit_id: `/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/erc-${i}`,
    });
  }
  return `{"format_version":"1.2","terraform_version":"1.9.5","planned_values":{"root_module":{"resources":[${resources.join(',')}]}},`
    + `"resource_changes":[${changes.join(',')}],"configuration":{"provider_config":{"azurerm":{"name":"azurerm","version_constraint":">= 4.60.0, < 5.0.0"}},"root_module":{}}}`;
}
