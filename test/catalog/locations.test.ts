import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  ERGWSCALE_UNITS, FASTPATH_MIN_SCALE_UNITS, FASTPATH_SKUS, GATEWAY_MAX_CIRCUITS, GLOBAL_REACH_COUNTRIES, erGwScaleMaxCircuits,
} from '../../src/catalog/azure-limits';
import { BUILTIN_METRO_CATALOG } from '../../src/catalog/metro-data';
import { MetroCatalog, ProviderAvailability } from '../../src/catalog/metro-catalog';
import { closestNames, didYouMean, editDistance } from '../../src/catalog/suggest';
import { samePlace } from '../../src/rules/locations';
import { CatalogError } from '../../src/errors';

const catalog = MetroCatalog.builtIn();

describe('every peering location', () => {
  test('holds the 105 global commercial locations of the 04/28/2026 locations page, dated and sourced', () => {
    expect(catalog.locations).toHaveLength(105);
    expect(catalog.peeringLocationsData.asOf).toBe('2026-04-28');
    expect(catalog.peeringLocationsData.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers');
    expect(catalog.locations.map((l) => l.name)).toEqual(expect.arrayContaining(['Abu Dhabi', 'Amsterdam2', 'Newport(Wales)', 'Zurich2']));
  });

  test('a row as the page gives it: facility, zone, local regions, ER Direct, providers', () => {
    expect(catalog.tryFindLocation('washington dc2')).toEqual(expect.objectContaining({
      name: 'Washington DC2', country: 'United States', facility: 'Coresite VA2', pricingZone: 1,
      localAzureRegions: ['East US', 'East US 2'], expressRouteDirect: false,
    }));
    expect(catalog.tryFindLocation('Washington DC2')!.providers).toContain('Viasat');
    // "&cross;" in the Local column: Local is not offered (an empty list), not unknown.
    expect(catalog.tryFindLocation('Brussels')!.localAzureRegions).toEqual([]);
  });

  test('finds a location whatever the case, accents and spacing', () => {
    expect(catalog.tryFindLocation('Queretaro(Mexico)')!.name).toBe('Queretaro (Mexico)');
    expect(catalog.tryFindLocation('SILICON VALLEY2')!.name).toBe('Silicon Valley2');
    expect(catalog.tryFindLocation('Atlantis')).toBeUndefined();
  });

  test('describes a Metro from the Metro page and a location from the locations page', () => {
    const metro = catalog.tryDescribePlace('Brussels Metro')!;
    expect(metro.metro!.name).toBe('Brussels Metro');
    expect(metro.localAzureRegions).toEqual(['Belgium Central']);
    const location = catalog.tryDescribePlace('Brussels')!;
    expect(location.location!.name).toBe('Brussels');
    expect(location.localAzureRegions).toEqual([]);
    expect(location.geopoliticalRegion).toBe('Europe');
  });

  test('geopolitical regions: listed, derived through a metro, or unknown', () => {
    expect(catalog.geopoliticalRegionsData.asOf).toBe('2025-11-02');
    expect(catalog.geopoliticalRegionOfPlace('Tokyo3')).toBe('Japan');
    expect(catalog.geopoliticalRegionOfPlace('Amsterdam Metro')).toBe('Europe');
    // Stockholm2 is not in the table; Stockholm, the other location of its metro, is.
    expect(catalog.geopoliticalRegionOfPlace('Stockholm2')).toBe('Europe');
    expect(catalog.geopoliticalRegionOfPlace('Sydney Metro')).toBe('Oceania');
    expect(catalog.geopoliticalRegionOfPlace('Portland')).toBeUndefined();
    expect(catalog.geopoliticalRegionOfAzureRegion('westeurope')).toBe('Europe');
    expect(catalog.geopoliticalRegionOfAzureRegion('West India')).toBe('India');
    expect(catalog.geopoliticalRegionOfAzureRegion('Belgium Central')).toBeUndefined();
  });

  test('Global Reach per place: countries, "Johannesburg only", and "Brazil South" left unjudged', () => {
    expect(catalog.globalReachData.asOf).toBe('2025-04-09');
    expect(catalog.globalReachAt('Amsterdam2')).toBe(true);
    expect(catalog.globalReachAt('Johannesburg Metro')).toBe(true);
    expect(catalog.globalReachAt('Cape Town')).toBe(false);
    expect(catalog.globalReachAt('Vienna')).toBe(false);
    expect(catalog.globalReachAt('Sao Paulo')).toBeUndefined();
    expect(catalog.globalReachAt('Atlantis')).toBeUndefined();
  });
});

describe('provider names', () => {
  test('the API name for a display name, case-insensitively (issue 18)', () => {
    expect(catalog.canonicalProviderName('Telia Carrier (Arelion)')).toBe('Telia Carrier');
    expect(catalog.canonicalProviderName('arelion (telia carrier)')).toBe('Telia Carrier');
    expect(catalog.canonicalProviderName('Digital Realty (Interxion)')).toBe('Interxion (Digital Realty)');
    expect(catalog.canonicalProviderName('equinix')).toBe('Equinix');
    expect(catalog.canonicalProviderName('GEANT')).toBe('GEANT');
    expect(catalog.canonicalProviderName('GÉANT')).toBe('GÉANT');
    expect(catalog.canonicalProviderName('coresite')).toBe('Coresite'); // the most used of Coresite (6 rows) and CoreSite (3)
  });

  test('a name that is a provider of its own is never rewritten', () => {
    expect(catalog.canonicalProviderName('Digital Realty')).toBe('Digital Realty');
    expect(catalog.canonicalProviderName('Some New Provider')).toBe('Some New Provider');
  });

  test('every spelling matches at a metro and at a location', () => {
    const stockholm = catalog.tryFindMetro('Stockholm Metro')!;
    expect(catalog.providerAvailability(stockholm, 'Telia Carrier')).toBe(ProviderAvailability.ACTIVE);
    expect(catalog.providerAvailability(catalog.tryFindMetro('Zurich Metro')!, 'Interxion (Digital Realty)')).toBe(ProviderAvailability.ACTIVE);
    expect(catalog.providerListedAt(catalog.tryFindLocation('Oslo')!, 'telia carrier')).toBe(true);
    expect(catalog.providerListedAt(catalog.tryFindLocation('Amsterdam')!, 'Géant')).toBe(true);
    expect(catalog.providerListedAt(catalog.tryFindLocation('Berlin')!, 'Megaport')).toBe(false);
    expect(catalog.metrosWithProvider('Telia Carrier').map((m) => m.name)).toEqual(['Stockholm Metro', 'Vienna Metro']);
  });

  test('the alias table is dated and sourced', () => {
    expect(catalog.providerAliasesData.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const a of catalog.providerAliasesData.providers) expect(a.source.length).toBeGreaterThan(20);
  });
});

describe('did you mean', () => {
  test('edit distance counts a swap as one', () => {
    expect(editDistance('equinx', 'equinix')).toBe(1);
    expect(editDistance('eqiunix', 'equinix')).toBe(1);
    expect(editDistance('megaport', 'equinix')).toBeGreaterThan(3);
  });

  test('suggests close names only', () => {
    expect(catalog.suggestProviders('Equinx')).toEqual(['Equinix']);
    expect(catalog.suggestProviders('Telia Carier')).toEqual(['Telia Carrier']);
    expect(catalog.suggestPlaces('Amsterdam Metr0')).toEqual(['Amsterdam Metro']);
    expect(catalog.suggestPlaces('Frankfrt')[0]).toBe('Frankfurt');
    expect(catalog.suggestProviders('Totally Unknown Carrier')).toEqual([]);
    expect(closestNames('ab', ['xy', 'zz'])).toEqual([]);
  });

  test('words the suggestion for a message', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['A'])).toBe(' Did you mean "A"?');
    expect(didYouMean(['A', 'B', 'C'])).toBe(' Did you mean "A", "B" or "C"?');
  });
});

describe('facts that change', () => {
  test('gateway limits are catalog data, and the old constants are its defaults', () => {
    expect(catalog.gatewayFacts.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(catalog.gatewayMaxCircuits('ErGw2AZ')).toBe(8);
    expect(catalog.gatewayMaxCircuits('ergw3az')).toBe(16);
    expect(catalog.gatewayMaxCircuits('ErGwScale', 1)).toBe(4);
    expect(catalog.gatewayMaxCircuits('ErGwScale', 9)).toBe(8);
    expect(catalog.gatewayMaxCircuits('ErGwScale', 10)).toBe(16);
    expect(catalog.gatewayMaxCircuits('ErGwScale')).toBeUndefined();
    expect(catalog.gatewaySupportsFastPath('UltraPerformance')).toBe(true);
    expect(catalog.gatewaySupportsFastPath('ErGw2AZ')).toBe(false);
    expect(catalog.gatewaySupportsFastPath('ErGwScale', 10)).toBe(true);
    expect(GATEWAY_MAX_CIRCUITS).toEqual({ Standard: 4, HighPerformance: 8, UltraPerformance: 16, ErGw1AZ: 4, ErGw2AZ: 8, ErGw3AZ: 16 });
    expect(FASTPATH_SKUS).toEqual(['UltraPerformance', 'ErGw3AZ']);
    expect(FASTPATH_MIN_SCALE_UNITS).toBe(10);
    expect(ERGWSCALE_UNITS).toEqual({ from: 1, to: 40 });
    expect([1, 2, 9, 10, 40].map(erGwScaleMaxCircuits)).toEqual([4, 8, 8, 16, 16]);
    expect(GLOBAL_REACH_COUNTRIES).toEqual(expect.arrayContaining(['Brazil', 'South Africa', 'United States']));
  });

  test('ErGwScale regions, dated, by display or ARM name', () => {
    expect(catalog.gatewayFacts.erGwScale.regionsAsOf).toBe('2025-11-06');
    expect(catalog.erGwScaleOfferedIn('West Europe')).toBe(false);
    expect(catalog.erGwScaleOfferedIn('eastus2')).toBe(false);
    expect(catalog.erGwScaleOfferedIn('Germany West Central')).toBe(true);
  });
});

describe('overlays and replacements of the new parts', () => {
  test('add a location, add and remove providers at one, without changing the base', () => {
    const next = catalog.withOverlay({
      asOf: '2026-12-01', source: 'https://example.org/live-page',
      locations: [{ name: 'Lisbon', country: 'Portugal', localAzureRegions: [], providers: ['Equinix'] }],
      addLocationProviders: [{ location: 'Berlin', provider: 'Megaport' }],
      removeLocationProviders: [{ location: 'berlin', provider: 'colt' }],
    });
    expect(next.tryFindLocation('Lisbon')!.providers).toEqual(['Equinix']);
    expect(next.tryFindLocation('Berlin')!.providers).toEqual(['Equinix', 'NTT Global DataCenters EMEA', 'Megaport']);
    expect(next.peeringLocationsData.asOf).toBe('2026-12-01');
    expect(catalog.tryFindLocation('Lisbon')).toBeUndefined();
    expect(catalog.tryFindLocation('Berlin')!.providers).toContain('Colt');
  });

  test('an alias, Global Reach countries and gateway facts from an overlay', () => {
    const next = catalog.withOverlay({
      providerAliases: [{ apiName: 'Arelion', aliases: ['Telia Carrier', 'Telia Carrier (Arelion)', 'Arelion (Telia Carrier)'], source: 'a newer API listing' }],
      globalReach: { ...catalog.globalReachData, countries: [...catalog.globalReachData.countries, 'Austria'] },
      gateways: { ...catalog.gatewayFacts, erGwScale: { ...catalog.gatewayFacts.erGwScale, unavailableRegions: [] } },
    });
    expect(next.canonicalProviderName('Telia Carrier')).toBe('Arelion');
    expect(next.globalReachAt('Vienna')).toBe(true);
    expect(next.erGwScaleOfferedIn('West Europe')).toBe(true);
  });

  test('an old catalog file (metros only) still loads, with the built-in locations and facts', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-')), 'catalog.json');
    fs.writeFileSync(file, JSON.stringify({ asOf: BUILTIN_METRO_CATALOG.asOf, source: BUILTIN_METRO_CATALOG.source, metros: BUILTIN_METRO_CATALOG.metros }));
    const old = MetroCatalog.fromJsonFile(file);
    expect(old.metros).toEqual(catalog.metros);
    expect(old.locations).toHaveLength(105);
    expect(old.gatewayMaxCircuits('ErGw1AZ')).toBe(4);
  });

  test('the whole catalog round-trips through JSON', () => {
    const copy = MetroCatalog.fromData(JSON.parse(JSON.stringify(catalog.toData())));
    expect(copy.toData()).toEqual(catalog.toData());
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['a location under an unknown name', { addLocationProviders: [{ location: 'Atlantis', provider: 'X' }] }, /addLocationProviders\[0\]\.location: unknown peering location "Atlantis"/],
    ['a provider already listed', { addLocationProviders: [{ location: 'Berlin', provider: 'colt' }] }, /"colt" is already listed at Berlin/],
    ['removing a provider not listed', { removeLocationProviders: [{ location: 'Berlin', provider: 'Zayo' }] }, /"Zayo" is not listed at Berlin/],
    ['a Metro name as a location', { locations: [{ name: 'Lisbon Metro' }] }, /locations\[0\]\.name: "Lisbon Metro" is a Metro name/],
    ['a wrong field type', { locations: [{ name: 'Lisbon', expressRouteDirect: 'yes' }] }, /locations\[0\]\.expressRouteDirect: expected true or false/],
    ['an alias claimed twice', { providerAliases: [
      { apiName: 'A', aliases: ['X'], source: 's' }, { apiName: 'B', aliases: ['x'], source: 's' }] }, /"x" already belongs to "A"/],
    ['a place in two regions', { geopoliticalRegions: { asOf: '2026-01-01', source: 's', regions: [
      { name: 'R1', azureRegions: [], peeringLocations: ['P'] }, { name: 'R2', azureRegions: [], peeringLocations: ['P'] }] } },
    /"P" is already in R1/],
    ['scale units upside down', { gateways: { ...catalog.gatewayFacts, erGwScale: { ...catalog.gatewayFacts.erGwScale, minScaleUnits: 50 } } },
      /gateways\.erGwScale: minScaleUnits 50 is above maxScaleUnits 40/],
    ['an unknown section field', { globalReach: { ...catalog.globalReachData, everywhere: true } }, /globalReach\.everywhere: unknown field/],
  ];
  test.each(bad)('reject %s with the field named', (_name, overlay, message) => {
    expect(() => catalog.withOverlay(overlay as any)).toThrow(CatalogError);
    expect(() => catalog.withOverlay(overlay as any)).toThrow(message);
  });
});

describe('places a migration compares', () => {
  test('a Metro and one of its locations are the same site; unknown names are unknown', () => {
    expect(samePlace('Amsterdam Metro', 'Amsterdam2', catalog)).toBe(true);
    expect(samePlace('amsterdam', 'Amsterdam', catalog)).toBe(true);
    expect(samePlace('Amsterdam Metro', 'Frankfurt', catalog)).toBe(false);
    expect(samePlace('Amsterdam', 'Amsterdam2', catalog)).toBe(false);
    expect(samePlace('Atlantis', 'Amsterdam', catalog)).toBeUndefined();
  });
});

describe('renamed providers', () => {
  test('either name of a "New (Old)" entry matches, and neither is rewritten', () => {
    const tokyo = catalog.tryFindLocation('Tokyo')!;
    expect(catalog.providerListedAt(tokyo, 'NTT Communications')).toBe(true);
    expect(catalog.providerListedAt(tokyo, 'NTT Communications - Flexible Interconnect')).toBe(true);
    expect(catalog.providerListedAt(catalog.tryFindLocation('Hong Kong')!, 'PCCW Global Limited')).toBe(true);
    expect(catalog.providerAvailability(catalog.tryFindMetro('Singapore Metro')!, 'Singtel')).toBe(ProviderAvailability.ACTIVE);
    expect(catalog.canonicalProviderName('NTT DOCOMO BUSINESS')).toBe('NTT DOCOMO BUSINESS');
    expect(catalog.canonicalProviderName('NTT Communications')).toBe('NTT Communications');
    expect(catalog.providerListedAt(tokyo, 'Zayo')).toBe(false);
  });
});

describe('place names written to Terraform', () => {
  test('the catalog spelling of a Metro or location, or the name as given', () => {
    expect(catalog.canonicalPlaceName('amsterdam metro')).toBe('Amsterdam Metro');
    expect(catalog.canonicalPlaceName('amsterdam2')).toBe('Amsterdam2');
    expect(catalog.canonicalPlaceName('Queretaro(Mexico)')).toBe('Queretaro(Mexico)');
    expect(catalog.canonicalPlaceName('Atlantis')).toBe('Atlantis');
  });
});
