/**
 * The one place the library imports azurerm provider classes, always by deep path: the package
 * root loads about 1,500 modules (3 s and 400 MB per process). The cdktn build swaps the
 * package name here and nowhere else (`flavours/cdktn/build.js`).
 */
export { ExpressRouteCircuit as ExpressRouteCircuitResource } from '@cdktf/provider-azurerm/lib/express-route-circuit';
export { ExpressRouteCircuitAuthorization as ExpressRouteCircuitAuthorizationResource } from '@cdktf/provider-azurerm/lib/express-route-circuit-authorization';
export { ExpressRouteCircuitConnection as ExpressRouteCircuitConnectionResource } from '@cdktf/provider-azurerm/lib/express-route-circuit-connection';
export { ExpressRouteCircuitPeering as ExpressRouteCircuitPeeringResource } from '@cdktf/provider-azurerm/lib/express-route-circuit-peering';
export type { ExpressRouteCircuitPeeringConfig as ExpressRouteCircuitPeeringResourceConfig } from '@cdktf/provider-azurerm/lib/express-route-circuit-peering';
export { ExpressRouteConnection as ExpressRouteConnectionResource } from '@cdktf/provider-azurerm/lib/express-route-connection';
export { ExpressRoutePort as ExpressRoutePortResource } from '@cdktf/provider-azurerm/lib/express-route-port';
export { ExpressRoutePortAuthorization as ExpressRoutePortAuthorizationResource } from '@cdktf/provider-azurerm/lib/express-route-port-authorization';
export { ManagementLock as ManagementLockResource } from '@cdktf/provider-azurerm/lib/management-lock';
export { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
export { VirtualNetworkGateway as VirtualNetworkGatewayResource } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
export { VirtualNetworkGatewayConnection as VirtualNetworkGatewayConnectionResource } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
