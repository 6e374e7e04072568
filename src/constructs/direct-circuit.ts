import { Construct } from '../core/framework';
import { ExpressRouteCircuitResource, ManagementLockResource } from '../core/provider';
import {
  addDeleteLock, defaultName, DestroySafetyProps, lifecycleFor, ModelValues, secretInput,
} from './base';
import { ExpressRouteCircuitBase } from './circuit-base';
import { CircuitSkuFamily, CircuitSkuTier } from './enums';
import { IExpressRoutePort } from './interfaces';
import { CircuitSkuProps } from './provider-circuit';
import { registerContribution } from './validation';
import { circuitTagFields, withCustomerEdgeTag } from '../simulation/tags';
import { construct, trackingConstructor } from '../core/tracked';

/** Options of a circuit on a Direct port pair. */
export interface DirectCircuitOptions extends DestroySafetyProps, CircuitSkuProps {
  /** Bandwidth in Gbps: 1, 2, 5, 10 on a 10G port; 5, 10, 40, 100 on a 100G port. */
  readonly bandwidthGbps: number;
  /**
   * The circuit name.
   * @default - derived from the construct id
   */
  readonly name?: string;
  /**
   * The resource group.
   * @default - the port's
   */
  readonly resourceGroupName?: string;
  /**
   * The region; must be the port's unless an authorization key is redeemed (PORT006).
   * @default - the port's
   */
  readonly location?: string;
  /**
   * Rate limiting on the port (preview): traffic above the bandwidth is limited.
   * @default false
   */
  readonly rateLimitingEnabled?: boolean;
  /**
   * A port authorization key, for a circuit in another subscription than the port (a
   * reference only, SEC002).
   * @default - none (same subscription)
   */
  readonly authorizationKey?: string;
  /**
   * Tags.
   * @default - none
   */
  readonly tags?: { [key: string]: string };
  /**
   * The customer edge router (your own name for it) both links land on, unless
   * `secondaryCustomerEdge` names another for the secondary link. Written as the
   * `customer-edge` tag; the failure simulation uses it (a port link's own `customerEdge` wins).
   * @default - unknown (never assumed shared)
   */
  readonly customerEdge?: string;
  /**
   * The customer edge router of the secondary link, when it is not `customerEdge`'s.
   * @default - `customerEdge`
   */
  readonly secondaryCustomerEdge?: string;
}

/** Props of a circuit on a Direct port pair. */
export interface ExpressRouteDirectCircuitProps extends DirectCircuitOptions {
  /** The port pair. */
  readonly port: IExpressRoutePort;
}

/**
 * A circuit on an ExpressRoute Direct port pair. It is created as MeteredData (Azure's rule);
 * switch to UnlimitedData with a later update.
 */
export class ExpressRouteDirectCircuit extends ExpressRouteCircuitBase {
  /** The azurerm resource, for overrides. */
  public readonly resource: ExpressRouteCircuitResource;
  /** The resource group. */
  public readonly resourceGroupName: string;
  /** The CanNotDelete lock, when `deleteLock` is set. */
  public readonly deleteLock?: ManagementLockResource;

  constructor(scope: Construct, id: string, props: ExpressRouteDirectCircuitProps) {
    super(scope, id);
    const tier = props.skuTier ?? CircuitSkuTier.STANDARD;
    const family = props.skuFamily ?? CircuitSkuFamily.METERED_DATA;
    const location = props.location ?? props.port.location;
    this.resourceGroupName = props.resourceGroupName ?? props.port.resourceGroupName;
    this.resource = construct(ExpressRouteCircuitResource, [this, 'Resource', {
      name: props.name ?? defaultName(this, 'erc'),
      resourceGroupName: this.resourceGroupName,
      location,
      expressRoutePortId: props.port.portId,
      bandwidthInGbps: props.bandwidthGbps,
      sku: { tier: tier.value, family: family.value },
      rateLimitingEnabled: props.rateLimitingEnabled,
      authorizationKey: props.authorizationKey,
      tags: withCustomerEdgeTag(props.tags, props.customerEdge, props.secondaryCustomerEdge ?? props.customerEdge),
      lifecycle: lifecycleFor(props),
    }], trackingConstructor(ExpressRouteCircuitResource));
    // Made with the resource, as a provider circuit's (why: `ExpressRouteProviderCircuit`).
    this.circuitNameToken = this.resource.name;
    this.circuitIdToken = this.resource.id;
    this.deleteLock = addDeleteLock(this, props, this.resource, 'circuit');

    registerContribution(this, (topology, path) => {
      const v = new ModelValues();
      // The failure simulation's routers, read from the tags as written (as lint reads them).
      const edges = circuitTagFields({ tags: this.resource.tagsInput });
      topology.circuits.push({
        key: path, path,
        location: v.of('location', location),
        skuTier: v.of('skuTier', tier.value),
        skuFamily: v.of('skuFamily', family.value),
        portKey: props.port.node.path,
        bandwidthGbps: v.of('bandwidthGbps', props.bandwidthGbps),
        rateLimitingEnabled: props.rateLimitingEnabled,
        subscription: v.subscription(this.resource),
        authorizationKey: secretInput(props.authorizationKey),
        ...edges.fields,
        unresolved: [...v.unresolved, ...edges.unresolved],
      });
    });
  }

  /** The circuit id. @attribute */
  public get circuitId(): string {
    return this.circuitIdToken;
  }
  private readonly circuitIdToken: string;

  /** The circuit name. @attribute */
  public get circuitName(): string {
    return this.circuitNameToken;
  }
  private readonly circuitNameToken: string;
}
