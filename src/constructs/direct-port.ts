import { Construct } from '../core/framework';
import { ExpressRoutePortResource, ManagementLockResource } from '../core/provider';
import { LinkNode } from '../model/topology';
import {
  addDeleteLock, defaultName, DestroySafetyProps, ExpressRouteConstruct, ExpressRouteResourceProps,
  keyVaultSecretInput, lifecycleFor, ModelValues,
} from './base';
import { AuthorizationOptions, ExpressRoutePortAuthorization } from './authorization';
import { DirectCircuitOptions, ExpressRouteDirectCircuit } from './direct-circuit';
import { MacsecCipher, MetroLocation, PortBillingType, PortEncapsulation } from './enums';
import { IExpressRoutePort } from './interfaces';
import { canonicalPlaceName } from './private/catalog-names';
import { ExpressRouteValidation, registerContribution } from './validation';
import { portLinksWithTags, withCustomerEdgeTag } from '../simulation/tags';

/** MACsec on a link. Source: Sources.MACSEC. */
export interface MacsecOptions {
  /** Key Vault secret id of the CKN (`https://<vault>.vault.azure.net/secrets/<name>`). */
  readonly cknSecretId: string;
  /** Key Vault secret id of the CAK. */
  readonly cakSecretId: string;
  /**
   * The cipher. XPN ciphers prevent "sporadic session failures ... with non-xpn ciphers on
   * high speed links" and need azurerm 4.60.0 or later.
   * @default MacsecCipher.GCM_AES_XPN_256
   */
  readonly cipher?: MacsecCipher;
  /**
   * Secure Channel Identifier on the frames (some Cisco peers need it).
   * @default false
   */
  readonly sciEnabled?: boolean;
}

/** One link of the port pair. */
export interface PortLinkOptions {
  /**
   * Turns the link on. **Enabling either link starts billing of the port pair** (or 45 days
   * after creation, whichever is first); enable links once the cross-connects are in place.
   * @default false
   */
  readonly adminEnabled?: boolean;
  /**
   * MACsec for this link.
   * @default - the port's `macsec`, if any
   */
  readonly macsec?: MacsecOptions;
  /**
   * The customer edge router (your own name for it) this link lands on. Both links' routers
   * are written as the port's `customer-edge` tag; the failure simulation uses them (DUAL053
   * warns when both links share a router).
   * @default - unknown (never assumed shared)
   */
  readonly customerEdge?: string;
}

/** Props of a Metro ExpressRoute Direct port pair. */
export interface ExpressRouteMetroDirectPortProps extends ExpressRouteResourceProps, DestroySafetyProps {
  /** The metro. link1 lands at City, link2 at City2. */
  readonly metro: MetroLocation;
  /** Port size in Gbps: 10 or 100 (400 with `allow400G`). Changing it replaces the port. */
  readonly bandwidthGbps: number;
  /**
   * Encapsulation; fixed at creation (changing it replaces the port).
   * @default PortEncapsulation.DOT1Q
   */
  readonly encapsulation?: PortEncapsulation;
  /**
   * Billing type.
   * @default PortBillingType.METERED_DATA
   */
  readonly billingType?: PortBillingType;
  /**
   * The port's `peering_location`. Azure documents no ports-location name for Metro ports, so
   * the default is the Metro name (`Amsterdam Metro`); check
   * `az network express-route port location list` and set it if yours differs (METRO005).
   * @default - the Metro name
   */
  readonly portPeeringLocation?: string;
  /**
   * Confirms that the subscription is enrolled for 400 Gbps ports.
   * @default false
   */
  readonly allow400G?: boolean;
  /**
   * MACsec on both links (a link's own `macsec` wins).
   * @default - no MACsec
   */
  readonly macsec?: MacsecOptions;
  /**
   * link1 (primary, at City).
   * @default - disabled, port MACsec
   */
  readonly link1?: PortLinkOptions;
  /**
   * link2 (secondary, at City2).
   * @default - disabled, port MACsec
   */
  readonly link2?: PortLinkOptions;
  /**
   * User-assigned managed identity that reads the MACsec secrets (needs `get` on secrets).
   * Required with MACsec (MACSEC002).
   * @default - none
   */
  readonly userAssignedIdentityId?: string;
}

/** What is known about an existing port pair. */
export interface ExpressRoutePortAttributes {
  /** The port's id. */
  readonly portId: string;
  /** The port's name. */
  readonly portName: string;
  /** The resource group. */
  readonly resourceGroupName: string;
  /** The region. */
  readonly location: string;
  /**
   * The metro, if it is a Metro port.
   * @default - unknown
   */
  readonly metro?: MetroLocation;
  /**
   * Port size in Gbps, if known (checks circuit sizes).
   * @default - unknown
   */
  readonly bandwidthGbps?: number;
  /**
   * Encapsulation, if known (checks VLAN reuse).
   * @default - unknown
   */
  readonly encapsulation?: PortEncapsulation;
}

/** A port pair you can add circuits and authorizations to, managed or imported. */
export abstract class ExpressRouteDirectPortBase extends ExpressRouteConstruct implements IExpressRoutePort {
  public abstract readonly portId: string;
  public abstract readonly portName: string;
  public abstract readonly resourceGroupName: string;
  public abstract readonly location: string;

  /** Adds a circuit on this port pair. */
  public addCircuit(id: string, options: DirectCircuitOptions): ExpressRouteDirectCircuit {
    return new ExpressRouteDirectCircuit(this, id, { ...options, port: this });
  }

  /** Adds a port authorization (for circuits in another subscription); the key is a sensitive output. */
  public addAuthorization(id: string, options: AuthorizationOptions = {}): ExpressRoutePortAuthorization {
    return new ExpressRoutePortAuthorization(this, id, { ...options, port: this });
  }
}

class ImportedPort extends ExpressRouteDirectPortBase {
  public readonly portId: string;
  public readonly portName: string;
  public readonly resourceGroupName: string;
  public readonly location: string;

  constructor(scope: Construct, id: string, attrs: ExpressRoutePortAttributes) {
    super(scope, id);
    this.portId = attrs.portId;
    this.portName = attrs.portName;
    this.resourceGroupName = attrs.resourceGroupName;
    this.location = attrs.location;
    registerContribution(this, (topology) => {
      const v = new ModelValues();
      topology.ports.push({
        key: this.node.path, path: this.node.path, external: true, links: [],
        metro: attrs.metro?.value,
        location: v.of('location', attrs.location),
        bandwidthGbps: v.of('bandwidthGbps', attrs.bandwidthGbps),
        encapsulation: v.of('encapsulation', attrs.encapsulation?.value),
        unresolved: v.unresolved,
      });
    });
  }
}

/**
 * A Metro ExpressRoute Direct port pair: two ports of 10 or 100 Gbps, link1 at City and link2
 * at City2 of one metro. Both links always exist; they start disabled (no billing) and take
 * MACsec keys from Key Vault.
 *
 * @example
 * const port = new ExpressRouteMetroDirectPort(stack, 'Port', {
 *   resourceGroupName: 'rg-network', location: 'West Europe',
 *   metro: MetroLocation.AMSTERDAM, bandwidthGbps: 100,
 * });
 * port.addCircuit('Circuit', { bandwidthGbps: 10 });
 */
export class ExpressRouteMetroDirectPort extends ExpressRouteDirectPortBase {
  /** A port pair that exists outside this configuration; it still takes part in validation. */
  public static fromPortAttributes(scope: Construct, id: string, attrs: ExpressRoutePortAttributes): IExpressRoutePort {
    return new ImportedPort(scope, id, attrs);
  }

  /** The azurerm resource, for overrides. */
  public readonly resource: ExpressRoutePortResource;
  /** The resource group. */
  public readonly resourceGroupName: string;
  /** The region. */
  public readonly location: string;
  /** The metro. */
  public readonly metro: MetroLocation;
  /** The CanNotDelete lock, when `deleteLock` is set. */
  public readonly deleteLock?: ManagementLockResource;

  constructor(scope: Construct, id: string, props: ExpressRouteMetroDirectPortProps) {
    super(scope, id);
    this.metro = props.metro;
    this.resourceGroupName = props.resourceGroupName;
    this.location = props.location;
    const encapsulation = props.encapsulation ?? PortEncapsulation.DOT1Q;
    const billingType = props.billingType ?? PortBillingType.METERED_DATA;
    const metroName = canonicalPlaceName(ExpressRouteValidation.of(this).catalog, props.metro.value);
    const peeringLocation = props.portPeeringLocation ?? metroName;
    const links = (['link1', 'link2'] as const).map((name) => {
      const link = props[name] ?? {};
      return { name, adminEnabled: link.adminEnabled ?? false, macsec: link.macsec ?? props.macsec };
    });
    const linkConfig = (l: typeof links[number]) => ({
      adminEnabled: l.adminEnabled,
      macsecCipher: l.macsec ? (l.macsec.cipher ?? MacsecCipher.GCM_AES_XPN_256).value : undefined,
      macsecCknKeyvaultSecretId: l.macsec?.cknSecretId,
      macsecCakKeyvaultSecretId: l.macsec?.cakSecretId,
      macsecSciEnabled: l.macsec?.sciEnabled,
    });
    this.resource = new ExpressRoutePortResource(this, 'Resource', {
      name: props.name ?? defaultName(this, 'erport'),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      peeringLocation,
      bandwidthInGbps: props.bandwidthGbps,
      encapsulation: encapsulation.value,
      billingType: billingType.value,
      link1: linkConfig(links[0]),
      link2: linkConfig(links[1]),
      identity: props.userAssignedIdentityId !== undefined
        ? { type: 'UserAssigned', identityIds: [props.userAssignedIdentityId] } : undefined,
      tags: withCustomerEdgeTag(props.tags, props.link1?.customerEdge, props.link2?.customerEdge),
      lifecycle: lifecycleFor(props),
    });
    this.deleteLock = addDeleteLock(this, props, this.resource, 'Direct port pair');

    registerContribution(this, (topology) => {
      const v = new ModelValues();
      const modelLinks: LinkNode[] = links.map((l) => ({
        name: l.name,
        adminEnabled: l.adminEnabled,
        macsecCipher: l.macsec ? (l.macsec.cipher ?? MacsecCipher.GCM_AES_XPN_256).value : undefined,
        macsecCkn: keyVaultSecretInput(l.macsec?.cknSecretId),
        macsecCak: keyVaultSecretInput(l.macsec?.cakSecretId),
        macsecSciEnabled: l.macsec?.sciEnabled,
      }));
      topology.ports.push({
        key: this.node.path, path: this.node.path,
        metro: metroName,
        peeringLocation: v.of('peeringLocation', peeringLocation),
        peeringLocationDefaulted: props.portPeeringLocation === undefined,
        location: v.of('location', props.location),
        bandwidthGbps: v.of('bandwidthGbps', props.bandwidthGbps),
        encapsulation: v.of('encapsulation', encapsulation.value),
        billingType: v.of('billingType', billingType.value),
        // The failure simulation's routers, read from the tags as written (as lint reads them).
        links: portLinksWithTags({ tags: this.resource.tagsInput }, modelLinks).links,
        identityType: props.userAssignedIdentityId !== undefined ? 'UserAssigned' : undefined,
        hasUserAssignedIdentity: props.userAssignedIdentityId !== undefined,
        enrolled400G: props.allow400G === true,
        unresolved: v.unresolved,
      });
    });
  }

  /** The port id. @attribute */
  public get portId(): string {
    return (this.portIdToken ??= this.resource.id);
  }
  private portIdToken?: string;

  /** The port name. @attribute */
  public get portName(): string {
    return (this.portNameToken ??= this.resource.name);
  }
  private portNameToken?: string;

  /**
   * The peering location of link1 (City) and link2 (City2) from the catalog in force; an
   * entry is `unknown` where Azure does not document it.
   */
  public get linkPeeringLocations(): string[] {
    const metro = ExpressRouteValidation.of(this).catalog.tryFindMetro(this.metro.value);
    return [metro?.peeringLocations[0] ?? 'unknown', metro?.peeringLocations[1] ?? 'unknown'];
  }
}
