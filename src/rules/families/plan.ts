import { GATEWAY_AZ_SKUS } from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { Severity } from '../finding';
import { defineRule, known } from '../define';
import { resiliencyOfConnections, ResiliencyTier } from '../resiliency';
import { IRule, isUnresolved } from '../rule';
import { metroOfCircuit } from '../locations';

const zonal = (sku: string) => GATEWAY_AZ_SKUS.includes(sku);

export const PLAN_RULES: IRule[] = [
  defineRule('PLAN001', Severity.ERROR, 'A plan does not replace a live circuit or port', Sources.AZURERM, (ctx) => {
    const subjects = [
      ...ctx.topology.circuits.map((n) => ({ n, what: 'circuit', effect: 'an outage and a new service key with the provider' })),
      ...ctx.topology.ports.map((n) => ({ n, what: 'ExpressRoute Direct port pair', effect: 'an outage, new LOAs and new cross-connects' })),
    ];
    for (const { n, what, effect } of subjects) {
      if (!n.replacedBecauseOf) continue;
      ctx.report({
        subject: n, property: n.replacedBecauseOf.join(', '), value: 'delete, create',
        message: `The plan replaces this live ${what} (destroy, then create) because ${n.replacedBecauseOf.join(', ')} changed: ${effect}.`,
        fix: 'Revert the attribute, or build the new resource beside the old one and migrate (make-before-break).',
      });
    }
  }),

  // azurerm virtual_network_gateway CustomizeDiff (v4.79.0+): "The Azure API can't convert an
  // ExpressRoute gateway between the availability-zone SKUs (ErGw1AZ/ErGw2AZ/ErGw3AZ/ErGwScale) and
  // the non-availability-zone SKUs (Standard/HighPerformance/UltraPerformance) in place; the gateway
  // must be deleted and recreated" (d.ForceNew("sku")). Sources.GATEWAYS (09/05/2026) names the
  // gateway migration experience for that move.
  defineRule('PLAN002', Severity.ERROR, 'A gateway SKU does not change between zonal and non-zonal in place', Sources.GATEWAYS, (ctx) => {
    for (const g of ctx.topology.gateways) {
      const sku = known(g, 'sku', g.sku);
      const before = g.previousSku;
      const acrossZones = sku !== undefined && before !== undefined && zonal(sku) !== zonal(before);
      const replacedForSku = (g.replacedBecauseOf ?? []).includes('sku');
      if (!acrossZones && !replacedForSku) continue;
      ctx.report({
        subject: g, property: 'sku', value: before !== undefined ? `${before} -> ${sku}` : sku,
        message: 'A gateway cannot move between zonal (ErGw1AZ-ErGw3AZ, ErGwScale) and non-zonal SKUs in place: azurerm 4.79.0+ destroys and recreates it '
          + '(every connection drops), older versions fail at apply.',
        fix: 'Use Azure\'s ExpressRoute gateway migration experience (it builds the new gateway beside the old one), then import the new gateway; or accept the outage.',
      });
    }
  }),

  // Sources.RESILIENCY_GUARD (06/25/2025): "To prevent accidental deletion, Azure blocks the deletion
  // of Metro and multi-homed gateways. Downgrade the gateway to single-homed, wait for the change to
  // finish, and then delete the gateway."
  defineRule('PLAN003', Severity.ERROR, 'A plan does not delete a multi-homed gateway', Sources.RESILIENCY_GUARD, (ctx) => {
    for (const g of ctx.topology.gateways) {
      if (g.destroying !== true || known(g, 'resiliencyModel', g.resiliencyModel) !== 'MultiHomed') continue;
      ctx.report({
        subject: g, property: 'resiliencyModel', value: 'MultiHomed',
        message: '"Azure blocks the deletion of Metro and multi-homed gateways": the destroy fails.',
        fix: 'Downgrade the gateway to single-homed, wait for the change to finish, then destroy it.',
      });
    }
  }),

  // Sources.RESILIENCY_GUARD (06/25/2025): "If you attempt to delete a connection that's required to
  // maintain one of these minimum resilience configurations, the deletion is blocked".
  defineRule('PLAN004', Severity.ERROR, 'A plan keeps the connections a multi-homed gateway requires', Sources.RESILIENCY_GUARD, (ctx) => {
    for (const g of ctx.topology.gateways) {
      if (g.destroying === true || known(g, 'resiliencyModel', g.resiliencyModel) !== 'MultiHomed') continue;
      const all = ctx.index.connectionsOf(g.key);
      const removed = all.filter((c) => c.destroying === true);
      if (removed.length === 0) continue;
      const kept = resiliencyOfConnections(all.filter((c) => c.destroying !== true), ctx.index, ctx.catalog, isUnresolved(g, 'connections'));
      if (kept.tier === ResiliencyTier.MAXIMUM || kept.tier === ResiliencyTier.HIGH || kept.tier === ResiliencyTier.UNKNOWN) continue;
      for (const c of removed) {
        ctx.report({
          subject: c, property: 'gateway', value: g.path,
          message: `Deleting this connection leaves the multi-homed gateway ${g.path} without "at least two connections to circuits in different physical locations" or "one connection to an ExpressRoute Metro circuit": Azure blocks the deletion.`,
          fix: 'Downgrade the gateway to single-homed first, or keep (or add) the connections it requires.',
        });
      }
    }
  }),

  // Sources.RESILIENCY_GUARD (06/25/2025): the deletion of "Metro [...] gateways" is blocked where
  // Resiliency Guard is on (public preview); whether it is on is not known from the configuration.
  defineRule('PLAN005', Severity.WARNING, 'A plan deleting a gateway on a Metro circuit checks Resiliency Guard first', Sources.RESILIENCY_GUARD, (ctx) => {
    for (const g of ctx.topology.gateways) {
      if (g.destroying !== true || known(g, 'resiliencyModel', g.resiliencyModel) === 'MultiHomed') continue;
      const metro = ctx.index.connectionsOf(g.key)
        .map((c) => ctx.index.circuit(c.circuitKey))
        .find((c) => c !== undefined && metroOfCircuit(c, ctx.index, ctx.catalog) !== undefined);
      if (!metro) continue;
      ctx.report({
        subject: g, property: 'connections', value: metro.path,
        message: 'This gateway is connected to an ExpressRoute Metro circuit: with Resiliency Guard on, "Azure blocks the deletion of Metro and multi-homed gateways".',
        fix: 'If the gateway is multi-homed, downgrade it to single-homed and wait for the change before destroying it.',
      });
    }
  }),
];
