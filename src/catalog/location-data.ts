import { Sources } from './sources';
import { GeopoliticalRegionsData, PeeringLocationsData, ProviderAliasesData } from './types';

/**
 * Every peering location of global commercial Azure.
 *
 * Source: the "Global commercial Azure" tables of
 * https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers (ms.date
 * 04/28/2026; MicrosoftDocs/azure-docs `articles/expressroute/expressroute-locations-providers.md`):
 * location, address (`facility`), zone, local Azure regions ("&cross;" is an empty list: Local is
 * not offered), ER Direct and service providers, spelled as the page spells them.
 *
 * `country` is not a column of the page: it is the country of the city the location is named
 * after (the Global Reach page lists availability by country), given only to judge Global Reach.
 *
 * Not included: the US Government and China clouds (their locations share names with
 * commercial ones and reach other regions), and the "additional service providers" that reach
 * a location through an exchange (the circuit names the exchange).
 */
export const BUILTIN_LOCATIONS: PeeringLocationsData = {
  asOf: '2026-04-28',
  source: Sources.LOCATIONS,
  locations: [
    {
      name: 'Abu Dhabi', country: 'United Arab Emirates', facility: 'Etisalat KDC', pricingZone: 3, localAzureRegions: ['UAE Central'], expressRouteDirect: true,
      providers: ['Etisalat UAE'],
    },
    {
      name: 'Amsterdam', country: 'Netherlands', facility: 'Equinix AM5', pricingZone: 1, localAzureRegions: ['West Europe'], expressRouteDirect: true,
      providers: ['1-IX.EU', 'Aryaka Networks', 'AT&T NetBond', 'British Telecom', 'Cogent', 'Colt', 'China Unicom Global', 'DE-CIX', 'Deutsche Telekom AG', 'Equinix', 'euNetworks', 'GÉANT', 'GlobalConnect', 'InterCloud', 'Interxion (Digital Realty)', 'KPN', 'IX Reach', 'Level 3 Communications', 'Megaport', 'NTT DOCOMO BUSINESS', 'Orange', 'Tata Communications', 'Telecom Italia Sparkle', 'Telefonica', 'Telenor', 'Arelion (Telia Carrier)', 'Verizon', 'Zayo'],
    },
    {
      name: 'Amsterdam2', country: 'Netherlands', facility: 'Digital Realty(Interxion) AMS8', pricingZone: 1, localAzureRegions: ['West Europe'], expressRouteDirect: true,
      providers: ['BICS', 'British Telecom', 'CenturyLink Cloud Connect', 'Cinia', 'Colt', 'DE-CIX', 'Digital Realty', 'Equinix', 'euNetworks', 'GÉANT', 'Interxion (Digital Realty)', 'Megaport', 'NL-IX', 'NOS', 'NTT Global DataCenters EMEA', 'Orange', 'Vodafone', 'Vorboss'],
    },
    {
      name: 'Atlanta', country: 'United States', facility: 'Equinix AT1', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['AT&T Dynamic Exchange', 'AT&T NetBond', 'CenturyLink Cloud Connect', 'Equinix', 'Megaport', 'MODMC', 'Momentum Telecom', 'PacketFabric'],
    },
    {
      name: 'Atlanta2', country: 'United States', facility: 'Digital Realty ATL14', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Digital Realty', 'Momentum Telecom'],
    },
    {
      name: 'Auckland', country: 'New Zealand', facility: 'Vocus Group NZ Albany', pricingZone: 2, localAzureRegions: ['New Zealand North'], expressRouteDirect: true,
      providers: ['Devoli', 'Kordia', 'Megaport', 'REANNZ', 'Spark NZ', 'Vocus Group NZ'],
    },
    {
      name: 'Bangkok', country: 'Thailand', facility: 'AIS', pricingZone: 2, localAzureRegions: [], expressRouteDirect: true,
      providers: ['AIS', 'National Telecom', 'UIH'],
    },
    {
      name: 'Berlin', country: 'Germany', facility: 'NTT GDC', pricingZone: 1, localAzureRegions: ['Germany North'], expressRouteDirect: true,
      providers: ['Colt', 'Equinix', 'NTT Global DataCenters EMEA'],
    },
    {
      name: 'Brussels', country: 'Belgium', facility: 'Digital Realty BRU4', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['BICS', 'Digital Realty', 'Eurofiber'],
    },
    {
      name: 'Brussels2', country: 'Belgium', facility: 'LCL Brussels-North', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['BICS', 'Eurofiber'],
    },
    {
      name: 'Busan', country: 'South Korea', facility: 'LG CNS', pricingZone: 2, localAzureRegions: ['Korea South'], expressRouteDirect: false,
      providers: ['LG CNS'],
    },
    {
      name: 'Campinas', country: 'Brazil', facility: 'Ascenty', pricingZone: 3, localAzureRegions: ['Brazil South'], expressRouteDirect: true,
      providers: ['Ascenty'],
    },
    {
      name: 'Canberra', country: 'Australia', facility: 'CDC', pricingZone: 1, localAzureRegions: ['Australia Central'], expressRouteDirect: true,
      providers: ['CDC', 'Telstra Corporation'],
    },
    {
      name: 'Canberra2', country: 'Australia', facility: 'CDC', pricingZone: 1, localAzureRegions: ['Australia Central 2'], expressRouteDirect: true,
      providers: ['CDC', 'Equinix'],
    },
    {
      name: 'Cape Town', country: 'South Africa', facility: 'Teraco CT1', pricingZone: 3, localAzureRegions: ['South Africa West'], expressRouteDirect: true,
      providers: ['BCX', 'Internet Solutions - Cloud Connect', 'Liquid Telecom', 'MTN Global Connect', 'Teraco', 'Vodacom'],
    },
    {
      name: 'Chennai', country: 'India', facility: 'Tata Communications', pricingZone: 2, localAzureRegions: ['South India'], expressRouteDirect: true,
      providers: ['BSNL', 'DE-CIX', 'Global CloudXchange (GCX)', 'Lightstorm', 'NTT Communications India Network Services Pvt Ltd', 'Reliance JIO', 'SIFY', 'Tata Communications', 'VodafoneIdea'],
    },
    {
      name: 'Chennai2', country: 'India', facility: 'Airtel', pricingZone: 2, localAzureRegions: ['South India'], expressRouteDirect: true,
      providers: ['Airtel'],
    },
    {
      name: 'Chicago', country: 'United States', facility: 'Equinix CH1', pricingZone: 1, localAzureRegions: ['North Central US'], expressRouteDirect: true,
      providers: ['Aryaka Networks', 'AT&T Dynamic Exchange', 'AT&T NetBond', 'British Telecom', 'CenturyLink Cloud Connect', 'Cogent', 'Cologix', 'Colt', 'Console Connect (PCCW Global Limited)', 'Comcast', 'Coresite', 'Equinix', 'InterCloud', 'Internet2', 'Level 3 Communications', 'Lightpath', 'IPC', 'Megaport', 'Momentum Telecom', 'PacketFabric', 'Tata Communications', 'Arelion (Telia Carrier)', 'Verizon', 'Vodafone', 'Zayo'],
    },
    {
      name: 'Chicago2', country: 'United States', facility: 'CoreSite CH1', pricingZone: 1, localAzureRegions: ['North Central US'], expressRouteDirect: true,
      providers: ['CenturyLink Cloud Connect', 'CoreSite', 'DE-CIX', 'Megaport', 'Momentum Telecom'],
    },
    {
      name: 'Copenhagen', country: 'Denmark', facility: 'Digital Realty(Interxion) CPH1', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['DE-CIX', 'GlobalConnect', 'Interxion (Digital Realty)'],
    },
    {
      name: 'Dallas', country: 'United States', facility: 'Equinix DA3; Equinix DA6', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Aryaka Networks', 'AT&T Connectivity Plus', 'AT&T Dynamic Exchange', 'AT&T NetBond', 'BICS', 'Cologix', 'Cox Business Cloud Port', 'Equinix', 'Flo Networks', 'GTT', 'Intercloud', 'Internet2', 'Level 3 Communications', 'MCM Telecom', 'Megaport', 'Momentum Telecom', 'Orange', 'PacketFabric', 'Telmex Uninet', 'Arelion (Telia Carrier)', 'Telefonica', 'Verizon', 'Vodafone', 'Zayo'],
    },
    {
      name: 'Dallas2', country: 'United States', facility: 'Digital Realty DFW10', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Digital Realty', 'Momentum Telecom'],
    },
    {
      name: 'Denver', country: 'United States', facility: 'CoreSite DE1', pricingZone: 1, localAzureRegions: ['West Central US'], expressRouteDirect: true,
      providers: ['CoreSite', 'Megaport', 'Momentum Telecom', 'PacketFabric', 'Zayo'],
    },
    {
      name: 'Doha', country: 'Qatar', facility: 'MEEZA MV2', pricingZone: 3, localAzureRegions: ['Qatar Central'], expressRouteDirect: true,
      providers: ['Ooredoo Cloud Connect', 'Vodafone'],
    },
    {
      name: 'Doha2', country: 'Qatar', facility: 'Ooredoo', pricingZone: 3, localAzureRegions: ['Qatar Central'], expressRouteDirect: true,
      providers: ['DE-CIX', 'Ooredoo Cloud Connect'],
    },
    {
      name: 'Dubai', country: 'United Arab Emirates', facility: 'PCCS', pricingZone: 3, localAzureRegions: ['UAE North'], expressRouteDirect: true,
      providers: ['Etisalat UAE'],
    },
    {
      name: 'Dubai2', country: 'United Arab Emirates', facility: 'du datamena', pricingZone: 3, localAzureRegions: ['UAE North'], expressRouteDirect: false,
      providers: ['DE-CIX', 'du datamena', 'Equinix', 'GBI', 'Lightstorm', 'Megaport', 'Orange', 'Orixcom'],
    },
    {
      name: 'Dublin', country: 'Ireland', facility: 'Equinix DB3', pricingZone: 1, localAzureRegions: ['North Europe'], expressRouteDirect: true,
      providers: ['CenturyLink Cloud Connect', 'Colt', 'Console Connect (PCCW Global Limited)', 'Deutsche Telekom AG', 'eir', 'Equinix', 'GEANT', 'euNetworks', 'Interxion (Digital Realty)', 'Megaport', 'Zayo'],
    },
    {
      name: 'Dublin2', country: 'Ireland', facility: 'Digital Realty(Interxion) DUB2', pricingZone: 1, localAzureRegions: ['North Europe'], expressRouteDirect: true,
      providers: ['InterCloud', 'Interxion (Digital Realty)', 'KPN', 'Megaport', 'NL-IX', 'Orange'],
    },
    {
      name: 'Frankfurt', country: 'Germany', facility: 'Digital Realty(Interxion) FRA11', pricingZone: 1, localAzureRegions: ['Germany West Central'], expressRouteDirect: true,
      providers: ['AT&T NetBond', 'British Telecom', 'CenturyLink Cloud Connect', 'China Unicom Global', 'Colt', 'Console Connect (PCCW Global Limited)', 'DE-CIX', 'Deutsche Telekom AG', 'Equinix', 'euNetworks', 'GBI', 'GEANT', 'InterCloud', 'Interxion (Digital Realty)', 'Megaport', 'next layer GmbH', 'NTT Global DataCenters EMEA', 'Orange', 'Arelion (Telia Carrier)', 'T-Systems', 'Verizon', 'Zayo', 'Zenlayer'],
    },
    {
      name: 'Frankfurt2', country: 'Germany', facility: 'Equinix FR7', pricingZone: 1, localAzureRegions: ['Germany West Central'], expressRouteDirect: true,
      providers: ['1-IX.EU', 'Colt', 'Console Connect (PCCW Global Limited)', 'DE-CIX', 'Deutsche Telekom AG', 'Equinix', 'InterCloud', 'next layer GmbH', 'Tata Communications', 'Telefonica', 'Zenlayer'],
    },
    {
      name: 'Geneva', country: 'Switzerland', facility: 'Equinix GV2', pricingZone: 1, localAzureRegions: ['Switzerland West'], expressRouteDirect: true,
      providers: ['Colt', 'Equinix', 'InterCloud', 'Megaport', 'Swisscom'],
    },
    {
      name: 'Hong Kong', country: 'Hong Kong SAR', facility: 'Equinix HK1', pricingZone: 2, localAzureRegions: ['East Asia'], expressRouteDirect: true,
      providers: ['Aryaka Networks', 'British Telecom', 'CenturyLink Cloud Connect', 'Chief Telecom', 'China Telecom Global', 'China Unicom Global', 'Colt', 'Console Connect (PCCW Global Limited)', 'Equinix', 'InterCloud', 'Megaport', 'NTT DOCOMO BUSINESS', 'Orange', 'Tata Communications', 'Arelion (Telia Carrier)', 'Telefonica', 'Verizon', 'Zayo', 'Zenlayer'],
    },
    {
      name: 'Hong Kong2', country: 'Hong Kong SAR', facility: 'iAdvantage MEGA-i', pricingZone: 2, localAzureRegions: ['East Asia'], expressRouteDirect: true,
      providers: ['China Mobile International', 'China Telecom Global', 'Console Connect (PCCW Global Limited)', 'Deutsche Telekom AG', 'Digital Realty', 'Epsilon Global Communications', 'Equinix', 'iAdvantage', 'Megaport', 'SingTel', 'Vodafone', 'Zenlayer'],
    },
    {
      name: 'Jakarta', country: 'Indonesia', facility: 'NeutraDC HDC', pricingZone: 2, localAzureRegions: ['Indonesia Central'], expressRouteDirect: true,
      providers: ['DCI Indonesia', 'DE-CIX', 'NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)', 'NTT Indonesia', 'Telin', 'XL Axiata', 'Zenlayer'],
    },
    {
      name: 'Jakarta2', country: 'Indonesia', facility: 'NTT Global Data Center Indonesia', pricingZone: 2, localAzureRegions: ['Indonesia Central'], expressRouteDirect: true,
      providers: ['DCI Indonesia', 'DE-CIX', 'NTT Indonesia', 'Telin', 'XL Axiata', 'Zenlayer'],
    },
    {
      name: 'Johannesburg', country: 'South Africa', facility: 'Teraco JB1', pricingZone: 3, localAzureRegions: ['South Africa North'], expressRouteDirect: true,
      providers: ['BCX', 'British Telecom', 'Console Connect (PCCW Global Limited)', 'Internet Solutions - Cloud Connect', 'Liquid Telecom', 'MTN Business', 'MTN Global Connect', 'Orange', 'Teraco', 'Vodacom'],
    },
    {
      name: 'Kuala Lumpur', country: 'Malaysia', facility: 'TIME dotCom Menara AIMS', pricingZone: 2, localAzureRegions: ['Malaysia West'], expressRouteDirect: true,
      providers: ['DE-CIX', 'Equinix', 'TIME dotCom', 'Zenlayer'],
    },
    {
      name: 'Kuala Lumpur2', country: 'Malaysia', facility: 'Telekom Malaysia Bhd', pricingZone: 2, localAzureRegions: ['Malaysia West'], expressRouteDirect: true,
      providers: ['TIME dotCom', 'Zenlayer'],
    },
    {
      name: 'Las Vegas', country: 'United States', facility: 'Switch LV', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['CenturyLink Cloud Connect', 'Megaport', 'PacketFabric', 'Zayo'],
    },
    {
      name: 'London', country: 'United Kingdom', facility: 'Equinix LD5', pricingZone: 1, localAzureRegions: ['UK South'], expressRouteDirect: true,
      providers: ['AT&T NetBond', 'Bezeq International', 'British Telecom', 'CenturyLink', 'Colt', 'Console Connect (PCCW Global Limited)', 'Digital Realty', 'Equinix', 'euNetworks', 'Intelsat', 'InterCloud', 'Internet Solutions - Cloud Connect', 'Interxion (Digital Realty)', 'Jisc', 'Level 3 Communications', 'Megaport', 'Momentum Telecom', 'MTN', 'NTT DOCOMO BUSINESS', 'Orange', 'PacketFabric', 'Tata Communications', 'Telefonica', 'Telehouse - KDDI', 'Telenor', 'Arelion (Telia Carrier)', 'Verizon', 'Vodafone', 'Vorboss', 'Zayo'],
    },
    {
      name: 'London2', country: 'United Kingdom', facility: 'Telehouse North Two', pricingZone: 1, localAzureRegions: ['UK South'], expressRouteDirect: true,
      providers: ['BICS', 'British Telecom', 'CenturyLink Cloud Connect', 'Colt', 'Equinix', 'Epsilon Global Communications', 'GTT', 'Interxion (Digital Realty)', 'IX Reach', 'JISC', 'Marlink', 'Megaport', 'NTT Global DataCenters EMEA', 'Ooredoo Cloud Connect', 'Orange', 'SES', 'Sohonet', 'Tata Communications', 'Telehouse - KDDI', 'Vodafone', 'Vorboss Limited', 'Zayo'],
    },
    {
      name: 'Los Angeles', country: 'United States', facility: 'CoreSite LA1', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['AT&T Dynamic Exchange', 'BICS', 'CoreSite', 'China Unicom Global', 'Cloudflare', 'Equinix', 'Flo Networks', 'Internet2', 'Megaport', 'Momentum Telecom', 'NTT Communications', 'Sohonet', 'Zayo'],
    },
    {
      name: 'Los Angeles2', country: 'United States', facility: 'Equinix LA1', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Crown Castle', 'Equinix', 'GTT', 'PacketFabric'],
    },
    {
      name: 'Madrid', country: 'Spain', facility: 'Digital Realty(Interxion) MAD1', pricingZone: 1, localAzureRegions: ['Spain Central'], expressRouteDirect: true,
      providers: ['DE-CIX', 'GTT', 'InterCloud', 'Interxion (Digital Realty)', 'Marlink', 'Megaport', 'Momentum Telecom', 'NOS', 'Telefonica'],
    },
    {
      name: 'Madrid2', country: 'Spain', facility: 'Equinix MD2', pricingZone: 1, localAzureRegions: ['Spain Central'], expressRouteDirect: true,
      providers: ['1-IX.EU', 'DE-CIX', 'Equinix', 'GÉANT', 'Intercloud'],
    },
    {
      name: 'Marseille', country: 'France', facility: 'Digital Realty(Interxion) MRS1', pricingZone: 1, localAzureRegions: ['France South'], expressRouteDirect: false,
      providers: ['Colt', 'DE-CIX', 'GEANT', 'Interxion (Digital Realty)', 'Jaguar Network', 'Ooredoo Cloud Connect'],
    },
    {
      name: 'Melbourne', country: 'Australia', facility: 'NextDC M1', pricingZone: 2, localAzureRegions: ['Australia Southeast'], expressRouteDirect: true,
      providers: ['AARNet', 'Devoli', 'Equinix', 'Internet Association of Australia', 'Megaport', 'NETSG', 'NEXTDC', 'Optus', 'Orange', 'Telstra Corporation', 'TPG Telecom'],
    },
    {
      name: 'Melbourne2', country: 'Australia', facility: 'Equinix M1', pricingZone: 2, localAzureRegions: ['Australia Southeast'], expressRouteDirect: true,
      providers: ['Equinix'],
    },
    {
      name: 'Miami', country: 'United States', facility: 'Equinix MI1', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['AT&T Dynamic Exchange', 'C3ntro', 'Claro', 'Equinix', 'Flo Networks', 'Lightpath', 'Megaport', 'Momentum Telecom', 'PacketFabric', 'PitChile'],
    },
    {
      name: 'Milan', country: 'Italy', facility: 'IRIDEOS', pricingZone: 1, localAzureRegions: ['Italy North'], expressRouteDirect: true,
      providers: ['Colt', 'Equinix', 'Fastweb', 'IRIDEOS', 'Megaport', 'Noovle', 'Retelit', 'Telecom Italia Sparkle', 'Vodafone'],
    },
    {
      name: 'Milan2', country: 'Italy', facility: 'DATA4', pricingZone: 1, localAzureRegions: ['Italy North'], expressRouteDirect: true,
      providers: ['Retelit'],
    },
    {
      name: 'Minneapolis', country: 'United States', facility: 'Cologix MIN1; Cologix MIN3', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Cologix', 'Megaport', 'Zayo'],
    },
    {
      name: 'Montreal', country: 'Canada', facility: 'Cologix MTL3; Cologix MTL7', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Bell Canada', 'CenturyLink Cloud Connect', 'Cologix', 'Equinix', 'Fibrenoire', 'Megaport', 'RISQ', 'Telus', 'Zayo'],
    },
    {
      name: 'Mumbai', country: 'India', facility: 'Tata Communications', pricingZone: 2, localAzureRegions: ['West India'], expressRouteDirect: true,
      providers: ['BSNL', 'British Telecom', 'DE-CIX', 'Global CloudXchange (GCX)', 'InterCloud', 'Lightstorm', 'NTT Communications India Network Services Pvt Ltd', 'Reliance Jio', 'Tata Communications', 'Verizon', 'Zenlayer'],
    },
    {
      name: 'Mumbai2', country: 'India', facility: 'Airtel', pricingZone: 2, localAzureRegions: ['West India'], expressRouteDirect: true,
      providers: ['Airtel', 'Equinix', 'Sify', 'Orange', 'Vodafone Idea'],
    },
    {
      name: 'Munich', country: 'Germany', facility: 'EdgeConneX', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Colt', 'DE-CIX', 'Megaport'],
    },
    {
      name: 'New York', country: 'United States', facility: 'Equinix NY5', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['AT&T Dynamic Exchange', 'CenturyLink Cloud Connect', 'Coresite', 'Crown Castle', 'DE-CIX', 'Equinix', 'InterCloud', 'Lightpath', 'Megaport', 'Momentum Telecom', 'NTT DOCOMO BUSINESS', 'Packet', 'PacketFabric', 'Zayo'],
    },
    {
      name: 'Newport(Wales)', country: 'United Kingdom', facility: 'Next Generation Data', pricingZone: 1, localAzureRegions: ['UK West'], expressRouteDirect: true,
      providers: ['British Telecom', 'Colt', 'Jisc', 'Level 3 Communications', 'Next Generation Data', 'Vorboss Limited'],
    },
    {
      name: 'Osaka', country: 'Japan', facility: 'Equinix OS1', pricingZone: 2, localAzureRegions: ['Japan West'], expressRouteDirect: true,
      providers: ['AT TOKYO', 'BBIX', 'Colt', 'DE-CIX', 'Equinix', 'Internet Initiative Japan Inc. - IIJ', 'KDDI', 'Megaport', 'NTT DOCOMO BUSINESS', 'NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)', 'NTT SmartConnect', 'Orange', 'Softbank', 'Tokai Communications'],
    },
    {
      name: 'Oslo', country: 'Norway', facility: 'DigiPlex Ulven', pricingZone: 1, localAzureRegions: ['Norway East'], expressRouteDirect: true,
      providers: ['DE-CIX', 'GlobalConnect', 'Megaport', 'Telenor', 'Arelion (Telia Carrier)'],
    },
    {
      name: 'Paris', country: 'France', facility: 'Digital Realty(Interxion) PAR5', pricingZone: 1, localAzureRegions: ['France Central'], expressRouteDirect: true,
      providers: ['British Telecom', 'CenturyLink Cloud Connect', 'Colt', 'Console Connect (PCCW Global Limited)', 'Equinix', 'euNetworks', 'Intercloud', 'Digital Realty (Interxion)', 'Jaguar Network', 'Megaport', 'Orange', 'Arelion (Telia Carrier)', 'Verizon', 'Zayo'],
    },
    {
      name: 'Paris2', country: 'France', facility: 'Equinix PA4', pricingZone: 1, localAzureRegions: ['France Central'], expressRouteDirect: true,
      providers: ['1-IX.EU', 'Colt', 'Equinix', 'InterCloud', 'Megaport', 'Orange', 'Tata Communications'],
    },
    {
      name: 'Perth', country: 'Australia', facility: 'NextDC P1', pricingZone: 2, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Equinix', 'Internet Association of Australia', 'Megaport', 'NextDC'],
    },
    {
      name: 'Phoenix', country: 'United States', facility: 'EdgeConneX PHX01', pricingZone: 1, localAzureRegions: ['West US 3'], expressRouteDirect: true,
      providers: ['AT&T NetBond', 'Cox Business Cloud Port', 'CenturyLink Cloud Connect', 'DE-CIX', 'Megaport', 'Zayo'],
    },
    {
      name: 'Phoenix2', country: 'United States', facility: 'PhoenixNAP', pricingZone: 1, localAzureRegions: ['West US 3'], expressRouteDirect: true,
      providers: ['CenturyLink Cloud Connect', 'Digital Realty', 'GTT', 'Iron Mountain'],
    },
    {
      name: 'Portland', country: 'United States', facility: 'EdgeConnex POR01', pricingZone: 1, localAzureRegions: ['West US 2'], expressRouteDirect: true,
      providers: ['Ziply Fiber'],
    },
    {
      name: 'Pune', country: 'India', facility: 'STT GDC Pune DC1', pricingZone: 2, localAzureRegions: ['Central India'], expressRouteDirect: true,
      providers: ['Airtel', 'Lightstorm', 'SIFY', 'Tata Communications'],
    },
    {
      name: 'Quebec City', country: 'Canada', facility: 'Vantage', pricingZone: 1, localAzureRegions: ['Canada East'], expressRouteDirect: true,
      providers: ['Bell Canada', 'Fibrenoire', 'Megaport', 'RISQ', 'Telus'],
    },
    {
      name: 'Queretaro (Mexico)', country: 'Mexico', facility: 'KIO Networks QR01', pricingZone: 4, localAzureRegions: ['Mexico Central'], expressRouteDirect: true,
      providers: ['Axtel', 'Cirion Technologies', 'C3ntro', 'Console Connect (PCCW Global Limited)', 'DE-CIX', 'Equinix', 'Flo Networks', 'KIO', 'MCM Telecom', 'Megaport', 'Transtelco'],
    },
    {
      name: 'Quincy', country: 'United States', facility: 'Sabey Datacenter - Building A', pricingZone: 1, localAzureRegions: ['West US 2'], expressRouteDirect: true,
      providers: ['Ziply Fiber'],
    },
    {
      name: 'Rio de Janeiro', country: 'Brazil', facility: 'Equinix RJ2', pricingZone: 3, localAzureRegions: ['Brazil Southeast'], expressRouteDirect: true,
      providers: ['Cirion Technologies', 'DE-CIX', 'Equinix'],
    },
    {
      name: 'San Antonio', country: 'United States', facility: 'CyrusOne SA1', pricingZone: 1, localAzureRegions: ['South Central US'], expressRouteDirect: true,
      providers: ['AT&T Netbond', 'CenturyLink Cloud Connect', 'Megaport', 'Zayo'],
    },
    {
      name: 'Santiago', country: 'Chile', facility: 'EdgeConnex SCL', pricingZone: 3, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Cirion Technologies', 'Equinix', 'PitChile'],
    },
    {
      name: 'Sao Paulo', country: 'Brazil', facility: 'Equinix SP2', pricingZone: 3, localAzureRegions: ['Brazil South'], expressRouteDirect: true,
      providers: ['Aryaka Networks', 'Ascenty Data Centers', 'British Telecom', 'DE-CIX', 'Embratel', 'Equinix', 'InterCloud', 'Level 3 Communications', 'Megaport', 'Neutrona Networks', 'Orange', 'RedCLARA', 'Tata Communications', 'Telefonica', 'UOLDIVEO', 'Zayo'],
    },
    {
      name: 'Sao Paulo2', country: 'Brazil', facility: 'TIVIT TSM', pricingZone: 3, localAzureRegions: ['Brazil South'], expressRouteDirect: true,
      providers: ['Ascenty Data Centers', 'Megaport', 'Tivit'],
    },
    {
      name: 'Seattle', country: 'United States', facility: 'Equinix SE2', pricingZone: 1, localAzureRegions: ['West US 2'], expressRouteDirect: true,
      providers: ['Aryaka Networks', 'CenturyLink Cloud Connect', 'Cogent', 'DE-CIX', 'Digital Realty', 'Equinix', 'Level 3 Communications', 'Megaport', 'Momentum Telecom', 'Pacific Northwest Gigapop', 'PacketFabric', 'Arelion (Telia Carrier)', 'Telus', 'Zayo'],
    },
    {
      name: 'Seoul', country: 'South Korea', facility: 'KINX Gasan IDC', pricingZone: 2, localAzureRegions: ['Korea Central'], expressRouteDirect: true,
      providers: ['Colt', 'Digital Realty', 'Equinix', 'KINX', 'KT', 'LG CNS', 'LGUplus', 'Sejong Telecom', 'SK Telecom', 'SKT'],
    },
    {
      name: 'Seoul2', country: 'South Korea', facility: 'KT IDC', pricingZone: 2, localAzureRegions: ['Korea Central'], expressRouteDirect: false,
      providers: ['KINX', 'KT', 'LGUplus'],
    },
    {
      name: 'Silicon Valley', country: 'United States', facility: 'Equinix SV1', pricingZone: 1, localAzureRegions: ['West US'], expressRouteDirect: true,
      providers: ['Aryaka Networks', 'AT&T Dynamic Exchange', 'AT&T NetBond', 'British Telecom', 'CenturyLink Cloud Connect', 'China Unicom Global', 'Cogent', 'Colt', 'Comcast', 'Coresite', 'Cox Business Cloud Port', 'Digital Realty', 'Equinix', 'InterCloud', 'Internet2', 'IX Reach', 'Level 3 Communications', 'Megaport', 'MODMC', 'Momentum Telecom', 'Orange', 'Packet', 'PacketFabric', 'Tata Communications', 'Arelion (Telia Carrier)', 'Verizon', 'Vodafone', 'Zayo'],
    },
    {
      name: 'Silicon Valley2', country: 'United States', facility: 'Coresite SV7', pricingZone: 1, localAzureRegions: ['West US'], expressRouteDirect: true,
      providers: ['Coresite', 'Momentum Telecom'],
    },
    {
      name: 'Singapore', country: 'Singapore', facility: 'Equinix SG1', pricingZone: 2, localAzureRegions: ['Southeast Asia'], expressRouteDirect: true,
      providers: ['Aryaka Networks', 'AT&T NetBond', 'British Telecom', 'China Mobile International', 'China Telecom Global', 'Console Connect (PCCW Global Limited)', 'Epsilon Global Communications', 'Equinix', 'GTT', 'IPC', 'InterCloud', 'Level 3 Communications', 'Megaport', 'NTT DOCOMO BUSINESS', 'Orange', 'SingTel', 'Tata Communications', 'Telstra Corporation', 'Telefonica', 'TIME dotCom', 'Verizon', 'Vodafone', 'Zenlayer'],
    },
    {
      name: 'Singapore2', country: 'Singapore', facility: 'Global Switch Tai Seng', pricingZone: 2, localAzureRegions: ['Southeast Asia'], expressRouteDirect: true,
      providers: ['CenturyLink Cloud Connect', 'China Mobile International', 'China Unicom Global', 'Colt', 'Console Connect (PCCW Global Limited)', 'DE-CIX', 'Digital Realty', 'Epsilon Global Communications', 'Equinix', 'Megaport', 'NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)', 'SingTel', 'TATA Communications', 'Telehouse - KDDI', 'Arelion (Telia Carrier)', 'Zenlayer'],
    },
    {
      name: 'Stavanger', country: 'Norway', facility: 'Green Mountain DC1', pricingZone: 1, localAzureRegions: ['Norway West'], expressRouteDirect: true,
      providers: ['GlobalConnect', 'Megaport', 'Telenor'],
    },
    {
      name: 'Stockholm', country: 'Sweden', facility: 'Equinix SK1', pricingZone: 1, localAzureRegions: ['Sweden Central'], expressRouteDirect: true,
      providers: ['Cinia', 'Elisa', 'Equinix', 'GlobalConnect', 'Interxion (Digital Realty)', 'Megaport', 'Tata Communications', 'Arelion (Telia Carrier)'],
    },
    {
      name: 'Stockholm2', country: 'Sweden', facility: 'Digital Realty STO6', pricingZone: 1, localAzureRegions: ['Sweden Central'], expressRouteDirect: true,
      providers: ['Digital Realty'],
    },
    {
      name: 'Sydney', country: 'Australia', facility: 'Equinix SY2', pricingZone: 2, localAzureRegions: ['Australia East'], expressRouteDirect: true,
      providers: ['AARNet', 'AT&T NetBond', 'British Telecom', 'Cello', 'CenturyLink Cloud Connect', 'Console Connect (PCCW Global Limited)', 'Devoli', 'Equinix', 'GTT', 'Kordia', 'Megaport', 'NEXTDC', 'NTT DOCOMO BUSINESS', 'Optus', 'Orange', 'Spark NZ', 'Telstra Corporation', 'TPG Telecom', 'Verizon', 'Vocus Group NZ'],
    },
    {
      name: 'Sydney2', country: 'Australia', facility: 'NextDC S1', pricingZone: 2, localAzureRegions: ['Australia East'], expressRouteDirect: true,
      providers: ['AARNet', 'Digital Realty', 'Internet Association of Australia', 'Megaport', 'NETSG', 'NextDC'],
    },
    {
      name: 'Taipei', country: 'Taiwan', facility: 'Chief Telecom', pricingZone: 2, localAzureRegions: ['Taiwan North'], expressRouteDirect: true,
      providers: ['Chief Telecom', 'Chunghwa Telecom', 'FarEasTone'],
    },
    {
      name: 'Taipei2', country: 'Taiwan', facility: 'Chunghwa Telecom', pricingZone: 2, localAzureRegions: ['Taiwan North'], expressRouteDirect: true,
      providers: ['Chunghwa Telecom', 'FarEasTone'],
    },
    {
      name: 'Tel Aviv', country: 'Israel', facility: 'Bezeq International', pricingZone: 2, localAzureRegions: ['Israel Central'], expressRouteDirect: true,
      providers: ['Bezeq International', 'Cellcom Fixed Line Communication (l.p.)', 'HOT Telecom'],
    },
    {
      name: 'Tel Aviv2', country: 'Israel', facility: 'SDS', pricingZone: 2, localAzureRegions: ['Israel Central'], expressRouteDirect: true,
      providers: ['Bezeq International', 'Cellcom Fixed Line Communication (l.p.)'],
    },
    {
      name: 'Tokyo', country: 'Japan', facility: 'Equinix TY4', pricingZone: 2, localAzureRegions: ['Japan East'], expressRouteDirect: true,
      providers: ['Aryaka Networks', 'AT&T NetBond', 'BBIX', 'British Telecom', 'CenturyLink Cloud Connect', 'Colt', 'Equinix', 'Intercloud', 'Internet Initiative Japan Inc. - IIJ', 'KDDI', 'Megaport', 'NTT DOCOMO BUSINESS', 'NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)', 'NTT EAST', 'Orange', 'Softbank', 'Verizon'],
    },
    {
      name: 'Tokyo2', country: 'Japan', facility: 'AT TOKYO', pricingZone: 2, localAzureRegions: ['Japan East'], expressRouteDirect: true,
      providers: ['AT TOKYO', 'BBIX', 'China Telecom Global', 'China Unicom Global', 'Colt', 'Console Connect (PCCW Global Limited)', 'DE-CIX', 'Digital Realty', 'Equinix', 'Internet Initiative Japan Inc. - IIJ', 'IPC', 'IX Reach', 'KDDI', 'Megaport', 'NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)', 'Softbank', 'Tokai Communications'],
    },
    {
      name: 'Tokyo3', country: 'Japan', facility: 'NEC', pricingZone: 2, localAzureRegions: ['Japan East'], expressRouteDirect: true,
      providers: ['BBIX', 'NEC', 'SCSK'],
    },
    {
      name: 'Toronto', country: 'Canada', facility: 'Cologix TOR1', pricingZone: 1, localAzureRegions: ['Canada Central'], expressRouteDirect: true,
      providers: ['AT&T NetBond', 'Bell Canada', 'CenturyLink Cloud Connect', 'Cologix', 'Equinix', 'IX Reach', 'Megaport', 'Orange', 'PacketFabric', 'Tata Communications', 'Telus', 'Verizon', 'Zayo'],
    },
    {
      name: 'Toronto2', country: 'Canada', facility: 'Allied REIT', pricingZone: 1, localAzureRegions: ['Canada Central'], expressRouteDirect: true,
      providers: ['Fibrenoire', 'Megaport', 'Telus', 'Zayo'],
    },
    {
      name: 'Vancouver', country: 'Canada', facility: 'Cologix VAN1', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['Bell Canada', 'Cologix', 'Megaport', 'Telus', 'Zayo'],
    },
    {
      name: 'Vienna', country: 'Austria', facility: 'Digital Realty VIE1', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['A1 Telekom Austria', 'Conova', 'Digital Realty', 'next layer GmbH'],
    },
    {
      name: 'Vienna2', country: 'Austria', facility: 'NTT Data VIE1', pricingZone: 1, localAzureRegions: [], expressRouteDirect: true,
      providers: ['A1 Telekom Austria', 'Conova', 'next layer GmbH', 'NTT Global DataCenters EMEA'],
    },
    {
      name: 'Warsaw', country: 'Poland', facility: 'Equinix WA1', pricingZone: 1, localAzureRegions: ['Poland Central'], expressRouteDirect: true,
      providers: ['1-IX.EU', 'Equinix', 'Exatel', 'Orange', 'Orange Poland', 'T-Mobile Poland'],
    },
    {
      name: 'Washington DC', country: 'United States', facility: 'Equinix DC2; Equinix DC6', pricingZone: 1, localAzureRegions: ['East US', 'East US 2'], expressRouteDirect: true,
      providers: ['Aryaka Networks', 'AT&T NetBond', 'AT&T Dynamic Exchange', 'British Telecom', 'CenturyLink Cloud Connect', 'Cogent', 'Cologix', 'Colt', 'Console Connect (PCCW Global Limited)', 'Comcast', 'Coresite', 'Cox Business Cloud Port', 'Crown Castle', 'Digital Realty', 'Equinix', 'Epsilon Global Communications', 'Flo Networks', 'GTT', 'IPC', 'Internet2', 'InterCloud', 'Iron Mountain', 'IX Reach', 'Level 3 Communications', 'Lightpath', 'Megaport', 'Momentum Telecom', 'MODMC', 'NTT DOCOMO BUSINESS', 'Orange', 'PacketFabric', 'PitChile', 'SES', 'Tata Communications', 'Arelion (Telia Carrier)', 'Telefonica', 'Verizon', 'Zayo', 'Zenlayer'],
    },
    {
      name: 'Washington DC2', country: 'United States', facility: 'Coresite VA2', pricingZone: 1, localAzureRegions: ['East US', 'East US 2'], expressRouteDirect: false,
      providers: ['CenturyLink Cloud Connect', 'Coresite', 'Intelsat', 'Megaport', 'Momentum Telecom', 'Viasat', 'Zayo'],
    },
    {
      name: 'Zurich', country: 'Switzerland', facility: 'Digital Realty(Interxion) ZUR2', pricingZone: 1, localAzureRegions: ['Switzerland North'], expressRouteDirect: true,
      providers: ['Colt', 'Equinix', 'Green Datacenter', 'Intercloud', 'Interxion (Digital Realty)', 'Megaport', 'Swisscom', 'Zayo'],
    },
    {
      name: 'Zurich2', country: 'Switzerland', facility: 'Equinix ZH5', pricingZone: 1, localAzureRegions: ['Switzerland North'], expressRouteDirect: true,
      providers: ['Equinix', 'Green Datacenter', 'Swisscom'],
    },
  ],
};

/**
 * Geopolitical regions: the Azure regions and ExpressRoute locations in each.
 *
 * Source: the include "Azure regions to ExpressRoute locations within a geopolitical region"
 * (`includes/expressroute-azure-regions-geopolitical-region.md`, ms.date 11/02/2025) shown on
 * Sources.LOCATIONS; national clouds left out as above. The page spells the Indian regions
 * "India West", "India Central", "India South"; they are Azure's West India, Central India and
 * South India, written here as Azure names them so a gateway's `location` matches. A location
 * or Azure region the table does not list has no known geopolitical region: it is not judged.
 * "Connectivity across geopolitical regions isn't supported on the standard ExpressRoute SKU."
 */
export const BUILTIN_GEOPOLITICAL_REGIONS: GeopoliticalRegionsData = {
  asOf: '2025-11-02',
  source: `${Sources.LOCATIONS}#locations`,
  regions: [
    {
      name: 'North America',
      azureRegions: ['East US', 'West US', 'East US 2', 'West US 2', 'West US 3', 'Central US', 'South Central US',
        'North Central US', 'West Central US', 'Canada Central', 'Canada East', 'Mexico Central'],
      peeringLocations: ['Atlanta', 'Atlanta2', 'Atlanta Metro', 'Chicago', 'Chicago2', 'Chicago Metro', 'Dallas', 'Dallas2',
        'Dallas Metro', 'Denver', 'Las Vegas', 'Los Angeles', 'Los Angeles2', 'Miami', 'Minneapolis', 'Montreal', 'New York',
        'New York2', 'New York Metro', 'Phoenix', 'Phoenix2', 'Quebec City', 'Queretaro(Mexico)', 'Quincy', 'San Antonio',
        'Seattle', 'Silicon Valley', 'Silicon Valley2', 'Toronto', 'Toronto2', 'Vancouver', 'Washington DC', 'Washington DC2',
        'Washington DC Metro'],
    },
    {
      name: 'South America',
      azureRegions: ['Brazil South'],
      peeringLocations: ['Campinas', 'Rio de Janeiro', 'Sao Paulo', 'Sao Paulo2', 'Santiago'],
    },
    {
      name: 'Europe',
      azureRegions: ['Austria East', 'France Central', 'France South', 'Germany North', 'Germany West Central', 'Italy North',
        'North Europe', 'Norway East', 'Norway West', 'Poland Central', 'Spain Central', 'Sweden Central', 'Switzerland North',
        'Switzerland West', 'UK West', 'UK South', 'West Europe'],
      peeringLocations: ['Amsterdam', 'Amsterdam2', 'Amsterdam Metro', 'Berlin', 'Brussels', 'Brussels2', 'Copenhagen', 'Dublin',
        'Dublin2', 'Dublin Metro', 'Frankfurt', 'Frankfurt2', 'Geneva', 'London', 'London2', 'Madrid', 'Madrid2', 'Madrid Metro',
        'Marseille', 'Milan', 'Milan2', 'Milan Metro', 'Munich', 'Newport(Wales)', 'Oslo', 'Oslo2', 'Oslo Metro', 'Paris',
        'Paris2', 'Stavanger', 'Stockholm', 'Vienna', 'Vienna2', 'Vienna Metro', 'Warsaw', 'Zurich', 'Zurich2', 'Zurich Metro'],
    },
    {
      name: 'South Africa',
      azureRegions: ['South Africa West', 'South Africa North'],
      peeringLocations: ['Cape Town', 'Johannesburg'],
    },
    {
      name: 'Asia',
      azureRegions: ['East Asia', 'Southeast Asia', 'Taiwan North'],
      peeringLocations: ['Bangkok', 'Hong Kong', 'Hong Kong2', 'Jakarta', 'Jakarta2', 'Jakarta Metro', 'Kuala Lumpur',
        'Kuala Lumpur2', 'Singapore', 'Singapore2', 'Taipei', 'Taipei2', 'Taipei Metro'],
    },
    {
      name: 'India',
      azureRegions: ['West India', 'Central India', 'South India'],
      peeringLocations: ['Chennai', 'Chennai2', 'Mumbai', 'Mumbai2', 'Pune'],
    },
    { name: 'Israel', azureRegions: ['Israel Central'], peeringLocations: ['Tel Aviv', 'Tel Aviv2'] },
    { name: 'Japan', azureRegions: ['Japan West', 'Japan East'], peeringLocations: ['Osaka', 'Tokyo', 'Tokyo2', 'Tokyo3'] },
    { name: 'South Korea', azureRegions: ['Korea Central', 'Korea South'], peeringLocations: ['Busan', 'Seoul', 'Seoul2'] },
    { name: 'Qatar', azureRegions: ['Qatar Central'], peeringLocations: ['Doha', 'Doha2'] },
    { name: 'UAE', azureRegions: ['UAE Central', 'UAE North'], peeringLocations: ['Abu Dhabi', 'Dubai', 'Dubai2'] },
    { name: 'Australia Government', azureRegions: ['Australia Central', 'Australia Central 2'], peeringLocations: ['Canberra', 'Canberra2'] },
    {
      name: 'Oceania',
      azureRegions: ['Australia East', 'Australia Southeast', 'New Zealand North'],
      peeringLocations: ['Auckland', 'Melbourne', 'Perth', 'Sydney', 'Sydney2'],
    },
  ],
};

/**
 * One provider, several spellings. The API name is what `az network express-route
 * list-service-providers` returns and what circuits are created with; the Metro page
 * (Sources.METRO, ms.date 05/10/2026) and the locations page (Sources.LOCATIONS, ms.date
 * 04/28/2026) show display names.
 */
export const BUILTIN_PROVIDER_ALIASES: ProviderAliasesData = {
  asOf: '2026-05-10',
  source: `${Sources.METRO}; ${Sources.LOCATIONS}`,
  providers: [
    {
      apiName: 'Telia Carrier',
      aliases: ['Telia Carrier (Arelion)', 'Arelion (Telia Carrier)'],
      source: '"Telia Carrier" in the locations page revision of 05/26/2025 and in the API (issue 18); '
        + '"Telia Carrier (Arelion)" on the Metro page (05/10/2026); "Arelion (Telia Carrier)" on the locations page (04/28/2026).',
    },
    {
      apiName: 'Interxion (Digital Realty)',
      aliases: ['Digital Realty (Interxion)'],
      matchOnly: ['Digital Realty'],
      source: '"Interxion (Digital Realty)" on the locations page and in the API (issue 18); the Metro page (05/10/2026) '
        + 'shows "Digital Realty". The locations page (04/28/2026) also lists "Digital Realty" as a provider of its own '
        + '(Atlanta2, Dallas2, Stockholm2), so that name matches but is never rewritten.',
    },
    {
      apiName: 'NTT Communications',
      aliases: [],
      matchOnly: ['NTT DOCOMO BUSINESS'],
      source: 'The locations page (04/28/2026) writes "NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - '
        + 'Flexible Interconnect)" (new name, former name) and lists "NTT Communications" at Los Angeles and "NTT DOCOMO BUSINESS" '
        + 'elsewhere. Which one the API takes at each location is not documented, so each matches the other and neither is rewritten.',
    },
  ],
};
