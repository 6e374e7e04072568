import {
  DIRECT_CIRCUIT_SIZES_GBPS, DIRECT_OVERSUBSCRIPTION_FACTOR_2024, PROVIDER_BANDWIDTHS_MBPS,
} from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { Severity } from '../finding';
import { defineRule, known, oneOf } from '../define';
import { IRule, isUnresolved } from '../rule';

const ALL_DIRECT_SIZES = [...new Set(Object.values(DIRECT_CIRCUIT_SIZES_GBPS).flat())].sort((a, b) => a - b);

/** The fields that make a circuit a provider circuit or a Direct circuit: property, kind, model field. */
const CIRCUIT_KIND_FIELDS: ReadonlyArray<[string, 'provider' | 'direct', 'serviceProviderName' | 'peeringLocation' | 'bandwidthMbps' | 'portKey' | 'bandwidthGbps']> = [
  ['serviceProviderName', 'provider', 'serviceProviderName'], ['peeringLocation', 'provider', 'peeringLocation'], ['bandwidthMbps', 'provider', 'bandwidthMbps'],
  ['expressRoutePort', 'direct', 'portKey'], ['bandwidthGbps', 'direct', 'bandwidthGbps'],
];

export const BW_RULES: IRule[] = [
  defineRule('BW001', Severity.ERROR,
    'A provider circuit bandwidth is one Azure offers', Sources.PEERINGS, (ctx) => {
      for (const c of ctx.topology.circuits) {
        const mbps = known(c, 'bandwidthMbps', c.bandwidthMbps);
        if (mbps === undefined || c.external || PROVIDER_BANDWIDTHS_MBPS.includes(mbps)) continue;
        const up = PROVIDER_BANDWIDTHS_MBPS.find((b) => b > mbps);
        ctx.report({
          subject: c, property: 'bandwidthMbps', value: mbps,
          message: `${mbps} Mbps is not an ExpressRoute provider circuit bandwidth.`,
          fix: `Use ${oneOf(PROVIDER_BANDWIDTHS_MBPS)} Mbps${up !== undefined ? ` (next size up: ${up})` : ''}; bandwidths above 10 Gbps need ExpressRoute Direct.`,
        });
      }
    }),

  defineRule('BW002', Severity.ERROR,
    'A Direct circuit bandwidth fits the port size', Sources.DIRECT, (ctx) => {
      for (const c of ctx.topology.circuits) {
        const gbps = known(c, 'bandwidthGbps', c.bandwidthGbps);
        if (gbps === undefined || c.external) continue;
        const port = ctx.index.port(c.portKey);
        const size = port ? known(port, 'bandwidthGbps', port.bandwidthGbps) : undefined;
        const allowed = size !== undefined ? DIRECT_CIRCUIT_SIZES_GBPS[size] : ALL_DIRECT_SIZES;
        if (allowed === undefined || allowed.includes(gbps)) continue;
        // 1000 for a 1 Gbps circuit: a value in Mbps given where Gbps is asked.
        const mbps = gbps >= 1000 && allowed.includes(gbps / 1000) ? ` It looks like Mbps: ${gbps} Mbps is ${gbps / 1000} Gbps.` : '';
        ctx.report({
          subject: c, property: 'bandwidthGbps', value: gbps,
          message: (size !== undefined
            ? `${gbps} Gbps is not a circuit size on a ${size} Gbps port.`
            : `${gbps} Gbps is not an ExpressRoute Direct circuit size.`) + mbps,
          fix: `Use ${oneOf(allowed)} Gbps${mbps ? ` (bandwidthGbps: ${gbps / 1000})` : ''}.`,
        });
      }
    }),

  defineRule('BW003', Severity.WARNING,
    'The circuits on a Direct port pair do not exceed its size', Sources.DIRECT, (ctx) => {
      for (const p of ctx.topology.ports) {
        const size = known(p, 'bandwidthGbps', p.bandwidthGbps);
        if (size === undefined) continue;
        let total = 0;
        for (const c of ctx.index.circuitsOn(p.key)) total += known(c, 'bandwidthGbps', c.bandwidthGbps) ?? 0;
        if (total <= size) continue;
        const beyond2x = total > size * DIRECT_OVERSUBSCRIPTION_FACTOR_2024;
        ctx.report({
          subject: p, property: 'circuits.bandwidthGbps', value: total,
          message: `Circuits on this ${size} Gbps port add up to ${total} Gbps.`
            + (beyond2x
              ? ` That is above the 2x "subscribed bandwidth" Azure documented in 2024 (${size * DIRECT_OVERSUBSCRIPTION_FACTOR_2024} Gbps); the current limit is not documented.`
              : ' Oversubscription up to 2x was documented in 2024 and is not confirmed today.'),
          fix: 'Lower circuit bandwidths or move circuits to another port pair; track provisioned versus utilized bandwidth.',
        });
      }
    }),

  defineRule('BW004', Severity.ERROR,
    'A circuit is either a provider circuit or a Direct circuit, with all its fields', Sources.AZURERM, (ctx) => {
      for (const c of ctx.topology.circuits) {
        if (c.external) continue;
        // A field whose value is not known (a variable, `try(..., null)`) may be null or set: while
        // any field is unknown the circuit's kind is unknown, and nothing is judged (issue 12).
        if (c.unresolved !== undefined && c.unresolved.length > 0 && CIRCUIT_KIND_FIELDS.some(([n]) => isUnresolved(c, n))) continue;
        // Every field is known here: given means set.
        const providerSet = c.serviceProviderName !== undefined || c.peeringLocation !== undefined || c.bandwidthMbps !== undefined;
        const directSet = c.portKey !== undefined || c.bandwidthGbps !== undefined;
        const providerComplete = c.serviceProviderName !== undefined && c.peeringLocation !== undefined && c.bandwidthMbps !== undefined;
        const directComplete = c.portKey !== undefined && c.bandwidthGbps !== undefined;
        if (providerSet ? providerComplete && !directSet : directSet && directComplete) continue;
        const fields = (kind: 'provider' | 'direct', isSet: boolean) => CIRCUIT_KIND_FIELDS
          .filter(([, k, f]) => k === kind && (c[f] !== undefined) === isSet).map(([n]) => n);
        if (providerSet && directSet) {
          const direct = fields('direct', true);
          ctx.report({
            subject: c, property: direct[0], value: `${fields('provider', true).join(', ')} + ${direct.join(', ')}`,
            message: 'Provider fields and ExpressRoute Direct fields are mutually exclusive.',
            fix: 'Set serviceProviderName, peeringLocation and bandwidthMbps for a provider circuit, or expressRoutePort and bandwidthGbps for a circuit on a port.',
          });
        } else if (providerSet) {
          const missing = fields('provider', false);
          ctx.report({
            subject: c, property: missing[0], value: undefined,
            message: `A provider circuit needs serviceProviderName, peeringLocation and bandwidthMbps together; missing: ${missing.join(', ')}.`,
            fix: `Set ${missing.join(' and ')}.`,
          });
        } else if (directSet) {
          const missing = fields('direct', false);
          ctx.report({
            subject: c, property: missing[0], value: undefined,
            message: 'A circuit on a Direct port needs expressRoutePort and bandwidthGbps together.',
            fix: `Set ${missing[0]}.`,
          });
        } else {
          ctx.report({
            subject: c, property: 'serviceProviderName', value: undefined,
            message: 'The circuit has neither provider fields nor a Direct port: Azure rejects it at apply time.',
            fix: 'Set serviceProviderName, peeringLocation and bandwidthMbps, or expressRoutePort and bandwidthGbps.',
          });
        }
      }
    }),

  defineRule('BW005', Severity.ERROR,
    'Circuit bandwidth is never decreased in place', Sources.CIRCUIT_HOWTO, (ctx) => {
      for (const c of ctx.topology.circuits) {
        const prev = c.previous;
        if (!prev) continue;
        const pairs: Array<[string, number | undefined, number | undefined, string]> = [
          ['bandwidthMbps', prev.bandwidthMbps, known(c, 'bandwidthMbps', c.bandwidthMbps), 'Mbps'],
          ['bandwidthGbps', prev.bandwidthGbps, known(c, 'bandwidthGbps', c.bandwidthGbps), 'Gbps'],
        ];
        for (const [prop, before, after, unit] of pairs) {
          if (before === undefined || after === undefined || after >= before) continue;
          ctx.report({
            subject: c, property: prop, value: after,
            message: `Bandwidth goes down from ${before} to ${after} ${unit}: Azure cannot decrease a circuit's bandwidth; Terraform replaces a provider circuit (an outage and a new service key).`,
            fix: `Keep ${before} ${unit}, or build a new circuit at the lower bandwidth and migrate to it.`,
          });
        }
      }
    }),
];
