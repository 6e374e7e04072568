/**
 * The topology model: plain data that both front ends (the constructs and the Terraform JSON
 * reader) build, and that every rule reads. No cdktf import here.
 *
 * A property that is `undefined` was not given. A property that was given but cannot be known
 * before apply (an unresolved token, a `${...}` reference, `(known after apply)`) is listed in
 * the node's `unresolved` instead, and rules do not judge it.
 */

/** How a secret value (MD5 key, authorization key, MACsec key) reached the configuration. */
export enum SecretInput {
  /** Not given. */
  NONE = 'None',
  /** A reference: a sensitive variable, another resource's attribute, a Key Vault secret id. */
  REFERENCE = 'Reference',
  /** A literal string written into the configuration. */
  LITERAL = 'Literal',
}

/** Fields every node has. */
export interface NodeBase {
  /** Unique key within the topology; references between nodes use it. */
  readonly key: string;
  /** Where the node comes from: a construct path or a Terraform address. */
  readonly path: string;
  /**
   * Properties that were given but cannot be known before apply.
   * @default - none
   */
  readonly unresolved?: string[];
  /**
   * True for a resource this configuration does not manage (imported by id).
   * @default false
   */
  readonly external?: boolean;
  /**
   * In a plan: the attributes that make Terraform replace (destroy, then create) this resource.
   * @default - not replaced
   */
  readonly replacedBecauseOf?: string[];
}

/** One of the two links of an ExpressRoute Direct port pair. */
export interface LinkNode {
  /** `link1` (primary, at City) or `link2` (secondary, at City2). */
  readonly name: string;
  /** @default - not given (Azure creates links disabled) */
  readonly adminEnabled?: boolean;
  /** @default - not given */
  readonly macsecCipher?: string;
  /** @default SecretInput.NONE */
  readonly macsecCkn?: SecretInput;
  /** @default SecretInput.NONE */
  readonly macsecCak?: SecretInput;
  /** @default - not given */
  readonly macsecSciEnabled?: boolean;
}

/** An ExpressRoute Direct port pair (`azurerm_express_route_port`). */
export interface PortNode extends NodeBase {
  /** The port's `peering_location`. */
  readonly peeringLocation?: string;
  /** The metro the port was declared at (constructs), when known. */
  readonly metro?: string;
  /** Azure region of the port resource. */
  readonly location?: string;
  /** Port size in Gbps (10, 100, 400). */
  readonly bandwidthGbps?: number;
  /** `Dot1Q` or `QinQ`. */
  readonly encapsulation?: string;
  /** `MeteredData` or `UnlimitedData`. */
  readonly billingType?: string;
  /** The links as configured; Azure always creates two. */
  readonly links: LinkNode[];
  /** Identity type on the port (`UserAssigned`, ...). */
  readonly identityType?: string;
  /** Whether a user-assigned identity id is attached. */
  readonly hasUserAssignedIdentity?: boolean;
  /** The user has said the subscription is enrolled for 400 Gbps ports. */
  readonly enrolled400G?: boolean;
}

/** Previous values of a circuit, known from a Terraform plan (for change guards). */
export interface CircuitPreviousValues {
  /** @default - unknown */
  readonly skuTier?: string;
  /** @default - unknown */
  readonly skuFamily?: string;
  /** @default - unknown */
  readonly bandwidthMbps?: number;
  /** @default - unknown */
  readonly bandwidthGbps?: number;
}

/** An ExpressRoute circuit (`azurerm_express_route_circuit`), on a provider or on a port. */
export interface CircuitNode extends NodeBase {
  /** Azure region of the circuit resource. */
  readonly location?: string;
  /** `Local`, `Standard`, `Premium` (or `Basic`). */
  readonly skuTier?: string;
  /** `MeteredData` or `UnlimitedData`. */
  readonly skuFamily?: string;
  /** Provider circuit: the connectivity provider. */
  readonly serviceProviderName?: string;
  /** Provider circuit: the peering location (`Amsterdam Metro`, `Amsterdam`). */
  readonly peeringLocation?: string;
  /** Provider circuit: bandwidth in Mbps. */
  readonly bandwidthMbps?: number;
  /** Direct circuit: the key of the port node (or an id for an external port). */
  readonly portKey?: string;
  /** Direct circuit: bandwidth in Gbps. */
  readonly bandwidthGbps?: number;
  /** Whether the circuit is created with a port authorization key (another subscription). */
  readonly authorizationKey?: SecretInput;
  /** The circuit was declared as a Metro circuit (by a Metro construct). */
  readonly declaredMetro?: boolean;
  /** `rate_limiting_enabled`. */
  readonly rateLimitingEnabled?: boolean;
  /** Values before this change, when known from a plan. */
  readonly previous?: CircuitPreviousValues;
  /** True when this change creates the circuit (a plan's create action); undefined when unknown. */
  readonly creating?: boolean;
}

/** A circuit peering (`azurerm_express_route_circuit_peering`). */
export interface PeeringNode extends NodeBase {
  /** Key of the circuit node. */
  readonly circuitKey?: string;
  /** `AzurePrivatePeering`, `MicrosoftPeering` or `AzurePublicPeering`. */
  readonly peeringType?: string;
  /** The VLAN (C-Tag). */
  readonly vlanId?: number;
  /** The customer's BGP ASN. */
  readonly peerAsn?: number;
  /** IPv4 /30 for the primary link. */
  readonly primaryPeerAddressPrefix?: string;
  /** IPv4 /30 for the secondary link. */
  readonly secondaryPeerAddressPrefix?: string;
  /** IPv6 /126 for the primary link. */
  readonly ipv6PrimaryPeerAddressPrefix?: string;
  /** IPv6 /126 for the secondary link. */
  readonly ipv6SecondaryPeerAddressPrefix?: string;
  /** How the BGP MD5 key was given. */
  readonly sharedKey?: SecretInput;
  /** Length and character check of a literal MD5 key, computed without keeping the key. */
  readonly sharedKeyWellFormed?: boolean;
  /** Microsoft peering: IPv4 advertised public prefixes. */
  readonly advertisedPublicPrefixes?: string[];
  /** Microsoft peering: IPv6 advertised public prefixes. */
  readonly ipv6AdvertisedPublicPrefixes?: string[];
  /** Microsoft peering: customer ASN (0 = not set). */
  readonly customerAsn?: number;
  /** Microsoft peering: routing registry name. */
  readonly routingRegistryName?: string;
  /** Whether a route filter is attached (IPv4). */
  readonly hasRouteFilter?: boolean;
  /** Key of the route filter node, when known. */
  readonly routeFilterKey?: string;
}

/** A circuit or port authorization. */
export interface AuthorizationNode extends NodeBase {
  /** Key of the circuit, for a circuit authorization. */
  readonly circuitKey?: string;
  /** Key of the port, for a port authorization. */
  readonly portKey?: string;
}

/** The kind of ExpressRoute gateway. */
export enum GatewayKind {
  /** `azurerm_virtual_network_gateway` with `type = ExpressRoute`. */
  VIRTUAL_NETWORK_GATEWAY = 'VirtualNetworkGateway',
  /** `azurerm_express_route_gateway` in a Virtual WAN hub. */
  VIRTUAL_WAN_GATEWAY = 'VirtualWanGateway',
}

/** An ExpressRoute gateway. */
export interface GatewayNode extends NodeBase {
  /** The kind of gateway. */
  readonly kind: GatewayKind;
  /** VNet gateway SKU. */
  readonly sku?: string;
  /** Azure region. */
  readonly location?: string;
  /** ErGwScale minimum scale units. */
  readonly minScaleUnits?: number;
  /** ErGwScale maximum scale units. */
  readonly maxScaleUnits?: number;
  /** The virtual network (id or key), to count circuits per VNet. */
  readonly virtualNetwork?: string;
  /** The gateway subnet's name, when known. */
  readonly gatewaySubnetName?: string;
  /** The gateway subnet's prefix (`10.0.0.0/27`), when known. */
  readonly gatewaySubnetPrefix?: string;
  /** The VNet's address spaces, when known (peering prefixes must not overlap them). */
  readonly virtualNetworkAddressSpaces?: string[];
  /** Whether a public IP is attached to the gateway. */
  readonly hasPublicIp?: boolean;
  /** Declared Resiliency Guard model: `MultiHomed` or `SingleHomed`. */
  readonly resiliencyModel?: string;
  /** Resiliency the user requires: `Maximum` or `High`. */
  readonly requiredResiliency?: string;
}

/** What a connection is for, during a migration. */
export enum ConnectionPurpose {
  /** Production traffic. */
  PRODUCTION = 'Production',
  /** A test gateway used to validate a new circuit. */
  TEST = 'Test',
}

/** A gateway connection (VNet gateway connection or Virtual WAN ExpressRoute connection). */
export interface ConnectionNode extends NodeBase {
  /** Key of the gateway node. */
  readonly gatewayKey?: string;
  /** Key of the circuit node. */
  readonly circuitKey?: string;
  /** `routing_weight`. */
  readonly routingWeight?: number;
  /** FastPath (`express_route_gateway_bypass`). */
  readonly fastPath?: boolean;
  /** `private_link_fast_path_enabled`. */
  readonly privateLinkFastPath?: boolean;
  /** How an authorization key was given. */
  readonly authorizationKey?: SecretInput;
  /** What the connection is for. */
  readonly purpose?: ConnectionPurpose;
}

/** A Global Reach link between two circuits' private peerings. */
export interface GlobalReachNode extends NodeBase {
  /** Key of the local circuit. */
  readonly circuitKey?: string;
  /** Key of the peer circuit. */
  readonly peerCircuitKey?: string;
  /** The /29 subnet. */
  readonly addressPrefixIpv4?: string;
  /** The /125 subnet. */
  readonly addressPrefixIpv6?: string;
  /** How an authorization key was given. */
  readonly authorizationKey?: SecretInput;
}

/** A route filter for Microsoft peering. */
export interface RouteFilterNode extends NodeBase {
  /** Azure region. */
  readonly location?: string;
  /** Number of rules. */
  readonly ruleCount?: number;
  /** Access of the first rule (`Allow`). */
  readonly ruleAccess?: string;
  /** BGP communities of the first rule. */
  readonly communities?: string[];
}

/** An output value of the configuration. */
export interface OutputNode extends NodeBase {
  /** Whether the value carries a secret attribute (service key, authorization key). */
  readonly carriesSecret: boolean;
  /** Whether the output is marked sensitive. */
  readonly sensitive: boolean;
}

/** The phase of a circuit migration. */
export enum MigrationPhase {
  /** Build the new circuit in isolation. */
  PREPARE = 'prepare',
  /** Validate it on a test gateway and a test route filter. */
  VALIDATE = 'validate',
  /** Connect it to the production gateway(s) and move traffic. */
  CUTOVER = 'cutover',
  /** Remove the old circuit. */
  DECOMMISSION = 'decommission',
}

/** A migration from one circuit to another. */
export interface MigrationNode extends NodeBase {
  /** The phase. */
  readonly phase: MigrationPhase;
  /** Key of the source circuit. */
  readonly sourceCircuitKey?: string;
  /** Key of the target circuit. */
  readonly targetCircuitKey?: string;
  /** Keys of the production gateways. */
  readonly productionGatewayKeys: string[];
  /** Key of the test gateway. */
  readonly testGatewayKey?: string;
  /** The user allows the target at the same peering location as the source. */
  readonly allowSamePeeringLocation?: boolean;
}

/** A whole topology. */
export interface Topology {
  /** Direct port pairs. */
  readonly ports: PortNode[];
  /** Circuits. */
  readonly circuits: CircuitNode[];
  /** Peerings. */
  readonly peerings: PeeringNode[];
  /** Circuit and port authorizations. */
  readonly authorizations: AuthorizationNode[];
  /** Gateways. */
  readonly gateways: GatewayNode[];
  /** Gateway connections. */
  readonly connections: ConnectionNode[];
  /** Global Reach links. */
  readonly globalReach: GlobalReachNode[];
  /** Route filters. */
  readonly routeFilters: RouteFilterNode[];
  /** Outputs. */
  readonly outputs: OutputNode[];
  /** Migrations. */
  readonly migrations: MigrationNode[];
  /**
   * The azurerm provider version constraint the configuration targets (`>= 4.60.0, < 5.0.0`).
   * @default - unknown
   */
  readonly providerVersion?: string;
}

/** An empty topology, to fill (its lists can be pushed to). */
export function emptyTopology(): Topology {
  return {
    ports: [], circuits: [], peerings: [], authorizations: [], gateways: [], connections: [],
    globalReach: [], routeFilters: [], outputs: [], migrations: [],
  };
}
