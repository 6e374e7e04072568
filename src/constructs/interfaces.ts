import { IConstruct } from '../core/framework';
import { GatewayKind } from '../model/topology';
import type { AuthorizationOptions, ExpressRouteCircuitAuthorization, ExpressRoutePortAuthorization } from './authorization';
import type { ExpressRouteGatewayConnection, GatewayConnectionOptions } from './connection';
import type { DirectCircuitOptions, ExpressRouteDirectCircuit } from './direct-circuit';
import type { ExpressRouteGlobalReach, GlobalReachOptions } from './global-reach';
import type {
  ExpressRouteMicrosoftPeering, ExpressRoutePrivatePeering, MicrosoftPeeringOptions, PrivatePeeringOptions,
} from './peering';

/**
 * An ExpressRoute circuit, managed here or imported (`ExpressRouteProviderCircuit.fromCircuitAttributes`).
 * Both can be connected to gateways, linked with Global Reach, authorized and given peerings.
 */
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
  /**
   * The private peering's resource id, when known: the added private peering's; for an
   * imported circuit without one here, the id Azure gives every private peering
   * (`<circuitId>/peerings/AzurePrivatePeering`).
   * @default - none until a private peering is added (managed circuits)
   */
  readonly privatePeeringId?: string;

  /**
   * Adds the private peering; a second call fails (PEER012). On an imported circuit, only when
   * the circuit has none in Azure yet: Azure overwrites an existing peering of the same type.
   */
  addPrivatePeering(id: string, options: PrivatePeeringOptions): ExpressRoutePrivatePeering;

  /** Adds the Microsoft peering; a second call fails (PEER012). Same caveat as `addPrivatePeering`. */
  addMicrosoftPeering(id: string, options: MicrosoftPeeringOptions): ExpressRouteMicrosoftPeering;

  /**
   * Connects the circuit to a VNet gateway or a Virtual WAN hub gateway. For a circuit in
   * another subscription, pass the owner's authorization key (`authorizationKey`).
   */
  connectTo(id: string, gateway: IExpressRouteGateway, options?: GatewayConnectionOptions): ExpressRouteGatewayConnection;

  /** Links this circuit's private peering to another circuit's with Global Reach. */
  addGlobalReach(id: string, options: GlobalReachOptions): ExpressRouteGlobalReach;

  /**
   * Adds an authorization (the circuit owner's side: another subscription redeems its key).
   * The key is a sensitive output.
   */
  addAuthorization(id: string, options?: AuthorizationOptions): ExpressRouteCircuitAuthorization;
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

  /** Adds a circuit on this port pair. */
  addCircuit(id: string, options: DirectCircuitOptions): ExpressRouteDirectCircuit;

  /** Adds a port authorization (for a circuit in another subscription); the key is a sensitive output. */
  addAuthorization(id: string, options?: AuthorizationOptions): ExpressRoutePortAuthorization;
}

/**
 * An ExpressRoute gateway, managed here or imported: a VNet gateway
 * (`ExpressRouteVirtualNetworkGateway`) or a Virtual WAN hub gateway
 * (`ExpressRouteVirtualWanGateway.fromGatewayAttributes`). Circuits connect to it with
 * `circuit.connectTo(id, gateway)`.
 */
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
