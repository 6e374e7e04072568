import { MetroCatalog } from '../../src/catalog/metro-catalog';
import { CatalogError } from '../../src/errors';
import { emptyTopology, Topology } from '../../src/model/topology';
import { Severity } from '../../src/rules/finding';
import { connection, directCircuit, gateway, globalReach, port, privatePeering, run } from '../rules/fixtures';

const catalog = MetroCatalog.builtIn();

describe('ExpressRoute Direct port locations', () => {
  test('are dated and sourced, each with what its source says', () => {
    expect(catalog.portLocationsData.asOf).toBe('2026-04-02');
    for (const p of catalog.portLocationsData.locations) {
      expect(p.source).toMatch(/^https:\/\//);
      expect(p.evidence.length).toBeGreaterThan(20);
    }
    expect(catalog.tryFindPortLocation('Equinix-Seattle-SE2')!.evidence).toContain('SE2, Seattle');
  });

  test('name only peering locations of the catalog', () => {
    for (const p of catalog.portLocationsData.locations) {
      for (const l of p.peeringLocations) expect([p.name, catalog.tryFindLocation(l)?.name]).toEqual([p.name, l]);
    }
  });

  test('a port location placed only in a city lists every peering location of that city', () => {
    // The locations page names a city's locations City, City2, City3.
    const cityOf = (name: string) => name.replace(/\d+$/, '');
    for (const p of catalog.portLocationsData.locations.filter((x) => x.peeringLocations.length > 1)) {
      const city = cityOf(p.peeringLocations[0]);
      expect(p.peeringLocations).toEqual(catalog.locations.filter((l) => cityOf(l.name) === city).map((l) => l.name));
    }
  });

  test('finds a port location whatever the case; an unknown name stays unknown', () => {
    expect(catalog.tryFindPortLocation('equinix-seattle-se2')!.name).toBe('Equinix-Seattle-SE2');
    expect(catalog.tryFindPortLocation('EQUINIX-AMSTERDAM-AM5')!.peeringLocations).toEqual(['Amsterdam', 'Amsterdam2']);
    // No source places these; the site code in the name is not read.
    for (const unknown of ['Airtel-Chennai2-CLS', 'Allied-Toronto-King-West', 'Equinix-Atlantis-AT9', 'Seattle']) {
      expect(catalog.tryFindPortLocation(unknown)).toBeUndefined();
    }
    expect(catalog.tryDescribePortPlace('Airtel-Chennai2-CLS')).toBeUndefined();
  });

  test('a port location at a named facility resolves to its peering location and metro', () => {
    const seattle = catalog.tryDescribePortPlace('Equinix-Seattle-SE2')!;
    expect(seattle).toEqual(expect.objectContaining({
      name: 'Equinix-Seattle-SE2', country: 'United States', geopoliticalRegion: 'North America', localAzureRegions: ['West US 2'],
    }));
    expect(seattle.location!.name).toBe('Seattle');
    expect(seattle.metroArea).toBeUndefined(); // Seattle is in no Metro pair
    expect(seattle.metro).toBeUndefined(); // a port at one site is not a Metro port

    const ashburn = catalog.tryDescribePortPlace('Equinix-Ashburn-DC2')!;
    expect(ashburn.location!.name).toBe('Washington DC');
    expect(ashburn.metroArea!.name).toBe('Washington DC Metro');
  });

  test('a port location placed in a city has the facts its possible locations share, and no location', () => {
    const sydney = catalog.tryDescribePortPlace('Equinix-Sydney-SY2')!;
    expect(sydney.location).toBeUndefined();
    expect(sydney).toEqual(expect.objectContaining({ country: 'Australia', geopoliticalRegion: 'Oceania', localAzureRegions: ['Australia East'] }));
    expect(sydney.metroArea!.name).toBe('Sydney Metro');
    expect(sydney.portLocation!.peeringLocations).toEqual(['Sydney', 'Sydney2']);
    // Tokyo, Tokyo2, Tokyo3: one geopolitical region, no Metro.
    const tokyo = catalog.tryDescribePortPlace('Equinix-Tokyo-TY4')!;
    expect(tokyo.geopoliticalRegion).toBe('Japan');
    expect(tokyo.metroArea).toBeUndefined();
  });

  test('a port place that is a Metro or peering location name is described as one', () => {
    expect(catalog.tryDescribePortPlace('Amsterdam Metro')!.metro!.name).toBe('Amsterdam Metro');
    expect(catalog.tryDescribePortPlace('amsterdam2')!.location!.name).toBe('Amsterdam2');
  });

  test('a port location is not a circuit peering location', () => {
    // A provider circuit's peering_location is looked up with tryDescribePlace: a port name is not one.
    expect(catalog.tryDescribePlace('Equinix-Seattle-SE2')).toBeUndefined();
    expect(catalog.canonicalPlaceName('equinix-seattle-se2')).toBe('equinix-seattle-se2');
    expect(catalog.tryDescribePlace('Seattle')!.metroArea).toBeUndefined();
    expect(catalog.tryDescribePlace('Amsterdam2')!.metroArea!.name).toBe('Amsterdam Metro');
  });

  test('Global Reach availability at a port location, "Johannesburg only" included', () => {
    expect(catalog.globalReachAt('Equinix-Seattle-SE2')).toBe(true);
    expect(catalog.globalReachAt('Airtel-Chennai2-CLS')).toBeUndefined();
    const withPorts = catalog.withOverlay({
      portLocations: [
        { name: 'Test-Johannesburg', peeringLocations: ['Johannesburg'], evidence: 'test', source: 'https://example.com' },
        { name: 'Test-Cape-Town', peeringLocations: ['Cape Town'], evidence: 'test', source: 'https://example.com' },
        { name: 'Test-Either', peeringLocations: ['Johannesburg', 'Cape Town'], evidence: 'test', source: 'https://example.com' },
      ],
    });
    expect(withPorts.globalReachAt('Test-Johannesburg')).toBe(true);
    expect(withPorts.globalReachAt('Test-Cape-Town')).toBe(false);
    expect(withPorts.globalReachAt('Test-Either')).toBeUndefined();
  });
});

describe('port location overlays', () => {
  const airtel = {
    name: 'Airtel-Chennai2-CLS', peeringLocations: ['Chennai2'],
    evidence: 'az network express-route port location show', source: 'https://example.com/our-subscription',
  };

  test('add a port location, replace one, and keep the base unchanged', () => {
    const over = catalog.withOverlay({
      asOf: '2026-12-01', source: 'our check',
      portLocations: [airtel, { ...airtel, name: 'equinix-sydney-sy2', peeringLocations: ['Sydney'] }],
    });
    expect(over.tryDescribePortPlace('Airtel-Chennai2-CLS')!.geopoliticalRegion).toBe('India');
    expect(over.tryDescribePortPlace('Equinix-Sydney-SY2')!.location!.name).toBe('Sydney');
    expect(over.portLocationsData.asOf).toBe('2026-12-01');
    expect(catalog.tryFindPortLocation('Airtel-Chennai2-CLS')).toBeUndefined();
    expect(catalog.tryFindPortLocation('Equinix-Sydney-SY2')!.peeringLocations).toEqual(['Sydney', 'Sydney2']);
    // An overlay without port locations keeps their date.
    expect(catalog.withOverlay({ asOf: '2026-12-01', addProviders: [] }).portLocationsData.asOf).toBe('2026-04-02');
  });

  test('a port location must name peering locations of the catalog', () => {
    expect(() => catalog.withOverlay({ portLocations: [{ ...airtel, peeringLocations: ['Chennai9'] }] }))
      .toThrow(/portLocations\[\d+\]\.peeringLocations\[0\]: "Chennai9" \(of Airtel-Chennai2-CLS\) is not a peering location/);
  });

  test('JSON is checked field by field', () => {
    const raw = JSON.parse('{"portLocations":[{"name":"X","peeringLocations":[],"evidence":"e","source":"s","site":"X1"}]}');
    let error: unknown;
    try {
      catalog.withOverlay(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).problems).toEqual([
      'portLocations[0].site: unknown field (allowed: name, peeringLocations, evidence, source)',
      'portLocations[0].peeringLocations: expected at least 1 entry, got 0',
    ]);
  });

  test('a whole catalog carries its port locations through toData and fromData', () => {
    const data = catalog.toData();
    expect(data.portLocations).toBe(catalog.portLocationsData);
    const copy = MetroCatalog.fromData(JSON.parse(JSON.stringify(data)));
    expect(copy.tryDescribePortPlace('Equinix-Seattle-SE2')!.location!.name).toBe('Seattle');
    expect(() => MetroCatalog.fromData({
      ...data, portLocations: { asOf: '2026-12-01', source: 's', locations: [{ ...airtel, peeringLocations: ['Atlantis'] }] },
    })).toThrow(/"Atlantis" \(of Airtel-Chennai2-CLS\) is not a peering location/);
  });

  test('a replacement catalog without a built-in port location\'s peering location loads; that port place is then unknown', () => {
    const data = catalog.toData();
    const withoutSeattle = MetroCatalog.fromData({
      ...data, portLocations: undefined,
      locations: { ...data.locations!, locations: data.locations!.locations.filter((l) => l.name !== 'Seattle') },
    });
    const place = withoutSeattle.tryDescribePortPlace('Equinix-Seattle-SE2')!;
    expect(place.portLocation!.name).toBe('Equinix-Seattle-SE2');
    expect([place.location, place.country, place.geopoliticalRegion]).toEqual([undefined, undefined, undefined]);
  });
});

describe('rules judge a circuit on a port at a port location', () => {
  /** Two Direct circuits on ports at the given port locations, linked by Global Reach. */
  function portsLinked(a: string, b: string, tier = 'Standard'): Topology {
    const t = emptyTopology();
    t.ports.push(port('pa', { metro: undefined, peeringLocation: a }), port('pb', { metro: undefined, peeringLocation: b }));
    t.circuits.push(directCircuit('ca', 'pa', { skuTier: tier }), directCircuit('cb', 'pb', { skuTier: tier }));
    t.peerings.push(privatePeering('ca/private', 'ca'), privatePeering('cb/private', 'cb', { vlanId: 200 }));
    t.globalReach.push(globalReach('gr', 'ca', 'cb'));
    return t;
  }
  const gr006 = (t: Topology) => run(t).filter((f) => f.ruleId === 'GR006').map((f) => [f.path, f.property, f.severity]);

  test('GR006: Seattle (North America) to Amsterdam (Europe) on Standard needs Premium on both', () => {
    expect(gr006(portsLinked('Equinix-Seattle-SE2', 'Equinix-Amsterdam-AM5'))).toEqual([
      ['gr', 'circuit', Severity.ERROR], ['gr', 'peerCircuit', Severity.ERROR],
    ]);
    const message = run(portsLinked('Equinix-Seattle-SE2', 'Equinix-Amsterdam-AM5')).find((f) => f.ruleId === 'GR006')!.message;
    expect(message).toContain('Equinix-Seattle-SE2 is in North America');
  });

  test('GR006 passes: both Premium, or both ports in one geopolitical region', () => {
    expect(gr006(portsLinked('Equinix-Seattle-SE2', 'Equinix-Amsterdam-AM5', 'Premium'))).toEqual([]);
    expect(gr006(portsLinked('Equinix-Amsterdam-AM5', 'Equinix-London-LD5'))).toEqual([]);
  });

  test('a port location no source places is not judged (GR005 and GR006 alike)', () => {
    const findings = run(portsLinked('Airtel-Chennai2-CLS', 'Equinix-Sydney-SY2'));
    expect(findings.filter((f) => f.ruleId === 'GR005' || f.ruleId === 'GR006')).toEqual([]);
  });

  test('SKU051: a Standard circuit on a port in Seattle to a gateway in West Europe', () => {
    const t = portsLinked('Equinix-Seattle-SE2', 'Equinix-Seattle-SE2');
    t.globalReach.length = 0;
    t.gateways.push(gateway('gw'));
    t.connections.push(connection('gw/ca', 'gw', 'ca'));
    expect(run(t).filter((f) => f.ruleId === 'SKU051').map((f) => [f.path, f.property, f.severity])).toEqual([['ca', 'skuTier', Severity.ERROR]]);
    t.gateways[0] = gateway('gw', { location: 'West US 2' });
    expect(run(t).filter((f) => f.ruleId === 'SKU051')).toEqual([]);
  });
});
