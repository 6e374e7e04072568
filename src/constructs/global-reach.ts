import { Sources } from '../catalog/sources';
import { Construct } from '../core/framework';
import { constructError } from '../errors';
import { ExpressRouteCircuitConnectionResource } from '../core/provider';
import { defaultName, ExpressRouteConstruct, ModelValues, secretInput } from './base';
import { IExpressRouteCircuit } from './interfaces';
import { registerContribution } from './validation';
import { construct, trackingConstructor } from '../core/tracked';

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
    const localPeeringId = props.circuit.privatePeeringId;
    if (localPeeringId === undefined) {
      throw constructError(this, {
        ruleId: 'CONSTRUCT002', property: 'circuit.privatePeering', value: undefined,
        message: `Global Reach links private peerings, and ${props.circuit.node.path} has none yet.`,
        fix: `Call addPrivatePeering on ${props.circuit.node.path} before addGlobalReach.`,
        source: Sources.GLOBAL_REACH_HOWTO,
      });
    }
    // A peer circuit without a peering construct here: its private peering id is fixed by Azure.
    const peerPeeringId = props.peerCircuit.privatePeeringId ?? `${props.peerCircuit.circuitId}/peerings/AzurePrivatePeering`;
    this.resource = construct(ExpressRouteCircuitConnectionResource, [this, 'Resource', {
      name: props.name ?? defaultName(this, 'ergr'),
      peeringId: localPeeringId,
      peerPeeringId,
      addressPrefixIpv4: props.addressPrefixIpv4,
      addressPrefixIpv6: props.addressPrefixIpv6,
      authorizationKey: props.authorizationKey,
    }], trackingConstructor(ExpressRouteCircuitConnectionResource));
    registerContribution(this, (topology, path) => {
      const v = new ModelValues();
      topology.globalReach.push({
        key: path, path,
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
