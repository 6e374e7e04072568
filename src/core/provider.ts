/**
 * The one place the library imports azurerm provider classes, always by deep path: the package
 * root loads about 1,500 modules (3 s and 400 MB per process). The cdktn build swaps the
 * package name here and nowhere else (`flavours/cdktn/build.js`).
 */
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { ExpressRouteCircuitAuthorization } from '@cdktf/provider-azurerm/lib/express-route-circuit-authorization';
import { ExpressRouteCircuitConnection } from '@cdktf/provider-azurerm/lib/express-route-circuit-connection';
import { ExpressRouteCircuitPeering } from '@cdktf/provider-azurerm/lib/express-route-circuit-peering';
import { ExpressRouteConnection } from '@cdktf/provider-azurerm/lib/express-route-connection';
import { ExpressRoutePort } from '@cdktf/provider-azurerm/lib/express-route-port';
import { ExpressRoutePortAuthorization } from '@cdktf/provider-azurerm/lib/express-route-port-authorization';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import { trackChanges } from './tracked';

// Each class the constructs instantiate marks changes a user makes through its API (`tracked.ts`).
export const ExpressRouteCircuitResource = trackChanges(ExpressRouteCircuit);
export type ExpressRouteCircuitResource = ExpressRouteCircuit;
export const ExpressRouteCircuitAuthorizationResource = trackChanges(ExpressRouteCircuitAuthorization);
export type ExpressRouteCircuitAuthorizationResource = ExpressRouteCircuitAuthorization;
export const ExpressRouteCircuitConnectionResource = trackChanges(ExpressRouteCircuitConnection);
export type ExpressRouteCircuitConnectionResource = ExpressRouteCircuitConnection;
export const ExpressRouteCircuitPeeringResource = trackChanges(ExpressRouteCircuitPeering);
export type ExpressRouteCircuitPeeringResource = ExpressRouteCircuitPeering;
export const ExpressRouteConnectionResource = trackChanges(ExpressRouteConnection);
export type ExpressRouteConnectionResource = ExpressRouteConnection;
export const ExpressRoutePortResource = trackChanges(ExpressRoutePort);
export type ExpressRoutePortResource = ExpressRoutePort;
export const ExpressRoutePortAuthorizationResource = trackChanges(ExpressRoutePortAuthorization);
export type ExpressRoutePortAuthorizationResource = ExpressRoutePortAuthorization;
export { ManagementLock as ManagementLockResource } from '@cdktf/provider-azurerm/lib/management-lock';
export { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
export const VirtualNetworkGatewayResource = trackChanges(VirtualNetworkGateway);
export type VirtualNetworkGatewayResource = VirtualNetworkGateway;
export const VirtualNetworkGatewayConnectionResource = trackChanges(VirtualNetworkGatewayConnection);
export type VirtualNetworkGatewayConnectionResource = VirtualNetworkGatewayConnection;
