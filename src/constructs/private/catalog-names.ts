import { MetroCatalog } from '../../catalog/metro-catalog';
import { isUnresolved } from '../../core/tokens';

// Constructs write the catalog's spelling of names Azure matches exactly (`equinix` becomes
// `Equinix`, `amsterdam metro` becomes `Amsterdam Metro`), through the catalog's own lookups.
// Unknown names are written as given: the METRO rules report them (with a did-you-mean) at
// synth. The catalog is the one in force when the construct is built (context keys or an
// earlier `useCatalog`). Tokens are left alone.

/** The catalog's spelling of a Metro or peering-location name (a city is not turned into its metro). */
export function canonicalPlaceName(catalog: MetroCatalog, name: string): string {
  return isUnresolved(name) ? name : catalog.canonicalPlaceName(name);
}

/** The name to write for a provider: the catalog's spelling or the API name of an alias. */
export function canonicalProviderName(catalog: MetroCatalog, provider: string): string {
  return isUnresolved(provider) ? provider : catalog.canonicalProviderName(provider);
}
