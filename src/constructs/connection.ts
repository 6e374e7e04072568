import { Construct } from '../core/framework';
import { constructError } from '../errors';
import { ExpressRouteConnectionResource, VirtualNetworkGatewayConnectionResource } from '../core/provider';
import { ConnectionPurpose, GatewayKind } from '../model/topology';
import { defaultName, ExpressRouteConstruct, ModelValues, secretInput } from './base';
import { pathOf } from './private/paths';
import { IExpressRouteCircuit, IExpressRouteGateway } from './interfaces';
import { registerContribution } from './validation';
import { construct, trackingConstructor } from '../core/tracked';

/** azurerm `express_route_connection`: it joins a Virtual WAN gateway to a circuit *peering* (`express_route_circuit_peering_id`). */
const AZURERM_EXPRESS_ROUTE_CONNECTION = 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/express_route_connection';

/** Options of a gateway connection. */
export interface GatewayConnectionOptions {
  /**
   * The connection's name.
   * @default - derived from the construct id
   */
  readonly name?: string;
  /**
   * Routing weight, 0-32000; the connection with the highest weight wins.
   * @default - Azure's default (0)
   */
  readonly routingWeight?: number;
  /**
   * FastPath: traffic bypasses the gateway. Needs UltraPerformance, ErGw3AZ, or ErGwScale with
   * 10+ scale units (GW005).
   * @default false
   */
  readonly fastPath?: boolean;
  /**
   * Private Link FastPath (needs FastPath and an ExpressRoute Direct circuit; GW006).
   * @default false
   */
  readonly privateLinkFastPath?: boolean;
  /**
   * The circuit owner's authorization key, for a circuit in another subscription. Only a
   * reference (sensitive variable) is accepted (SEC002).
   * @default - none (same subscription)
   */
  readonly authorizationKey?: string;
  /**
   * What the connection is for; a migration marks its test connections.
   * @default ConnectionPurpose.PRODUCTION
   */
  readonly purpose?: ConnectionPurpose;
  /**
   * Tags (VNet gateway connections only).
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/** Props of a gateway connection. */
export interface ExpressRouteGatewayConnectionProps extends GatewayConnectionOptions {
  /** The circuit. */
  readonly circuit: IExpressRouteCircuit;
  /** The gateway: a VNet gateway, or a Virtual WAN hub ExpressRoute gateway. */
  readonly gateway: IExpressRouteGateway;
}

/**
 * Connects a circuit to an ExpressRoute gateway: an `azurerm_virtual_network_gateway_connection`
 * for a VNet gateway, an `azurerm_express_route_connection` (on the circuit's private peering)
 * for a Virtual WAN gateway.
 */
export class ExpressRouteGatewayConnection extends ExpressRouteConstruct {
  /** The VNet gateway connection, when the gateway is a VNet gateway. */
  public readonly vnetGatewayConnection?: VirtualNetworkGatewayConnectionResource;
  /** The Virtual WAN connection, when the gateway is a Virtual WAN gateway. */
  public readonly virtualWanConnection?: ExpressRouteConnectionResource;
  /** The connection id. @attribute */
  public get connectionId(): string {
    return (this.connectionIdToken ??= (this.vnetGatewayConnection ?? this.virtualWanConnection)!.id);
  }
  private connectionIdToken?: string;

  constructor(scope: Construct, id: string, props: ExpressRouteGatewayConnectionProps) {
    super(scope, id);
    const name = props.name ?? defaultName(this, 'ercn');
    if (props.gateway.gatewayKind === GatewayKind.VIRTUAL_WAN_GATEWAY) {
      const peeringId = props.circuit.privatePeeringId;
      if (peeringId === undefined) {
        throw constructError(this, {
          ruleId: 'CONSTRUCT001', property: 'circuit.privatePeering', value: undefined,
          message: `A Virtual WAN connection uses the circuit's private peering, and ${props.circuit.node.path} has none yet.`,
          fix: `Call addPrivatePeering on ${props.circuit.node.path} before connecting it to ${props.gateway.node.path}.`,
          source: AZURERM_EXPRESS_ROUTE_CONNECTION,
        });
      }
      this.virtualWanConnection = construct(ExpressRouteConnectionResource, [this, 'Resource', {
        name,
        expressRouteGatewayId: props.gateway.gatewayId,
        expressRouteCircuitPeeringId: peeringId,
        routingWeight: props.routingWeight,
        expressRouteGatewayBypassEnabled: props.fastPath,
        authorizationKey: props.authorizationKey,
      }], trackingConstructor(ExpressRouteConnectionResource));
    } else {
      this.vnetGatewayConnection = construct(VirtualNetworkGatewayConnectionResource, [this, 'Resource', {
        name,
        resourceGroupName: props.gateway.resourceGroupName,
        location: props.gateway.location,
        type: 'ExpressRoute',
        virtualNetworkGatewayId: props.gateway.gatewayId,
        expressRouteCircuitId: props.circuit.circuitId,
        routingWeight: props.routingWeight,
        expressRouteGatewayBypass: props.fastPath,
        privateLinkFastPathEnabled: props.privateLinkFastPath,
        authorizationKey: props.authorizationKey,
        tags: props.tags,
      }], trackingConstructor(VirtualNetworkGatewayConnectionResource));
    }
    registerContribution(this, (topology, path) => {
      const v = new ModelValues();
      topology.connections.push({
        key: path, path,
        gatewayKey: pathOf(props.gateway),
        circuitKey: pathOf(props.circuit),
        routingWeight: v.of('routingWeight', props.routingWeight),
        fastPath: v.of('fastPath', props.fastPath),
        privateLinkFastPath: v.of('privateLinkFastPath', props.privateLinkFastPath),
        authorizationKey: secretInput(props.authorizationKey),
        purpose: props.purpose ?? ConnectionPurpose.PRODUCTION,
        unresolved: v.unresolved,
      });
    });
  }
}
