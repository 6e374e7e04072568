/**
 * One ExpressRoute Metro location, as Azure documents it.
 */
export interface MetroData {
  /** The Metro name as Azure spells it, also the circuit `peering_location`: `Amsterdam Metro`. */
  readonly name: string;
  /** The city: `Amsterdam`. */
  readonly city: string;
  /** Country or region of the city, used for Global Reach availability. */
  readonly country: string;
  /**
   * The two peering locations behind the metro (City, City2): `['Amsterdam', 'Amsterdam2']`.
   * Only one entry where Azure does not document the second name: it is unknown, not absent.
   */
  readonly peeringLocations: string[];
  /** The two facilities as the Metro page lists them. */
  readonly facilities: string[];
  /** ExpressRoute pricing zone (1, 2 or 3). */
  readonly pricingZone: number;
  /** Local Azure region(s) for the Local SKU; empty when the metro has none. */
  readonly localAzureRegions: string[];
  /** Whether Metro ExpressRoute Direct ports are offered. */
  readonly expressRouteDirect: boolean;
  /** Connectivity providers that are active at this metro. */
  readonly providers: string[];
  /**
   * Providers listed for the future: "circuit creation is expected to fail until the providers
   * become active".
   */
  readonly announcedProviders: string[];
  /**
   * Free-text note about the data (discrepancies between Azure pages).
   * @default - none
   */
  readonly notes?: string;
}

/** A whole catalog: metros plus the date and source of the data. */
export interface MetroCatalogData {
  /** The date of the source revision the data was taken from (YYYY-MM-DD). */
  readonly asOf: string;
  /** Where the data comes from. */
  readonly source: string;
  /** The metros. */
  readonly metros: MetroData[];
  /**
   * Every peering location (the locations page).
   * @default - the built-in locations
   */
  readonly locations?: PeeringLocationsData;
  /**
   * Geopolitical regions.
   * @default - the built-in regions
   */
  readonly geopoliticalRegions?: GeopoliticalRegionsData;
  /**
   * Provider names under several spellings.
   * @default - the built-in alias table
   */
  readonly providerAliases?: ProviderAliasesData;
  /**
   * Where Global Reach is offered.
   * @default - the built-in data
   */
  readonly globalReach?: GlobalReachData;
  /**
   * Gateway SKU limits and ErGwScale regions.
   * @default - the built-in data
   */
  readonly gateways?: GatewayFactsData;
  /**
   * ExpressRoute Direct port locations and the peering locations they are at.
   * @default - the built-in port locations
   */
  readonly portLocations?: PortLocationsData;
}

/** A provider at a metro, for overlays. */
export interface MetroProviderChange {
  /** Metro name (`Amsterdam Metro`), city (`Amsterdam`) or peering location (`Amsterdam2`). */
  readonly metro: string;
  /** The provider name as Azure spells it. */
  readonly provider: string;
}

/**
 * Changes to apply on top of a catalog, without a new release of the library.
 */
export interface MetroCatalogOverlay {
  /**
   * The date of the data in this overlay.
   * @default - the base catalog's date is kept
   */
  readonly asOf?: string;
  /**
   * Where the overlay data comes from.
   * @default - the base catalog's source is kept
   */
  readonly source?: string;
  /**
   * Metros to add, or to replace whole when the name already exists.
   * @default - none
   */
  readonly metros?: MetroData[];
  /**
   * Providers to add as active at a metro.
   * @default - none
   */
  readonly addProviders?: MetroProviderChange[];
  /**
   * Announced providers to mark active (moved from `announcedProviders` to `providers`).
   * @default - none
   */
  readonly activateProviders?: MetroProviderChange[];
  /**
   * Providers to add as announced (not yet active) at a metro.
   * @default - none
   */
  readonly announceProviders?: MetroProviderChange[];
  /**
   * Providers to remove from a metro (active or announced).
   * @default - none
   */
  readonly removeProviders?: MetroProviderChange[];
  /**
   * Peering locations to add, or to replace whole when the name already exists.
   * @default - none
   */
  readonly locations?: PeeringLocationData[];
  /**
   * Providers to add at a (non-Metro) peering location.
   * @default - none
   */
  readonly addLocationProviders?: LocationProviderChange[];
  /**
   * Providers to remove from a (non-Metro) peering location.
   * @default - none
   */
  readonly removeLocationProviders?: LocationProviderChange[];
  /**
   * Provider aliases to add; an entry replaces every entry that shares one of its names.
   * @default - none
   */
  readonly providerAliases?: ProviderAliasData[];
  /**
   * Replaces the geopolitical regions section.
   * @default - kept
   */
  readonly geopoliticalRegions?: GeopoliticalRegionsData;
  /**
   * Replaces the Global Reach section.
   * @default - kept
   */
  readonly globalReach?: GlobalReachData;
  /**
   * Replaces the gateway facts section.
   * @default - kept
   */
  readonly gateways?: GatewayFactsData;
  /**
   * ExpressRoute Direct port locations to add, or to replace whole when the name already exists.
   * @default - none
   */
  readonly portLocations?: PortLocationData[];
}

/**
 * One ExpressRoute peering location (a row of Microsoft's "locations and connectivity
 * providers" page): `Amsterdam2`. A field that is `undefined` is not documented: unknown, never
 * assumed.
 */
export interface PeeringLocationData {
  /** The peering location as Azure spells it, also the circuit `peering_location`: `Amsterdam2`. */
  readonly name: string;
  /**
   * Country or region of the location, for Global Reach availability.
   * @default - unknown
   */
  readonly country?: string;
  /**
   * The facility as the locations page lists it (`Equinix AM5`).
   * @default - unknown
   */
  readonly facility?: string;
  /**
   * ExpressRoute pricing zone.
   * @default - unknown
   */
  readonly pricingZone?: number;
  /**
   * Azure regions ExpressRoute Local reaches from this location; empty: Local is not offered
   * here (the page's "&cross;").
   * @default - unknown
   */
  readonly localAzureRegions?: string[];
  /**
   * Whether ExpressRoute Direct ports are offered.
   * @default - unknown
   */
  readonly expressRouteDirect?: boolean;
  /**
   * Connectivity providers listed at this location, as the page spells them.
   * @default - unknown (no provider is judged)
   */
  readonly providers?: string[];
  /**
   * Free-text note about the data.
   * @default - none
   */
  readonly notes?: string;
}

/** The peering locations with the date and source of the data. */
export interface PeeringLocationsData {
  /** The date of the source revision (YYYY-MM-DD). */
  readonly asOf: string;
  /** Where the data comes from. */
  readonly source: string;
  /** The locations. */
  readonly locations: PeeringLocationData[];
}

/** One geopolitical region: the Azure regions and the peering locations in it. */
export interface GeopoliticalRegionData {
  /** The region's name (`Europe`). */
  readonly name: string;
  /** Azure regions in it, display names (`West Europe`). */
  readonly azureRegions: string[];
  /** Peering locations (and Metro names) in it. */
  readonly peeringLocations: string[];
}

/** The geopolitical regions with the date and source of the data. */
export interface GeopoliticalRegionsData {
  /** The date of the source revision (YYYY-MM-DD). */
  readonly asOf: string;
  /** Where the data comes from. */
  readonly source: string;
  /** The regions. */
  readonly regions: GeopoliticalRegionData[];
}

/**
 * One connectivity provider under several spellings: the name the API takes
 * (`az network express-route list-service-providers`), and the display names of the pages.
 */
export interface ProviderAliasData {
  /** The name written to Terraform (`service_provider_name`): `Telia Carrier`. */
  readonly apiName: string;
  /** Display names that mean this provider and are rewritten to `apiName`. */
  readonly aliases: string[];
  /**
   * Names that match this provider when checking availability but are never rewritten (a name
   * that is also a provider of its own at some locations, like `Digital Realty`).
   * @default - none
   */
  readonly matchOnly?: string[];
  /** Where the spellings come from. */
  readonly source: string;
}

/** The provider alias table with the date of the data. */
export interface ProviderAliasesData {
  /** The date of the newest source used (YYYY-MM-DD). */
  readonly asOf: string;
  /** Where the data comes from. */
  readonly source: string;
  /** The aliases. */
  readonly providers: ProviderAliasData[];
}

/** Where ExpressRoute Global Reach is offered. */
export interface GlobalReachData {
  /** The date of the source revision (YYYY-MM-DD). */
  readonly asOf: string;
  /** Where the data comes from. */
  readonly source: string;
  /** Countries and places where Global Reach is offered at every peering location. */
  readonly countries: string[];
  /**
   * Countries where Global Reach is offered at the listed peering locations only
   * (`South Africa (Johannesburg only)`).
   * @default - none
   */
  readonly onlyAt?: GlobalReachOnlyAtData[];
  /**
   * Countries whose entry on the page cannot be mapped to peering locations (`Brazil South`):
   * not judged.
   * @default - none
   */
  readonly unclear?: string[];
}

/** Limits of one fixed-size ExpressRoute gateway SKU. */
export interface GatewaySkuData {
  /** The SKU (`ErGw2AZ`). */
  readonly name: string;
  /** Circuit connections a gateway of this SKU takes. */
  readonly maxCircuits: number;
  /** Whether FastPath is supported. */
  readonly fastPath: boolean;
  /** Whether the SKU can be zone-redundant. */
  readonly zoneRedundant: boolean;
}

/** The scalable gateway (`ErGwScale`). */
export interface ErGwScaleData {
  /** Smallest scale unit. */
  readonly minScaleUnits: number;
  /** Largest scale unit. */
  readonly maxScaleUnits: number;
  /** Circuits by scale units: from `fromScaleUnits`, at most `maxCircuits`. */
  readonly circuitsByScaleUnits: ScaleUnitStepData[];
  /** Scale units needed for FastPath. */
  readonly fastPathMinScaleUnits: number;
  /** Azure regions where ErGwScale is not offered. */
  readonly unavailableRegions: string[];
  /** The date of the region list's source revision (YYYY-MM-DD). */
  readonly regionsAsOf: string;
}

/** ExpressRoute gateway facts with the date and source of the data. */
export interface GatewayFactsData {
  /** The date of the source revision (YYYY-MM-DD). */
  readonly asOf: string;
  /** Where the data comes from. */
  readonly source: string;
  /** Fixed-size SKUs. */
  readonly skus: GatewaySkuData[];
  /** The scalable SKU. */
  readonly erGwScale: ErGwScaleData;
}

/** A provider at a (non-Metro) peering location, for overlays. */
export interface LocationProviderChange {
  /** The peering location (`Amsterdam2`). */
  readonly location: string;
  /** The provider name as Azure spells it. */
  readonly provider: string;
}

/** A country where Global Reach is offered at some peering locations only. */
export interface GlobalReachOnlyAtData {
  /** The country (`South Africa`). */
  readonly country: string;
  /** The peering locations where it is offered (`Johannesburg`). */
  readonly locations: string[];
}

/** One step of the ErGwScale circuits table. */
export interface ScaleUnitStepData {
  /** From this many scale units... */
  readonly fromScaleUnits: number;
  /** ...the gateway takes this many circuits. */
  readonly maxCircuits: number;
}

/**
 * An ExpressRoute Direct port location: a name `az network express-route port location list`
 * gives and `azurerm_express_route_port.peering_location` takes (`Equinix-Seattle-SE2`), with
 * the peering location(s) a source places it at. It is not a circuit `peering_location`.
 */
export interface PortLocationData {
  /** The port location as Azure spells it: `Equinix-Seattle-SE2`. */
  readonly name: string;
  /**
   * The peering locations (rows of the locations page) the source allows: one where it names the
   * facility (`Seattle`: "SE2, Seattle"), every location of the city where it names only the city
   * (`Sydney`, `Sydney2`). Facts the locations share (country, geopolitical region) are known;
   * the others are not.
   */
  readonly peeringLocations: string[];
  /** What the source says, quoted, and how it leads to the peering location(s). */
  readonly evidence: string;
  /** Where that is said: URL and revision date. */
  readonly source: string;
}

/** The ExpressRoute Direct port locations with the date and source of the data. */
export interface PortLocationsData {
  /** The date of the newest source revision used (YYYY-MM-DD). */
  readonly asOf: string;
  /** Where the data comes from. */
  readonly source: string;
  /** The port locations. */
  readonly locations: PortLocationData[];
}
