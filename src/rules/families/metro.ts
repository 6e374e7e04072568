import { ProviderAvailability } from '../../catalog/metro-catalog';
import { Sources } from '../../catalog/sources';
import { Severity } from '../finding';
import { defineRule, known } from '../define';
import { METRO_NAME, metroOfCircuit, metroOfPort } from '../locations';
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
        ctx.report({
          subject: c, property: 'peeringLocation', value: loc,
          message: near
            ? `"${loc}" is not a Metro peering location: a Metro circuit lands at ${near.peeringLocations.join(' and ')} through "${near.name}".`
            : `"${loc}" is not a known ExpressRoute Metro location (catalog as of ${ctx.catalog.asOf}).`,
          fix: near
            ? `Use peeringLocation "${near.name}".`
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
        ctx.report({
          subject: c, property: 'serviceProviderName', value: provider,
          message: metro.providers.length === 0
            ? `${metro.name} has no active connectivity provider (catalog as of ${ctx.catalog.asOf}).`
            : `"${provider}" is not a provider at ${metro.name}.`,
          fix: (metro.providers.length > 0 ? `Use one of: ${metro.providers.join(', ')}.` : 'Use another metro or an ExpressRoute Direct port.')
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
        if (metro === undefined || loc === undefined || p.external) continue;
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
        ctx.report({
          subject: p, property: 'metro', value: metro,
          message: `"${metro}" is not a known ExpressRoute Metro location (catalog as of ${ctx.catalog.asOf}).`,
          fix: near ? `Use "${near.name}".` : `Use one of: ${ctx.catalog.metroNames.join(', ')}.`,
        });
      }
    }),
];
