import { Construct } from '../core/framework';
import { sentWhenNotEmpty } from '../model/azurerm-values';
import { ExpressRouteCircuitPeeringResource, ExpressRouteCircuitPeeringResourceConfig } from '../core/provider';
import { ExpressRouteConstruct, md5KeyWellFormed, ModelValues, secretInput } from './base';
import { pathOf } from './private/paths';
import { IExpressRouteCircuit, IExpressRoutePeering } from './interfaces';
import { registerContribution } from './validation';
import { asLibrary, construct, trackingConstructor } from '../core/tracked';

/** Options shared by private and Microsoft peering. */
export interface PeeringOptions {
  /**
   * The VLAN (C-Tag) of the peering; the same on both links. Unique within the circuit, and on
   * a Dot1Q Direct port pair unique across all its circuits.
   */
  readonly vlanId: number;
  /** Your BGP ASN (16 or 32 bit; not 65515-65520, which Azure reserves). */
  readonly peerAsn: number;
  /** The /30 for the primary link; your router takes the first usable address. */
  readonly primaryPeerAddressPrefix: string;
  /** The /30 for the secondary link, distinct from the primary. */
  readonly secondaryPeerAddressPrefix: string;
  /**
   * The /126 for the primary link's IPv6 session.
   * @default - no IPv6
   */
  readonly ipv6PrimaryPeerAddressPrefix?: string;
  /**
   * The /126 for the secondary link's IPv6 session.
   * @default - no IPv6
   */
  readonly ipv6SecondaryPeerAddressPrefix?: string;
  /**
   * The BGP MD5 key (at most 25 letters and digits). Only a reference is accepted: a sensitive
   * `TerraformVariable` or another resource's attribute. A literal string fails the synth
   * (SEC001), so the key never reaches `cdk.tf.json` in plain text.
   * @default - no MD5 authentication
   */
  readonly sharedKey?: string;
}

/** Options of a private peering. */
export interface PrivatePeeringOptions extends PeeringOptions {}

/** Options of a Microsoft peering. */
export interface MicrosoftPeeringOptions extends PeeringOptions {
  /** Public IPv4 prefixes you advertise (at most 200, registered to you or the customer ASN). */
  readonly advertisedPublicPrefixes: string[];
  /**
   * The ASN the prefixes are registered to, when not your peer ASN (public ASNs only).
   * @default - none
   */
  readonly customerAsn?: number;
  /**
   * The routing registry the prefixes are registered in (`ARIN`, `RIPENCC`, `RADB`, ...).
   * @default 'NONE'
   */
  readonly routingRegistryName?: string;
  /**
   * BGP communities to advertise.
   * @default - none
   */
  readonly advertisedCommunities?: string[];
  /**
   * The route filter selecting the Microsoft services you receive. Without one, Microsoft
   * peering advertises no prefixes (PEER009).
   * @default - none
   */
  readonly routeFilterId?: string;
  /**
   * Public IPv6 prefixes you advertise.
   * @default - none
   */
  readonly ipv6AdvertisedPublicPrefixes?: string[];
  /**
   * The route filter of the IPv6 session.
   * @default - none
   */
  readonly ipv6RouteFilterId?: string;
}

/** Props of a private peering. */
export interface ExpressRoutePrivatePeeringProps extends PrivatePeeringOptions {
  /** The circuit. */
  readonly circuit: IExpressRouteCircuit;
}

/** Props of a Microsoft peering. */
export interface ExpressRouteMicrosoftPeeringProps extends MicrosoftPeeringOptions {
  /** The circuit. */
  readonly circuit: IExpressRouteCircuit;
}

/** Shared implementation of both peering types. */
export abstract class ExpressRoutePeeringBase extends ExpressRouteConstruct implements IExpressRoutePeering {
  /** The azurerm resource, for overrides. */
  public abstract readonly resource: ExpressRouteCircuitPeeringResource;

  /** The peering's id. @attribute */
  public get peeringId(): string {
    return (this.peeringIdToken ??= this.resource.id);
  }
  private peeringIdToken?: string;
  /** The peering type. */
  public readonly peeringType: string;
  /** The route filter in force (a migration moves it between phases). */
  protected routeFilterId?: string;
  /**
   * The resource's configuration at construction. Each peering type creates the resource from it
   * in its own constructor, after this one returned: cdktf records a full stack trace for each of
   * the resource's nested blocks, and this constructor's frame in each of them cost 0.05 G
   * instructions (0.4 %) of a 1,000-circuit synth (`npm run bench`). Not kept up to date
   * afterwards (`useRouteFilter` changes the resource).
   * @internal
   */
  protected readonly _resourceConfig: ExpressRouteCircuitPeeringResourceConfig;

  protected constructor(scope: Construct, id: string, peeringType: string, circuit: IExpressRouteCircuit, options: PeeringOptions,
    microsoft?: MicrosoftPeeringOptions) {
    super(scope, id);
    this.peeringType = peeringType;
    this.routeFilterId = microsoft?.routeFilterId;
    const ipv6 = options.ipv6PrimaryPeerAddressPrefix !== undefined || options.ipv6SecondaryPeerAddressPrefix !== undefined;
    this._resourceConfig = {
      peeringType,
      expressRouteCircuitName: circuit.circuitName,
      resourceGroupName: circuit.resourceGroupName,
      vlanId: options.vlanId,
      peerAsn: options.peerAsn,
      primaryPeerAddressPrefix: options.primaryPeerAddressPrefix,
      secondaryPeerAddressPrefix: options.secondaryPeerAddressPrefix,
      // A literal key is never written: SEC001 fails the synth before any file is written.
      sharedKey: options.sharedKey,
      routeFilterId: microsoft?.routeFilterId,
      microsoftPeeringConfig: microsoft ? {
        advertisedPublicPrefixes: microsoft.advertisedPublicPrefixes,
        customerAsn: microsoft.customerAsn,
        routingRegistryName: microsoft.routingRegistryName,
        advertisedCommunities: microsoft.advertisedCommunities,
      } : undefined,
      ipv6: ipv6 ? {
        primaryPeerAddressPrefix: options.ipv6PrimaryPeerAddressPrefix ?? '',
        secondaryPeerAddressPrefix: options.ipv6SecondaryPeerAddressPrefix ?? '',
        routeFilterId: microsoft?.ipv6RouteFilterId,
        microsoftPeering: microsoft?.ipv6AdvertisedPublicPrefixes ? {
          advertisedPublicPrefixes: microsoft.ipv6AdvertisedPublicPrefixes,
          customerAsn: microsoft.customerAsn,
          routingRegistryName: microsoft.routingRegistryName,
        } : undefined,
      } : undefined,
    };

    registerContribution(this, (topology, path) => {
      const v = new ModelValues();
      topology.peerings.push({
        key: path,
        path,
        circuitKey: pathOf(circuit),
        peeringType,
        vlanId: v.of('vlanId', options.vlanId),
        peerAsn: v.of('peerAsn', options.peerAsn),
        // As the lint reads what is written: azurerm sends no empty IPv4 subnet.
        primaryPeerAddressPrefix: v.of('primaryPeerAddressPrefix', sentWhenNotEmpty(options.primaryPeerAddressPrefix)),
        secondaryPeerAddressPrefix: v.of('secondaryPeerAddressPrefix', sentWhenNotEmpty(options.secondaryPeerAddressPrefix)),
        ipv6PrimaryPeerAddressPrefix: v.of('ipv6PrimaryPeerAddressPrefix', options.ipv6PrimaryPeerAddressPrefix),
        ipv6SecondaryPeerAddressPrefix: v.of('ipv6SecondaryPeerAddressPrefix', options.ipv6SecondaryPeerAddressPrefix),
        sharedKey: secretInput(options.sharedKey),
        sharedKeyWellFormed: md5KeyWellFormed(options.sharedKey),
        advertisedPublicPrefixes: v.list('advertisedPublicPrefixes', microsoft?.advertisedPublicPrefixes),
        ipv6AdvertisedPublicPrefixes: v.list('ipv6AdvertisedPublicPrefixes', microsoft?.ipv6AdvertisedPublicPrefixes),
        customerAsn: v.of('customerAsn', microsoft?.customerAsn),
        routingRegistryName: v.of('routingRegistryName', microsoft?.routingRegistryName),
        hasRouteFilter: this.routeFilterId !== undefined,
        routeFilterKey: this.routeFilterId,
        unresolved: v.unresolved,
      });
    });
  }
}

/**
 * Private peering: your networks to Azure VNets over both links of the circuit.
 *
 * @example
 * circuit.addPrivatePeering('Private', {
 *   vlanId: 100, peerAsn: 65010,
 *   primaryPeerAddressPrefix: '192.168.100.0/30', secondaryPeerAddressPrefix: '192.168.100.4/30',
 * });
 */
export class ExpressRoutePrivatePeering extends ExpressRoutePeeringBase {
  /** The azurerm resource, for overrides. */
  public readonly resource: ExpressRouteCircuitPeeringResource;

  constructor(scope: Construct, id: string, props: ExpressRoutePrivatePeeringProps) {
    super(scope, id, 'AzurePrivatePeering', props.circuit, props);
    this.resource = construct(ExpressRouteCircuitPeeringResource, [this, 'Resource', this._resourceConfig], trackingConstructor(ExpressRouteCircuitPeeringResource));
  }
}

/**
 * Microsoft peering: Microsoft 365 and Azure PaaS public endpoints, selected by a route filter.
 */
export class ExpressRouteMicrosoftPeering extends ExpressRoutePeeringBase {
  /** The azurerm resource, for overrides. */
  public readonly resource: ExpressRouteCircuitPeeringResource;

  constructor(scope: Construct, id: string, props: ExpressRouteMicrosoftPeeringProps) {
    super(scope, id, 'MicrosoftPeering', props.circuit, props, props);
    this.resource = construct(ExpressRouteCircuitPeeringResource, [this, 'Resource', this._resourceConfig], trackingConstructor(ExpressRouteCircuitPeeringResource));
  }

  /**
   * Associates another route filter (or none). A circuit migration uses it to move the
   * peering from no filter, to a test filter, to the production filter.
   */
  public useRouteFilter(routeFilterId?: string): void {
    this.routeFilterId = routeFilterId;
    // The model follows the change itself: not an escape hatch.
    asLibrary(() => {
      if (routeFilterId === undefined) this.resource.resetRouteFilterId();
      else this.resource.routeFilterId = routeFilterId;
    });
  }
}
