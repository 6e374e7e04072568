import { Sources } from './sources';
import { GatewayFactsData, GlobalReachData } from './types';

/**
 * Where Global Reach is offered. Source: Sources.GLOBAL_REACH, "Availability" (ms.date
 * 04/09/2025): "ExpressRoute Global Reach is available in the following locations". The page
 * lists "Brazil South" (an Azure region, not a country: which Brazilian peering locations it
 * means is not stated, so Brazil is not judged) and "South Africa (Johannesburg only)".
 */
export const BUILTIN_GLOBAL_REACH: GlobalReachData = {
  asOf: '2025-04-09',
  source: Sources.GLOBAL_REACH,
  countries: [
    'Australia', 'Belgium', 'Canada', 'Denmark', 'France', 'Germany', 'Hong Kong SAR', 'India', 'Ireland', 'Italy', 'Japan',
    'Netherlands', 'New Zealand', 'Norway', 'Poland', 'Singapore', 'South Korea', 'Spain', 'Sweden', 'Switzerland', 'Taiwan',
    'United Kingdom', 'United States',
  ],
  onlyAt: [{ country: 'South Africa', locations: ['Johannesburg'] }],
  unclear: ['Brazil'],
};

/**
 * ExpressRoute gateway limits. Sources: Sources.GATEWAYS (ms.date 09/05/2026: circuit
 * connections per SKU, "4 (minimum 1 scale unit) 8 (minimum 2 ...) 16 (minimum 10 ...)" for
 * ErGwScale), Sources.FASTPATH (ms.date 11/05/2025: "Ultra Performance, ErGw3AZ, ErGwScale with
 * a minimum of 10 scale units"), Sources.SCALABLE_GATEWAY (ms.date 11/06/2025: scale units 1 to
 * 40, and "ErGwScale is available in most Azure regions except" the regions listed below).
 */
export const BUILTIN_GATEWAY_FACTS: GatewayFactsData = {
  asOf: '2026-09-05',
  source: `${Sources.GATEWAYS}; ${Sources.FASTPATH}; ${Sources.SCALABLE_GATEWAY}`,
  skus: [
    { name: 'Standard', maxCircuits: 4, fastPath: false, zoneRedundant: false },
    { name: 'HighPerformance', maxCircuits: 8, fastPath: false, zoneRedundant: false },
    { name: 'UltraPerformance', maxCircuits: 16, fastPath: true, zoneRedundant: false },
    { name: 'ErGw1AZ', maxCircuits: 4, fastPath: false, zoneRedundant: true },
    { name: 'ErGw2AZ', maxCircuits: 8, fastPath: false, zoneRedundant: true },
    { name: 'ErGw3AZ', maxCircuits: 16, fastPath: true, zoneRedundant: true },
  ],
  erGwScale: {
    minScaleUnits: 1,
    maxScaleUnits: 40,
    circuitsByScaleUnits: [
      { fromScaleUnits: 1, maxCircuits: 4 },
      { fromScaleUnits: 2, maxCircuits: 8 },
      { fromScaleUnits: 10, maxCircuits: 16 },
    ],
    fastPathMinScaleUnits: 10,
    unavailableRegions: [
      'Belgium Central', 'Japan East', 'Qatar Central', 'Southeast Asia', 'West Europe', 'West India', 'West US 2',
      'South Central US', 'East US 2',
    ],
    regionsAsOf: '2025-11-06',
  },
};
