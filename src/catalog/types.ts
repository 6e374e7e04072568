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
}
