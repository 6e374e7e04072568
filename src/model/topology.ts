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
  /**
   * In a plan: true when the resource is destroyed and not created again (a delete action).
   * @default - not destroyed, or unknown
   */
  readonly destroying?: boolean;
  /**
   * True when this node stands for a resource whose `count`/`for_each` is not known statically:
   * it is checked once, and rules that count resources (how many circuits, how many
   * connections) must not judge how many there are.
   * @default false
   */
  readonly multiplicityUnknown?: boolean;
}

/** One of the two links of an ExpressRoute Direct port pair. */
export interface LinkNode {
  /** `link1` (primary, at City) or `link2` (secondary, at City2). */
  readonly name: string;
  /**
   * Whether the link is turned on (billing starts).
   * @default - not given (Azure creates links disabled)
   */
  readonly adminEnabled?: boolean;
  /**
   * The MACsec cipher.
   * @default - not given
   */
  readonly macsecCipher?: string;
  /**
   * How the MACsec CKN was given.
   * @default SecretInput.NONE
   */
  readonly macsecCkn?: SecretInput;
  /**
   * How the MACsec CAK was given.
   * @default SecretInput.NONE
   */
  readonly macsecCak?: SecretInput;
  /**
   * The Terraform address of the `azurerm_key_vault_secret` the CKN's secret id references, when
   * that secret is in the configuration.
   * @default - not known
   */
  readonly macsecCknSecret?: string;
  /**
   * How the `value` (or `value_wo`) of the secret named by `macsecCknSecret` is given: a literal
   * is the key in plain text (SEC005).
   * @default - not known (SEC005 does not judge it)
   */
  readonly macsecCknSecretValue?: SecretInput;
  /**
   * The Terraform address of the `azurerm_key_vault_secret` the CAK's secret id references, when
   * that secret is in the configuration.
   * @default - not known
   */
  readonly macsecCakSecret?: string;
  /**
   * How the `value` (or `value_wo`) of the secret named by `macsecCakSecret` is given.
   * @default - not known (SEC005 does not judge it)
   */
  readonly macsecCakSecretValue?: SecretInput;
  /**
   * MACsec SCI.
   * @default - not given
   */
  readonly macsecSciEnabled?: boolean;
  /**
   * The customer edge router (a name of the user's choosing) this link lands on. Used by the
   * failure simulation; an unknown router is never assumed shared with another link.
   * @default - unknown
   */
  readonly customerEdge?: string;
  /**
   * Key of the Key Vault node the link's MACsec secrets are stored in, when the vault is in the
   * configuration (from the secret id's vault, or the `azurerm_key_vault_secret`'s `key_vault_id`).
   * @default - unknown (the vault checks do not run)
   */
  readonly macsecKeyVaultKey?: string;
}

/** An ExpressRoute Direct port pair (`azurerm_express_route_port`). */
export interface PortNode extends NodeBase {
  /**
   * The Metro Direct bring-up stage the port was declared at (constructs' `bringUpStage`).
   * @default - none: the port is not staged and no bring-up rule judges it
   */
  readonly bringUpStage?: PortBringUpStage;
  /**
   * The port's `peering_location`.
   * @default - not given (rules do not judge it)
   */
  readonly peeringLocation?: string;
  /**
   * The metro the port was declared at (constructs), when known.
   * @default - not given (rules do not judge it)
   */
  readonly metro?: string;
  /**
   * True when the library chose `peeringLocation` (the Metro name) because the user set none;
   * false when the user set it.
   * @default - not known (a Terraform configuration states its own value)
   */
  readonly peeringLocationDefaulted?: boolean;
  /**
   * Azure region of the port resource.
   * @default - not given (rules do not judge it)
   */
  readonly location?: string;
  /**
   * Port size in Gbps (10, 100, 400).
   * @default - not given (rules do not judge it)
   */
  readonly bandwidthGbps?: number;
  /**
   * `Dot1Q` or `QinQ`.
   * @default - not given (rules do not judge it)
   */
  readonly encapsulation?: string;
  /**
   * `MeteredData` or `UnlimitedData`.
   * @default - not given (rules do not judge it)
   */
  readonly billingType?: string;
  /** The links as configured; Azure always creates two. */
  readonly links: LinkNode[];
  /**
   * Identity type on the port (`UserAssigned`, ...).
   * @default - not given (rules do not judge it)
   */
  readonly identityType?: string;
  /**
   * Whether a user-assigned identity id is attached.
   * @default - not given (rules do not judge it)
   */
  readonly hasUserAssignedIdentity?: boolean;
  /**
   * The user has said the subscription is enrolled for 400 Gbps ports.
   * @default - not given (rules do not judge it)
   */
  readonly enrolled400G?: boolean;
  /**
   * The subscription the port is created in: a subscription id, or any key that is the same for
   * resources of one subscription (the azurerm provider configuration, `azurerm` or
   * `azurerm.<alias>`, which is bound to one subscription; at synth named with its stack,
   * `net/azurerm`, as the lint reads each stack alone). Quota rules count per value, unless
   * `subscriptionId` is known.
   * @default - unknown (quota rules count per port only)
   */
  readonly subscription?: string;
  /**
   * The id of the subscription the port is created in (lower-case), where its provider
   * configuration writes `subscription_id` as a literal. Quota rules count every configuration
   * that names one id together.
   * @default - not known (quota rules count per `subscription`)
   */
  readonly subscriptionId?: string;
}

/** Previous values of a circuit, known from a Terraform plan (for change guards). */
export interface CircuitPreviousValues {
  /**
   * The SKU tier before.
   * @default - unknown
   */
  readonly skuTier?: string;
  /**
   * The SKU family before.
   * @default - unknown
   */
  readonly skuFamily?: string;
  /**
   * The provider bandwidth before.
   * @default - unknown
   */
  readonly bandwidthMbps?: number;
  /**
   * The Direct bandwidth before.
   * @default - unknown
   */
  readonly bandwidthGbps?: number;
}

/** An ExpressRoute circuit (`azurerm_express_route_circuit`), on a provider or on a port. */
export interface CircuitNode extends NodeBase {
  /**
   * Azure region of the circuit resource.
   * @default - not given (rules do not judge it)
   */
  readonly location?: string;
  /**
   * `Local`, `Standard`, `Premium` (or `Basic`).
   * @default - not given (rules do not judge it)
   */
  readonly skuTier?: string;
  /**
   * `MeteredData` or `UnlimitedData`.
   * @default - not given (rules do not judge it)
   */
  readonly skuFamily?: string;
  /**
   * Provider circuit: the connectivity provider.
   * @default - not given (rules do not judge it)
   */
  readonly serviceProviderName?: string;
  /**
   * Provider circuit: the peering location (`Amsterdam Metro`, `Amsterdam`).
   * @default - not given (rules do not judge it)
   */
  readonly peeringLocation?: string;
  /**
   * Provider circuit: bandwidth in Mbps.
   * @default - not given (rules do not judge it)
   */
  readonly bandwidthMbps?: number;
  /**
   * Direct circuit: the key of the port node (or an id for an external port).
   * @default - not given (rules do not judge it)
   */
  readonly portKey?: string;
  /**
   * Direct circuit: bandwidth in Gbps.
   * @default - not given (rules do not judge it)
   */
  readonly bandwidthGbps?: number;
  /**
   * Whether the circuit is created with a port authorization key (another subscription).
   * @default - not given (rules do not judge it)
   */
  readonly authorizationKey?: SecretInput;
  /**
   * The circuit was declared as a Metro circuit (by a Metro construct).
   * @default - not given (rules do not judge it)
   */
  readonly declaredMetro?: boolean;
  /**
   * `rate_limiting_enabled`.
   * @default - not given (rules do not judge it)
   */
  readonly rateLimitingEnabled?: boolean;
  /**
   * Values before this change, when known from a plan.
   * @default - not given (rules do not judge it)
   */
  readonly previous?: CircuitPreviousValues;
  /**
   * True when this change creates the circuit (a plan's create action); undefined when unknown.
   * @default - not given (rules do not judge it)
   */
  readonly creating?: boolean;
  /**
   * The customer edge router (a name of the user's choosing) the circuit's links land on: both
   * links, unless `secondaryCustomerEdge` names another router for the secondary link. On a
   * Direct port, the port links' own `customerEdge` wins. Used by the failure simulation; an
   * unknown router is never assumed shared.
   * @default - unknown
   */
  readonly customerEdge?: string;
  /**
   * The customer edge router of the circuit's secondary link, when it is not `customerEdge`.
   * @default - the same as `customerEdge`
   */
  readonly secondaryCustomerEdge?: string;
  /**
   * The subscription the circuit is created in (see `PortNode.subscription` for the key).
   * @default - unknown (the circuit is not counted against subscription quotas)
   */
  readonly subscription?: string;
  /**
   * The id of the subscription the circuit is created in (see `PortNode.subscriptionId`).
   * @default - not known (quota rules count per `subscription`)
   */
  readonly subscriptionId?: string;
}

/** A circuit peering (`azurerm_express_route_circuit_peering`). */
export interface PeeringNode extends NodeBase {
  /**
   * Key of the circuit node.
   * @default - not given (rules do not judge it)
   */
  readonly circuitKey?: string;
  /**
   * `AzurePrivatePeering`, `MicrosoftPeering` or `AzurePublicPeering`.
   * @default - not given (rules do not judge it)
   */
  readonly peeringType?: string;
  /**
   * The VLAN (C-Tag).
   * @default - not given (rules do not judge it)
   */
  readonly vlanId?: number;
  /**
   * The customer's BGP ASN.
   * @default - not given (rules do not judge it)
   */
  readonly peerAsn?: number;
  /**
   * IPv4 /30 for the primary link.
   * @default - not given (rules do not judge it)
   */
  readonly primaryPeerAddressPrefix?: string;
  /**
   * IPv4 /30 for the secondary link.
   * @default - not given (rules do not judge it)
   */
  readonly secondaryPeerAddressPrefix?: string;
  /**
   * IPv6 /126 for the primary link.
   * @default - not given (rules do not judge it)
   */
  readonly ipv6PrimaryPeerAddressPrefix?: string;
  /**
   * IPv6 /126 for the secondary link.
   * @default - not given (rules do not judge it)
   */
  readonly ipv6SecondaryPeerAddressPrefix?: string;
  /**
   * How the BGP MD5 key was given.
   * @default - not given (rules do not judge it)
   */
  readonly sharedKey?: SecretInput;
  /**
   * Length and character check of a known MD5 key (a literal, or a value given to the
   * configuration), computed without keeping the key.
   * @default - not given (rules do not judge it)
   */
  readonly sharedKeyWellFormed?: boolean;
  /**
   * Microsoft peering: IPv4 advertised public prefixes.
   * @default - not given (rules do not judge it)
   */
  readonly advertisedPublicPrefixes?: string[];
  /**
   * Microsoft peering: IPv6 advertised public prefixes.
   * @default - not given (rules do not judge it)
   */
  readonly ipv6AdvertisedPublicPrefixes?: string[];
  /**
   * Microsoft peering: customer ASN (0 = not set).
   * @default - not given (rules do not judge it)
   */
  readonly customerAsn?: number;
  /**
   * Microsoft peering: routing registry name.
   * @default - not given (rules do not judge it)
   */
  readonly routingRegistryName?: string;
  /**
   * Whether a route filter is attached (IPv4).
   * @default - not given (rules do not judge it)
   */
  readonly hasRouteFilter?: boolean;
  /**
   * Key of the route filter node, when known.
   * @default - not given (rules do not judge it)
   */
  readonly routeFilterKey?: string;
  /**
   * Microsoft peering over IPv6 (`ipv6.microsoft_peering.customer_asn`): customer ASN (0 = not set).
   * @default - not given (rules do not judge it)
   */
  readonly ipv6CustomerAsn?: number;
  /**
   * Microsoft peering over IPv6: routing registry name.
   * @default - not given (rules do not judge it)
   */
  readonly ipv6RoutingRegistryName?: string;
}

/** A circuit or port authorization. */
export interface AuthorizationNode extends NodeBase {
  /**
   * Key of the circuit, for a circuit authorization.
   * @default - not given (rules do not judge it)
   */
  readonly circuitKey?: string;
  /**
   * Key of the port, for a port authorization.
   * @default - not given (rules do not judge it)
   */
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
  /**
   * VNet gateway SKU.
   * @default - not given (rules do not judge it)
   */
  readonly sku?: string;
  /**
   * Azure region.
   * @default - not given (rules do not judge it)
   */
  readonly location?: string;
  /**
   * ErGwScale minimum scale units.
   * @default - not given (rules do not judge it)
   */
  readonly minScaleUnits?: number;
  /**
   * ErGwScale maximum scale units.
   * @default - not given (rules do not judge it)
   */
  readonly maxScaleUnits?: number;
  /**
   * The virtual network (id or key), to count circuits per VNet.
   * @default - not given (rules do not judge it)
   */
  readonly virtualNetwork?: string;
  /**
   * The gateway subnet's name, when known.
   * @default - not given (rules do not judge it)
   */
  readonly gatewaySubnetName?: string;
  /**
   * The gateway subnet's prefix (`10.0.0.0/27`), when known.
   * @default - not given (rules do not judge it)
   */
  readonly gatewaySubnetPrefix?: string;
  /**
   * The VNet's address spaces, when known (peering prefixes must not overlap them).
   * @default - not given (rules do not judge it)
   */
  readonly virtualNetworkAddressSpaces?: string[];
  /**
   * Whether a public IP is attached to the gateway.
   * @default - not given (rules do not judge it)
   */
  readonly hasPublicIp?: boolean;
  /**
   * Declared Resiliency Guard model: `MultiHomed` or `SingleHomed`.
   * @default - not given (rules do not judge it)
   */
  readonly resiliencyModel?: string;
  /**
   * Resiliency the user requires: `Maximum` or `High`.
   * @default - not given (rules do not judge it)
   */
  readonly requiredResiliency?: string;
  /**
   * The least capacity (Mbps) the gateway must keep under any single failure outside the
   * gateway itself; the failure simulation warns below it (DUAL052).
   * @default - no threshold
   */
  readonly minimumCapacityMbpsUnderFailure?: number;
  /**
   * The SKU before this change, when known from a plan (a change across zonal and non-zonal SKUs
   * replaces the gateway).
   * @default - unknown
   */
  readonly previousSku?: string;
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
  /**
   * Key of the gateway node.
   * @default - not given (rules do not judge it)
   */
  readonly gatewayKey?: string;
  /**
   * Key of the circuit node.
   * @default - not given (rules do not judge it)
   */
  readonly circuitKey?: string;
  /**
   * `routing_weight`.
   * @default - not given (rules do not judge it)
   */
  readonly routingWeight?: number;
  /**
   * FastPath (`express_route_gateway_bypass`).
   * @default - not given (rules do not judge it)
   */
  readonly fastPath?: boolean;
  /**
   * `private_link_fast_path_enabled`.
   * @default - not given (rules do not judge it)
   */
  readonly privateLinkFastPath?: boolean;
  /**
   * How an authorization key was given.
   * @default - not given (rules do not judge it)
   */
  readonly authorizationKey?: SecretInput;
  /**
   * What the connection is for.
   * @default - not given (rules do not judge it)
   */
  readonly purpose?: ConnectionPurpose;
}

/** A Global Reach link between two circuits' private peerings. */
export interface GlobalReachNode extends NodeBase {
  /**
   * Key of the local circuit.
   * @default - not given (rules do not judge it)
   */
  readonly circuitKey?: string;
  /**
   * Key of the peer circuit.
   * @default - not given (rules do not judge it)
   */
  readonly peerCircuitKey?: string;
  /**
   * The /29 subnet.
   * @default - not given (rules do not judge it)
   */
  readonly addressPrefixIpv4?: string;
  /**
   * The /125 subnet.
   * @default - not given (rules do not judge it)
   */
  readonly addressPrefixIpv6?: string;
  /**
   * How an authorization key was given.
   * @default - not given (rules do not judge it)
   */
  readonly authorizationKey?: SecretInput;
}

/** A route filter for Microsoft peering. */
export interface RouteFilterNode extends NodeBase {
  /**
   * Azure region.
   * @default - not given (rules do not judge it)
   */
  readonly location?: string;
  /**
   * Number of rules.
   * @default - not given (rules do not judge it)
   */
  readonly ruleCount?: number;
  /**
   * Access of the first rule (`Allow`).
   * @default - not given (rules do not judge it)
   */
  readonly ruleAccess?: string;
  /**
   * BGP communities of the first rule.
   * @default - not given (rules do not judge it)
   */
  readonly communities?: string[];
}

/** An Azure Key Vault the configuration manages (MACsec keys are read from one). */
export interface KeyVaultNode extends NodeBase {
  /**
   * The vault's name (the host label of its secret ids).
   * @default - unknown
   */
  readonly name?: string;
  /**
   * Whether soft-delete is on (`soft_delete_enabled` in azurerm 2.x; always on from azurerm 3.0).
   * @default - unknown (rules do not judge it)
   */
  readonly softDeleteEnabled?: boolean;
  /**
   * Whether a private endpoint in the configuration connects to the vault.
   * @default - unknown (rules do not judge it)
   */
  readonly hasPrivateEndpoint?: boolean;
}

/** An output value of the configuration. */
export interface OutputNode extends NodeBase {
  /** Whether the value carries a secret attribute (service key, authorization key, BGP MD5 key). */
  readonly carriesSecret: boolean;
  /**
   * The keys the value carries, in words (`service key`, `authorization key`, `BGP MD5 key`).
   * @default - not stated (a message names "a key")
   */
  readonly carriedKeys?: string[];
  /**
   * The Terraform addresses of the `azurerm_key_vault_secret`s whose `value` the output carries
   * (a MACsec key when a port's link references the secret).
   * @default - none
   */
  readonly keyVaultSecretValues?: string[];
  /**
   * The keys `nonsensitive(...)` passes through as they are, in words (SEC006): Terraform shows
   * them in plain text.
   * @default - none, or not known (a plan)
   */
  readonly exposedKeys?: string[];
  /**
   * The Terraform addresses of the `azurerm_key_vault_secret`s whose `value` `nonsensitive(...)`
   * passes through as it is (SEC006 when a port's link references the secret).
   * @default - none
   */
  readonly exposedKeyVaultSecretValues?: string[];
  /** Whether the output is marked sensitive. */
  readonly sensitive: boolean;
  /**
   * Whether Terraform accepts the output whatever it carries: every key is read through
   * `nonsensitive(...)`, or the output is a plan's, which Terraform accepted (SEC004 skips it).
   * @default false
   */
  readonly declassified?: boolean;
}

/**
 * The stages of a Metro Direct port's bring-up, in order (issue 16). Source:
 * https://learn.microsoft.com/azure/expressroute/expressroute-howto-erdirect (order, LOA,
 * cross-connects, link admin state).
 */
export enum PortBringUpStage {
  /** The port pair exists; links disabled. */
  ORDERED = 'ordered',
  /** The Letter of Authorization is generated and sent to the facility. */
  LOA_ISSUED = 'loa-issued',
  /** The facility reports the cross-connects at City and City2 done. */
  CROSS_CONNECTED = 'cross-connected',
  /** Optics and light levels checked at both sites. */
  LAYER1_VERIFIED = 'layer1-verified',
  /** MACsec keys are in Key Vault and on the routers. */
  MACSEC_READY = 'macsec-ready',
  /** link1 (City) is enabled: billing starts. */
  LINK1_ENABLED = 'link1-enabled',
  /** link2 (City2) is enabled too. */
  LINK2_ENABLED = 'link2-enabled',
  /** Circuits carry production traffic. */
  LIVE = 'live',
}

/** The bring-up stages in order. */
export const PORT_BRING_UP_STAGES: readonly PortBringUpStage[] = Object.values(PortBringUpStage);

/** True when `stage` is `at` or later. */
export function bringUpReached(stage: PortBringUpStage, at: PortBringUpStage): boolean {
  return PORT_BRING_UP_STAGES.indexOf(stage) >= PORT_BRING_UP_STAGES.indexOf(at);
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
  /**
   * Key of the source circuit.
   * @default - not given (rules do not judge it)
   */
  readonly sourceCircuitKey?: string;
  /**
   * Key of the target circuit.
   * @default - not given (rules do not judge it)
   */
  readonly targetCircuitKey?: string;
  /** Keys of the production gateways. */
  readonly productionGatewayKeys: string[];
  /**
   * Key of the test gateway.
   * @default - not given (rules do not judge it)
   */
  readonly testGatewayKey?: string;
  /**
   * The user allows the target at the same peering location as the source.
   * @default - not given (rules do not judge it)
   */
  readonly allowSamePeeringLocation?: boolean;
}

/** A resource's literal Azure name and the scope in which Azure requires it to be unique. */
export interface NamedResourceNode extends NodeBase {
  /** The azurerm resource type (`azurerm_express_route_circuit`). */
  readonly resourceType: string;
  /** The literal name (names that are not literals are not listed). */
  readonly name: string;
  /**
   * The literal `resource_group_name` (as written; a reference to an `azurerm_resource_group`
   * with a literal name gives that name), for resources named in their resource group.
   * @default - not known (not a literal), or the resource is not named in a resource group
   */
  readonly resourceGroupName?: string;
  /**
   * Where the name must be unique, as a comparable text: the configuration (one Terraform state),
   * the provider configuration and the parent (`rg:rg-network`, or the parent resource).
   * @default - not known (NAME001 does not compare the name; NAME002 still judges it)
   */
  readonly scope?: string;
}

/**
 * A Terraform `import` block (Terraform 1.5+): adopts an existing Azure resource, by its id, into
 * a resource the configuration declares. Keyed and named by the node key of that resource.
 */
export interface ImportNode extends NodeBase {
  /** Key of the resource the block imports into (`to`): a construct path or a Terraform address. */
  readonly targetKey: string;
  /** The azurerm type of that resource (`azurerm_express_route_circuit`). */
  readonly resourceType: string;
  /**
   * The Azure resource id imported (`id`; `adoptSourceId` of a migration).
   * @default - not given, or not known (listed in `unresolved` as `importId`)
   */
  readonly importId?: string;
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
  /**
   * Literal resource names with their uniqueness scope (NAME001, NAME002).
   * @default - none known
   */
  readonly resourceNames?: NamedResourceNode[];
  /**
   * Terraform `import` blocks (a migration's `adoptSourceId`; `import` blocks of the files read).
   * @default - none
   */
  readonly imports?: ImportNode[];
  /**
   * Key Vaults in the configuration.
   * @default - none known
   */
  readonly keyVaults?: KeyVaultNode[];
  /**
   * On-premises address ranges the configuration declares (Global Reach subnets must not overlap).
   * @default - none declared
   */
  readonly onPremisesPrefixes?: string[];
  /**
   * What the topology was read from, so that messages can word fixes for it: `constructs` (a
   * CDKTF app), `terraform-json` (`cdk.tf.json`, `*.tf.json`), `hcl` (`.tf` files) or `plan`
   * (`terraform show -json`).
   * @default - unknown (word fixes for any input)
   */
  readonly inputKind?: InputKind;
}

/** What a topology was read from. */
export type InputKind = 'constructs' | 'terraform-json' | 'hcl' | 'plan';

/** An empty topology, to fill (its lists can be pushed to). */
export function emptyTopology(): Topology {
  return {
    ports: [], circuits: [], peerings: [], authorizations: [], gateways: [], connections: [],
    globalReach: [], routeFilters: [], outputs: [], migrations: [], keyVaults: [], imports: [],
  };
}
