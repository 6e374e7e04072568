import * as fs from 'fs';
import { CatalogError } from '../errors';
import { compareText } from '../model/order';
import { readCatalogData, readCatalogOverlay } from './catalog-schema';
import { BUILTIN_METRO_CATALOG } from './metro-data';
import { MetroCatalogData, MetroCatalogOverlay, MetroData, MetroProviderChange } from './types';

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
    return new MetroCatalog(readCatalogData(data, 'catalog data'));
  }

  /** A catalog that replaces the built-in one, read from a JSON file. */
  public static fromJsonFile(path: string): MetroCatalog {
    return new MetroCatalog(readCatalogData(readJsonFile(path), path));
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

  /** The date of the source revision the data was taken from. */
  public readonly asOf: string;
  /** Where the data comes from. */
  public readonly source: string;
  private readonly data: MetroData[];
  private readonly byName = new Map<string, MetroData>();
  private readonly byLocation = new Map<string, MetroData>();

  private constructor(data: MetroCatalogData) {
    this.asOf = data.asOf;
    this.source = data.source;
    this.data = data.metros.slice().sort((a, b) => compareText(a.name, b.name));
    for (const m of this.data) {
      this.byName.set(norm(m.name), m);
      this.byName.set(norm(m.city), m);
      for (const loc of m.peeringLocations) this.byLocation.set(norm(loc), m);
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

  /** Metros where the provider is active (case-insensitive). */
  public metrosWithProvider(provider: string): MetroData[] {
    return this.data.filter((m) => m.providers.some((p) => norm(p) === norm(provider)));
  }

  /** Metros where the provider is announced but not active yet. */
  public metrosAnnouncingProvider(provider: string): MetroData[] {
    return this.data.filter((m) => m.announcedProviders.some((p) => norm(p) === norm(provider)));
  }

  /** Whether a provider can be ordered at a metro. */
  public providerAvailability(metro: MetroData, provider: string): ProviderAvailability {
    if (metro.providers.some((p) => norm(p) === norm(provider))) return ProviderAvailability.ACTIVE;
    if (metro.announcedProviders.some((p) => norm(p) === norm(provider))) return ProviderAvailability.ANNOUNCED;
    return ProviderAvailability.NOT_OFFERED;
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
    return { asOf: this.asOf, source: this.source, metros: this.metros };
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
    if (problems.length > 0) throw new CatalogError(origin, problems);
    return new MetroCatalog(readCatalogData({
      asOf: overlay.asOf ?? this.asOf,
      source: overlay.source ?? this.source,
      metros: [...metros.values()],
    }, origin));
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
