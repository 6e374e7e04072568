import { safeJson } from '../util/render';
import { CatalogError } from '../errors';
import { MetroCatalogData, MetroCatalogOverlay, MetroData, MetroProviderChange } from './types';

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
  r.unknownKeys(o, ['asOf', 'source', 'metros'], '(catalog)');
  const asOf = r.date(o.asOf, 'asOf');
  const source = r.string(o.source, 'source');
  const metros = readMetros(r, o.metros);
  if (r.problems.length > 0) throw new CatalogError(origin, r.problems);
  return { asOf: asOf!, source: source!, metros };
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
  r.unknownKeys(o, ['asOf', 'source', 'metros', 'addProviders', 'activateProviders', 'announceProviders', 'removeProviders'], '(overlay)');
  const metros = o.metros === undefined ? [] : readMetros(r, o.metros);
  const overlay: MetroCatalogOverlay = {
    asOf: r.date(o.asOf, 'asOf', true),
    source: r.string(o.source, 'source', true),
    metros,
    addProviders: readChanges(r, o.addProviders, 'addProviders'),
    activateProviders: readChanges(r, o.activateProviders, 'activateProviders'),
    announceProviders: readChanges(r, o.announceProviders, 'announceProviders'),
    removeProviders: readChanges(r, o.removeProviders, 'removeProviders'),
  };
  if (r.problems.length > 0) throw new CatalogError(origin, r.problems);
  return overlay;
}
