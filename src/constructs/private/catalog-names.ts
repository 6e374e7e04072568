import { MetroCatalog } from '../../catalog/metro-catalog';
import { Token } from '../../core/framework';

// Constructs write the catalog's spelling of names Azure matches exactly (`equinix` becomes
// `Equinix`, `amsterdam metro` becomes `Amsterdam Metro`). Unknown names are written as given:
// the METRO rules report them (with a did-you-mean) at synth. The catalog is the one in force
// when the construct is built (context keys or an earlier `useCatalog`).
// Merge note: the catalog helper adds a canonical-name lookup to MetroCatalog; these two
// functions are the call sites to switch to it.

function norm(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The catalog's spelling of a Metro name (not a city: `Amsterdam` is a standard location). */
export function canonicalMetroName(catalog: MetroCatalog, name: string): string {
  if (Token.isUnresolved(name)) return name;
  const metro = catalog.tryFindMetro(name);
  return metro && norm(metro.name) === norm(name) ? metro.name : name;
}

/** The catalog's spelling of a provider, preferring the metro's own list. */
export function canonicalProviderName(catalog: MetroCatalog, provider: string, metroName?: string): string {
  if (Token.isUnresolved(provider)) return provider;
  const metro = metroName !== undefined ? catalog.tryFindMetro(metroName) : undefined;
  const lists = metro ? [metro, ...catalog.metros] : catalog.metros;
  for (const m of lists) {
    const found = [...m.providers, ...m.announcedProviders].find((p) => norm(p) === norm(provider));
    if (found !== undefined) return found;
  }
  return provider;
}
