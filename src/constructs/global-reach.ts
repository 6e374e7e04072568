import { Construct } from '../core/framework';
import { ExpressRouteCircuitConnectionResource } from '../core/provider';
import { defaultName, ExpressRouteConstruct, ModelValues, secretInput } from './base';
import { IExpressRouteCircuit } from './interfaces';
import { registerContribution } from './validation';

/** Options of a Global Reach link. */
export interface GlobalReachOptions {
  /** The other circuit (at another peering location). */
  readonly peerCircuit: IExpressRouteCircuit;
  /** A dedicated /29, used nowhere else (not in a VNet, not on premises). */
  readonly addressPrefixIpv4: string;
  /**
   * A dedicated /125 for IPv6 (not for circuits on Direct ports, per azurerm).
   * @default - none
   */
  readonly addressPrefixIpv6?: string;
  /**
   * The peer circuit owner's authorization key, for a circuit in another subscription
   * (a reference only, SEC002).
   * @default - none
   */
  readonly authorizationKey?: string;
  /**
   * The link's name.
   * @default - derived from the construct id
   */
  readonly name?: string;
}

/** Props of a Global Reach link. */
export interface ExpressRouteGlobalReachProps extends GlobalReachOptions {
  /** The local circuit; it needs a private peering. */
  readonly circuit: IExpressRouteCircuit;
}

/**
 * ExpressRoute Global Reach: links two circuits' private peerings so that on-premises sites
 * reach each other through Microsoft's backbone.
 */
export class ExpressRouteGlobalReach extends ExpressRouteConstruct {
  /** The azurerm resource, for overrides. */
  public readonly resource: ExpressRouteCircuitConnectionResource;

  constructor(scope: Construct, id: string, props: ExpressRouteGlobalReachProps) {
    super(scope, id);
    const local = props.circuit.privatePeering;
    if (!local) {
      throw new Error(`${this.node.path}: Global Reach links private peerings; add one to ${props.circuit.node.path} first (addPrivatePeering).`);
    }
    // An imported peer circuit may have no peering construct here: its private peering id is fixed by Azure.
    const peerPeeringId = props.peerCircuit.privatePeering?.peeringId ?? `${props.peerCircuit.circuitId}/peerings/AzurePrivatePeering`;
    this.resource = new ExpressRouteCircuitConnectionResource(this, 'Resource', {
      name: props.name ?? defaultName(this, 'ergr'),
      peeringId: local.peeringId,
      peerPeeringId,
      addressPrefixIpv4: props.addressPrefixIpv4,
      addressPrefixIpv6: props.addressPrefixIpv6,
      authorizationKey: props.authorizationKey,
    });
    registerContribution(this, (topology) => {
      const v = new ModelValues();
      topology.globalReach.push({
        key: this.node.path, path: this.node.path,
        circuitKey: props.circuit.node.path,
        peerCircuitKey: props.peerCircuit.node.path,
        addressPrefixIpv4: v.of('addressPrefixIpv4', props.addressPrefixIpv4),
        addressPrefixIpv6: v.of('addressPrefixIpv6', props.addressPrefixIpv6),
        authorizationKey: secretInput(props.authorizationKey),
        unresolved: v.unresolved,
      });
    });
  }
}
