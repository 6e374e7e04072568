import { ProviderAvailability } from '../../catalog/metro-catalog';
import { Sources } from '../../catalog/sources';
import { didYouMean } from '../../catalog/suggest';
import { Severity } from '../finding';
import { defineRule, known } from '../define';
import { METRO_NAME, metroOfCircuit, metroOfPort, placeProperty } from '../locations';
import { IRule } from '../rule';

export const METRO_RULES: IRule[] = [
  defineRule('METRO001', Severity.ERROR,
    'A Metro circuit uses a known "<City> Metro" peering location', Sources.METRO, (ctx) => {
      for (const c of ctx.topology.circuits) {
        const loc = known(c, 'peeringLocation', c.peeringLocation);
        if (loc === undefined || c.external) continue;
        const looksMetro = METRO_NAME.test(loc);
        if (!c.declaredMetro && !looksMetro) continue;
        const exact = ctx.catalog.tryFindMetro(loc);
        if (exact && exact.name.toLowerCase() === loc.trim().toLowerCase()) continue;
        const near = ctx.catalog.tryResolve(loc.replace(METRO_NAME, '').trim());
        const property = placeProperty(c);
        const typo = near ? [] : ctx.catalog.suggestPlaces(loc).filter((n) => METRO_NAME.test(n));
        ctx.report({
          subject: c, property, value: loc,
          message: near
            ? `"${loc}" is not a Metro peering location: a Metro circuit lands at ${near.peeringLocations.join(' and ')} through "${near.name}".`
            : `"${loc}" is not a known ExpressRoute Metro location (catalog as of ${ctx.catalog.asOf}).${didYouMean(typo)}`,
          fix: near
            ? `Use ${property} "${near.name}".`
            : typo.length > 0
              ? `Use ${property} "${typo[0]}".`
              : `Use one of: ${ctx.catalog.metroNames.join(', ')}; or overlay the catalog if Azure added this metro.`,
        });
      }
    }),

  defineRule('METRO002', Severity.ERROR,
    'The connectivity provider is offered at the metro', Sources.METRO, (ctx) => {
      for (const c of ctx.topology.circuits) {
        const provider = known(c, 'serviceProviderName', c.serviceProviderName);
        const metro = metroOfCircuit(c, ctx.index, ctx.catalog);
        if (provider === undefined || metro === undefined || c.external) continue;
        if (ctx.catalog.providerAvailability(metro, provider) !== ProviderAvailability.NOT_OFFERED) continue;
        const elsewhere = ctx.catalog.metrosWithProvider(provider).map((m) => m.name);
        const typo = closeProviders(ctx.catalog, provider, [...metro.providers, ...metro.announcedProviders]);
        ctx.report({
          subject: c, property: 'serviceProviderName', value: provider,
          message: (metro.providers.length === 0
            ? `${metro.name} has no active connectivity provider (catalog as of ${ctx.catalog.asOf}).`
            : `"${provider}" is not a provider at ${metro.name}.`) + didYouMean(typo),
          fix: (typo.length > 0 ? `Use serviceProviderName "${typo[0]}". ` : '')
            + (metro.providers.length > 0 ? `Providers at ${metro.name}: ${metro.providers.join(', ')}.` : 'Use another metro or an ExpressRoute Direct port.')
            + (elsewhere.length > 0 ? ` "${provider}" is active at: ${elsewhere.join(', ')}.` : ''),
        });
      }
    }),

  defineRule('METRO003', Severity.WARNING,
    'The provider is only announced at the metro (circuit creation expected to fail)', Sources.METRO, (ctx) => {
      for (const c of ctx.topology.circuits) {
        const provider = known(c, 'serviceProviderName', c.serviceProviderName);
        const metro = metroOfCircuit(c, ctx.index, ctx.catalog);
        if (provider === undefined || metro === undefined || c.external) continue;
        if (ctx.catalog.providerAvailability(metro, provider) !== ProviderAvailability.ANNOUNCED) continue;
        ctx.report({
          subject: c, property: 'serviceProviderName', value: provider,
          message: `"${provider}" is announced at ${metro.name} but not active: "circuit creation is expected to fail until the providers become active".`,
          fix: `Check the live Metro page; when the provider is active, overlay the catalog with activateProviders [{ metro: "${metro.name}", provider: "${provider}" }].`,
        });
      }
    }),

  defineRule('METRO004', Severity.ERROR,
    'Metro ExpressRoute Direct is offered at the metro', Sources.METRO, (ctx) => {
      for (const p of ctx.topology.ports) {
        const metro = metroOfPort(p, ctx.catalog);
        if (metro === undefined || metro.expressRouteDirect || p.external) continue;
        const others = ctx.catalog.metros.filter((m) => m.expressRouteDirect && m.country === metro.country).map((m) => m.name);
        ctx.report({
          subject: p, property: 'metro', value: metro.name,
          message: `${metro.name} does not offer Metro ExpressRoute Direct ports.`,
          fix: others.length > 0
            ? `Use a provider Metro circuit at ${metro.name}, or a Direct port at ${others.join(', ')}.`
            : `Use a provider Metro circuit at ${metro.name} (providers: ${metro.providers.join(', ') || 'none active'}).`,
        });
      }
    }),

  defineRule('METRO005', Severity.INFO,
    'The peering_location of a Metro Direct port is not documented by Azure', Sources.METRO, (ctx) => {
      for (const p of ctx.topology.ports) {
        const metro = metroOfPort(p, ctx.catalog);
        const loc = known(p, 'peeringLocation', p.peeringLocation);
        // Only a location the library chose: a value the user set is theirs to know.
        if (metro === undefined || loc === undefined || p.external || p.peeringLocationDefaulted !== true) continue;
        ctx.report({
          subject: p, property: 'peeringLocation', value: loc,
          message: `Azure documents no ports-location name for ${metro.name}; "${loc}" is this library's default.`,
          fix: 'Check `az network express-route port location list` for the Metro ports-location name and set `portPeeringLocation` if it differs.',
        });
      }
    }),

  defineRule('METRO006', Severity.ERROR,
    'A Metro Direct port is declared at a known metro', Sources.METRO, (ctx) => {
      for (const p of ctx.topology.ports) {
        const metro = known(p, 'metro', p.metro);
        if (metro === undefined || ctx.catalog.tryFindMetro(metro) !== undefined || p.external) continue;
        const near = ctx.catalog.tryFindMetroOfPeeringLocation(metro);
        const typo = near ? [] : ctx.catalog.suggestPlaces(metro).filter((n) => METRO_NAME.test(n));
        ctx.report({
          subject: p, property: 'metro', value: metro,
          message: `"${metro}" is not a known ExpressRoute Metro location (catalog as of ${ctx.catalog.asOf}).${didYouMean(typo)}`,
          fix: near ? `Use "${near.name}".` : typo.length > 0 ? `Use "${typo[0]}".` : `Use one of: ${ctx.catalog.metroNames.join(', ')}.`,
        });
      }
    }),

  defineRule('METRO007', Severity.ERROR,
    'The connectivity provider is listed at the (non-Metro) peering location', Sources.LOCATIONS, (ctx) => {
      for (const c of ctx.topology.circuits) {
        const provider = known(c, 'serviceProviderName', c.serviceProviderName);
        const loc = known(c, 'peeringLocation', c.peeringLocation);
        if (provider === undefined || loc === undefined || c.external || c.portKey !== undefined) continue;
        const place = ctx.catalog.tryDescribePlace(loc);
        const location = place?.location;
        // Judged only where the location and its provider list are known.
        if (!location || ctx.catalog.providerListedAt(location, provider) !== false) continue;
        const typo = closeProviders(ctx.catalog, provider, location.providers ?? []);
        const elsewhere = ctx.catalog.locationsWithProvider(provider).map((l) => l.name);
        // The page does not list every service provider the API offers: Azure's Oracle interconnect
        // page has circuits created with "Oracle Cloud FastConnect", which the page lists nowhere.
        // A name listed at no location and close to none it lists is not judged; one listed
        // elsewhere, or a misspelling of one, is.
        if (elsewhere.length === 0 && typo.length === 0) continue;
        ctx.report({
          subject: c, property: 'serviceProviderName', value: provider,
          message: `"${provider}" is not listed as a connectivity provider at ${location.name} (locations page as of ${ctx.catalog.peeringLocationsData.asOf}).${didYouMean(typo)}`,
          fix: (typo.length > 0 ? `Use serviceProviderName "${typo[0]}". ` : '')
            + (elsewhere.length > 0
              ? `"${provider}" is listed at: ${elsewhere.slice(0, 12).join(', ')}${elsewhere.length > 12 ? ', ...' : ''}.`
              : `Providers at ${location.name}: ${(location.providers ?? []).join(', ')}.`)
            + ' If Azure added the provider, overlay the catalog with addLocationProviders.',
        });
      }
    }),

  defineRule('METRO008', Severity.WARNING,
    'The peering location is in the catalog', Sources.LOCATIONS, (ctx) => {
      for (const c of ctx.topology.circuits) {
        const loc = known(c, 'peeringLocation', c.peeringLocation);
        if (loc === undefined || c.external || c.portKey !== undefined) continue;
        // Metro spellings and declared metros are METRO001's.
        if (c.declaredMetro || METRO_NAME.test(loc) || ctx.catalog.tryDescribePlace(loc) !== undefined) continue;
        const typo = ctx.catalog.suggestPlaces(loc);
        ctx.report({
          subject: c, property: placeProperty(c), value: loc,
          message: `"${loc}" is not an ExpressRoute peering location of global commercial Azure in the catalog (as of ${ctx.catalog.peeringLocationsData.asOf}).${didYouMean(typo)}`,
          fix: typo.length > 0
            ? `Use "${typo[0]}".`
            : 'Check the spelling against the locations page (a national-cloud location is not in the catalog); if Azure added the location, overlay the catalog with "locations".',
        });
      }
    }),
];

/** Provider names close to a typed one: first among the place's providers, then among all. */
function closeProviders(catalog: { suggestProviders(name: string, among?: string[]): string[] }, typed: string, here: string[]): string[] {
  const local = catalog.suggestProviders(typed, here);
  return local.length > 0 ? local : catalog.suggestProviders(typed);
}
