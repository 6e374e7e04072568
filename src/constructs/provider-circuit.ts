import { Construct, TerraformOutput } from '../core/framework';
import { ExpressRouteCircuitResource, ManagementLockResource } from '../core/provider';
import { SecretInput } from '../model/topology';
import {
  addDeleteLock, defaultName, DestroySafetyProps, ExpressRouteResourceProps, lifecycleFor, ModelValues,
} from './base';
import { ExpressRouteCircuitBase } from './circuit-base';
import { CircuitSkuFamily, CircuitSkuTier } from './enums';
import { IExpressRouteCircuit } from './interfaces';
import { canonicalPlaceName, canonicalProviderName } from './private/catalog-names';
import { ExpressRouteValidation, registerContribution } from './validation';
import { circuitTagFields, withCustomerEdgeTag } from '../simulation/tags';
import { construct, trackingConstructor } from '../core/tracked';

/** SKU options of any circuit. */
export interface CircuitSkuProps {
  /**
   * SKU tier. Premium adds global reach across geopolitical regions and more VNet links.
   * @default CircuitSkuTier.STANDARD
   */
  readonly skuTier?: CircuitSkuTier;
  /**
   * SKU family. UnlimitedData cannot be changed back to MeteredData.
   * @default CircuitSkuFamily.METERED_DATA (UNLIMITED_DATA for the Local tier)
   */
  readonly skuFamily?: CircuitSkuFamily;
}

/** Options of a circuit through a connectivity provider. */
export interface ProviderCircuitOptions extends ExpressRouteResourceProps, DestroySafetyProps, CircuitSkuProps {
  /**
   * The connectivity provider (`Equinix`, `Megaport`). A provider in the Metro catalog is
   * written as the catalog spells it (`equinix` becomes `Equinix`). Changing it replaces the
   * circuit.
   */
  readonly serviceProviderName: string;
  /**
   * Bandwidth in Mbps: 50, 100, 200, 500, 1000, 2000, 5000 or 10000. It can be raised in
   * place; lowering it replaces the circuit.
   */
  readonly bandwidthMbps: number;
  /**
   * Allow classic operations.
   * @default false
   */
  readonly allowClassicOperations?: boolean;
  /**
   * Writes the service key as a sensitive output for the provider order.
   * @default false
   */
  readonly outputServiceKey?: boolean;
  /**
   * The customer edge router (your own name for it) both links land on, unless
   * `secondaryCustomerEdge` names another for the secondary link. Written as the
   * `customer-edge` tag; the failure simulation uses it (DUAL053 warns when both links of a
   * Metro circuit share a router).
   * @default - unknown (never assumed shared)
   */
  readonly customerEdge?: string;
  /**
   * The customer edge router of the secondary link, when it is not `customerEdge`'s.
   * @default - `customerEdge`
   */
  readonly secondaryCustomerEdge?: string;
}

/** Props of a single-site provider circuit. */
export interface ExpressRouteProviderCircuitProps extends ProviderCircuitOptions {
  /**
   * The peering location (`Amsterdam`, or `Amsterdam Metro` for Metro; a Metro name is written
   * as the catalog spells it). Changing it replaces the circuit.
   */
  readonly peeringLocation: string;
}

/** What is known about an existing circuit (all optional but the ids). */
export interface ExpressRouteCircuitAttributes {
  /** The circuit's resource id. */
  readonly circuitId: string;
  /** The circuit's name. */
  readonly circuitName: string;
  /** The circuit's resource group. */
  readonly resourceGroupName: string;
  /**
   * Its peering location, if known (used by the location, Global Reach and resiliency checks).
   * @default - unknown
   */
  readonly peeringLocation?: string;
  /**
   * Its provider, if known.
   * @default - unknown
   */
  readonly serviceProviderName?: string;
  /**
   * Its bandwidth, if known.
   * @default - unknown
   */
  readonly bandwidthMbps?: number;
  /**
   * Its SKU tier, if known.
   * @default - unknown
   */
  readonly skuTier?: CircuitSkuTier;
  /**
   * Its region, if known.
   * @default - unknown
   */
  readonly location?: string;
}

/**
 * A circuit that exists outside this configuration (returned as `IExpressRouteCircuit` by
 * `fromCircuitAttributes`; exported from this module, not from the package, for `instanceof`).
 */
export class ImportedExpressRouteCircuit extends ExpressRouteCircuitBase {
  public readonly circuitId: string;
  public readonly circuitName: string;
  public readonly resourceGroupName: string;

  constructor(scope: Construct, id: string, attrs: ExpressRouteCircuitAttributes) {
    super(scope, id);
    this.circuitId = attrs.circuitId;
    this.circuitName = attrs.circuitName;
    this.resourceGroupName = attrs.resourceGroupName;
    registerContribution(this, (topology, path) => {
      const v = new ModelValues();
      topology.circuits.push({
        key: path, path, external: true,
        peeringLocation: v.of('peeringLocation', attrs.peeringLocation),
        serviceProviderName: v.of('serviceProviderName', attrs.serviceProviderName),
        bandwidthMbps: v.of('bandwidthMbps', attrs.bandwidthMbps),
        skuTier: v.of('skuTier', attrs.skuTier?.value),
        location: v.of('location', attrs.location),
        unresolved: v.unresolved,
      });
    });
  }

  /** The added private peering's id, else the id Azure gives every private peering. */
  public get privatePeeringId(): string {
    return super.privatePeeringId ?? `${this.circuitId}/peerings/AzurePrivatePeering`;
  }
}

/**
 * A circuit through a connectivity provider at one peering location (Standard resiliency).
 * For Metro (two sites, one circuit) use `ExpressRouteMetroCircuit`.
 */
export class ExpressRouteProviderCircuit extends ExpressRouteCircuitBase {
  /** A circuit that exists outside this configuration; it still takes part in validation. */
  public static fromCircuitAttributes(scope: Construct, id: string, attrs: ExpressRouteCircuitAttributes): IExpressRouteCircuit {
    return new ImportedExpressRouteCircuit(scope, id, attrs);
  }

  /** The azurerm resource, for overrides. */
  public readonly resource: ExpressRouteCircuitResource;
  /** The resource group. */
  public readonly resourceGroupName: string;
  /** The sensitive service-key output, when `outputServiceKey` is set. */
  public readonly serviceKeyOutput?: TerraformOutput;
  /** The CanNotDelete lock, when `deleteLock` is set. */
  public readonly deleteLock?: ManagementLockResource;

  constructor(scope: Construct, id: string, props: ExpressRouteProviderCircuitProps) {
    super(scope, id);
    const tier = props.skuTier ?? CircuitSkuTier.STANDARD;
    const family = props.skuFamily ?? (tier === CircuitSkuTier.LOCAL ? CircuitSkuFamily.UNLIMITED_DATA : CircuitSkuFamily.METERED_DATA);
    this.resourceGroupName = props.resourceGroupName;
    const catalog = ExpressRouteValidation.of(this).catalog;
    const peeringLocation = canonicalPlaceName(catalog, props.peeringLocation);
    const serviceProviderName = canonicalProviderName(catalog, props.serviceProviderName);
    this.resource = construct(ExpressRouteCircuitResource, [this, 'Resource', {
      name: props.name ?? defaultName(this, 'erc'),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      serviceProviderName,
      peeringLocation,
      bandwidthInMbps: props.bandwidthMbps,
      sku: { tier: tier.value, family: family.value },
      allowClassicOperations: props.allowClassicOperations,
      tags: withCustomerEdgeTag(props.tags, props.customerEdge, props.secondaryCustomerEdge ?? props.customerEdge),
      lifecycle: lifecycleFor(props),
    }], trackingConstructor(ExpressRouteCircuitResource));
    // Made with the resource, not on first read: every peering reads the name and every connection,
    // authorization and Global Reach link the id, and cdktf records a full stack trace for each
    // token, one frame per caller deep (read from the callers: 0.05 G instructions, 0.4 %, of a
    // 1,000-circuit synth).
    this.circuitNameToken = this.resource.name;
    this.circuitIdToken = this.resource.id;
    this.deleteLock = addDeleteLock(this, props, this.resource, 'circuit');
    if (props.outputServiceKey === true) {
      this.serviceKeyOutput = new TerraformOutput(this, 'ServiceKey', {
        value: this.serviceKey, sensitive: true, description: `Service key of ${this.node.path} for the provider order.`,
      });
    }

    registerContribution(this, (topology, path) => {
      const v = new ModelValues();
      // The failure simulation's routers, read from the tags as written (as lint reads them).
      const edges = circuitTagFields({ tags: this.resource.tagsInput });
      topology.circuits.push({
        key: path, path,
        location: v.of('location', props.location),
        skuTier: v.of('skuTier', tier.value),
        skuFamily: v.of('skuFamily', family.value),
        serviceProviderName: v.of('serviceProviderName', serviceProviderName),
        peeringLocation: v.of('peeringLocation', peeringLocation),
        bandwidthMbps: v.of('bandwidthMbps', props.bandwidthMbps),
        declaredMetro: this.declaresMetro(),
        subscription: v.subscription(this.resource),
        authorizationKey: SecretInput.NONE,
        ...edges.fields,
        unresolved: [...v.unresolved, ...edges.unresolved],
      });
      if (this.serviceKeyOutput) {
        topology.outputs.push({ key: this.serviceKeyOutput.node.path, path: this.serviceKeyOutput.node.path, carriesSecret: true, sensitive: true });
      }
    });
  }

  // Other attributes are getters: each token read captures a stack trace, which dominates synth time.

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

  /** The service key for the provider order (sensitive; not a secret for security purposes). @attribute */
  public get serviceKey(): string {
    return (this.serviceKeyToken ??= this.resource.serviceKey);
  }
  private serviceKeyToken?: string;

  /** `Provisioned` once the provider has provisioned the circuit. @attribute */
  public get serviceProviderProvisioningState(): string {
    return (this.serviceProviderProvisioningStateToken ??= this.resource.serviceProviderProvisioningState);
  }
  private serviceProviderProvisioningStateToken?: string;

  /** Whether this circuit is meant to be a Metro circuit (checked by METRO001). */
  protected declaresMetro(): boolean {
    return false;
  }
}
