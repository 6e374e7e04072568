import * as fc from 'fast-check';
import { MetroCatalog } from '../../src/catalog/metro-catalog';

/** Seeded and reproducible: FC_SEED=<n> replays a run. */
export const SEED = Number(process.env.FC_SEED ?? 20261125);

const catalog = MetroCatalog.builtIn();
export const METRO_NAMES = catalog.metroNames;
export const PROVIDERS = [...new Set(catalog.metros.flatMap((m) => [...m.providers, ...m.announcedProviders]))];

/** Mostly plausible values, sometimes anything. */
export const anyNumber = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -10, max: 70000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 50, 1000, 4094, 4095, 65515, 12076, 4294967296, 1e12, -1, NaN, Infinity, 0.5) },
);
export const anyString = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', ' ', '${var.x}', 'Amsterdam', 'Amsterdam2'));
export const prefix30 = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 63 })).map(([a, b]) => `192.168.${a}.${b * 4}/30`);
export const anyPrefix = fc.oneof(
  { weight: 4, arbitrary: prefix30 },
  { weight: 1, arbitrary: fc.constantFrom('10.0.0.0/29', '10.0.0.1/30', '2001:db8::/126', '2001:db8::4/126', '2001:db8::/64', 'banana', '300.1.1.1/30', '10.0.0.0/33', '::/0', '1:2:3:4:5:6:7:8:9/126') },
);
export const metroName = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...METRO_NAMES) }, { weight: 1, arbitrary: fc.constantFrom('Atlantis Metro', 'Amsterdam2', 'amsterdam metro', 'Amsterdam') });
export const provider = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PROVIDERS) }, { weight: 1, arbitrary: anyString });
export const tier = fc.constantFrom('Local', 'Standard', 'Premium', 'Basic', 'premium', '');
export const family = fc.constantFrom('MeteredData', 'UnlimitedData', 'Metered');
export const gatewaySku = fc.constantFrom('Standard', 'HighPerformance', 'UltraPerformance', 'ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ', 'ErGwScale', 'VpnGw1');
export const cipher = fc.constantFrom('GcmAes128', 'GcmAes256', 'GcmAesXpn128', 'GcmAesXpn256', 'Aes');
