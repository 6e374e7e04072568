import { Construct } from '../core/framework';
import { GatewayKind } from '../model/topology';
import { RequiredResiliency } from './enums';
import { ImportedGateway } from './gateway';
import { IExpressRouteGateway } from './interfaces';

/** What is known about an existing Virtual WAN hub ExpressRoute gateway. */
export interface ExpressRouteVirtualWanGatewayAttributes {
  /** The gateway's resource id (`.../providers/Microsoft.Network/expressRouteGateways/<name>`). */
  readonly gatewayId: string;
  /** The gateway's resource group. */
  readonly resourceGroupName: string;
  /** The hub's region. */
  readonly location: string;
  /**
   * The resiliency this gateway must reach; the synth fails below it (DUAL005).
   * @default - none required; Standard resiliency is a warning (DUAL003)
   */
  readonly requiredResiliency?: RequiredResiliency;
}

/**
 * A Virtual WAN hub ExpressRoute gateway (`azurerm_express_route_gateway`). This library does
 * not create one; import an existing one and connect circuits to it with
 * `circuit.connectTo(id, gateway)`, which writes an `azurerm_express_route_connection` on the
 * circuit's private peering.
 *
 * @example
 * const hub = ExpressRouteVirtualWanGateway.fromGatewayAttributes(stack, 'Hub', {
 *   gatewayId: hubGatewayId, resourceGroupName: 'rg-vwan', location: 'West Europe',
 * });
 * circuit.connectTo('HubConnection', hub);
 */
export class ExpressRouteVirtualWanGateway {
  /** A Virtual WAN hub gateway that exists outside this configuration; it takes part in validation. */
  public static fromGatewayAttributes(scope: Construct, id: string, attrs: ExpressRouteVirtualWanGatewayAttributes): IExpressRouteGateway {
    return new ImportedGateway(scope, id, GatewayKind.VIRTUAL_WAN_GATEWAY, attrs);
  }

  private constructor() {}
}
