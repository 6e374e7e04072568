import { IConstruct } from '../core/framework';
import { GatewayKind } from '../model/topology';

/** An ExpressRoute circuit, managed here or imported. */
export interface IExpressRouteCircuit extends IConstruct {
  /** The circuit's Azure resource id. @attribute */
  readonly circuitId: string;
  /** The circuit's name. @attribute */
  readonly circuitName: string;
  /** The circuit's resource group. @attribute */
  readonly resourceGroupName: string;
  /**
   * The circuit's private peering, once added (Global Reach and Virtual WAN connections use it).
   * @default - none added
   */
  readonly privatePeering?: IExpressRoutePeering;
}

/** A circuit peering. */
export interface IExpressRoutePeering extends IConstruct {
  /** The peering's Azure resource id. @attribute */
  readonly peeringId: string;
  /** `AzurePrivatePeering` or `MicrosoftPeering`. */
  readonly peeringType: string;
}

/** An ExpressRoute Direct port pair, managed here or imported. */
export interface IExpressRoutePort extends IConstruct {
  /** The port's Azure resource id. @attribute */
  readonly portId: string;
  /** The port's name. @attribute */
  readonly portName: string;
  /** The port's resource group. @attribute */
  readonly resourceGroupName: string;
  /** The port's region. @attribute */
  readonly location: string;
}

/** An ExpressRoute gateway (VNet gateway or Virtual WAN gateway), managed here or imported. */
export interface IExpressRouteGateway extends IConstruct {
  /** The gateway's Azure resource id. @attribute */
  readonly gatewayId: string;
  /** The kind of gateway. */
  readonly gatewayKind: GatewayKind;
  /** The gateway's region. @attribute */
  readonly location: string;
  /** The gateway's resource group. @attribute */
  readonly resourceGroupName: string;
}
