import { MetroCatalog } from '../../../src/catalog/metro-catalog';
import { CircuitNode, GatewayNode, PortNode, Topology } from '../../../src/model/topology';
import { Severity } from '../../../src/rules/finding';
import { validTopology } from '../fixtures';
import { VerdictCase } from './case';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The valid base topology with changes. */
function changed(change: (t: Topology, c: {
  circuit: (key: string) => Mutable<CircuitNode>;
  port: () => Mutable<PortNode>;
  gateway: () => Mutable<GatewayNode>;
}) => void): () => Topology {
  return () => {
    const t = validTopology();
    change(t, {
      circuit: (key) => t.circuits.find((c) => c.key === key) as Mutable<CircuitNode>,
      port: () => t.ports[0] as Mutable<PortNode>,
      gateway: () => t.gateways[0] as Mutable<GatewayNode>,
    });
    return t;
  };
}

/** `fra` moved to a standard (non-Metro) peering location, as a Terraform circuit would be. */
function fraAt(location: string, provider: string): () => Topology {
  return changed((_t, c) => {
    const fra = c.circuit('fra');
    fra.peeringLocation = location; fra.serviceProviderName = provider; fra.declaredMetro = false;
  });
}

const E = Severity.ERROR;
const W = Severity.WARNING;

/** Pinned verdicts of the METRO and GR families and of the catalog's SKU050, SKU051 and GW050. */
export const CASES: VerdictCase[] = [
  // METRO001: the finding is on the property the user set.
  {
    ruleId: 'METRO001', name: 'a declared metro with a typo is reported on metro',
    topology: changed((_t, c) => { c.circuit('ams').peeringLocation = 'Amsterdam Metr0'; }),
    expect: [{ subject: 'ams', property: 'metro', severity: E }],
  },
  {
    ruleId: 'METRO001', name: 'an unknown "<City> Metro" in Terraform is reported on peeringLocation',
    topology: changed((_t, c) => { c.circuit('ams').peeringLocation = 'Atlantis Metro'; c.circuit('ams').declaredMetro = undefined; }),
    expect: [{ subject: 'ams', property: 'peeringLocation', severity: E }],
  },
  { ruleId: 'METRO001', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'METRO001', name: 'a standard location in Terraform is not a Metro', topology: fraAt('Frankfurt2', 'Equinix'), expect: [] },

  // METRO002: provider names under every spelling.
  {
    ruleId: 'METRO002', name: 'a misspelt provider (Equinx)',
    topology: changed((_t, c) => { c.circuit('ams').serviceProviderName = 'Equinx'; }),
    expect: [{ subject: 'ams', property: 'serviceProviderName', severity: E }],
  },
  {
    ruleId: 'METRO002', name: 'the API name "Telia Carrier" at Stockholm Metro (issue 18)',
    topology: changed((_t, c) => { c.circuit('ams').peeringLocation = 'Stockholm Metro'; c.circuit('ams').serviceProviderName = 'Telia Carrier'; }),
    expect: [],
  },
  {
    ruleId: 'METRO002', name: '"Interxion (Digital Realty)" where the Metro page shows "Digital Realty"',
    topology: changed((_t, c) => { c.circuit('ams').serviceProviderName = 'Interxion (Digital Realty)'; }),
    expect: [],
  },
  {
    ruleId: 'METRO002', name: 'a provider in another case (equinix)',
    topology: changed((_t, c) => { c.circuit('ams').serviceProviderName = 'equinix'; }),
    expect: [],
  },

  {
    ruleId: 'METRO003', name: 'an announced provider (GTT at Amsterdam Metro)',
    topology: changed((_t, c) => { c.circuit('ams').serviceProviderName = 'GTT'; }),
    expect: [{ subject: 'ams', property: 'serviceProviderName', severity: W }],
  },
  { ruleId: 'METRO003', name: 'an active provider', topology: validTopology, expect: [] },

  {
    ruleId: 'METRO004', name: 'a Direct port at Brussels Metro',
    topology: changed((_t, c) => { c.port().metro = 'Brussels Metro'; c.port().peeringLocation = 'Brussels Metro'; }),
    expect: [{ subject: 'port', property: 'metro', severity: E }],
  },
  { ruleId: 'METRO004', name: 'a Direct port at Amsterdam Metro', topology: validTopology, expect: [] },

  {
    ruleId: 'METRO005', name: 'a port location the library defaulted',
    topology: changed((_t, c) => { c.port().peeringLocationDefaulted = true; }),
    expect: [{ subject: 'port', property: 'peeringLocation', severity: Severity.INFO }],
  },
  {
    ruleId: 'METRO005', name: 'a port location the user set (portPeeringLocation)',
    topology: changed((_t, c) => { c.port().peeringLocationDefaulted = false; c.port().peeringLocation = 'Equinix-Amsterdam-AM5'; }),
    expect: [],
  },

  {
    ruleId: 'METRO006', name: 'a port at a misspelt metro',
    topology: changed((_t, c) => { c.port().metro = 'Amsterdam Metr0'; }),
    expect: [{ subject: 'port', property: 'metro', severity: E }],
  },
  { ruleId: 'METRO006', name: 'a port at a known metro', topology: validTopology, expect: [] },

  // METRO007: only where the location and its provider list are known.
  {
    ruleId: 'METRO007', name: 'Megaport at Berlin (not listed there)', topology: fraAt('Berlin', 'Megaport'),
    expect: [{ subject: 'fra', property: 'serviceProviderName', severity: E }],
  },
  {
    ruleId: 'METRO007', name: 'a misspelt provider at London2', topology: fraAt('London2', 'Equinx'),
    expect: [{ subject: 'fra', property: 'serviceProviderName', severity: E }],
  },
  { ruleId: 'METRO007', name: 'Colt at Berlin (listed)', topology: fraAt('Berlin', 'Colt'), expect: [] },
  // Azure's Oracle interconnect page: "While creating the ExpressRoute, choose Oracle Cloud FastConnect as the
  // service provider"; the locations page lists that provider nowhere (microsoft/azure-oracle InterConnect-1).
  {
    ruleId: 'METRO007', name: 'Oracle Cloud FastConnect at Washington DC (a provider the page lists nowhere) is not judged',
    topology: fraAt('Washington DC', 'Oracle Cloud FastConnect'), expect: [],
  },
  { ruleId: 'METRO007', name: 'the API name "Telia Carrier" at Oslo (page: "Arelion (Telia Carrier)")', topology: fraAt('Oslo', 'Telia Carrier'), expect: [] },
  {
    ruleId: 'METRO007', name: 'a location whose provider list is not known is not judged',
    topology: fraAt('Berlin', 'Megaport'),
    catalog: () => MetroCatalog.builtIn().withOverlay({ locations: [{ name: 'Berlin', country: 'Germany' }] }),
    expect: [],
  },
  {
    ruleId: 'METRO007', name: 'a provider an overlay added',
    topology: fraAt('Berlin', 'Megaport'),
    catalog: () => MetroCatalog.builtIn().withOverlay({ addLocationProviders: [{ location: 'Berlin', provider: 'Megaport' }] }),
    expect: [],
  },

  {
    ruleId: 'METRO007', name: 'a provider that is a variable is not judged',
    topology: changed((_t, c) => {
      const fra = c.circuit('fra');
      fra.peeringLocation = 'Berlin'; fra.declaredMetro = false; fra.serviceProviderName = undefined; fra.unresolved = ['serviceProviderName'];
    }),
    expect: [],
  },
  {
    ruleId: 'METRO008', name: 'a location that is a variable is not judged',
    topology: changed((_t, c) => {
      const fra = c.circuit('fra');
      fra.declaredMetro = false; fra.peeringLocation = undefined; fra.unresolved = ['peeringLocation'];
    }),
    expect: [],
  },
  {
    ruleId: 'METRO008', name: 'a misspelt standard location (Frankfrt)', topology: fraAt('Frankfrt', 'Equinix'),
    expect: [{ subject: 'fra', property: 'peeringLocation', severity: W }],
  },
  { ruleId: 'METRO008', name: 'a known standard location in another spacing', topology: fraAt('Queretaro(Mexico)', 'Equinix'), expect: [] },
  { ruleId: 'METRO008', name: 'the valid base topology', topology: validTopology, expect: [] },

  // GR001..GR003: unchanged conditions, now pinned.
  {
    ruleId: 'GR001', name: 'two circuits at one location',
    topology: changed((_t, c) => { c.circuit('fra').peeringLocation = 'Amsterdam Metro'; c.circuit('fra').serviceProviderName = 'Equinix'; }),
    expect: [{ subject: 'gr', property: 'peerCircuit', severity: E }],
  },
  { ruleId: 'GR001', name: 'Amsterdam Metro and Frankfurt Metro', topology: validTopology, expect: [] },
  {
    ruleId: 'GR002', name: 'a Local circuit',
    topology: changed((_t, c) => { c.circuit('ams').skuTier = 'Local'; c.circuit('ams').skuFamily = 'UnlimitedData'; }),
    expect: [{ subject: 'gr', property: 'circuit', severity: E }],
  },
  { ruleId: 'GR002', name: 'two Standard circuits', topology: validTopology, expect: [] },
  {
    ruleId: 'GR003', name: 'a /28 Global Reach subnet',
    topology: changed((t) => { t.globalReach[0] = { ...t.globalReach[0], addressPrefixIpv4: '10.255.255.0/28' }; }),
    expect: [{ subject: 'gr', property: 'addressPrefixIpv4', severity: E }],
  },
  { ruleId: 'GR003', name: 'a /29 Global Reach subnet', topology: validTopology, expect: [] },

  // GR004: per peering location, from the catalog.
  {
    ruleId: 'GR004', name: 'Global Reach from Vienna Metro (Austria is not listed)',
    topology: changed((_t, c) => { c.circuit('fra').peeringLocation = 'Vienna Metro'; c.circuit('fra').serviceProviderName = 'Colt'; }),
    expect: [{ subject: 'gr', property: 'peerCircuit', severity: E }],
  },
  {
    ruleId: 'GR004', name: 'Global Reach from Cape Town ("South Africa (Johannesburg only)")', topology: fraAt('Cape Town', 'Teraco'),
    expect: [{ subject: 'gr', property: 'peerCircuit', severity: E }],
  },
  { ruleId: 'GR004', name: 'Global Reach from Johannesburg', topology: fraAt('Johannesburg', 'Teraco'), expect: [] },
  { ruleId: 'GR004', name: 'Brazil ("Brazil South" on the page) is not judged', topology: fraAt('Rio de Janeiro', 'Equinix'), expect: [] },
  {
    ruleId: 'GR004', name: 'Austria added by an overlay',
    topology: changed((_t, c) => { c.circuit('fra').peeringLocation = 'Vienna Metro'; c.circuit('fra').serviceProviderName = 'Colt'; }),
    catalog: () => MetroCatalog.builtIn().withOverlay({
      globalReach: { ...MetroCatalog.builtIn().globalReachData, asOf: '2026-12-01', countries: [...MetroCatalog.builtIn().globalReachData.countries, 'Austria'] },
    }),
    expect: [],
  },

  // GR005 warns only where the geopolitical region is missing; GR006 decides where it is known.
  {
    ruleId: 'GR005', name: 'Portland (no geopolitical region in the catalog) to Amsterdam on Standard', topology: fraAt('Portland', 'Ziply Fiber'),
    expect: [{ subject: 'gr', property: 'circuit', severity: W }],
  },
  { ruleId: 'GR005', name: 'Amsterdam Metro and Frankfurt Metro (both Europe)', topology: validTopology, expect: [] },
  { ruleId: 'GR005', name: 'Tokyo and Amsterdam: both regions known, GR006 decides', topology: fraAt('Tokyo', 'Equinix'), expect: [] },
  {
    ruleId: 'GR006', name: 'Tokyo (Japan) to Amsterdam (Europe) on Standard', topology: fraAt('Tokyo', 'Equinix'),
    expect: [{ subject: 'gr', property: 'circuit', severity: E }, { subject: 'gr', property: 'peerCircuit', severity: E }],
  },
  {
    ruleId: 'GR006', name: 'Tokyo to Amsterdam with both circuits Premium',
    topology: changed((_t, c) => {
      const fra = c.circuit('fra');
      fra.peeringLocation = 'Tokyo'; fra.serviceProviderName = 'Equinix'; fra.declaredMetro = false;
      fra.skuTier = 'Premium'; c.circuit('ams').skuTier = 'Premium';
    }),
    expect: [],
  },
  { ruleId: 'GR006', name: 'Amsterdam Metro and Frankfurt Metro (both Europe)', topology: validTopology, expect: [] },

  // SKU050: a Local circuit reaches only its local region(s).
  {
    ruleId: 'SKU050', name: 'a Local circuit at Amsterdam Metro to a gateway in North Europe',
    topology: changed((t, c) => {
      c.circuit('ams').skuTier = 'Local'; c.circuit('ams').skuFamily = 'UnlimitedData';
      t.globalReach.length = 0; c.gateway().location = 'North Europe';
    }),
    expect: [{ subject: 'ams', property: 'skuTier', severity: E }],
  },
  {
    ruleId: 'SKU050', name: 'a Local circuit at Amsterdam Metro to a gateway in westeurope (ARM name)',
    topology: changed((t, c) => {
      c.circuit('ams').skuTier = 'Local'; c.circuit('ams').skuFamily = 'UnlimitedData';
      t.globalReach.length = 0; c.gateway().location = 'westeurope';
    }),
    expect: [],
  },

  // SKU051: a Standard circuit reaches its own geopolitical region only.
  {
    ruleId: 'SKU051', name: 'Standard circuits in Europe to a gateway in East US',
    topology: changed((_t, c) => { c.gateway().location = 'East US'; }),
    expect: [{ subject: 'ams', property: 'skuTier', severity: E }, { subject: 'fra', property: 'skuTier', severity: E }],
  },
  {
    ruleId: 'SKU051', name: 'Premium circuits to a gateway in East US',
    topology: changed((_t, c) => { c.gateway().location = 'East US'; c.circuit('ams').skuTier = 'Premium'; c.circuit('fra').skuTier = 'Premium'; }),
    expect: [],
  },
  {
    ruleId: 'SKU051', name: 'a gateway region that is a variable is not judged',
    topology: changed((_t, c) => { c.gateway().location = undefined; c.gateway().unresolved = ['location']; }),
    expect: [],
  },
  {
    ruleId: 'SKU051', name: 'a Standard circuit at Tokyo (Japan) to a gateway in West Europe',
    topology: changed((t, c) => {
      const fra = c.circuit('fra');
      fra.peeringLocation = 'Tokyo'; fra.serviceProviderName = 'Equinix'; fra.declaredMetro = false;
      t.globalReach.length = 0;
    }),
    expect: [{ subject: 'fra', property: 'skuTier', severity: E }],
  },
  {
    ruleId: 'SKU051', name: 'a gateway region the catalog does not place (Belgium Central) is not judged',
    topology: changed((_t, c) => { c.gateway().location = 'Belgium Central'; }),
    expect: [],
  },

  // GW050: ErGwScale regions.
  {
    ruleId: 'GW050', name: 'ErGwScale in West Europe',
    topology: changed((_t, c) => { const g = c.gateway(); g.sku = 'ErGwScale'; g.minScaleUnits = 2; g.maxScaleUnits = 2; }),
    expect: [{ subject: 'gw', property: 'location', severity: E }],
  },
  {
    ruleId: 'GW050', name: 'ErGwScale in Germany West Central',
    topology: changed((_t, c) => { const g = c.gateway(); g.sku = 'ErGwScale'; g.minScaleUnits = 2; g.maxScaleUnits = 2; g.location = 'germanywestcentral'; }),
    expect: [],
  },
  {
    ruleId: 'GW050', name: 'West Europe removed from the list by an overlay',
    topology: changed((_t, c) => { const g = c.gateway(); g.sku = 'ErGwScale'; g.minScaleUnits = 2; g.maxScaleUnits = 2; }),
    catalog: () => {
      const base = MetroCatalog.builtIn().gatewayFacts;
      return MetroCatalog.builtIn().withOverlay({
        gateways: { ...base, erGwScale: { ...base.erGwScale, unavailableRegions: base.erGwScale.unavailableRegions.filter((r) => r !== 'West Europe'), regionsAsOf: '2026-12-01' } },
      });
    },
    expect: [],
  },
];

