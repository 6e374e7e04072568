import * as fs from 'fs';
import { CatalogError } from '../errors';
import { compareText } from '../model/order';
import { circuitsForScaleUnits } from './azure-limits';
import { readCatalogData, readCatalogOverlay } from './catalog-schema';
import { BUILTIN_GATEWAY_FACTS, BUILTIN_GLOBAL_REACH } from './facts-data';
import { BUILTIN_GEOPOLITICAL_REGIONS, BUILTIN_LOCATIONS, BUILTIN_PROVIDER_ALIASES } from './location-data';
import { BUILTIN_METRO_CATALOG } from './metro-data';
import { BUILTIN_PORT_LOCATIONS } from './port-location-data';
import { closestNames, nameKey } from './suggest';
import {
  GatewayFactsData, GatewaySkuData, GeopoliticalRegionsData, GlobalReachData, LocationProviderChange, MetroCatalogData,
  MetroCatalogOverlay, MetroData, MetroProviderChange, PeeringLocationData, PeeringLocationsData, PortLocationData,
  PortLocationsData, ProviderAliasData, ProviderAliasesData,
} from './types';

/** Whether a provider can be ordered at a metro. */
export enum ProviderAvailability {
  /** The provider is active at the metro. */
  ACTIVE = 'Active',
  /** Listed for the future: circuit creation is expected to fail until it becomes active. */
  ANNOUNCED = 'Announced',
  /** Not listed at the metro. */
  NOT_OFFERED = 'NotOffered',
}

function norm(s: string): string {
  return s.trim().toLowerCase();
}

/** A key that ignores case, accents and spaces: `Queretaro(Mexico)` = `Queretaro (Mexico)`, `westeurope` = `West Europe`. */
function looseKey(s: string): string {
  return nameKey(s).replace(/\s+/g, '');
}

/** A provider name's keys: the whole name, and for "New (Old)" each of the two names. */
function providerKeys(name: string): string[] {
  const whole = nameKey(name);
  const parts = /^(.+?)\s*\((.+)\)$/.exec(whole);
  return parts ? [whole, parts[1].trim(), parts[2].trim()] : [whole];
}

/**
 * What the catalog knows of a place a circuit can land at: a Metro (`Amsterdam Metro`), a
 * peering location (`Amsterdam2`) or, for a circuit on a Direct port, an ExpressRoute Direct port
 * location (`Equinix-Seattle-SE2`). A field that is `undefined` is unknown.
 */
export interface PlaceFacts {
  /** The name as the catalog spells it. */
  readonly name: string;
  /**
   * The metro, when the place is a Metro name.
   * @default - not a Metro name
   */
  readonly metro?: MetroData;
  /**
   * The peering location, when the place is one or a port location at a known one.
   * @default - a Metro name, or a port location whose peering location is not known
   */
  readonly location?: PeeringLocationData;
  /**
   * The Direct port location, when the place is one.
   * @default - not a port location
   */
  readonly portLocation?: PortLocationData;
  /**
   * The metro whose City/City2 pair the place is in: `Amsterdam2`, or a port location at
   * Amsterdam or Amsterdam2, is in Amsterdam Metro. That is one site of the metro, not a Metro
   * circuit (that is `metro`).
   * @default - not in a metro, or not known
   */
  readonly metroArea?: MetroData;
  /**
   * Country or region.
   * @default - unknown
   */
  readonly country?: string;
  /**
   * The geopolitical region.
   * @default - unknown
   */
  readonly geopoliticalRegion?: string;
  /**
   * Azure regions the Local SKU reaches from here; empty: Local is not offered.
   * @default - unknown
   */
  readonly localAzureRegions?: string[];
  /**
   * Providers that can be ordered here (for a metro: active and announced).
   * @default - unknown
   */
  readonly providers?: string[];
}

/**
 * The ExpressRoute Metro catalog: each metro with its City/City2 peering locations, local
 * Azure region, pricing zone, ExpressRoute Direct availability and providers.
 *
 * The built-in data carries its date and source (`asOf`, `source`). Azure changes the list
 * every few months; overlay it (`withOverlay`, `withOverlayFile`) or replace it
 * (`fromData`, `fromJsonFile`) without waiting for a new release.
 */
export class MetroCatalog {
  /** The catalog shipped with this version of the library. */
  public static builtIn(): MetroCatalog {
    if (!MetroCatalog.builtInInstance) MetroCatalog.builtInInstance = new MetroCatalog(BUILTIN_METRO_CATALOG);
    return MetroCatalog.builtInInstance;
  }

  /** A catalog from data given in code or parsed from JSON; every field is checked. */
  public static fromData(data: MetroCatalogData): MetroCatalog {
    const read = readCatalogData(data, 'catalog data');
    return MetroCatalog.checked(read, 'catalog data', read.portLocations?.locations ?? []);
  }

  /** A catalog that replaces the built-in one, read from a JSON file. */
  public static fromJsonFile(path: string): MetroCatalog {
    const read = readCatalogData(readJsonFile(path), path);
    return MetroCatalog.checked(read, path, read.portLocations?.locations ?? []);
  }

  /**
   * The catalog in force for a run: a replacement file or the built-in data, then an overlay
   * file on top (the `expressroute-metro:catalog*File` context keys and the CLI flags).
   */
  public static load(catalogFile?: string, overlayFile?: string): MetroCatalog {
    const catalog = catalogFile ? MetroCatalog.fromJsonFile(catalogFile) : MetroCatalog.builtIn();
    return overlayFile ? catalog.withOverlayFile(overlayFile) : catalog;
  }

  private static builtInInstance: MetroCatalog | undefined;

  /**
   * The catalog, once the port locations given with it name peering locations it has. (A
   * built-in port location at a location a replacement catalog lacks is unknown instead.)
   */
  private static checked(data: MetroCatalogData, origin: string, given: PortLocationData[]): MetroCatalog {
    const catalog = new MetroCatalog(data);
    const problems: string[] = [];
    given.forEach((p, i) => p.peeringLocations.forEach((l, j) => {
      if (!catalog.tryFindLocation(l)) {
        problems.push(`portLocations[${i}].peeringLocations[${j}]: "${l}" (of ${p.name}) is not a peering location of the catalog`);
      }
    }));
    if (problems.length > 0) throw new CatalogError(origin, problems);
    return catalog;
  }

  /** The date of the source revision the data was taken from. */
  public readonly asOf: string;
  /** Where the data comes from. */
  public readonly source: string;
  /** Every peering location, with the date and source of that data. */
  public readonly peeringLocationsData: PeeringLocationsData;
  /** Geopolitical regions, with the date and source of that data. */
  public readonly geopoliticalRegionsData: GeopoliticalRegionsData;
  /** Provider aliases, with the date and source of that data. */
  public readonly providerAliasesData: ProviderAliasesData;
  /** Where Global Reach is offered, with the date and source of that data. */
  public readonly globalReachData: GlobalReachData;
  /** Gateway SKU limits and ErGwScale regions, with the date and source of that data. */
  public readonly gatewayFacts: GatewayFactsData;
  /** ExpressRoute Direct port locations, with the date and source of that data. */
  public readonly portLocationsData: PortLocationsData;
  private readonly data: MetroData[];
  private readonly byName = new Map<string, MetroData>();
  private readonly byLocation = new Map<string, MetroData>();
  private readonly locationByKey = new Map<string, PeeringLocationData>();
  private readonly portLocationByKey = new Map<string, PortLocationData>();
  private readonly regionOfPlace = new Map<string, string>();
  private readonly regionOfAzureRegion = new Map<string, string>();
  /** Name key of every alias, API name and match-only name -> its alias entry. */
  private readonly aliasByKey = new Map<string, ProviderAliasData>();
  /** Name key of a provider -> its most used spelling in the catalog. */
  private readonly providerSpelling = new Map<string, string>();
  /** Every provider spelling used in the catalog, exactly. */
  private readonly exactProviderSpellings = new Set<string>();
  /** `sameProvider(a, b)` answers, by a then b (the names asked about are few). */
  private readonly sameProviderAnswers = new Map<string, Map<string, boolean>>();
  /** `tryDescribePlace` answers by name (null: not a place). */
  private readonly placeFacts = new Map<string, PlaceFacts | null>();

  private constructor(data: MetroCatalogData) {
    this.asOf = data.asOf;
    this.source = data.source;
    this.data = data.metros.slice().sort((a, b) => compareText(a.name, b.name));
    this.peeringLocationsData = data.locations ?? BUILTIN_LOCATIONS;
    this.geopoliticalRegionsData = data.geopoliticalRegions ?? BUILTIN_GEOPOLITICAL_REGIONS;
    this.providerAliasesData = data.providerAliases ?? BUILTIN_PROVIDER_ALIASES;
    this.globalReachData = data.globalReach ?? BUILTIN_GLOBAL_REACH;
    this.gatewayFacts = data.gateways ?? BUILTIN_GATEWAY_FACTS;
    this.portLocationsData = data.portLocations ?? BUILTIN_PORT_LOCATIONS;
    for (const m of this.data) {
      this.byName.set(norm(m.name), m);
      this.byName.set(norm(m.city), m);
      for (const loc of m.peeringLocations) this.byLocation.set(norm(loc), m);
    }
    for (const l of this.peeringLocationsData.locations) this.locationByKey.set(looseKey(l.name), l);
    for (const p of this.portLocationsData.locations) this.portLocationByKey.set(looseKey(p.name), p);
    for (const g of this.geopoliticalRegionsData.regions) {
      for (const place of g.peeringLocations) this.regionOfPlace.set(looseKey(place), g.name);
      for (const region of g.azureRegions) this.regionOfAzureRegion.set(looseKey(region), g.name);
    }
    for (const a of this.providerAliasesData.providers) {
      for (const name of [a.apiName, ...a.aliases, ...(a.matchOnly ?? [])]) this.aliasByKey.set(nameKey(name), a);
    }
    const counts = new Map<string, Map<string, number>>();
    const count = (p: string) => {
      const byKey = counts.get(nameKey(p)) ?? new Map<string, number>();
      byKey.set(p, (byKey.get(p) ?? 0) + 1);
      counts.set(nameKey(p), byKey);
    };
    for (const l of this.peeringLocationsData.locations) (l.providers ?? []).forEach(count);
    for (const m of this.data) [...m.providers, ...m.announcedProviders].forEach(count);
    for (const spellings of counts.values()) for (const spelling of spellings.keys()) this.exactProviderSpellings.add(spelling);
    for (const [key, spellings] of counts) {
      const best = [...spellings.entries()].sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]))[0][0];
      this.providerSpelling.set(key, best);
    }
  }

  /** Every metro, sorted by name. */
  public get metros(): MetroData[] {
    return this.data.slice();
  }

  /** Every Metro name (`Amsterdam Metro`, ...), sorted. */
  public get metroNames(): string[] {
    return this.data.map((m) => m.name);
  }

  /**
   * The metro with this name (`Amsterdam Metro`) or city (`Amsterdam`), case-insensitive.
   * @returns undefined when the catalog has no such metro
   */
  public tryFindMetro(nameOrCity: string): MetroData | undefined {
    return this.byName.get(norm(nameOrCity));
  }

  /**
   * The metro that a peering location belongs to: `Amsterdam2` gives `Amsterdam Metro`.
   * @returns undefined when the location is not one of a metro's two peering locations
   */
  public tryFindMetroOfPeeringLocation(peeringLocation: string): MetroData | undefined {
    return this.byLocation.get(norm(peeringLocation));
  }

  /**
   * The metro named by a Metro name, a city or one of its peering locations.
   * @returns undefined when nothing matches
   */
  public tryResolve(value: string): MetroData | undefined {
    return this.tryFindMetro(value) ?? this.tryFindMetroOfPeeringLocation(value);
  }

  /** Metros where the provider is active (any spelling of it, case-insensitive). */
  public metrosWithProvider(provider: string): MetroData[] {
    return this.data.filter((m) => m.providers.some((p) => this.sameProvider(p, provider)));
  }

  /** Metros where the provider is announced but not active yet. */
  public metrosAnnouncingProvider(provider: string): MetroData[] {
    return this.data.filter((m) => m.announcedProviders.some((p) => this.sameProvider(p, provider)));
  }

  /** Whether a provider can be ordered at a metro (any spelling of it, case-insensitive). */
  public providerAvailability(metro: MetroData, provider: string): ProviderAvailability {
    if (metro.providers.some((p) => this.sameProvider(p, provider))) return ProviderAvailability.ACTIVE;
    if (metro.announcedProviders.some((p) => this.sameProvider(p, provider))) return ProviderAvailability.ANNOUNCED;
    return ProviderAvailability.NOT_OFFERED;
  }

  // ---------------------------------------------------------------- every peering location

  /** Every (non-Metro) peering location, sorted by name. */
  public get locations(): PeeringLocationData[] {
    return this.peeringLocationsData.locations.slice().sort((a, b) => compareText(a.name, b.name));
  }

  /**
   * The peering location with this name (`Amsterdam2`), ignoring case, accents and spaces.
   * @returns undefined when the catalog has no such location
   */
  public tryFindLocation(name: string): PeeringLocationData | undefined {
    return this.locationByKey.get(looseKey(name));
  }

  /**
   * What the catalog knows of a circuit's or port's peering location: a Metro name
   * (`Amsterdam Metro`) or a peering location (`Amsterdam2`).
   * @returns undefined when the name is neither
   */
  public tryDescribePlace(name: string): PlaceFacts | undefined {
    // Asked for every circuit by many rules: one answer per name (the facts are frozen, so shared safely).
    let facts = this.placeFacts.get(name);
    if (facts === undefined) {
      facts = this.describePlace(name) ?? null;
      if (facts) Object.freeze(facts);
      this.placeFacts.set(name, facts);
    }
    return facts ?? undefined;
  }

  private describePlace(name: string): PlaceFacts | undefined {
    const metro = this.byName.get(norm(name));
    if (metro && norm(metro.name) === norm(name)) {
      return {
        name: metro.name, metro, metroArea: metro, country: metro.country, geopoliticalRegion: this.geopoliticalRegionOfPlace(metro.name),
        localAzureRegions: metro.localAzureRegions, providers: [...metro.providers, ...metro.announcedProviders],
      };
    }
    const location = this.tryFindLocation(name);
    if (!location) return undefined;
    return {
      name: location.name, location, metroArea: this.tryFindMetroOfPeeringLocation(location.name), country: location.country,
      geopoliticalRegion: this.geopoliticalRegionOfPlace(location.name), localAzureRegions: location.localAzureRegions,
      providers: location.providers,
    };
  }

  // ---------------------------------------------------------------- ExpressRoute Direct port locations

  /**
   * The ExpressRoute Direct port location with this name (`Equinix-Seattle-SE2`), ignoring case.
   * @returns undefined when no source in the catalog places the name
   */
  public tryFindPortLocation(name: string): PortLocationData | undefined {
    return this.portLocationByKey.get(looseKey(name));
  }

  /**
   * What the catalog knows of the place of a Direct port's `peering_location`: a port location
   * (`Equinix-Seattle-SE2`: its peering location Seattle), or else a Metro or peering-location
   * name (as `tryDescribePlace`). A port location placed only in a city (`Equinix-Sydney-SY2`:
   * Sydney or Sydney2) has the facts its possible peering locations share (country, geopolitical
   * region, Local regions, metro area) and no `location`.
   * @returns undefined when the name is none of these
   */
  public tryDescribePortPlace(name: string): PlaceFacts | undefined {
    const port = this.tryFindPortLocation(name);
    if (!port) return this.tryDescribePlace(name);
    const described = port.peeringLocations.map((l) => this.tryDescribePlace(l));
    // A possible location this catalog lacks (a replacement catalog): nothing is shared.
    const sites = described.every((p): p is PlaceFacts => p !== undefined) ? described : [];
    /** A fact every possible peering location has, the same: known; otherwise unknown. */
    const shared = <T>(fact: (p: PlaceFacts) => T | undefined, key: (v: T) => string): T | undefined => {
      const values = sites.map(fact);
      if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
      return new Set(values.map((v) => key(v!))).size === 1 ? values[0] : undefined;
    };
    return {
      name: port.name, portLocation: port,
      location: sites.length === 1 ? sites[0].location : undefined,
      metroArea: shared((p) => p.metroArea, (m) => m.name),
      country: shared((p) => p.country, norm),
      geopoliticalRegion: shared((p) => p.geopoliticalRegion, norm),
      localAzureRegions: shared((p) => p.localAzureRegions, (regions) => regions.map(looseKey).sort().join('|')),
      // Connectivity providers are not ordered on a Direct port.
    };
  }

  /**
   * The catalog's spelling of a Metro or peering-location name (`amsterdam metro` gives
   * `Amsterdam Metro`), to write to Terraform. Only case is changed: a name the catalog does
   * not know, or knows only under other spacing (`Queretaro(Mexico)`: the pages write it both
   * ways), is returned as given.
   */
  public canonicalPlaceName(name: string): string {
    const found = this.tryDescribePlace(name)?.name;
    return found !== undefined && nameKey(found) === nameKey(name) ? found : name;
  }

  /**
   * The geopolitical region of a peering location or Metro. A place the region table does not
   * list takes the region of the other names of its metro (the two locations of a metro are in
   * one city).
   * @returns undefined when unknown
   */
  public geopoliticalRegionOfPlace(name: string): string | undefined {
    const direct = this.regionOfPlace.get(looseKey(name));
    if (direct !== undefined) return direct;
    const metro = this.tryFindMetro(name) ?? this.tryFindMetroOfPeeringLocation(name);
    if (!metro || !(norm(metro.name) === norm(name) || metro.peeringLocations.some((l) => norm(l) === norm(name)))) return undefined;
    const regions = new Set([metro.name, ...metro.peeringLocations]
      .map((n) => this.regionOfPlace.get(looseKey(n))).filter((r): r is string => r !== undefined));
    return regions.size === 1 ? [...regions][0] : undefined;
  }

  /**
   * The geopolitical region of an Azure region, by display name (`West Europe`) or ARM name
   * (`westeurope`).
   * @returns undefined when the region table does not list it
   */
  public geopoliticalRegionOfAzureRegion(region: string): string | undefined {
    return this.regionOfAzureRegion.get(looseKey(region));
  }

  /** Whether two Azure region names (`West Europe`, `westeurope`) are the same region. */
  public sameAzureRegion(a: string, b: string): boolean {
    return looseKey(a) === looseKey(b);
  }

  /**
   * Whether Global Reach is offered at a place: a Metro, peering location or Direct port location.
   * @returns undefined when the place, its country, or the page's entry for it is unknown
   */
  public globalReachAt(place: string): boolean | undefined {
    const facts = this.tryDescribePortPlace(place);
    if (!facts || facts.country === undefined) return undefined;
    const gr = this.globalReachData;
    const country = norm(facts.country);
    if (gr.countries.some((c) => norm(c) === country)) return true;
    if ((gr.unclear ?? []).some((c) => norm(c) === country)) return undefined;
    const only = (gr.onlyAt ?? []).find((o) => norm(o.country) === country);
    if (only) {
      const listed = (n: string) => only.locations.some((l) => norm(l) === norm(n));
      if (facts.portLocation) {
        // At one of its possible peering locations: known only where they all agree.
        const answers = new Set(facts.portLocation.peeringLocations.map(listed));
        return answers.size === 1 ? [...answers][0] : undefined;
      }
      return (facts.metro ? facts.metro.peeringLocations : [facts.name]).some(listed);
    }
    return false;
  }

  /**
   * Whether a provider is listed at a (non-Metro) peering location, any spelling of it.
   * @returns undefined when the location or its provider list is unknown
   */
  public providerListedAt(location: PeeringLocationData, provider: string): boolean | undefined {
    if (location.providers === undefined) return undefined;
    return location.providers.some((p) => this.sameProvider(p, provider));
  }

  /** Peering locations that list the provider (any spelling of it). */
  public locationsWithProvider(provider: string): PeeringLocationData[] {
    return this.locations.filter((l) => (l.providers ?? []).some((p) => this.sameProvider(p, provider)));
  }

  // ---------------------------------------------------------------- provider names

  /**
   * The name to write to Terraform for a provider: the API name for a display name or alias
   * (`Telia Carrier (Arelion)` gives `Telia Carrier`); a spelling the pages use, as given
   * (`Coresite` and `CoreSite` both appear); the catalog's most used spelling for a known name
   * typed in another case (`equinix` gives `Equinix`); otherwise the name as given.
   */
  public canonicalProviderName(name: string): string {
    const key = nameKey(name);
    const alias = this.aliasByKey.get(key);
    if (alias && !(alias.matchOnly ?? []).some((m) => nameKey(m) === key)) return alias.apiName;
    if (this.exactProviderSpellings.has(name)) return name; // a spelling the pages use: keep it
    return this.providerSpelling.get(key) ?? name;
  }

  /**
   * Whether two provider names mean one provider: the same name in any case or accents, two
   * names of one alias entry, or one of the two names of a page entry written "New (Old)"
   * (`Console Connect (PCCW Global Limited)`, `MegaPOP (Singtel)`): the pages show renamed
   * providers that way, and configurations use either name.
   */
  public sameProvider(a: string, b: string): boolean {
    // Every rule asks this of every circuit's provider against a place's list: keep the answers.
    let byB = this.sameProviderAnswers.get(a);
    if (!byB) this.sameProviderAnswers.set(a, (byB = new Map()));
    let same = byB.get(b);
    if (same === undefined) byB.set(b, (same = this.compareProviders(a, b)));
    return same;
  }

  private compareProviders(a: string, b: string): boolean {
    const ka = providerKeys(a);
    const kb = providerKeys(b);
    if (ka.some((k) => kb.includes(k))) return true;
    const groups = new Set(ka.map((k) => this.aliasByKey.get(k)).filter((g) => g !== undefined));
    return kb.some((k) => { const g = this.aliasByKey.get(k); return g !== undefined && groups.has(g); });
  }

  /** Every provider spelling the catalog knows (pages and alias table), sorted. */
  public get providerNames(): string[] {
    const names = new Set<string>(this.providerSpelling.values());
    for (const a of this.providerAliasesData.providers) names.add(a.apiName);
    return [...names].sort(compareText);
  }

  /**
   * Provider names close to a typed one (`Equinx` gives `Equinix`), best first.
   * @param among the names to choose from (a location's providers); default every known provider
   */
  public suggestProviders(name: string, among?: string[]): string[] {
    const candidates = among ?? [...this.providerNames, ...this.providerAliasesData.providers.flatMap((a) => a.aliases)];
    return [...new Set(closestNames(name, candidates, 5).map((n) => this.canonicalProviderName(n)))].slice(0, 3);
  }

  /** Metro and peering-location names close to a typed one (`Amsterdam Metr0` gives `Amsterdam Metro`). */
  public suggestPlaces(name: string): string[] {
    return closestNames(name, [...this.metroNames, ...this.peeringLocationsData.locations.map((l) => l.name)]);
  }

  // ---------------------------------------------------------------- gateways

  /** The limits of a fixed-size gateway SKU (case-insensitive); undefined for ErGwScale or an unknown SKU. */
  public tryFindGatewaySku(sku: string): GatewaySkuData | undefined {
    return this.gatewayFacts.skus.find((s) => norm(s.name) === norm(sku));
  }

  /**
   * Circuit connections a gateway takes.
   * @param scaleUnits ErGwScale: the scale units counted on (the minimum: what is guaranteed)
   * @returns undefined for an unknown SKU, or ErGwScale without scale units
   */
  public gatewayMaxCircuits(sku: string, scaleUnits?: number): number | undefined {
    if (norm(sku) === 'ergwscale') {
      return scaleUnits === undefined ? undefined : circuitsForScaleUnits(this.gatewayFacts.erGwScale.circuitsByScaleUnits, scaleUnits);
    }
    return this.tryFindGatewaySku(sku)?.maxCircuits;
  }

  /**
   * Whether a gateway supports FastPath.
   * @param scaleUnits ErGwScale: the minimum scale units
   * @returns undefined for an unknown SKU, or ErGwScale without scale units
   */
  public gatewaySupportsFastPath(sku: string, scaleUnits?: number): boolean | undefined {
    if (norm(sku) === 'ergwscale') {
      return scaleUnits === undefined ? undefined : scaleUnits >= this.gatewayFacts.erGwScale.fastPathMinScaleUnits;
    }
    return this.tryFindGatewaySku(sku)?.fastPath;
  }

  /** Whether ErGwScale is offered in an Azure region (`West Europe` or `westeurope`): false only where the page says so. */
  public erGwScaleOfferedIn(region: string): boolean {
    return !this.gatewayFacts.erGwScale.unavailableRegions.some((r) => looseKey(r) === looseKey(region));
  }

  /** A new catalog with the overlay applied; this one is unchanged. Every field is checked. */
  public withOverlay(overlay: MetroCatalogOverlay): MetroCatalog {
    return this.applyOverlay(readCatalogOverlay(overlay, 'overlay'), 'overlay');
  }

  /** A new catalog with the overlay from a JSON file applied. */
  public withOverlayFile(path: string): MetroCatalog {
    return this.applyOverlay(readCatalogOverlay(readJsonFile(path), path), path);
  }

  /** The catalog as plain data (what `fromData` takes). */
  public toData(): MetroCatalogData {
    return {
      asOf: this.asOf, source: this.source, metros: this.metros,
      locations: this.peeringLocationsData, geopoliticalRegions: this.geopoliticalRegionsData,
      providerAliases: this.providerAliasesData, globalReach: this.globalReachData, gateways: this.gatewayFacts,
      portLocations: this.portLocationsData,
    };
  }

  private applyOverlay(overlay: MetroCatalogOverlay, origin: string): MetroCatalog {
    const metros = new Map<string, { -readonly [K in keyof MetroData]: MetroData[K] }>();
    for (const m of this.data) {
      metros.set(norm(m.name), { ...m, providers: [...m.providers], announcedProviders: [...m.announcedProviders] });
    }
    for (const m of overlay.metros ?? []) metros.set(norm(m.name), { ...m });

    const problems: string[] = [];
    const resolve = (change: MetroProviderChange, path: string) => {
      const direct = metros.get(norm(change.metro));
      const found = direct ?? [...metros.values()].find(
        (m) => norm(m.city) === norm(change.metro) || m.peeringLocations.some((l) => norm(l) === norm(change.metro)));
      if (!found) problems.push(`${path}.metro: unknown metro "${change.metro}" (add it under "metros" first)`);
      return found;
    };
    const has = (list: string[], p: string) => list.some((x) => norm(x) === norm(p));
    const without = (list: string[], p: string) => list.filter((x) => norm(x) !== norm(p));

    (overlay.addProviders ?? []).forEach((c, i) => {
      const m = resolve(c, `addProviders[${i}]`);
      if (!m) return;
      if (has(m.providers, c.provider)) {
        problems.push(`addProviders[${i}].provider: "${c.provider}" is already active at ${m.name}`);
        return;
      }
      m.providers = [...m.providers, c.provider];
      m.announcedProviders = without(m.announcedProviders, c.provider);
    });
    (overlay.activateProviders ?? []).forEach((c, i) => {
      const m = resolve(c, `activateProviders[${i}]`);
      if (!m) return;
      if (!has(m.announcedProviders, c.provider)) {
        problems.push(`activateProviders[${i}].provider: "${c.provider}" is not announced at ${m.name} (use addProviders)`);
        return;
      }
      const spelled = m.announcedProviders.find((x) => norm(x) === norm(c.provider))!;
      m.announcedProviders = without(m.announcedProviders, c.provider);
      m.providers = [...m.providers, spelled];
    });
    (overlay.announceProviders ?? []).forEach((c, i) => {
      const m = resolve(c, `announceProviders[${i}]`);
      if (!m) return;
      if (has(m.providers, c.provider) || has(m.announcedProviders, c.provider)) {
        problems.push(`announceProviders[${i}].provider: "${c.provider}" is already listed at ${m.name}`);
        return;
      }
      m.announcedProviders = [...m.announcedProviders, c.provider];
    });
    (overlay.removeProviders ?? []).forEach((c, i) => {
      const m = resolve(c, `removeProviders[${i}]`);
      if (!m) return;
      if (!has(m.providers, c.provider) && !has(m.announcedProviders, c.provider)) {
        problems.push(`removeProviders[${i}].provider: "${c.provider}" is not listed at ${m.name}`);
        return;
      }
      m.providers = without(m.providers, c.provider);
      m.announcedProviders = without(m.announcedProviders, c.provider);
    });
    const locations = new Map<string, { -readonly [K in keyof PeeringLocationData]: PeeringLocationData[K] }>();
    for (const l of this.peeringLocationsData.locations) locations.set(looseKey(l.name), { ...l });
    for (const l of overlay.locations ?? []) locations.set(looseKey(l.name), { ...l });
    const changeLocation = (list: LocationProviderChange[] | undefined, name: string, apply: (
      l: { -readonly [K in keyof PeeringLocationData]: PeeringLocationData[K] }, c: LocationProviderChange, path: string) => void) => {
      (list ?? []).forEach((c, i) => {
        const l = locations.get(looseKey(c.location));
        if (!l) {
          problems.push(`${name}[${i}].location: unknown peering location "${c.location}" (add it under "locations" first)`);
          return;
        }
        apply(l, c, `${name}[${i}]`);
      });
    };
    changeLocation(overlay.addLocationProviders, 'addLocationProviders', (l, c, path) => {
      if (has(l.providers ?? [], c.provider)) {
        problems.push(`${path}.provider: "${c.provider}" is already listed at ${l.name}`);
        return;
      }
      l.providers = [...(l.providers ?? []), c.provider];
    });
    changeLocation(overlay.removeLocationProviders, 'removeLocationProviders', (l, c, path) => {
      if (!has(l.providers ?? [], c.provider)) {
        problems.push(`${path}.provider: "${c.provider}" is not listed at ${l.name}`);
        return;
      }
      l.providers = without(l.providers ?? [], c.provider);
    });
    const aliases = new Map<string, ProviderAliasData>();
    for (const a of this.providerAliasesData.providers) aliases.set(nameKey(a.apiName), a);
    for (const a of overlay.providerAliases ?? []) {
      // An overlay entry replaces every entry that shares one of its names (a renamed API name).
      const names = new Set([a.apiName, ...a.aliases, ...(a.matchOnly ?? [])].map(nameKey));
      for (const [key, before] of aliases) {
        if ([before.apiName, ...before.aliases, ...(before.matchOnly ?? [])].some((n) => names.has(nameKey(n)))) aliases.delete(key);
      }
      aliases.set(nameKey(a.apiName), a);
    }

    const portLocations = new Map<string, PortLocationData>();
    for (const p of [...this.portLocationsData.locations, ...(overlay.portLocations ?? [])]) portLocations.set(looseKey(p.name), p);

    if (problems.length > 0) throw new CatalogError(origin, problems);
    const overlaid = (overlay.locations ?? []).length > 0 || (overlay.addLocationProviders ?? []).length > 0
      || (overlay.removeLocationProviders ?? []).length > 0;
    return MetroCatalog.checked(readCatalogData({
      asOf: overlay.asOf ?? this.asOf,
      source: overlay.source ?? this.source,
      metros: [...metros.values()],
      locations: {
        asOf: overlaid ? overlay.asOf ?? this.peeringLocationsData.asOf : this.peeringLocationsData.asOf,
        source: overlaid ? overlay.source ?? this.peeringLocationsData.source : this.peeringLocationsData.source,
        locations: [...locations.values()],
      },
      geopoliticalRegions: overlay.geopoliticalRegions ?? this.geopoliticalRegionsData,
      providerAliases: (overlay.providerAliases ?? []).length > 0
        ? { asOf: overlay.asOf ?? this.providerAliasesData.asOf, source: overlay.source ?? this.providerAliasesData.source, providers: [...aliases.values()] }
        : this.providerAliasesData,
      globalReach: overlay.globalReach ?? this.globalReachData,
      gateways: overlay.gateways ?? this.gatewayFacts,
      portLocations: (overlay.portLocations ?? []).length > 0
        ? { asOf: overlay.asOf ?? this.portLocationsData.asOf, source: overlay.source ?? this.portLocationsData.source, locations: [...portLocations.values()] }
        : this.portLocationsData,
    }, origin), origin, overlay.portLocations ?? []);
  }
}

function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    throw new CatalogError(path, [`cannot read the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`]);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CatalogError(path, [`not valid JSON: ${(e as Error).message}`]);
  }
}
