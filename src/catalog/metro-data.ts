import { Sources } from './sources';
import { MetroCatalogData } from './types';

/**
 * The built-in Metro catalog.
 *
 * Source: the Metro table of https://learn.microsoft.com/azure/expressroute/metro (ms.date
 * 05/10/2026, 28 metros) for facilities, pricing zone, local Azure region, ER Direct and
 * providers; the per-location rows of
 * https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers (ms.date
 * 04/28/2026) for the City / City2 peering-location names. Where no City2 row exists the
 * second peering location is left out (unknown), never guessed. Countries come from the city
 * and are used only for Global Reach availability.
 *
 * Azure changes this list every few months: overlay or replace it with
 * `MetroCatalog.builtIn().withOverlay(...)` or `MetroCatalog.fromJsonFile(...)`.
 */
export const BUILTIN_METRO_CATALOG: MetroCatalogData = {
  asOf: '2026-05-10',
  source: Sources.METRO,
  metros: [
    {
      name: 'Amsterdam Metro', city: 'Amsterdam', country: 'Netherlands',
      peeringLocations: ['Amsterdam', 'Amsterdam2'], facilities: ['Equinix AM5', 'Digital Realty AMS8'],
      pricingZone: 1, localAzureRegions: ['West Europe'], expressRouteDirect: true,
      providers: ['Colt', 'DE-CIX', 'Digital Realty', 'Equinix', 'euNetworks', 'Eurofiber', 'Megaport', 'NL-IX', 'SURF'],
      announcedProviders: ['GTT'],
      notes: 'Amsterdam/Amsterdam2 stated explicitly by the 2024 Metro page.',
    },
    {
      name: 'Atlanta Metro', city: 'Atlanta', country: 'United States',
      peeringLocations: ['Atlanta', 'Atlanta2'], facilities: ['Equinix AT1', 'Digital Realty ATL14'],
      pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Equinix', 'Megaport'], announcedProviders: [],
    },
    {
      name: 'Brussels Metro', city: 'Brussels', country: 'Belgium',
      peeringLocations: ['Brussels', 'Brussels2'], facilities: ['Digital Realty BR4', 'LCL Brussels North'],
      pricingZone: 1, localAzureRegions: ['Belgium Central'], expressRouteDirect: false,
      providers: ['Belnet', 'Colt', 'Eurofiber'], announcedProviders: ['Megaport'],
      notes: 'The Metro page marks ER Direct unavailable; the locations page marks it available per location.',
    },
    {
      name: 'Chicago Metro', city: 'Chicago', country: 'United States',
      peeringLocations: ['Chicago', 'Chicago2'], facilities: ['Equinix CH1', 'CoreSite CH1'],
      pricingZone: 1, localAzureRegions: ['North Central US'], expressRouteDirect: true,
      providers: ['Crown Castle', 'Equinix', 'Megaport'],
      announcedProviders: ['CenturyLink Cloud Connect', 'Digital Realty', 'Zayo'],
    },
    {
      name: 'Copenhagen Metro', city: 'Copenhagen', country: 'Denmark',
      peeringLocations: ['Copenhagen'], facilities: ['Digital Realty CPH1', 'Global Connect Copenhagen'],
      pricingZone: 1, localAzureRegions: ['Denmark East'], expressRouteDirect: true,
      providers: ['Megaport'], announcedProviders: ['GlobalConnect'],
      notes: 'Second peering location name not documented (no Copenhagen2 row on the locations page).',
    },
    {
      name: 'Dallas Metro', city: 'Dallas', country: 'United States',
      peeringLocations: ['Dallas', 'Dallas2'], facilities: ['Equinix DA6', 'Digital Realty DFW10'],
      pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Megaport'], announcedProviders: [],
    },
    {
      name: 'Dublin Metro', city: 'Dublin', country: 'Ireland',
      peeringLocations: ['Dublin', 'Dublin2'], facilities: ['Equinix DB3', 'Digital Realty DUB02'],
      pricingZone: 1, localAzureRegions: ['North Europe'], expressRouteDirect: true,
      providers: ['Equinix', 'Megaport'], announcedProviders: ['Colt'],
    },
    {
      name: 'Hong Kong Metro', city: 'Hong Kong', country: 'Hong Kong SAR',
      peeringLocations: ['Hong Kong', 'Hong Kong2'], facilities: ['Equinix HK1', 'iAdvantage MEGA-i'],
      pricingZone: 2, localAzureRegions: ['East Asia'], expressRouteDirect: true,
      providers: [], announcedProviders: ['Megaport'],
    },
    {
      name: 'Frankfurt Metro', city: 'Frankfurt', country: 'Germany',
      peeringLocations: ['Frankfurt', 'Frankfurt2'], facilities: ['Digital Realty FRA11', 'Equinix FR7'],
      pricingZone: 1, localAzureRegions: ['Germany West Central'], expressRouteDirect: true,
      providers: ['DE-CIX', 'Megaport', 'Equinix'], announcedProviders: ['Colt'],
    },
    {
      name: 'Jakarta Metro', city: 'Jakarta', country: 'Indonesia',
      peeringLocations: ['Jakarta', 'Jakarta2'], facilities: ['NeutraDC HDC', 'NTT GDC'],
      pricingZone: 2, localAzureRegions: ['Indonesia Central'], expressRouteDirect: true,
      providers: ['DCI Indonesia'], announcedProviders: ['Telin', 'XL Axiata'],
    },
    {
      name: 'Johannesburg Metro', city: 'Johannesburg', country: 'South Africa',
      peeringLocations: ['Johannesburg'], facilities: ['Teraco JT1', 'Africa Data Centres JHB1ADC'],
      pricingZone: 3, localAzureRegions: ['South Africa North'], expressRouteDirect: true,
      providers: [], announcedProviders: ['Equinix', 'OpenAccessDC'],
      notes: 'Second peering location name not documented (no Johannesburg2 row on the locations page).',
    },
    {
      name: 'Madrid Metro', city: 'Madrid', country: 'Spain',
      peeringLocations: ['Madrid', 'Madrid2'], facilities: ['Equinix MD2', 'Digital Realty MAD1'],
      pricingZone: 1, localAzureRegions: ['Spain Central'], expressRouteDirect: true,
      providers: ['Colt', 'DE-CIX', 'Equinix', 'Megaport'], announcedProviders: ['1-IX.EU', 'Telefonica'],
    },
    {
      name: 'Melbourne Metro', city: 'Melbourne', country: 'Australia',
      peeringLocations: ['Melbourne', 'Melbourne2'], facilities: ['NextDC MEL01', 'Equinix ME1/2'],
      pricingZone: 2, localAzureRegions: ['Australia Southeast'], expressRouteDirect: true,
      providers: ['Megaport'], announcedProviders: ['Internet Association of Australia'],
    },
    {
      name: 'Milan Metro', city: 'Milan', country: 'Italy',
      peeringLocations: ['Milan', 'Milan2'], facilities: ['Irideos Milan', 'Data4Italy Milan'],
      pricingZone: 1, localAzureRegions: ['Italy North'], expressRouteDirect: true,
      providers: ['Colt', 'Equinix', 'Megaport'],
      announcedProviders: ['Retelit', 'Telecom Italia Sparkle', 'Telia Carrier (Arelion)'],
    },
    {
      name: 'Mumbai Metro', city: 'Mumbai', country: 'India',
      peeringLocations: ['Mumbai', 'Mumbai2'], facilities: ['TATA LVSB', 'Nxtra Data'],
      pricingZone: 2, localAzureRegions: ['West India'], expressRouteDirect: true,
      providers: [], announcedProviders: [],
      notes: 'The provider cells of the Metro table are empty.',
    },
    {
      name: 'New York Metro', city: 'New York', country: 'United States',
      peeringLocations: ['New York'], facilities: ['Equinix NY5', '165 Halsey Street'],
      pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['DE-CIX', 'Megaport'], announcedProviders: [],
      notes: 'Second peering location name not documented (no New York2 row on the locations page).',
    },
    {
      name: 'Paris Metro', city: 'Paris', country: 'France',
      peeringLocations: ['Paris', 'Paris2'], facilities: ['Digital Realty PAR5', 'Equinix PA4'],
      pricingZone: 1, localAzureRegions: ['France Central'], expressRouteDirect: true,
      providers: ['Megaport'], announcedProviders: [],
    },
    {
      name: 'Phoenix Metro', city: 'Phoenix', country: 'United States',
      peeringLocations: ['Phoenix', 'Phoenix2'], facilities: ['EdgeConnex POR01', 'PhoenixNAP'],
      pricingZone: 1, localAzureRegions: ['West US 3'], expressRouteDirect: true,
      providers: [], announcedProviders: ['Megaport'],
    },
    {
      name: 'Oslo Metro', city: 'Oslo', country: 'Norway',
      peeringLocations: ['Oslo'], facilities: ['DigiPlex Ulven', 'Bulk Data IX'],
      pricingZone: 2, localAzureRegions: ['Norway East'], expressRouteDirect: true,
      providers: ['GlobalConnect'], announcedProviders: ['Colt', 'Telenor Secure Cloud Connect'],
      notes: 'Second peering location name not documented (no Oslo2 row). The locations page gives zone 1.',
    },
    {
      name: 'Silicon Valley Metro', city: 'Silicon Valley', country: 'United States',
      peeringLocations: ['Silicon Valley', 'Silicon Valley2'], facilities: ['Equinix SV10', 'CoreSite SV7'],
      pricingZone: 1, localAzureRegions: ['West US'], expressRouteDirect: true,
      providers: ['Megaport'], announcedProviders: ['Equinix', 'Zayo'],
    },
    {
      name: 'Singapore Metro', city: 'Singapore', country: 'Singapore',
      peeringLocations: ['Singapore', 'Singapore2'], facilities: ['Global Switch Tai Seng', 'Equinix SG1'],
      pricingZone: 2, localAzureRegions: ['Southeast Asia'], expressRouteDirect: true,
      providers: ['Colt', 'DE-CIX', 'Equinix', 'IX Reach', 'MegaPOP (Singtel)', 'Megaport', 'Singtel International'],
      announcedProviders: [],
      notes: 'Singapore/Singapore2 stated explicitly by the 2024 Metro page.',
    },
    {
      name: 'Stockholm Metro', city: 'Stockholm', country: 'Sweden',
      peeringLocations: ['Stockholm', 'Stockholm2'], facilities: ['Equinix SK1', 'Digital Realty STO6'],
      pricingZone: 1, localAzureRegions: ['Sweden Central'], expressRouteDirect: true,
      providers: ['Telia Carrier (Arelion)'], announcedProviders: ['GlobalConnect', 'Megaport'],
    },
    {
      name: 'Sydney Metro', city: 'Sydney', country: 'Australia',
      peeringLocations: ['Sydney', 'Sydney2'], facilities: ['Equinix SY2', 'NextDC S1'],
      pricingZone: 2, localAzureRegions: ['Australia East'], expressRouteDirect: true,
      providers: ['Megaport'], announcedProviders: [],
    },
    {
      name: 'Taipei Metro', city: 'Taipei', country: 'Taiwan',
      peeringLocations: ['Taipei', 'Taipei2'], facilities: ['Chief Telecom', 'Chunghwa Telecom Co. Ltd'],
      pricingZone: 2, localAzureRegions: ['Taiwan North'], expressRouteDirect: true,
      providers: [], announcedProviders: ['Chunghwa Telecom'],
    },
    {
      name: 'Toronto Metro', city: 'Toronto', country: 'Canada',
      peeringLocations: ['Toronto', 'Toronto2'], facilities: ['Cologix TOR1', 'Allied King West'],
      pricingZone: 1, localAzureRegions: ['Canada Central'], expressRouteDirect: true,
      providers: [], announcedProviders: ['Megaport', 'Zayo'],
    },
    {
      name: 'Vienna Metro', city: 'Vienna', country: 'Austria',
      peeringLocations: ['Vienna', 'Vienna2'], facilities: ['Digital Realty VIE1', 'NTT GDC'],
      pricingZone: 1, localAzureRegions: ['Austria East'], expressRouteDirect: true,
      providers: ['A1 Telekom Austria', 'Colt', 'Next Layer GMBH', 'Telia Carrier (Arelion)'], announcedProviders: [],
    },
    {
      name: 'Zurich Metro', city: 'Zurich', country: 'Switzerland',
      peeringLocations: ['Zurich', 'Zurich2'], facilities: ['Digital Realty ZUR2', 'Equinix ZH5'],
      pricingZone: 1, localAzureRegions: ['Switzerland North'], expressRouteDirect: true,
      providers: ['BICS', 'Colt', 'Digital Realty', 'Megaport', 'Swisscom'], announcedProviders: ['Equinix', 'Orange'],
      notes: 'Zurich/Zurich2 stated explicitly by the 2024 Metro page.',
    },
    {
      name: 'Washington DC Metro', city: 'Washington DC', country: 'United States',
      peeringLocations: ['Washington DC', 'Washington DC2'], facilities: ['Equinix DC6', 'CoreSite VA3'],
      pricingZone: 1, localAzureRegions: ['East US', 'East US 2'], expressRouteDirect: true,
      providers: ['Equinix', 'Megaport'], announcedProviders: ['Zayo'],
    },
  ],
};
