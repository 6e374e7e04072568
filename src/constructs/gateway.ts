import { Construct } from '../core/framework';
import { VirtualNetworkGatewayResource } from '../core/provider';
import { GatewayKind } from '../model/topology';
import { defaultName, ExpressRouteConstruct, ExpressRouteResourceProps, ModelValues } from './base';
import { GatewaySku, RequiredResiliency, ResiliencyModel } from './enums';
import { IExpressRouteGateway } from './interfaces';
import { registerContribution } from './validation';
import { withMinimumCapacityTag } from '../simulation/tags';
import { construct, trackingConstructor } from '../core/tracked';

/** What the validation should know about a gateway (declared or imported). */
export interface GatewayValidationProps {
  /**
   * The VNet's address spaces: private peering subnets must not overlap them (PEER014).
   * @default - unknown
   */
  readonly virtualNetworkAddressSpaces?: string[];
  /**
   * The resiliency this gateway must reach; the synth fails below it (DUAL005).
   * @default - none required; Standard resiliency is a warning (DUAL003)
   */
  readonly requiredResiliency?: RequiredResiliency;
  /**
   * The Resiliency Guard model you set on the gateway outside Terraform (azurerm has no
   * argument for it). Declaring `ResiliencyModel.MULTI_HOMED` makes DUAL004 check that the
   * gateway keeps two locations or a Metro circuit.
   * @default - not declared
   */
  readonly resiliencyModel?: ResiliencyModel;
  /**
   * The least capacity (Mbps) the gateway must keep under any single failure outside itself
   * (a site, metro, provider, port, link, router or zone): the failure simulation warns below
   * it (DUAL052). On a declared gateway it is written as the
   * `minimum-capacity-mbps-under-failure` tag, so that lint and simulate see it.
   * @default - no threshold
   */
  readonly minimumCapacityMbpsUnderFailure?: number;
}

/** Props of an ExpressRoute virtual network gateway. */
export interface ExpressRouteVirtualNetworkGatewayProps extends ExpressRouteResourceProps, GatewayValidationProps {
  /** The id of the VNet's subnet named `GatewaySubnet` (/27 or larger; /26 for 16 circuits). */
  readonly gatewaySubnetId: string;
  /**
   * The SKU. Moving between AZ and non-AZ SKUs later means delete and recreate.
   * @default GatewaySku.ERGW1AZ
   */
  readonly sku?: GatewaySku;
  /**
   * ErGwScale minimum scale units (1-40). azurerm 4.55 bindings have no argument for it: it is
   * written with an escape hatch (`minimum_scale_unit`, azurerm 4.79+).
   * @default - none
   */
  readonly minScaleUnits?: number;
  /**
   * ErGwScale maximum scale units (1-40), written like `minScaleUnits`.
   * @default - none
   */
  readonly maxScaleUnits?: number;
  /**
   * The gateway subnet's prefix, if you want GW004 to check it (16 circuits need a /26).
   * @default - unknown
   */
  readonly gatewaySubnetPrefix?: string;
  /**
   * The VNet id, so that circuits reaching the same VNet through several gateways are counted
   * together (GW003).
   * @default - derived from gatewaySubnetId when it is a literal id
   */
  readonly virtualNetworkId?: string;
}

/** Attributes of an existing gateway. */
export interface ExpressRouteGatewayAttributes extends GatewayValidationProps {
  /** The gateway's resource id. */
  readonly gatewayId: string;
  /** The gateway's resource group. */
  readonly resourceGroupName: string;
  /** The gateway's region. */
  readonly location: string;
  /**
   * The SKU, if known (for the circuit-count and FastPath checks).
   * @default - unknown
   */
  readonly sku?: GatewaySku;
  /**
   * ErGwScale scale units, if known.
   * @default - unknown
   */
  readonly scaleUnits?: number;
  /**
   * The VNet id, if known.
   * @default - unknown
   */
  readonly virtualNetworkId?: string;
}

function vnetOfSubnet(subnetId: string): string | undefined {
  const m = /^(.*\/virtualNetworks\/[^/]+)\/subnets\/([^/]+)$/i.exec(subnetId);
  return m ? m[1] : undefined;
}

function subnetName(subnetId: string): string | undefined {
  const m = /\/subnets\/([^/]+)$/i.exec(subnetId);
  return m ? m[1] : undefined;
}

/** An existing gateway (module-internal: returned as `IExpressRouteGateway`). */
export class ImportedGateway extends ExpressRouteConstruct implements IExpressRouteGateway {
  public readonly gatewayId: string;
  public readonly location: string;
  public readonly resourceGroupName: string;

  constructor(scope: Construct, id: string, public readonly gatewayKind: GatewayKind, attrs: ExpressRouteGatewayAttributes) {
    super(scope, id);
    this.gatewayId = attrs.gatewayId;
    this.location = attrs.location;
    this.resourceGroupName = attrs.resourceGroupName;
    registerContribution(this, (topology, path) => {
      const v = new ModelValues();
      topology.gateways.push({
        key: path, path, external: true, kind: gatewayKind,
        sku: v.of('sku', attrs.sku?.value),
        minScaleUnits: v.of('minScaleUnits', attrs.scaleUnits),
        maxScaleUnits: v.of('maxScaleUnits', attrs.scaleUnits),
        location: v.of('location', attrs.location),
        virtualNetwork: v.of('virtualNetwork', attrs.virtualNetworkId),
        virtualNetworkAddressSpaces: v.list('virtualNetworkAddressSpaces', attrs.virtualNetworkAddressSpaces),
        requiredResiliency: attrs.requiredResiliency?.value,
        resiliencyModel: attrs.resiliencyModel?.value,
        minimumCapacityMbpsUnderFailure: v.of('minimumCapacityMbpsUnderFailure', attrs.minimumCapacityMbpsUnderFailure),
        unresolved: v.unresolved,
      });
    });
  }
}

/**
 * A virtual network gateway of type ExpressRoute, zone-redundant by default.
 *
 * @example
 * const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', {
 *   resourceGroupName: 'rg-network', location: 'West Europe',
 *   gatewaySubnetId: subnet.id, sku: GatewaySku.ERGW2AZ,
 * });
 */
export class ExpressRouteVirtualNetworkGateway extends ExpressRouteConstruct implements IExpressRouteGateway {
  /** A gateway that exists outside this configuration; it still takes part in validation. */
  public static fromGatewayAttributes(scope: Construct, id: string, attrs: ExpressRouteGatewayAttributes): IExpressRouteGateway {
    return new ImportedGateway(scope, id, GatewayKind.VIRTUAL_NETWORK_GATEWAY, attrs);
  }

  /** The azurerm resource, for overrides. */
  public readonly resource: VirtualNetworkGatewayResource;
  /** A VNet gateway. */
  public readonly gatewayKind = GatewayKind.VIRTUAL_NETWORK_GATEWAY;
  /** The region. */
  public readonly location: string;
  /** The resource group. */
  public readonly resourceGroupName: string;

  /** The gateway id. @attribute */
  public get gatewayId(): string {
    return (this.gatewayIdToken ??= this.resource.id);
  }
  private gatewayIdToken?: string;

  constructor(scope: Construct, id: string, props: ExpressRouteVirtualNetworkGatewayProps) {
    super(scope, id);
    const sku = props.sku ?? GatewaySku.ERGW1AZ;
    this.location = props.location;
    this.resourceGroupName = props.resourceGroupName;
    this.resource = construct(VirtualNetworkGatewayResource, [this, 'Resource', {
      name: props.name ?? defaultName(this, 'ergw'),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      type: 'ExpressRoute',
      sku: sku.value,
      // No public IP: Azure manages it for ExpressRoute gateways (GW010).
      ipConfiguration: [{ name: 'default', subnetId: props.gatewaySubnetId, privateIpAddressAllocation: 'Dynamic' }],
      tags: withMinimumCapacityTag(props.tags, props.minimumCapacityMbpsUnderFailure),
    }], trackingConstructor(VirtualNetworkGatewayResource));
    // The 4.55 bindings cannot express ErGwScale scale units: escape hatch (azurerm 4.79+).
    if (props.minScaleUnits !== undefined) this.resource.addOverride('minimum_scale_unit', props.minScaleUnits);
    if (props.maxScaleUnits !== undefined) this.resource.addOverride('maximum_scale_unit', props.maxScaleUnits);

    registerContribution(this, (topology, path) => {
      const v = new ModelValues();
      const subnet = v.of('gatewaySubnetId', props.gatewaySubnetId);
      topology.gateways.push({
        key: path, path, kind: GatewayKind.VIRTUAL_NETWORK_GATEWAY,
        sku: v.of('sku', sku.value),
        location: v.of('location', props.location),
        minScaleUnits: v.of('minScaleUnits', props.minScaleUnits),
        maxScaleUnits: v.of('maxScaleUnits', props.maxScaleUnits),
        virtualNetwork: v.of('virtualNetwork', props.virtualNetworkId) ?? (subnet ? vnetOfSubnet(subnet) : undefined),
        gatewaySubnetName: subnet ? subnetName(subnet) : undefined,
        gatewaySubnetPrefix: v.of('gatewaySubnetPrefix', props.gatewaySubnetPrefix),
        virtualNetworkAddressSpaces: v.list('virtualNetworkAddressSpaces', props.virtualNetworkAddressSpaces),
        hasPublicIp: false,
        requiredResiliency: props.requiredResiliency?.value,
        resiliencyModel: props.resiliencyModel?.value,
        minimumCapacityMbpsUnderFailure: v.of('minimumCapacityMbpsUnderFailure', props.minimumCapacityMbpsUnderFailure),
        unresolved: v.unresolved,
      });
    });
  }
}
