import { safeJson } from '../util/render';
import { CatalogError } from '../errors';
import {
  ErGwScaleData, GatewayFactsData, GatewaySkuData, GeopoliticalRegionData, GeopoliticalRegionsData, GlobalReachData,
  LocationProviderChange, MetroCatalogData, MetroCatalogOverlay, MetroData, MetroProviderChange, PeeringLocationData,
  PortLocationData, ProviderAliasData,
} from './types';

/** Collects problems while reading untrusted JSON, each with its field path. */
class Reader {
  public readonly problems: string[] = [];

  public describe(value: unknown): string {
    return value === undefined ? 'nothing' : safeJson(value, 60);
  }

  public object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.problems.push(`${path}: expected an object, got ${this.describe(value)}`);
      return undefined;
    }
    return value as Record<string, unknown>;
  }

  public string(value: unknown, path: string, optional = false): string | undefined {
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      this.problems.push(`${path}: expected a non-empty string, got ${this.describe(value)}`);
      return undefined;
    }
    return value;
  }

  public stringList(value: unknown, path: string, opts: { min?: number; max?: number } = {}): string[] {
    if (!Array.isArray(value)) {
      this.problems.push(`${path}: expected a list of strings, got ${this.describe(value)}`);
      return [];
    }
    const out: string[] = [];
    const seen = new Set<string>();
    value.forEach((item, i) => {
      const s = this.string(item, `${path}[${i}]`);
      if (s === undefined) return;
      const key = s.toLowerCase();
      if (seen.has(key)) {
        this.problems.push(`${path}[${i}]: "${s}" is listed twice`);
        return;
      }
      seen.add(key);
      out.push(s);
    });
    if (opts.min !== undefined && value.length < opts.min) {
      this.problems.push(`${path}: expected at least ${opts.min} entr${opts.min === 1 ? 'y' : 'ies'}, got ${value.length}`);
    }
    if (opts.max !== undefined && value.length > opts.max) {
      this.problems.push(`${path}: expected at most ${opts.max} entries, got ${value.length}`);
    }
    return out;
  }

  public date(value: unknown, path: string, optional = false): string | undefined {
    const s = this.string(value, path, optional);
    if (s !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(s)) {
      this.problems.push(`${path}: expected a date as YYYY-MM-DD, got ${this.describe(s)}`);
    }
    return s;
  }

  public wholeNumber(value: unknown, path: string, min: number, optional = false): number | undefined {
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      this.problems.push(`${path}: expected a whole number from ${min}, got ${this.describe(value)}`);
      return undefined;
    }
    return value;
  }

  public boolean(value: unknown, path: string, optional = false): boolean | undefined {
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'boolean') {
      this.problems.push(`${path}: expected true or false, got ${this.describe(value)}`);
      return undefined;
    }
    return value;
  }

  public list(value: unknown, path: string, what: string): unknown[] {
    if (!Array.isArray(value)) {
      this.problems.push(`${path}: expected a list of ${what}, got ${this.describe(value)}`);
      return [];
    }
    return value;
  }

  public unknownKeys(obj: Record<string, unknown>, allowed: string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        this.problems.push(`${path}.${key}: unknown field (allowed: ${allowed.join(', ')})`);
      }
    }
  }
}

const METRO_FIELDS = [
  'name', 'city', 'country', 'peeringLocations', 'facilities', 'pricingZone', 'localAzureRegions',
  'expressRouteDirect', 'providers', 'announcedProviders', 'notes',
];

function readMetro(r: Reader, raw: unknown, path: string): MetroData | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  r.unknownKeys(o, METRO_FIELDS, path);
  const name = r.string(o.name, `${path}.name`);
  if (name !== undefined && !/ Metro$/.test(name)) {
    r.problems.push(`${path}.name: a Metro name ends with " Metro" (as in "Amsterdam Metro"), got ${r.describe(name)}`);
  }
  const pricingZone = o.pricingZone;
  if (typeof pricingZone !== 'number' || !Number.isInteger(pricingZone) || pricingZone < 1) {
    r.problems.push(`${path}.pricingZone: expected a whole number from 1, got ${r.describe(pricingZone)}`);
  }
  if (typeof o.expressRouteDirect !== 'boolean') {
    r.problems.push(`${path}.expressRouteDirect: expected true or false, got ${r.describe(o.expressRouteDirect)}`);
  }
  const metro: MetroData = {
    name: name ?? '',
    city: r.string(o.city, `${path}.city`) ?? '',
    country: r.string(o.country, `${path}.country`) ?? '',
    peeringLocations: r.stringList(o.peeringLocations, `${path}.peeringLocations`, { min: 1, max: 2 }),
    facilities: r.stringList(o.facilities ?? [], `${path}.facilities`),
    pricingZone: pricingZone as number,
    localAzureRegions: r.stringList(o.localAzureRegions ?? [], `${path}.localAzureRegions`),
    expressRouteDirect: o.expressRouteDirect as boolean,
    providers: r.stringList(o.providers ?? [], `${path}.providers`),
    announcedProviders: r.stringList(o.announcedProviders ?? [], `${path}.announcedProviders`),
    notes: r.string(o.notes, `${path}.notes`, true),
  };
  const active = new Set(metro.providers.map((p) => p.toLowerCase()));
  metro.announcedProviders.forEach((p, i) => {
    if (active.has(p.toLowerCase())) {
      r.problems.push(`${path}.announcedProviders[${i}]: "${p}" is also listed as active in ${path}.providers`);
    }
  });
  return metro;
}

function checkUniqueMetros(r: Reader, metros: MetroData[], path: string): void {
  const names = new Map<string, number>();
  const locations = new Map<string, string>();
  metros.forEach((m, i) => {
    const key = m.name.toLowerCase();
    if (names.has(key)) r.problems.push(`${path}[${i}].name: "${m.name}" is listed twice (also ${path}[${names.get(key)}])`);
    names.set(key, i);
    m.peeringLocations.forEach((loc, j) => {
      const other = locations.get(loc.toLowerCase());
      if (other !== undefined && other !== m.name) {
        r.problems.push(`${path}[${i}].peeringLocations[${j}]: "${loc}" already belongs to ${other}`);
      }
      locations.set(loc.toLowerCase(), m.name);
    });
  });
}

function readMetros(r: Reader, raw: unknown): MetroData[] {
  const metros: MetroData[] = [];
  if (!Array.isArray(raw)) {
    r.problems.push(`metros: expected a list of metros, got ${r.describe(raw)}`);
    return metros;
  }
  raw.forEach((m, i) => {
    const metro = readMetro(r, m, `metros[${i}]`);
    if (metro) metros.push(metro);
  });
  checkUniqueMetros(r, metros, 'metros');
  return metros;
}

/** Reads and checks a whole catalog from untrusted data (parsed JSON). */
export function readCatalogData(raw: unknown, origin: string): MetroCatalogData {
  const r = new Reader();
  const o = r.object(raw, '(catalog)');
  if (!o) throw new CatalogError(origin, r.problems);
  r.unknownKeys(o, ['asOf', 'source', 'metros', ...SECTION_FIELDS], '(catalog)');
  const asOf = r.date(o.asOf, 'asOf');
  const source = r.string(o.source, 'source');
  const metros = readMetros(r, o.metros);
  const data: MetroCatalogData = {
    asOf: asOf!, source: source!, metros,
    locations: o.locations === undefined ? undefined : readDatedSection(r, o.locations, 'locations', 'locations', readLocations),
    geopoliticalRegions: o.geopoliticalRegions === undefined ? undefined : readRegionsSection(r, o.geopoliticalRegions, 'geopoliticalRegions'),
    providerAliases: o.providerAliases === undefined ? undefined : readDatedSection(r, o.providerAliases, 'providerAliases', 'providers', readAliases),
    globalReach: o.globalReach === undefined ? undefined : readGlobalReach(r, o.globalReach, 'globalReach'),
    gateways: o.gateways === undefined ? undefined : readGatewayFacts(r, o.gateways, 'gateways'),
    portLocations: o.portLocations === undefined ? undefined : readDatedSection(r, o.portLocations, 'portLocations', 'locations', readPortLocations),
  };
  if (r.problems.length > 0) throw new CatalogError(origin, r.problems);
  return data;
}

function readChanges(r: Reader, raw: unknown, path: string): MetroProviderChange[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    r.problems.push(`${path}: expected a list of { metro, provider }, got ${r.describe(raw)}`);
    return [];
  }
  const out: MetroProviderChange[] = [];
  raw.forEach((item, i) => {
    const o = r.object(item, `${path}[${i}]`);
    if (!o) return;
    r.unknownKeys(o, ['metro', 'provider'], `${path}[${i}]`);
    const metro = r.string(o.metro, `${path}[${i}].metro`);
    const provider = r.string(o.provider, `${path}[${i}].provider`);
    if (metro !== undefined && provider !== undefined) out.push({ metro, provider });
  });
  return out;
}

/** Reads and checks an overlay from untrusted data (parsed JSON). */
export function readCatalogOverlay(raw: unknown, origin: string): MetroCatalogOverlay {
  const r = new Reader();
  const o = r.object(raw, '(overlay)');
  if (!o) throw new CatalogError(origin, r.problems);
  r.unknownKeys(o, [
    'asOf', 'source', 'metros', 'addProviders', 'activateProviders', 'announceProviders', 'removeProviders',
    'locations', 'addLocationProviders', 'removeLocationProviders', 'providerAliases', 'geopoliticalRegions', 'globalReach', 'gateways',
    'portLocations',
  ], '(overlay)');
  const metros = o.metros === undefined ? [] : readMetros(r, o.metros);
  const overlay: MetroCatalogOverlay = {
    asOf: r.date(o.asOf, 'asOf', true),
    source: r.string(o.source, 'source', true),
    metros,
    addProviders: readChanges(r, o.addProviders, 'addProviders'),
    activateProviders: readChanges(r, o.activateProviders, 'activateProviders'),
    announceProviders: readChanges(r, o.announceProviders, 'announceProviders'),
    removeProviders: readChanges(r, o.removeProviders, 'removeProviders'),
    locations: o.locations === undefined ? [] : readLocations(r, o.locations, 'locations'),
    addLocationProviders: readLocationChanges(r, o.addLocationProviders, 'addLocationProviders'),
    removeLocationProviders: readLocationChanges(r, o.removeLocationProviders, 'removeLocationProviders'),
    providerAliases: o.providerAliases === undefined ? [] : readAliases(r, o.providerAliases, 'providerAliases'),
    geopoliticalRegions: o.geopoliticalRegions === undefined ? undefined : readRegionsSection(r, o.geopoliticalRegions, 'geopoliticalRegions'),
    globalReach: o.globalReach === undefined ? undefined : readGlobalReach(r, o.globalReach, 'globalReach'),
    gateways: o.gateways === undefined ? undefined : readGatewayFacts(r, o.gateways, 'gateways'),
    portLocations: o.portLocations === undefined ? [] : readPortLocations(r, o.portLocations, 'portLocations'),
  };
  if (r.problems.length > 0) throw new CatalogError(origin, r.problems);
  return overlay;
}

const SECTION_FIELDS = ['locations', 'geopoliticalRegions', 'providerAliases', 'globalReach', 'gateways', 'portLocations'];

const LOCATION_FIELDS = ['name', 'country', 'facility', 'pricingZone', 'localAzureRegions', 'expressRouteDirect', 'providers', 'notes'];

function readLocation(r: Reader, raw: unknown, path: string): PeeringLocationData | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  r.unknownKeys(o, LOCATION_FIELDS, path);
  const name = r.string(o.name, `${path}.name`);
  if (name !== undefined && / metro$/i.test(name.trim())) {
    r.problems.push(`${path}.name: "${name}" is a Metro name; metros go under "metros"`);
  }
  return {
    name: name ?? '',
    country: r.string(o.country, `${path}.country`, true),
    facility: r.string(o.facility, `${path}.facility`, true),
    pricingZone: r.wholeNumber(o.pricingZone, `${path}.pricingZone`, 1, true),
    localAzureRegions: o.localAzureRegions === undefined ? undefined : r.stringList(o.localAzureRegions, `${path}.localAzureRegions`),
    expressRouteDirect: r.boolean(o.expressRouteDirect, `${path}.expressRouteDirect`, true),
    providers: o.providers === undefined ? undefined : r.stringList(o.providers, `${path}.providers`),
    notes: r.string(o.notes, `${path}.notes`, true),
  };
}

function readLocations(r: Reader, raw: unknown, path: string): PeeringLocationData[] {
  const out: PeeringLocationData[] = [];
  const seen = new Map<string, number>();
  r.list(raw, path, 'peering locations').forEach((item, i) => {
    const loc = readLocation(r, item, `${path}[${i}]`);
    if (!loc) return;
    const key = loc.name.toLowerCase();
    if (seen.has(key)) r.problems.push(`${path}[${i}].name: "${loc.name}" is listed twice (also ${path}[${seen.get(key)}])`);
    seen.set(key, i);
    out.push(loc);
  });
  return out;
}

/**
 * A dated part of the catalog: `{ asOf, source, <list> }`, its list read by `readList` (peering
 * locations, provider aliases, port locations).
 */
function readDatedSection<K extends string, T>(r: Reader, raw: unknown, path: string, listKey: K,
  readList: (r: Reader, raw: unknown, path: string) => T[]): ({ asOf: string; source: string } & Record<K, T[]>) | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['asOf', 'source', listKey], path);
  return {
    asOf: r.date(o.asOf, `${path}.asOf`) ?? '',
    source: r.string(o.source, `${path}.source`) ?? '',
    [listKey]: readList(r, o[listKey], `${path}.${listKey}`),
  } as { asOf: string; source: string } & Record<K, T[]>;
}

function readRegionsSection(r: Reader, raw: unknown, path: string): GeopoliticalRegionsData | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['asOf', 'source', 'regions'], path);
  const regions: GeopoliticalRegionData[] = [];
  const owner = new Map<string, string>();
  r.list(o.regions, `${path}.regions`, 'geopolitical regions').forEach((item, i) => {
    const p = `${path}.regions[${i}]`;
    const g = r.object(item, p);
    if (!g) return;
    r.unknownKeys(g, ['name', 'azureRegions', 'peeringLocations'], p);
    const region: GeopoliticalRegionData = {
      name: r.string(g.name, `${p}.name`) ?? '',
      azureRegions: r.stringList(g.azureRegions, `${p}.azureRegions`),
      peeringLocations: r.stringList(g.peeringLocations, `${p}.peeringLocations`),
    };
    for (const name of [...region.azureRegions, ...region.peeringLocations]) {
      const before = owner.get(name.toLowerCase());
      if (before !== undefined && before !== region.name) r.problems.push(`${p}: "${name}" is already in ${before}`);
      owner.set(name.toLowerCase(), region.name);
    }
    regions.push(region);
  });
  return { asOf: r.date(o.asOf, `${path}.asOf`) ?? '', source: r.string(o.source, `${path}.source`) ?? '', regions };
}

function readAliases(r: Reader, raw: unknown, path: string): ProviderAliasData[] {
  const out: ProviderAliasData[] = [];
  r.list(raw, path, 'provider aliases').forEach((item, i) => {
    const p = `${path}[${i}]`;
    const a = r.object(item, p);
    if (!a) return;
    r.unknownKeys(a, ['apiName', 'aliases', 'matchOnly', 'source'], p);
    out.push({
      apiName: r.string(a.apiName, `${p}.apiName`) ?? '',
      aliases: r.stringList(a.aliases, `${p}.aliases`),
      matchOnly: a.matchOnly === undefined ? undefined : r.stringList(a.matchOnly, `${p}.matchOnly`),
      source: r.string(a.source, `${p}.source`) ?? '',
    });
  });
  const owner = new Map<string, string>();
  out.forEach((a, i) => {
    for (const name of [a.apiName, ...a.aliases, ...(a.matchOnly ?? [])]) {
      const before = owner.get(name.toLowerCase());
      if (before !== undefined && before !== a.apiName) r.problems.push(`${path}[${i}]: "${name}" already belongs to "${before}"`);
      owner.set(name.toLowerCase(), a.apiName);
    }
  });
  return out;
}

function readGlobalReach(r: Reader, raw: unknown, path: string): GlobalReachData | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['asOf', 'source', 'countries', 'onlyAt', 'unclear'], path);
  const onlyAt: Array<{ country: string; locations: string[] }> = [];
  if (o.onlyAt !== undefined) {
    r.list(o.onlyAt, `${path}.onlyAt`, '{ country, locations }').forEach((item, i) => {
      const p = `${path}.onlyAt[${i}]`;
      const x = r.object(item, p);
      if (!x) return;
      r.unknownKeys(x, ['country', 'locations'], p);
      onlyAt.push({ country: r.string(x.country, `${p}.country`) ?? '', locations: r.stringList(x.locations, `${p}.locations`, { min: 1 }) });
    });
  }
  return {
    asOf: r.date(o.asOf, `${path}.asOf`) ?? '',
    source: r.string(o.source, `${path}.source`) ?? '',
    countries: r.stringList(o.countries, `${path}.countries`),
    onlyAt,
    unclear: o.unclear === undefined ? [] : r.stringList(o.unclear, `${path}.unclear`),
  };
}

function readGatewayFacts(r: Reader, raw: unknown, path: string): GatewayFactsData | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['asOf', 'source', 'skus', 'erGwScale'], path);
  const skus: GatewaySkuData[] = [];
  r.list(o.skus, `${path}.skus`, 'gateway SKUs').forEach((item, i) => {
    const p = `${path}.skus[${i}]`;
    const x = r.object(item, p);
    if (!x) return;
    r.unknownKeys(x, ['name', 'maxCircuits', 'fastPath', 'zoneRedundant'], p);
    skus.push({
      name: r.string(x.name, `${p}.name`) ?? '',
      maxCircuits: r.wholeNumber(x.maxCircuits, `${p}.maxCircuits`, 1) ?? 0,
      fastPath: r.boolean(x.fastPath, `${p}.fastPath`) ?? false,
      zoneRedundant: r.boolean(x.zoneRedundant, `${p}.zoneRedundant`) ?? false,
    });
  });
  const p = `${path}.erGwScale`;
  const e = r.object(o.erGwScale, p) ?? {};
  r.unknownKeys(e, ['minScaleUnits', 'maxScaleUnits', 'circuitsByScaleUnits', 'fastPathMinScaleUnits', 'unavailableRegions', 'regionsAsOf'], p);
  const steps: Array<{ fromScaleUnits: number; maxCircuits: number }> = [];
  r.list(e.circuitsByScaleUnits, `${p}.circuitsByScaleUnits`, '{ fromScaleUnits, maxCircuits }').forEach((item, i) => {
    const q = `${p}.circuitsByScaleUnits[${i}]`;
    const x = r.object(item, q);
    if (!x) return;
    r.unknownKeys(x, ['fromScaleUnits', 'maxCircuits'], q);
    steps.push({ fromScaleUnits: r.wholeNumber(x.fromScaleUnits, `${q}.fromScaleUnits`, 1) ?? 0, maxCircuits: r.wholeNumber(x.maxCircuits, `${q}.maxCircuits`, 1) ?? 0 });
  });
  const erGwScale: ErGwScaleData = {
    minScaleUnits: r.wholeNumber(e.minScaleUnits, `${p}.minScaleUnits`, 1) ?? 0,
    maxScaleUnits: r.wholeNumber(e.maxScaleUnits, `${p}.maxScaleUnits`, 1) ?? 0,
    circuitsByScaleUnits: steps,
    fastPathMinScaleUnits: r.wholeNumber(e.fastPathMinScaleUnits, `${p}.fastPathMinScaleUnits`, 1) ?? 0,
    unavailableRegions: r.stringList(e.unavailableRegions ?? [], `${p}.unavailableRegions`),
    regionsAsOf: r.date(e.regionsAsOf, `${p}.regionsAsOf`) ?? '',
  };
  if (erGwScale.minScaleUnits > erGwScale.maxScaleUnits) {
    r.problems.push(`${p}: minScaleUnits ${erGwScale.minScaleUnits} is above maxScaleUnits ${erGwScale.maxScaleUnits}`);
  }
  return { asOf: r.date(o.asOf, `${path}.asOf`) ?? '', source: r.string(o.source, `${path}.source`) ?? '', skus, erGwScale };
}

function readLocationChanges(r: Reader, raw: unknown, path: string): LocationProviderChange[] {
  if (raw === undefined) return [];
  const out: LocationProviderChange[] = [];
  r.list(raw, path, '{ location, provider }').forEach((item, i) => {
    const o = r.object(item, `${path}[${i}]`);
    if (!o) return;
    r.unknownKeys(o, ['location', 'provider'], `${path}[${i}]`);
    const location = r.string(o.location, `${path}[${i}].location`);
    const provider = r.string(o.provider, `${path}[${i}].provider`);
    if (location !== undefined && provider !== undefined) out.push({ location, provider });
  });
  return out;
}

function readPortLocations(r: Reader, raw: unknown, path: string): PortLocationData[] {
  const out: PortLocationData[] = [];
  const seen = new Map<string, number>();
  r.list(raw, path, 'port locations').forEach((item, i) => {
    const p = `${path}[${i}]`;
    const o = r.object(item, p);
    if (!o) return;
    r.unknownKeys(o, ['name', 'peeringLocations', 'evidence', 'source'], p);
    const port: PortLocationData = {
      name: r.string(o.name, `${p}.name`) ?? '',
      peeringLocations: r.stringList(o.peeringLocations, `${p}.peeringLocations`, { min: 1 }),
      evidence: r.string(o.evidence, `${p}.evidence`) ?? '',
      source: r.string(o.source, `${p}.source`) ?? '',
    };
    const key = port.name.toLowerCase();
    if (seen.has(key)) r.problems.push(`${p}.name: "${port.name}" is listed twice (also ${path}[${seen.get(key)}])`);
    seen.set(key, i);
    out.push(port);
  });
  return out;
}

