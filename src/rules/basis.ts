/**
 * What each built-in rule rests on: the condition it enforces, the sentence quoted from its source
 * and the revision quoted. `docs/rule-sources.md` is generated from this table (a test keeps it
 * current), so that a changed Microsoft page or provider release is a diff here.
 *
 * Revisions are the `ms.date` of the MicrosoftDocs/azure-docs article (the Learn page's source),
 * or the azurerm version / commit read. Quotes are verbatim; `...` marks a cut; text in [brackets]
 * describes a table, list or schema that has no sentence to quote.
 */
import { Sources } from '../catalog/sources';
import { RuleBasis } from './rule';

const FAQ = 'expressroute-faqs.md, ms.date 03/31/2026';
const GW = 'expressroute-about-virtual-network-gateways.md, ms.date 09/05/2026';
const SCALE = 'scalable-gateway.md, ms.date 11/06/2025';
const FP = 'about-fastpath.md, ms.date 11/05/2025';
const ERD = 'expressroute-erdirect-about.md, ms.date 03/02/2026';
const ERDHOW = 'expressroute-howto-erdirect.md, ms.date 07/10/2025';
const PEER = 'expressroute-circuit-peerings.md, ms.date 08/27/2026';
const ROUTE = 'expressroute-routing.md, ms.date 09/06/2023';
const PEERCFG = 'expressroute-howto-routing-portal-resource-manager.md, ms.date 08/31/2023';
const RF = 'how-to-routefilter-portal.md, newest stored revision (2026)';
const GR = 'expressroute-global-reach.md, ms.date 04/09/2025';
const GRCFG = 'expressroute-howto-set-global-reach-portal.md, newest stored revision (2026)';
const METRO = 'metro.md, ms.date 05/10/2026';
const LOC = 'expressroute-locations-providers.md, ms.date 04/28/2026';
const GEO = 'includes/expressroute-azure-regions-geopolitical-region.md, ms.date 11/02/2025';
const CKT = 'expressroute-howto-circuit-arm.md, ms.date 09/25/2024';
const MIG = 'circuit-migration.md, ms.date 01/31/2025';
const RG = 'resiliency-model.md, ms.date 06/25/2025';
const RV = 'resiliency-validation.md, ms.date 11/04/2025';
const MACSEC = 'expressroute-howto-macsec.md, ms.date 12/28/2023';
const LINK = 'expressroute-howto-linkvnet-arm.md, newest stored revision (2026)';
const RD = 'design-architecture-for-resiliency.md (tiers as the FAQ states them), ms.date 03/31/2026';
const TF = 'hashicorp/terraform-provider-azurerm at 69697b7 (2026-08-22)';
const TFLOG = 'hashicorp/terraform-provider-azurerm CHANGELOG-v4.md up to 4.81.0 (July 14, 2026)';
const DOCS87309 = 'MicrosoftDocs/azure-docs#87309 (product group answer, 2022)';

const b = (condition: string, quote: string, revision: string, page?: string): RuleBasis => ({ condition, quote, revision, ...(page ? { page } : {}) });

/** The basis of every built-in rule, by id. */
export const RULE_BASIS: Readonly<Record<string, RuleBasis>> = {
  BW001: b('A provider circuit bandwidth is 50, 100, 200, 500, 1000, 2000, 5000 or 10000 Mbps.', '[bandwidth list: 50 Mbps, 100 Mbps, 200 Mbps, 500 Mbps, 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps]', PEER),
  BW002: b('A Direct circuit size is one the port size offers (10G: 1/2/5/10; 100G: 5/10/40/100; 400G: 5/10/40/100/200/400).', '[circuit sizes per port: 10 Gbps: 1, 2, 5, 10; 100 Gbps: 5, 10, 40, 100; 400 Gbps: 5, 10, 40, 100, 200, 400]', ERD),
  BW003: b('The circuits on a port pair add up to no more than its size (warning).', 'You\'re responsible for tracking both Provisioned and Utilized Bandwidth.', ERDHOW, Sources.DIRECT_HOWTO),
  BW004: b('A circuit sets the provider fields (name, location, Mbps) or the Direct fields (port, Gbps), all of one kind and none of the other; not judged while any is unknown.', '[schema: `service_provider_name`, `peering_location`, `bandwidth_in_mbps` ConflictsWith `express_route_port_id`, `bandwidth_in_gbps`; each RequiredWith its own kind]', TF),
  BW005: b('A circuit bandwidth is never decreased.', 'You can\'t, however, reduce the bandwidth', FAQ, Sources.FAQ),
  DUAL001: b('Both links of a port pair are enabled, or neither (warning).', '[each link is enabled for the Layer 1 test of its cross-connect]', ERDHOW, Sources.DIRECT_HOWTO),
  DUAL002: b('A peering sets both BGP sessions (primary and secondary) per address family.', 'You must set up both BGP sessions for the availability SLA.', ROUTE),
  DUAL003: b('A gateway is not at Standard resiliency (all circuits at one peering location, no Metro); unknown locations: not judged (warning).', 'Microsoft recommends high resiliency at minimum for all production workloads', FAQ, Sources.FAQ),
  DUAL004: b('A gateway declared MultiHomed is connected to circuits at two locations or to a Metro circuit.', 'Connect the gateway to either: Two or more circuits in different physical locations. One or more ExpressRoute Metro circuits.', RG),
  DUAL005: b('A gateway reaches the resiliency tier the user requires (Maximum: two distinct locations; High: Metro).', 'Maximum resiliency ... two different ExpressRoute edge locations; High resiliency ... ExpressRoute Metro', RD),
  DUAL006: b('A gateway at High resiliency (Metro only) cannot use Resiliency Validation (info).', 'isn\'t supported for Virtual WAN or ExpressRoute Metro yet', RV),
  GR001: b('Global Reach links circuits at two different peering locations.', 'No. The two circuits must be from different peering locations.', FAQ, Sources.FAQ),
  GR002: b('Global Reach is not used with a Local circuit.', 'ExpressRoute Global Reach isn\'t available on Local', FAQ, Sources.FAQ),
  GR003: b('A Global Reach subnet is an aligned /29 (IPv6 /125), one per link.', '/29 ... Global Reach IPv4 subnet; /125 IPv6 subnet', GRCFG),
  GR006: b('Global Reach between circuits in different geopolitical regions has Premium on both circuits.', 'If two ExpressRoute circuits are in different geopolitical regions, you need ExpressRoute Premium for both circuits.', FAQ, Sources.FAQ),
  GR004: b('Global Reach is supported in both circuits\' countries.', '[the list of countries and places where Global Reach is supported]', GR),
  GR005: b('Circuits in different countries, one of whose geopolitical regions the catalog lacks, are both Premium (warning).', 'If two ExpressRoute circuits are in different geopolitical regions, you need ExpressRoute Premium for both circuits.', FAQ, Sources.FAQ),
  GW001: b('An ExpressRoute VNet gateway SKU is Standard, HighPerformance, UltraPerformance, ErGw1AZ, ErGw2AZ, ErGw3AZ or ErGwScale.', '[gateway SKU table: Standard, HighPerformance, UltraPerformance, ErGw1Az, ErGw2Az, ErGw3Az, ErGwScale; azurerm validateVirtualNetworkGatewayExpressRouteSku]', GW),
  GW002: b('A gateway has at most 4/8/16 circuits by SKU; ErGwScale by its minimum scale units (4 from 1, 8 from 2, 16 from 10).', '4 (minimum 1 scale unit) ... 8 (minimum 2 scale units) ... 16 (minimum 10 scale units)', GW),
  GW003: b('At most 4 circuits from one peering location reach one VNet.', 'The maximum number of ExpressRoute circuits from the same peering location that can connect to the same virtual network is 4 for all gateways.', GW),
  GW004: b('A gateway with 16 circuits has a /26 or larger GatewaySubnet.', 'If you plan to connect 16 ExpressRoute circuits to your gateway, you must create a gateway subnet of /26 or larger.', GW),
  GW005: b('FastPath is on UltraPerformance, ErGw3AZ or ErGwScale with at least 10 minimum scale units.', 'Ultra Performance, ErGw3AZ, ErGwScale with a minimum of 10 scale units', FP),
  GW006: b('Private Link FastPath is set only with FastPath on.', '`express_route_gateway_bypass` must be enabled when `private_link_fast_path_enabled` is set to `true`', TF, Sources.AZURERM),
  GW007: b('A connection routing weight is a whole number 0-32000.', 'The range of RoutingWeight is 0 to 32000.', LINK),
  GW008: b('ErGwScale scale units are 1-40.', '[scale units table: minimum 1 ... Up to 40; azurerm IntBetween(1, 40)]', SCALE),
  GW009: b('A VNet gateway uses a zone-redundant SKU (warning); an existing one moves with the migration experience.', 'To move an eligible Standard, HighPerformance, or UltraPerformance gateway to an availability zone-enabled SKU, use the ExpressRoute gateway migration experience.', GW, Sources.GATEWAYS),
  GW010: b('No public_ip_address_id on an ExpressRoute gateway where every targeted azurerm version rejects it (4.59.0-4.81.x).', '`ip_configuration.%d.public_ip_address_id` cannot be set when `type` is set to `ExpressRoute` (CustomizeDiff, from v4.59.0, #31084)', TFLOG),
  GW011: b('A VNet gateway sits in a subnet named GatewaySubnet.', 'must be named GatewaySubnet', GW, Sources.GATEWAYS),
  GW050: b('An ErGwScale gateway is in a region where ErGwScale is offered.', 'ErGwScale is available in most Azure regions except', SCALE, Sources.SCALABLE_GATEWAY),
  GW012: b('ErGwScale is targeted with azurerm 4.56.0 or later.', '4.56.0: `azurerm_virtual_network_gateway` - add support for the `ErGwScale` SKU (#31082)', TFLOG),
  GW013: b('ErGwScale scale units are targeted with azurerm 4.79.0 or later (warning).', '4.79.0: `azurerm_virtual_network_gateway` - add support for `maximum_scale_unit` and `minimum_scale_unit` (#32647)', TFLOG),
  GW014: b('ErGwScale minimum scale units are at most the maximum.', '`minimum_scale_unit` (%d) cannot be greater than `maximum_scale_unit` (%d)', TF, Sources.AZURERM),
  GW015: b('Scale units are set only on ErGwScale gateways.', '`minimum_scale_unit` and `maximum_scale_unit` are only supported when `sku` is set to `ErGwScale`', TF, Sources.AZURERM),
  GW016: b('An ErGwScale gateway sets both scale units, where every targeted azurerm version is 4.79.0 or later.', '`minimum_scale_unit` and `maximum_scale_unit` must be set when `sku` is `ErGwScale`', TF, Sources.AZURERM),
  GW017: b('An autoscaling ErGwScale gateway (max > min) has a minimum of 2 or more; only a fixed 1/1 may use 1.', 'Autoscaling: Set the minimum scale unit to 2 or higher', SCALE),
  GW018: b('A GatewaySubnet is /27 or larger (info; GW004 applies at 16 circuits).', '/27 or larger for most configurations', GW),
  GW019: b('No public_ip_address_id on an ExpressRoute gateway when the targeted range admits versions that reject it (warning).', '4.35.0: the `ip_configuration.public_ip_address_id` property is now optional (#30038); 4.59.0 rejects it for ExpressRoute', TFLOG),
  GW020: b('Private Link FastPath is used on a Direct circuit.', '[FastPath for Private Link traffic: ExpressRoute Direct only]', FP),
  MACSEC001: b('A MACsec cipher is GcmAes128, GcmAes256, GcmAesXpn128 or GcmAesXpn256.', 'You can configure both XPN and Non-XPN ciphers: GcmAes128, GcmAes256, GcmAesXpn128, GcmAesXpn256', MACSEC),
  MACSEC002: b('MACsec keys come as a CKN and CAK pair read by a user-assigned identity on the port.', 'Configure the user identity as the designated service principal for ExpressRoute.', MACSEC),
  MACSEC003: b('MACsec uses an XPN cipher (warning).', 'The suggested best practice is to set up encryption with xpn ciphers to prevent sporadic session failures that occur with non-xpn ciphers on high speed links.', MACSEC),
  MACSEC004: b('XPN ciphers are targeted with azurerm 4.60.0 or later.', '4.60.0: add support for `GcmAesXpn128` and `GcmAesXpn256` (#30240)', TFLOG),
  MACSEC005: b('A MACsec port with an identity is targeted with azurerm 4.60.0 or later (warning).', '4.60.0: fix an issue that caused `identity` to be removed when updating unrelated properties (#30240)', TFLOG),
  MACSEC006: b('The Key Vault holding MACsec keys has soft-delete on (warning).', 'you must ensure that the soft-delete feature is enabled on your Key Vault', MACSEC),
  MACSEC007: b('The Key Vault holding MACsec keys is not behind a private endpoint (warning).', 'You shouldn\'t place the Azure Key Vault behind a private endpoint, as this will prevent the communication with the ExpressRoute management plane.', MACSEC),
  METRO007: b('A provider circuit\'s provider is listed at its (non-Metro) peering location (a name the page lists nowhere, and no misspelling of one, is not judged).', '[Locations table, Connectivity providers column]', LOC, Sources.LOCATIONS),
  METRO008: b('A circuit\'s peering location is one the catalog knows (warning).', '[Locations table: peering locations of global commercial Azure]', LOC, Sources.LOCATIONS),
  METRO001: b('A Metro circuit uses a catalog "<City> Metro" peering location.', 'referred to as `Amsterdam Metro`', METRO),
  METRO002: b('The connectivity provider is offered at the metro.', '[Metro locations table, Service Provider column]', METRO),
  METRO003: b('The provider is active at the metro, not only announced (warning).', 'circuit creation is expected to fail until the providers become active', METRO),
  METRO004: b('Metro ExpressRoute Direct is offered at the metro.', '[Metro locations table, ER Direct column]', METRO),
  METRO005: b('A Metro Direct port\'s defaulted peering_location is checked (info).', '[portal-only instructions; no ports-location name documented for Metro ports]', METRO),
  METRO006: b('A Metro Direct port is at a catalog metro.', '[Metro locations table]', METRO),
  MIG001: b('Before cutover the new circuit is not linked to a production gateway.', 'don\'t link a virtual network gateway that has production deployment to Circuit B', MIG),
  MIG002: b('Before cutover the new Microsoft peering has no production route filter (none at prepare, a separate one at validate).', 'don\'t associate a route filter to Circuit B; Link Circuit B\'s Microsoft peering to a different route filter', MIG),
  MIG003: b('The validate phase links the new circuit to a test gateway, when the source has private peering.', '[validation of private peering on a test virtual network gateway]', MIG),
  MIG004: b('At cutover the new circuit reaches every production gateway and no test gateway.', 'Disconnect Circuit B from any test virtual network gateways ... Connect Circuit B to the production virtual network gateway', MIG),
  MIG005: b('The new circuit has every peering type the source has.', 'configure the required peering types: private and Microsoft', MIG),
  MIG006: b('The new circuit is at another peering location than the source (warning: same-location is supported).', 'This method applies whether you\'re moving to a new or the same peering location.', MIG),
  MIG007: b('At decommission the source circuit has no connections.', 'All virtual networks, route filters, authorizations, and global reach associations must be unlinked', CKT, Sources.CIRCUIT_HOWTO),
  MIG008: b('An import block (a migration\'s adoptSourceId) names the resource type, resource group and name of the resource it imports into, compared without case; an id, name or group that is not a literal is not judged.', '[schema: `name` ForceNew; `resource_group_name` ForceNew (commonschema.ResourceGroupName); Import ID `/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/expressRouteCircuits/{name}`]', TF, Sources.AZURERM),
  PEER001: b('Peering subnets are aligned IPv4 /30 and IPv6 /126.', 'IPv4: Two /30 subnets ... IPv6: Two /126 subnets', PEERCFG, Sources.PEERING_HOWTO),
  PEER002: b('The primary and secondary subnets of a peering do not overlap.', '[the first /30 for the primary link, the second /30 for the secondary link]', ROUTE),
  PEER003: b('The peerings of a circuit use different VLANs.', 'Ensure that no other peering in the circuit uses the same VLAN ID.', PEERCFG, Sources.PEERING_HOWTO),
  PEER004: b('A VLAN id is 1-4094 (warning: Microsoft states no range; IEEE 802.1Q).', '[no VLAN range stated; azurerm `vlan_id` unvalidated; IEEE 802.1Q 1-4094]', PEERCFG, Sources.PEERING_HOWTO),
  PEER005: b('A peer ASN is 1-4294967295 and not 65515-65520.', 'reserved ASNs from 65515 to 65520', ROUTE),
  PEER006: b('The peer ASN is not 12076 (warning).', 'Microsoft uses AS 12076', ROUTE),
  PEER007: b('A known BGP MD5 key (a literal, or a value given to the configuration) has 1-25 letters and digits.', 'maximum of 25 alphanumeric characters. Special characters aren\'t supported.', PEERCFG, Sources.PEERING_HOWTO),
  PEER008: b('Microsoft peering advertises public prefixes (no RFC 1918, ULA or other non-public space).', 'We don\'t accept private prefixes (RFC1918) for the Microsoft peering BGP session.', FAQ, Sources.FAQ),
  PEER009: b('Microsoft peering has a route filter (warning).', 'configured on or after August 1, 2017 won\'t have any prefixes advertised until a route filter is attached', FAQ, Sources.FAQ),
  PEER010: b('A route filter is attached only to Microsoft peering; unknown route filter ids are not judged.', '`routeFilterId` may only be specified when `peering_type` is set to `MicrosoftPeering`', TF, Sources.AZURERM),
  PEER011: b('A Microsoft peering customer ASN (IPv4 or IPv6 block) is public.', 'If you use customer ASN, you can set public ASN only.', PEER, Sources.PEERINGS),
  PEER012: b('A circuit has at most one peering of each type.', '[the peering resource name is its type: one ARM child per type]', TF, Sources.AZURERM),
  PEER013: b('A peering type is AzurePrivatePeering or MicrosoftPeering.', 'Azure public peering isn\'t available for new ExpressRoute circuits.', ROUTE),
  PEER014: b('Private peering subnets do not overlap the connected VNets.', 'can\'t overlap with address ranges used for virtual networks in Azure', ROUTE),
  PEER015: b('A route filter has at most one rule.', 'A route filter can have only one rule', RF),
  PEER016: b('Microsoft peering over IPv4 lists its advertised prefixes.', '`microsoft_peering_config` must be specified when config for Ipv4 and `peering_type` is set to `MicrosoftPeering`', TF, Sources.AZURERM),
  PEER017: b('Microsoft peering advertises at most 200 prefixes per address family.', '[limits table: 200 IPv4 and 200 IPv6 routes advertised to Microsoft peering]', FAQ, Sources.FAQ),
  PEER018: b('Microsoft peering uses no documentation ASN (64496-64511, 65536-65551).', 'ASNs ... 64496 - 64511 ... aren\'t allowed in the path', ROUTE),
  PEER019: b('A private peer ASN on Microsoft peering comes with a public customer ASN (warning).', 'Private AS Number is allowed ... requires manual validation', ROUTE),
  PEER020: b('A route filter rule is an Allow rule.', 'which must be of type \'Allow\'', RF),
  PEER021: b('A route filter is in its circuit\'s region.', 'Ensure the location matches the ExpressRoute circuit', RF),
  PEER022: b('A Global Reach subnet overlaps no VNet, private peering subnet or declared on-premises range.', 'Don\'t use the addresses in this subnet in your Azure virtual networks, private peering subnet, or on-premises network.', GRCFG),
  PEER023: b('Microsoft peering BGP subnets are public addresses (not private, ULA, shared, loopback, link-local, multicast or reserved).', 'IPv4: Two /30 subnets. These must be valid public IPv4 prefixes.', PEERCFG),
  PEER024: b('No BGP subnet is used by two peerings of one circuit.', '[each peering takes its own /30 (/126) subnets for its two BGP sessions]', ROUTE),
  PLAN001: b('A plan does not replace a live circuit or port.', '[ForceNew: circuit name, location, service_provider_name, peering_location, express_route_port_id; port bandwidth_in_gbps, encapsulation]', TF, Sources.AZURERM),
  PLAN002: b('A plan does not move a gateway between zonal and non-zonal SKUs in place.', 'The Azure API can\'t convert an ExpressRoute gateway between the availability-zone SKUs ... and the non-availability-zone SKUs ... in place; the gateway must be deleted and recreated.', 'hashicorp/terraform-provider-azurerm v4.79.0+ (virtual_network_gateway_resource.go)', Sources.AZURERM),
  PLAN003: b('A plan does not delete a multi-homed gateway.', 'To prevent accidental deletion, Azure blocks the deletion of Metro and multi-homed gateways.', RG),
  PLAN004: b('A plan does not delete a connection a multi-homed gateway requires.', 'If you attempt to delete a connection that\'s required to maintain one of these minimum resilience configurations, the deletion is blocked', RG),
  PLAN005: b('A plan deleting a gateway connected to a Metro circuit is checked against Resiliency Guard (warning: enrollment unknown).', 'Azure blocks the deletion of Metro and multi-homed gateways.', RG),
  PORT001: b('A port encapsulation is Dot1Q or QinQ.', 'ExpressRoute Direct supports both QinQ and Dot1Q encapsulation.', ERDHOW, Sources.DIRECT_HOWTO),
  PORT002: b('On a Dot1Q port pair each VLAN is used once across circuits.', 'A C-Tag used on a peering must be unique across all circuits and peerings on the ExpressRoute Direct port pair', ERD),
  PORT003: b('A port size is 10, 100 or 400 Gbps.', 'dual 400-Gbps, 100-Gbps or 10-Gbps', ERD),
  PORT004: b('A port billing type is MeteredData or UnlimitedData.', '[schema: `billing_type` StringInSlice MeteredData, UnlimitedData]', TF, Sources.AZURERM),
  PORT005: b('Enabling a link starts the port pair\'s billing (warning).', 'billed 45 days into the creation ... or when one or both of the links get enabled', FAQ, Sources.FAQ),
  PORT006: b('A circuit on a port is in the port\'s region, unless it redeems a port authorization.', 'The ExpressRoute Direct resource and ExpressRoute circuits created in a later step must be in the same subscription.', ERDHOW),
  PORT007: b('The circuits on the ports of one subscription stay within 10 (warning).', 'By default, you can create 10 circuits in the subscription where the ExpressRoute Direct resource is.', ERDHOW),
  PORT008: b('A Metro Direct port is 10 or 100 Gbps.', 'ExpressRoute Direct (Dual 10G or 100G ports)', METRO, Sources.METRO),
  PORT009: b('A 400 Gbps port is declared with its enrollment (judged when the enrollment is declared false).', '400-Gbps ... are available in limited ExpressRoute peering locations and require enrollment', ERD),
  SEC001: b('A BGP MD5 key is a reference, not a literal (not suppressible).', '[schema: `shared_key` Sensitive: true]', TF, Sources.AZURERM),
  SEC002: b('An authorization key is a reference, not a literal (not suppressible).', '[schema: `authorization_key` Sensitive: true]', TF, Sources.AZURERM),
  SEC003: b('MACsec keys are Key Vault secret ids (not suppressible).', 'To store MACsec secrets securely, you need to create a Key Vault instance', MACSEC),
  SEC004: b('An output carrying a service key, authorization key, BGP MD5 key or MACsec key (the value of a Key Vault secret a port references) is sensitive, unless it reads the key through nonsensitive(); not judged in a plan, which exists only if Terraform accepted its outputs (not suppressible).', '[Terraform refuses a root-module output of a `Sensitive: true` attribute without `sensitive = true`: "Output refers to sensitive values"; `azurerm_key_vault_secret` `value` Sensitive: true]', TF, Sources.AZURERM),
  SEC005: b('A Key Vault secret a port references as its MACsec CKN or CAK has no literal value or value_wo (not suppressible).', '[schema: `azurerm_key_vault_secret` `value` Sensitive: true, ExactlyOneOf `value`, `value_wo` (WriteOnly)]', TF, Sources.AZURERM),
  SEC006: b('An output does not pass a service key, authorization key, BGP MD5 key or MACsec key through nonsensitive() as it is (warning); a value computed from the key (a hash), a local or a module output is not judged, nor a plan, which does not tell nonsensitive() apart.', 'Using this function indiscriminately will cause values that Terraform would normally have considered as sensitive to be treated as normal values and shown clearly in Terraform\'s output.', 'developer.hashicorp.com terraform/language/functions/nonsensitive, read 2026-12-02'),
  SKU001: b('A circuit tier is Local, Standard or Premium (Basic: SKU010).', 'You can specify Local, Standard, or Premium', CKT),
  SKU002: b('A circuit family is MeteredData or UnlimitedData.', '[SkuFamily: MeteredData or UnlimitedData; azurerm enum]', CKT),
  SKU003: b('A Local provider circuit is UnlimitedData (a Local circuit on Direct is created MeteredData: the Direct page wins).', 'A Local circuit is always UnlimitedData.', CKT),
  SKU050: b('A Local circuit connects only gateways in the local Azure region(s) of its peering location.', 'access only to one or two Azure regions in or near the same metro', FAQ, Sources.FAQ),
  SKU051: b('A Standard circuit connects only VNets in the geopolitical region of its peering location.', 'Connectivity across geopolitical regions isn\'t supported on the standard ExpressRoute SKU.', GEO, Sources.LOCATIONS),
  SKU004: b('A Local circuit is at a location with a local Azure region.', '[Local Azure regions column; ✗ = not available]', LOC, Sources.LOCATIONS),
  SKU005: b('A Direct circuit (Local included) a plan creates is MeteredData.', 'SkuTier can be Local, Standard, or Premium. SkuFamily can only be MeteredData at creation.', `${ERDHOW}; ${DOCS87309}`),
  SKU006: b('A family never changes from UnlimitedData to MeteredData.', 'Change from UnlimitedData to MeteredData (unsupported)', PEER),
  SKU007: b('Local moves to Standard or Premium only with UnlimitedData.', 'Upgrade from Local to Standard or Premium SKU ... with billing type as unlimited', PEER),
  SKU008: b('VNet and Global Reach links stay within the SKU\'s limit (warning).', 'Global Reach connections count against the limit of virtual network connections per ExpressRoute Circuit.', FAQ),
  SKU009: b('Premium moves to Standard only with fewer than 10 linked VNets.', 'the number of virtual networks that are linked to the circuit is less than 10', CKT),
  SKU010: b('A circuit tier is not the undocumented Basic (warning).', 'You can specify Local, Standard, or Premium [Basic: API enum only]', CKT),
  SKU011: b('A Direct circuit on UnlimitedData whose creation is not known already exists (warning).', 'SkuFamily can only be MeteredData at creation. To use Unlimited data, you\'ll need to update the SkuFamily after creation.', ERDHOW),
  SKU012: b('At most 10 circuits per region per subscription, where the subscription is known (warning).', 'ExpressRoute circuits per region per subscription, with Azure Resource Manager | 10', FAQ),
  SKU013: b('At most 50 circuits per subscription, where the subscription is known (warning).', 'ExpressRoute circuits per subscription | 50 (Submit a support request to increase limit)', FAQ),
};
