/**
 * Public sources every Azure fact in this library is taken from.
 *
 * Each rule, bandwidth list and catalog entry names one of these, so a reader can check it
 * against the live page (Microsoft changes the ExpressRoute pages often).
 */
export class Sources {
  /** About ExpressRoute Metro (metro list, providers, ER Direct column). */
  public static readonly METRO = 'https://learn.microsoft.com/azure/expressroute/metro';
  /** ExpressRoute locations and connectivity providers (per peering location rows). */
  public static readonly LOCATIONS = 'https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers';
  /** Create and modify an ExpressRoute circuit with PowerShell (SKU rules, Metro example). */
  public static readonly CIRCUIT_HOWTO = 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm';
  /** ExpressRoute circuits and peering (bandwidths, SKU changes). */
  public static readonly PEERINGS = 'https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings';
  /** ExpressRoute FAQ (limits, Local SKU, Global Reach, resiliency tiers). */
  public static readonly FAQ = 'https://learn.microsoft.com/azure/expressroute/expressroute-faqs';
  /** About ExpressRoute Direct (port sizes, circuit sizes, encapsulation). */
  public static readonly DIRECT = 'https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about';
  /** Create ExpressRoute Direct (billing, links, admin state, subscription and region). */
  public static readonly DIRECT_HOWTO = 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-erdirect';
  /** Configure ExpressRoute Direct with the Azure CLI (example `az network express-route port location list` output with addresses). */
  public static readonly DIRECT_CLI = 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-expressroute-direct-cli';
  /**
   * Google Cloud, Cross-Cloud Interconnect for Azure, "Choose your locations": the Azure
   * ExpressRoute Direct port locations by metropolitan area (a third-party page about Azure).
   */
  public static readonly GOOGLE_CCI_AZURE_LOCATIONS = 'https://docs.cloud.google.com/network-connectivity/docs/interconnect/how-to/cci/azure/choose-locations';
  /** Configure MACsec on ExpressRoute Direct ports. */
  public static readonly MACSEC = 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec';
  /** ExpressRoute routing requirements (addressing, ASNs). */
  public static readonly ROUTING = 'https://learn.microsoft.com/azure/expressroute/expressroute-routing';
  /** Create and modify peering for an ExpressRoute circuit (VLAN, ASN, MD5 key). */
  public static readonly PEERING_HOWTO = 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-portal-resource-manager';
  /** Configure route filters for Microsoft peering. */
  public static readonly ROUTE_FILTER = 'https://learn.microsoft.com/azure/expressroute/how-to-routefilter-portal';
  /** About ExpressRoute Global Reach. */
  public static readonly GLOBAL_REACH = 'https://learn.microsoft.com/azure/expressroute/expressroute-global-reach';
  /** Configure Global Reach (the /29 subnet). */
  public static readonly GLOBAL_REACH_HOWTO = 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-set-global-reach-portal';
  /** About ExpressRoute virtual network gateways (SKUs, circuit limits, GatewaySubnet). */
  public static readonly GATEWAYS = 'https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways';
  /** Scalable ExpressRoute gateway (ErGwScale scale units). */
  public static readonly SCALABLE_GATEWAY = 'https://learn.microsoft.com/azure/expressroute/scalable-gateway';
  /** About ExpressRoute FastPath. */
  public static readonly FASTPATH = 'https://learn.microsoft.com/azure/expressroute/about-fastpath';
  /** Connect a virtual network to a circuit (routing weight). */
  public static readonly LINK_VNET = 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm';
  /** Design architecture for resiliency (Maximum, High, Standard). */
  public static readonly RESILIENCY_DESIGN = 'https://learn.microsoft.com/azure/expressroute/design-architecture-for-resiliency';
  /** Resiliency Insights (resiliency index weights). */
  public static readonly RESILIENCY_INSIGHTS = 'https://learn.microsoft.com/azure/expressroute/resiliency-insights';
  /** Resiliency Validation (gateway failover simulation). */
  public static readonly RESILIENCY_VALIDATION = 'https://learn.microsoft.com/azure/expressroute/resiliency-validation';
  /** ExpressRoute Resiliency Guard (gateway resiliency model). */
  public static readonly RESILIENCY_GUARD = 'https://learn.microsoft.com/azure/expressroute/resiliency-model';
  /** Migrate to a new ExpressRoute circuit. */
  public static readonly MIGRATION = 'https://learn.microsoft.com/azure/expressroute/circuit-migration';
  /** BFD over ExpressRoute. */
  public static readonly BFD = 'https://learn.microsoft.com/azure/expressroute/expressroute-bfd';
  /** azurerm provider source and docs (schema checks, ForceNew, version history). */
  public static readonly AZURERM = 'https://github.com/hashicorp/terraform-provider-azurerm';
  /** azurerm express_route_port docs. */
  public static readonly AZURERM_PORT = 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/express_route_port';
  /** azurerm virtual_network_gateway docs. */
  public static readonly AZURERM_VNG = 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_network_gateway';
  /** azurerm express_route_circuit_peering docs. */
  public static readonly AZURERM_PEERING = 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/express_route_circuit_peering';
  /** azurerm CHANGELOG (4.x). */
  public static readonly AZURERM_CHANGELOG = 'https://github.com/hashicorp/terraform-provider-azurerm/blob/main/CHANGELOG-v4.md';
}
