import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CatalogError } from '../../src/errors';
import { MetroCatalog, ProviderAvailability } from '../../src/catalog/metro-catalog';
import { MetroLocation } from '../../src/constructs/enums';

const catalog = MetroCatalog.builtIn();

describe('built-in catalog', () => {
  test('has the 28 metros of the 05/10/2026 Metro page, dated and sourced', () => {
    expect(catalog.metros).toHaveLength(28);
    expect(catalog.asOf).toBe('2026-05-10');
    expect(catalog.source).toBe('https://learn.microsoft.com/azure/expressroute/metro');
  });

  test('every metro name ends with " Metro" and has one or two peering locations', () => {
    for (const m of catalog.metros) {
      expect(m.name).toMatch(/ Metro$/);
      expect(m.peeringLocations.length).toBeGreaterThanOrEqual(1);
      expect(m.peeringLocations.length).toBeLessThanOrEqual(2);
    }
  });

  test('undocumented second peering locations stay unknown', () => {
    for (const name of ['Copenhagen Metro', 'Johannesburg Metro', 'New York Metro', 'Oslo Metro']) {
      expect(catalog.tryFindMetro(name)!.peeringLocations).toHaveLength(1);
    }
  });

  test('looks up by metro, by city and by peering location', () => {
    expect(catalog.tryFindMetro('Amsterdam Metro')!.peeringLocations).toEqual(['Amsterdam', 'Amsterdam2']);
    expect(catalog.tryFindMetro('amsterdam')!.name).toBe('Amsterdam Metro');
    expect(catalog.tryFindMetroOfPeeringLocation('Amsterdam2')!.name).toBe('Amsterdam Metro');
    expect(catalog.tryFindMetroOfPeeringLocation('Washington DC2')!.name).toBe('Washington DC Metro');
    expect(catalog.tryResolve('Zurich2')!.name).toBe('Zurich Metro');
    expect(catalog.tryFindMetro('Atlantis')).toBeUndefined();
  });

  test('looks up by provider', () => {
    expect(catalog.metrosWithProvider('SURF').map((m) => m.name)).toEqual(['Amsterdam Metro']);
    expect(catalog.metrosAnnouncingProvider('GTT').map((m) => m.name)).toEqual(['Amsterdam Metro']);
    const ams = catalog.tryFindMetro('Amsterdam Metro')!;
    expect(catalog.providerAvailability(ams, 'equinix')).toBe(ProviderAvailability.ACTIVE);
    expect(catalog.providerAvailability(ams, 'GTT')).toBe(ProviderAvailability.ANNOUNCED);
    expect(catalog.providerAvailability(ams, 'Zayo')).toBe(ProviderAvailability.NOT_OFFERED);
  });

  test('Brussels has no Metro ExpressRoute Direct', () => {
    expect(catalog.metros.filter((m) => !m.expressRouteDirect).map((m) => m.name)).toEqual(['Brussels Metro']);
  });

  test('MetroLocation constants and the catalog name the same metros', () => {
    const constants = Object.values(MetroLocation).filter((v): v is MetroLocation => v instanceof MetroLocation).map((m) => m.name).sort();
    expect(constants).toEqual(catalog.metroNames.slice().sort());
  });
});

describe('overlays', () => {
  test('mark an announced provider active, add a provider and a metro, without changing the base', () => {
    const next = catalog.withOverlay({
      asOf: '2026-11-01',
      activateProviders: [{ metro: 'Amsterdam Metro', provider: 'GTT' }],
      addProviders: [{ metro: 'Paris2', provider: 'Colt' }],
      metros: [{
        name: 'London Metro', city: 'London', country: 'United Kingdom', peeringLocations: ['London', 'London2'],
        facilities: [], pricingZone: 1, localAzureRegions: ['UK South'], expressRouteDirect: true,
        providers: ['Megaport'], announcedProviders: [],
      }],
    });
    expect(next.asOf).toBe('2026-11-01');
    expect(next.providerAvailability(next.tryFindMetro('Amsterdam Metro')!, 'GTT')).toBe(ProviderAvailability.ACTIVE);
    expect(next.tryFindMetro('Paris Metro')!.providers).toContain('Colt');
    expect(next.tryFindMetroOfPeeringLocation('London2')!.name).toBe('London Metro');
    expect(catalog.providerAvailability(catalog.tryFindMetro('Amsterdam Metro')!, 'GTT')).toBe(ProviderAvailability.ANNOUNCED);
  });

  test('read from a JSON file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-')), 'overlay.json');
    fs.writeFileSync(file, JSON.stringify({ announceProviders: [{ metro: 'Paris Metro', provider: 'Orange' }] }));
    expect(catalog.withOverlayFile(file).tryFindMetro('Paris Metro')!.announcedProviders).toEqual(['Orange']);
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['an unknown metro', { addProviders: [{ metro: 'Atlantis', provider: 'X' }] }, /addProviders\[0\]\.metro: unknown metro "Atlantis"/],
    ['a provider listed twice', { metros: [{ ...baseMetro(), providers: ['Colt', 'colt'] }] }, /metros\[0\]\.providers\[1\]: "colt" is listed twice/],
    ['a wrong type', { metros: [{ ...baseMetro(), pricingZone: '1' }] }, /metros\[0\]\.pricingZone: expected a whole number/],
    ['a name without Metro', { metros: [{ ...baseMetro(), name: 'Lisbon' }] }, /metros\[0\]\.name: a Metro name ends with " Metro"/],
    ['an unknown field', { metros: [{ ...baseMetro(), zone: 1 }] }, /metros\[0\]\.zone: unknown field/],
    ['activating a provider that is not announced', { activateProviders: [{ metro: 'Paris Metro', provider: 'Colt' }] }, /activateProviders\[0\]\.provider: "Colt" is not announced/],
    ['adding an active provider again', { addProviders: [{ metro: 'Amsterdam Metro', provider: 'Equinix' }] }, /already active/],
    ['not an object', [1, 2], /\(overlay\): expected an object/],
    ['a bad date', { asOf: 'May 2026' }, /asOf: expected a date/],
  ];
  test.each(bad)('reject %s with the field named', (_name, overlay, message) => {
    expect(() => catalog.withOverlay(overlay as any)).toThrow(CatalogError);
    expect(() => catalog.withOverlay(overlay as any)).toThrow(message);
  });

  test('list every problem at once', () => {
    try {
      catalog.withOverlay({ metros: [{ ...baseMetro(), pricingZone: 'x', expressRouteDirect: 'yes' } as any] });
      throw new Error('no error');
    } catch (e) {
      expect((e as CatalogError).problems).toHaveLength(2);
    }
  });

  test('a missing file and a broken file are clear errors', () => {
    expect(() => MetroCatalog.fromJsonFile('/nonexistent/catalog.json')).toThrow(/cannot read the file: ENOENT/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-')), 'broken.json');
    fs.writeFileSync(file, '{"metros": [');
    expect(() => MetroCatalog.fromJsonFile(file)).toThrow(/not valid JSON/);
  });

  test('a replacement catalog round-trips', () => {
    const copy = MetroCatalog.fromData(catalog.toData());
    expect(copy.metros).toEqual(catalog.metros);
  });
});

function baseMetro() {
  return {
    name: 'Lisbon Metro', city: 'Lisbon', country: 'Portugal', peeringLocations: ['Lisbon', 'Lisbon2'], facilities: [],
    pricingZone: 1, localAzureRegions: [], expressRouteDirect: true, providers: ['Colt'], announcedProviders: [],
  };
}
