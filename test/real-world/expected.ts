/**
 * The judged findings of every real-world configuration (test/fixtures/real-world/EXPECTED.md
 * gives each verdict with its source sentence). These are the right verdicts, not what the tool
 * prints: where the tool disagrees, the test fails, or the disagreement is listed below with the
 * helper whose file must change.
 */

/** One finding a configuration must get. */
export interface Expected {
  readonly ruleId: string;
  /** The Terraform address (module path and instance key included). */
  readonly subject: string;
  readonly property: string;
  readonly severity: 'error' | 'warning' | 'info';
}

/** A true mistake the tool does not report yet (no rule checks it). */
export interface Missed {
  readonly subject: string | RegExp;
  readonly property: RegExp;
  readonly severity: 'error' | 'warning';
  /** The mistake, in a few words. */
  readonly what: string;
  /** The helper whose files should catch it. */
  readonly owner: 'rules' | 'catalog' | 'reader';
}

/** A disagreement with the judgment that its owner has not fixed yet. */
export interface KnownDefect extends Expected {
  /** The configuration (its `name`, or its directory). */
  readonly dir: string;
  /** Why the tool is wrong, and the file that should change. */
  readonly why: string;
  readonly owner: 'rules' | 'catalog' | 'reader';
}

/** One configuration of the corpus. */
export interface RealWorldConfig {
  /** Its directory under test/fixtures/real-world. */
  readonly dir: string;
  /**
   * The name of a variant linted with `vars` (a user's own inputs on the published files).
   * @default - the directory
   */
  readonly name?: string;
  /**
   * `--var k=v` inputs.
   * @default - none
   */
  readonly vars?: readonly string[];
  /** Every finding it must get (true findings), in any order. */
  readonly expected: readonly Expected[];
  /** True mistakes no rule reports yet. */
  readonly missed?: readonly Missed[];
  /**
   * The resiliency tier lint prints for each gateway (Terraform address -> tier), where the
   * judgment pins it.
   * @default - not checked
   */
  readonly resiliency?: Readonly<Record<string, string>>;
}

const error = (ruleId: string, subject: string, property: string): Expected => ({ ruleId, subject, property, severity: 'error' });
const warning = (ruleId: string, subject: string, property: string): Expected => ({ ruleId, subject, property, severity: 'warning' });

/** Microsoft peering BGP subnets must be public addresses the customer owns: both /30s are private here. */
const privateMicrosoftPeeringSubnets = (subject: string): Expected[] => [
  error('PEER023', subject, 'primaryPeerAddressPrefix'),
  error('PEER023', subject, 'secondaryPeerAddressPrefix'),
];

/**
 * A Standard circuit at a North American location connected to a gateway in West Europe: "Connectivity
 * across geopolitical regions isn't supported on the standard ExpressRoute SKU." The gateway's
 * `location = azurerm_resource_group.<x>.location` is the resource group's literal location.
 */
const standardAcrossGeopoliticalRegions = (circuit: string): Expected => error('SKU051', circuit, 'skuTier');

/** `customer_asn = 64511` in `ipv6 { microsoft_peering }`: a documentation ASN (64496-64511), which "isn't allowed in the path". */
const documentationCustomerAsnInIpv6 = (subject: string): Expected => error('PEER018', subject, 'ipv6CustomerAsn');

const AVM_ERC = 'module.exr_circuit_test';
const SBP = 'module.expressroute';

export const CONFIGURATIONS: readonly RealWorldConfig[] = [
  // hashicorp/terraform-provider-azurerm acceptance tests
  { dir: 'azurerm-acc-circuit-metered', expected: [] },
  { dir: 'azurerm-acc-circuit-premium', expected: [] },
  { dir: 'azurerm-acc-circuit-on-port', expected: [] },
  { dir: 'azurerm-acc-circuit-authorization-key', expected: [error('SEC002', 'azurerm_express_route_circuit.test', 'authorizationKey')] },
  { dir: 'azurerm-acc-circuit-authorizations', expected: [] },
  {
    dir: 'azurerm-acc-circuit-connection',
    expected: [
      error('PEER002', 'azurerm_express_route_circuit_peering.test', 'secondaryPeerAddressPrefix'),
      error('PEER002', 'azurerm_express_route_circuit_peering.peer_test', 'secondaryPeerAddressPrefix'),
      error('SEC001', 'azurerm_express_route_circuit_peering.test', 'sharedKey'),
      error('SEC001', 'azurerm_express_route_circuit_peering.peer_test', 'sharedKey'),
      error('SEC002', 'azurerm_express_route_circuit_connection.test', 'authorizationKey'),
    ],
    missed: [{
      subject: 'azurerm_express_route_circuit_connection.test', property: /./, severity: 'error', owner: 'catalog',
      // The catalog places Equinix-Sydney-SY2 in Sydney; no source places Airtel-Chennai2-CLS (EXPECTED.md).
      what: 'Global Reach between Chennai (India) and Sydney (Australia), different geopolitical regions, on Standard circuits: both need Premium',
    }],
  },
  { dir: 'azurerm-acc-er-gateway-vwan', expected: [] },
  {
    dir: 'azurerm-acc-er-connection-vwan',
    expected: [
      error('SEC001', 'azurerm_express_route_circuit_peering.test', 'sharedKey'),
      error('SEC002', 'azurerm_express_route_connection.test', 'authorizationKey'),
      warning('DUAL003', 'azurerm_express_route_gateway.test', 'connections'),
    ],
    resiliency: { 'azurerm_express_route_gateway.test': 'Standard' },
  },
  {
    dir: 'azurerm-acc-peering-microsoft',
    expected: [warning('PEER009', 'azurerm_express_route_circuit_peering.test', 'routeFilterId'), ...privateMicrosoftPeeringSubnets('azurerm_express_route_circuit_peering.test')],
  },
  {
    dir: 'azurerm-acc-peering-microsoft-ipv6',
    expected: [warning('PEER009', 'azurerm_express_route_circuit_peering.test', 'routeFilterId'), ...privateMicrosoftPeeringSubnets('azurerm_express_route_circuit_peering.test')],
  },
  {
    dir: 'azurerm-acc-peering-microsoft-route-filter',
    expected: [...privateMicrosoftPeeringSubnets('azurerm_express_route_circuit_peering.test'), documentationCustomerAsnInIpv6('azurerm_express_route_circuit_peering.test')],
  },
  {
    dir: 'azurerm-acc-peering-microsoft-customer-routing',
    expected: [warning('PEER009', 'azurerm_express_route_circuit_peering.test', 'routeFilterId'), ...privateMicrosoftPeeringSubnets('azurerm_express_route_circuit_peering.test'),
      documentationCustomerAsnInIpv6('azurerm_express_route_circuit_peering.test')],
  },
  { dir: 'azurerm-acc-peering-private', expected: [error('SEC001', 'azurerm_express_route_circuit_peering.test', 'sharedKey')] },
  { dir: 'azurerm-acc-port-basic', expected: [] },
  {
    dir: 'azurerm-acc-port-macsec',
    expected: [
      warning('MACSEC003', 'azurerm_express_route_port.test', 'link2.macsecCipher'),
      // Both links reference the secrets `ckn` and `cak`, whose `value` is a literal hex key.
      ...['link1', 'link2'].flatMap((l) => [
        error('SEC005', 'azurerm_express_route_port.test', `${l}.macsecCknSecretValue`),
        error('SEC005', 'azurerm_express_route_port.test', `${l}.macsecCakSecretValue`),
      ]),
    ],
  },
  {
    dir: 'azurerm-acc-port-admin-state',
    expected: [
      warning('DUAL001', 'azurerm_express_route_port.test', 'link2.adminEnabled'),
      warning('PORT005', 'azurerm_express_route_port.test', 'link1.adminEnabled'),
    ],
  },
  { dir: 'azurerm-acc-port-authorization', expected: [] },
  {
    dir: 'azurerm-acc-route-filter',
    expected: privateMicrosoftPeeringSubnets('azurerm_express_route_circuit_peering.test'),
  },
  { dir: 'azurerm-acc-route-filter-rules', expected: [] },
  { dir: 'azurerm-acc-vng-expressroute', expected: [warning('GW009', 'azurerm_virtual_network_gateway.test', 'sku')] },
  // ErGwScale in `westeurope` (the region is the corpus's fill for `data.Locations.Primary`):
  // "ErGwScale is available in most Azure regions except: ... West Europe".
  { dir: 'azurerm-acc-vng-ergwscale', expected: [error('GW050', 'azurerm_virtual_network_gateway.test', 'location')] },
  { dir: 'azurerm-acc-vng-no-public-ip', expected: [] },
  {
    dir: 'azurerm-acc-vngc-expressroute',
    expected: [
      warning('GW009', 'azurerm_virtual_network_gateway.test', 'sku'),
      warning('DUAL003', 'azurerm_virtual_network_gateway.test', 'connections'),
      standardAcrossGeopoliticalRegions('azurerm_express_route_circuit.test'),
    ],
  },
  {
    dir: 'azurerm-acc-vngc-fastpath',
    expected: [
      warning('GW009', 'azurerm_virtual_network_gateway.test', 'sku'),
      warning('DUAL003', 'azurerm_virtual_network_gateway.test', 'connections'),
      error('GW020', 'azurerm_virtual_network_gateway_connection.test', 'privateLinkFastPath'),
      standardAcrossGeopoliticalRegions('azurerm_express_route_circuit.test'),
    ],
  },

  // hashicorp/terraform-provider-azurerm website/docs examples
  { dir: 'azurerm-doc-circuit', expected: [] },
  { dir: 'azurerm-doc-circuit-authorization', expected: [] },
  {
    dir: 'azurerm-doc-circuit-connection',
    expected: [
      error('PEER002', 'azurerm_express_route_circuit_peering.example', 'secondaryPeerAddressPrefix'),
      error('PEER002', 'azurerm_express_route_circuit_peering.example2', 'secondaryPeerAddressPrefix'),
      error('SEC001', 'azurerm_express_route_circuit_peering.example', 'sharedKey'),
      error('SEC001', 'azurerm_express_route_circuit_peering.example2', 'sharedKey'),
      error('SEC002', 'azurerm_express_route_circuit_connection.example', 'authorizationKey'),
    ],
  },
  { dir: 'azurerm-doc-peering-microsoft', expected: [warning('PEER009', 'azurerm_express_route_circuit_peering.example', 'routeFilterId')] },
  { dir: 'azurerm-doc-peering-private', expected: [] },
  {
    dir: 'azurerm-doc-er-connection',
    expected: [
      error('SEC001', 'azurerm_express_route_circuit_peering.example', 'sharedKey'),
      warning('DUAL003', 'azurerm_express_route_gateway.example', 'connections'),
      // The port `Equinix-Seattle-SE2` is at Seattle (North America); the hub gateway in West Europe.
      standardAcrossGeopoliticalRegions('azurerm_express_route_circuit.example'),
    ],
  },
  { dir: 'azurerm-doc-er-gateway', expected: [] },
  { dir: 'azurerm-doc-port', expected: [] },
  { dir: 'azurerm-doc-port-authorization', expected: [] },
  { dir: 'azurerm-doc-route-filter', expected: [] },

  // Azure/terraform-azurerm-avm-res-network-expressroutecircuit
  { dir: 'avm-expressroutecircuit', expected: [] },
  { dir: 'avm-expressroutecircuit/examples/default', expected: [] },
  {
    dir: 'avm-expressroutecircuit/examples/complete-example',
    expected: [
      error('SEC001', `${AVM_ERC}.azurerm_express_route_circuit_peering.this["firstPeeringConfig"]`, 'sharedKey'),
      warning('PEER009', `${AVM_ERC}.azurerm_express_route_circuit_peering.this["secondPeeringConfig"]`, 'routeFilterId'),
      error('GW020', `${AVM_ERC}.azurerm_virtual_network_gateway_connection.this["connection-gw"]`, 'privateLinkFastPath'),
      // 2002:db01::/126 and 2003:db01::/126 on both the private and the Microsoft peering of one circuit (reported on both).
      error('PEER024', `${AVM_ERC}.azurerm_express_route_circuit_peering.this["firstPeeringConfig"]`, 'ipv6PrimaryPeerAddressPrefix'),
      error('PEER024', `${AVM_ERC}.azurerm_express_route_circuit_peering.this["firstPeeringConfig"]`, 'ipv6SecondaryPeerAddressPrefix'),
      error('PEER024', `${AVM_ERC}.azurerm_express_route_circuit_peering.this["secondPeeringConfig"]`, 'ipv6PrimaryPeerAddressPrefix'),
      error('PEER024', `${AVM_ERC}.azurerm_express_route_circuit_peering.this["secondPeeringConfig"]`, 'ipv6SecondaryPeerAddressPrefix'),
    ],
  },
  // GcmAes256 on every link, but no MACsec keys: MACsec is off, the cipher choice does not apply.
  { dir: 'avm-expressroutecircuit/examples/ER-direct-example', expected: [] },
  { dir: 'avm-expressroutecircuit/examples/Global-Reach-example', expected: [] },

  // Azure/terraform-azurerm-avm-ptn-vnetgateway (last azurerm_virtual_network_gateway version)
  { dir: 'avm-vnetgateway', expected: [] },
  { dir: 'avm-vnetgateway/examples/default', expected: [] },
  { dir: 'avm-vnetgateway/examples/vnet-with-subnet', expected: [] },

  // aztfmod/terraform-azurerm-caf modules, each linted on its own
  { dir: 'caf-express-route-circuit', expected: [] },
  { dir: 'caf-express-route-circuit-peering', expected: [] },
  { dir: 'caf-express-route-circuit-authorization', expected: [] },
  { dir: 'caf-express-route-connection', expected: [] },
  { dir: 'caf-virtual-network-gateways', expected: [] },
  { dir: 'caf-virtual-network-gateway-connections', expected: [] },

  // Radical-Dave/terraform-templates: `type = var.type`, default "Vpn": a VPN gateway, never judged as ExpressRoute
  { dir: 'radicaldave-vnet-gateway', expected: [] },

  // Azure/terraform-azurerm-caf-enterprise-scale (excerpt) and Azure/ArtistAnywhere
  { dir: 'alz-connectivity-excerpt', expected: [] },
  { dir: 'artistanywhere-expressroute', expected: [] },
  {
    // The same files as a user who enables the circuit and the gateway would lint them.
    dir: 'artistanywhere-expressroute',
    name: 'artistanywhere-expressroute (enabled with --var)',
    vars: [
      'expressRouteCircuit={enable=true,name="er-circuit",serviceTier="Standard",serviceProvider="Equinix",peeringLocation="Silicon Valley",bandwidthMbps=50,unlimitedData=false}',
      'expressRouteGateway={enable=true,name="er-gateway",serviceSku="Standard",networkSubnetId="/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ArtistAnywhere.Network/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet",circuitConnection={circuitId="",authorizationKey="",enableFastPath=false}}',
    ],
    expected: [
      warning('GW009', 'azurerm_virtual_network_gateway.express_route[0]', 'sku'),
      warning('DUAL003', 'azurerm_virtual_network_gateway.express_route[0]', 'connections'),
    ],
  },

  // schubergphilis/terraform-azure-mcaf-vwan-expressroute (Apache-2.0)
  { dir: 'sbp-vwan-expressroute', expected: [] },
  {
    dir: 'sbp-vwan-expressroute/examples/basic',
    expected: [
      // `primary_peer_address_prefix = "1.1.1.1"`, `secondary_peer_address_prefix = "1.1.1.2"`: addresses, not the /30 subnets a peering needs.
      error('PEER001', `${SBP}.azurerm_express_route_circuit_peering.this[0]`, 'primaryPeerAddressPrefix'),
      error('PEER001', `${SBP}.azurerm_express_route_circuit_peering.this[0]`, 'secondaryPeerAddressPrefix'),
      // One circuit (Equinix, Frankfurt) is the only one the hub gateway reaches.
      warning('DUAL003', `${SBP}.azurerm_express_route_gateway.this[0]`, 'connections'),
      // The example's literal keys reach the module's resources as `var.<object>.<attribute>` of an
      // argument the example writes as literals: literal keys in examples/basic/main.tf.
      // `shared_key = "either keyvault secret output or a secret variable"`: 50 characters with
      // spaces, which azurerm's StringLenBetween(1, 25) rejects at plan.
      error('PEER007', `${SBP}.azurerm_express_route_circuit_peering.this[0]`, 'sharedKey'),
      error('SEC001', `${SBP}.azurerm_express_route_circuit_peering.this[0]`, 'sharedKey'),
      // `authorization_key = "Resource ID of the keyvault secret or a string value"`.
      error('SEC002', `${SBP}.azurerm_express_route_connection.this[0]`, 'authorizationKey'),
    ],
    resiliency: { [`${SBP}.azurerm_express_route_gateway.this[0]`]: 'Standard' },
  },

  // claranet/terraform-azurerm-expressroute (Apache-2.0)
  { dir: 'claranet-expressroute', expected: [warning('GW009', 'azurerm_virtual_network_gateway.main[0]', 'sku')] },
  {
    // The repository's own CI inputs (terraform.tfvars.ci), with the required inputs it lacks from examples/main.
    dir: 'claranet-expressroute',
    name: 'claranet-expressroute (CI inputs with --var)',
    vars: [
      'client_name=test', 'environment=dev', 'location=westeurope', 'location_short=euw', 'logs_destinations_ids=[]',
      'resource_group_name=test', 'stack=test', 'service_provider_name=Equinix', 'peering_location=Frankfurt', 'bandwidth_in_mbps=50',
      'circuit_authorization_key=00000-000000-00000', 'virtual_network_name=vnet-test', 'subnet_cidrs=["10.10.0.0/27"]', 'circuit_peering_enabled=true',
      'circuit_peerings=[{peering_type="AzurePrivatePeering",primary_peer_address_prefix="169.254.0.0/30",secondary_peer_address_prefix="169.254.0.4/30",peer_asn=25419,vlan_id=100}]',
    ],
    expected: [
      warning('GW009', 'azurerm_virtual_network_gateway.main[0]', 'sku'),
      warning('DUAL003', 'azurerm_virtual_network_gateway.main[0]', 'connections'),
    ],
  },

  // Azure/terraform-azurerm-avm-res-avs-privatecloud: gateways reached only by the AVS-managed circuit
  { dir: 'avm-avs-privatecloud', expected: [] },
  { dir: 'avm-avs-privatecloud/examples/default', expected: [warning('GW009', 'azurerm_virtual_network_gateway.gateway', 'sku')] },
  {
    dir: 'avm-avs-privatecloud/examples/default_vwan',
    expected: [],
    // The hub gateway's one connection reaches the AVS circuit through a data source's peering id: a circuit not known.
    resiliency: { 'azurerm_express_route_gateway.vwan_express_route_gateway': 'Unknown' },
  },
  {
    dir: 'avm-avs-privatecloud/examples/full',
    expected: [
      warning('GW009', 'azurerm_virtual_network_gateway.gateway', 'sku'),
      warning('GW009', 'azurerm_virtual_network_gateway.gateway_secondary', 'sku'),
    ],
  },

  // Azure/terraform quickstart/101-azure-expressroute
  { dir: 'azure-quickstart-expressroute', expected: [] },

  // Azure/terraform-azurerm-avm-ptn-virtualwan
  {
    dir: 'avm-ptn-virtualwan',
    expected: [],
    // Every input a variable: the connection's gateway and peering are not known, so the gateway may have it.
    resiliency: { 'module.express_route_gateways.azurerm_express_route_gateway.express_route_gateway': 'Unknown' },
  },
  {
    dir: 'avm-ptn-virtualwan/examples/er',
    expected: [],
    // `er_circuit_connections = {}`: no connection is made.
    resiliency: { 'module.vwan_with_vhub.module.express_route_gateways.azurerm_express_route_gateway.express_route_gateway': 'None' },
  },

  // CloudNationHQ/terraform-azure-vwan
  { dir: 'cloudnationhq-vwan', expected: [] },
  {
    // The inputs of examples/er-gateway (the names its registry naming module would give are literal here).
    dir: 'cloudnationhq-vwan',
    name: 'cloudnationhq-vwan (er-gateway example inputs with --var)',
    vars: [
      'vwan={name="vwan-demo-dev",allow_branch_to_branch_traffic=true,disable_vpn_encryption=false,vhubs={weu={location="westeurope",address_prefix="10.0.0.0/23",express_route_gateway={scale_units=1}}}}',
      'location=westeurope', 'resource_group_name=rg-demo-dev', 'naming={virtual_hub="vhub-demo-dev",express_route_gateway="ergw-demo-dev"}',
    ],
    expected: [],
    // `for_each = nonsensitive({ ... })`: the reader evaluates nonsensitive(), so the one gateway of
    // the inputs is known by its key; the module connects no circuit to it.
    resiliency: { 'azurerm_express_route_gateway.er_gateway["weu"]': 'None' },
  },

  // Corpus growth of 2026-12 (second round): providers' own examples, an AVS landing zone, Microsoft's
  // Oracle interconnect scripts and a community hub-and-spoke lab.

  // megaport/terraform-provider-megaport examples/mcr_cloud_end_to_end (MPL-2.0): a Megaport circuit at
  // Sydney on a Standard gateway (azurerm pinned 4.33.0, public IP required there).
  {
    dir: 'megaport-mcr-cloud-end-to-end',
    expected: [
      warning('GW009', 'azurerm_virtual_network_gateway.er_gateway_1', 'sku'),
      warning('DUAL003', 'azurerm_virtual_network_gateway.er_gateway_1', 'connections'),
    ],
    resiliency: { 'azurerm_virtual_network_gateway.er_gateway_1': 'Standard' },
  },

  // equinix/terraform-equinix-fabric examples/cloud-router-2-azure-redundant-connection (Apache-2.0), its
  // defaults in force (the example's terraform.tfvars.example sets neither the peering type nor the prefixes).
  {
    dir: 'equinix-fabric-fcr-azure-redundant',
    expected: [
      // `peering_type` defaults to "": azurerm's StringInSlice rejects it at plan.
      error('PEER013', 'azurerm_express_route_circuit_peering.example', 'peeringType'),
      // `azure_peering_location` defaults to "": azurerm sends it, and "" is no peering location.
      warning('METRO008', 'azurerm_express_route_circuit.fcr2azure', 'peeringLocation'),
    ],
  },

  // Azure/Enterprise-Scale-for-AVS (MIT): the AVS landing zone's Terraform, and two of its modules alone.
  // ErGw1AZ with a public IP under `azurerm ~>3.105` (required there); the connection reaches the AVS
  // circuit through the private cloud's attribute: a circuit not known.
  { dir: 'avs-lz-greenfield', expected: [], resiliency: { 'azurerm_virtual_network_gateway.gateway': 'Unknown' } },
  // `expressroute_gateway_sku` defaults to "Standard".
  { dir: 'avs-expressroute-gateway', expected: [warning('GW009', 'azurerm_virtual_network_gateway.gateway', 'sku')] },
  { dir: 'avs-vwan-hub-er-gateway', expected: [], resiliency: { 'azurerm_express_route_gateway.vwan_express_route_gateway': 'Unknown' } },

  // PacketFabric/terraform-provider-packetfabric examples/use-cases/hosted_cloud_azure (MPL-2.0): the
  // BGP MD5 key is the default of a root variable declared sensitive: a literal in variables.tf.
  { dir: 'packetfabric-hosted-azure', expected: [error('SEC001', 'azurerm_express_route_circuit_peering.private_circuit_1', 'sharedKey')] },

  // microsoft/azure-oracle InterConnect-1 and InterConnect-2 (MIT), Terraform 0.11 syntax, azurerm ">=1.21.0".
  // The service key output is not sensitive: Terraform 0.15 and later refuse the plan (service_key is
  // Sensitive since azurerm 1.6.0).
  { dir: 'azure-oracle-interconnect-1', expected: [error('SEC004', 'output.expressroute_service_key', 'sensitive')] },
  {
    // The inputs of the repository's input/express_route_input.json (the README's --var-file).
    dir: 'azure-oracle-interconnect-1',
    name: 'azure-oracle-interconnect-1 (input JSON with --var)',
    vars: [
      'deployment_tag=cross-cloud-test', 'resource_group_name=test-resourcegroup-romit', 'deployment_location=East US',
      'peering_location=Washington DC', 'bandwidth_in_mbps=1000', 'pvt_peering_primary_subnet=192.168.254.0/30',
      'pvt_peering_secondary_subnet=192.168.254.4/30', 'expressroute_sku=Standard', 'expressroute_billing_model=MeteredData',
    ],
    // "Oracle Cloud FastConnect" at Washington DC: the provider Azure's Oracle interconnect page says to choose; the
    // locations page lists it nowhere, so METRO007 does not judge it (it was a false error before the rules fix).
    expected: [error('SEC004', 'output.expressroute_service_key', 'sensitive')],
  },
  // An UltraPerformance gateway made by the local module `./gateway` (count computed from a data source).
  {
    dir: 'azure-oracle-interconnect-2',
    expected: [warning('GW009', 'module.expressroute_gateway.azurerm_virtual_network_gateway.vnet-gw', 'sku')],
    resiliency: { 'module.expressroute_gateway.azurerm_virtual_network_gateway.vnet-gw': 'Unknown' },
  },
  {
    // The inputs of the repository's input/gateway_connection_input.json.
    dir: 'azure-oracle-interconnect-2',
    name: 'azure-oracle-interconnect-2 (input JSON with --var)',
    vars: [
      'resource_group_name=test-resourcegroup', 'deployment_location=East US', 'express_route_name=test-resourcegroup-Az2OCI-ER-Circuit',
      'vnet_name=azure-oci-test-vnet', 'vnet_cidr=192.168.32.0/22', 'GatewaySubnet_cidr=192.168.34.128/25', 'express_route_gateway_name=0',
    ],
    expected: [warning('GW009', 'module.expressroute_gateway.azurerm_virtual_network_gateway.vnet-gw', 'sku')],
    resiliency: { 'module.expressroute_gateway.azurerm_virtual_network_gateway.vnet-gw': 'Unknown' },
  },

  // kaysalawu/azure-network-terraform (MIT): two hub-and-spoke labs with Megaport circuits made by the local
  // module `modules/megaport`, whose gateway connections find the gateways through a data source by name.
  {
    dir: 'kaysalawu-er-labs/4-general/07-express-route-ipv6',
    expected: [],
    resiliency: {
      'module.hub1.module.ergw[0].azurerm_virtual_network_gateway.this': 'Unknown',
      'module.branch2.module.ergw[0].azurerm_virtual_network_gateway.this': 'Unknown',
    },
    missed: [
      {
        subject: 'module.hub1.module.ergw[0].azurerm_virtual_network_gateway.this', property: /^connections$/, severity: 'warning', owner: 'reader',
        what: 'hub1\'s gateway reaches one circuit, at London: Standard resiliency (DUAL003)',
      },
      {
        subject: 'module.branch2.module.ergw[0].azurerm_virtual_network_gateway.this', property: /^connections$/, severity: 'warning', owner: 'reader',
        what: 'branch2\'s gateway reaches one circuit, at London: Standard resiliency (DUAL003)',
      },
    ],
  },
  {
    dir: 'kaysalawu-er-labs/4-general/08-express-route-vpn-resiliency',
    expected: [],
    resiliency: {
      'module.hub1.module.ergw[0].azurerm_virtual_network_gateway.this': 'Unknown',
      'module.branch2.module.ergw[0].azurerm_virtual_network_gateway.this': 'Unknown',
    },
    missed: [
      {
        subject: 'module.hub1.module.ergw[0].azurerm_virtual_network_gateway.this', property: /^connections$/, severity: 'warning', owner: 'reader',
        what: 'hub1\'s gateway reaches two circuits, both at London: Standard resiliency (DUAL003)',
      },
      {
        subject: 'module.branch2.module.ergw[0].azurerm_virtual_network_gateway.this', property: /^connections$/, severity: 'warning', owner: 'reader',
        what: 'branch2\'s gateway reaches one circuit, at London: Standard resiliency (DUAL003)',
      },
    ],
  },
];

/**
 * False findings the tool still reports, each kept only while its owner fixes it (the test fails
 * on a stale entry, so each goes as soon as the tool stops reporting it).
 */
export const KNOWN_FALSE: readonly KnownDefect[] = [];

/**
 * Judged (true) findings the tool does not report because of a defect elsewhere (an unevaluated
 * construct, a broken link), kept only while its owner fixes it; stale entries fail the test.
 */
export const KNOWN_UNREPORTED: readonly KnownDefect[] = [];
