import {
  SKU_FAMILIES, SKU_TIER_UNDOCUMENTED, SKU_TIERS, VNET_LINKS_PREMIUM_BY_MBPS, VNET_LINKS_STANDARD,
} from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { Severity } from '../finding';
import { defineRule, known, oneOf } from '../define';
import { placeOfCircuit } from '../locations';
import { IRule } from '../rule';

function premiumLinkLimit(mbps: number): number | undefined {
  return VNET_LINKS_PREMIUM_BY_MBPS.find(([b]) => b === mbps)?.[1];
}

export const SKU_RULES: IRule[] = [
  defineRule('SKU001', Severity.ERROR, 'The SKU tier is Local, Standard or Premium', Sources.CIRCUIT_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const tier = known(c, 'skuTier', c.skuTier);
      if (tier === undefined || c.external || SKU_TIERS.includes(tier)) continue;
      const basic = tier === SKU_TIER_UNDOCUMENTED;
      ctx.report({
        subject: c, property: 'skuTier', value: tier,
        severity: basic ? Severity.WARNING : undefined,
        message: basic ? '"Basic" is in the API but not documented for new circuits.' : `"${tier}" is not an ExpressRoute SKU tier (case-sensitive).`,
        fix: `Use ${oneOf(SKU_TIERS)}.`,
      });
    }
  }),

  defineRule('SKU002', Severity.ERROR, 'The SKU family is MeteredData or UnlimitedData', Sources.CIRCUIT_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const family = known(c, 'skuFamily', c.skuFamily);
      if (family === undefined || c.external || SKU_FAMILIES.includes(family)) continue;
      ctx.report({
        subject: c, property: 'skuFamily', value: family,
        message: `"${family}" is not an ExpressRoute SKU family (case-sensitive).`,
        fix: `Use ${oneOf(SKU_FAMILIES)}.`,
      });
    }
  }),

  defineRule('SKU003', Severity.ERROR, 'A Local circuit is UnlimitedData', Sources.CIRCUIT_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      if (known(c, 'skuTier', c.skuTier) !== 'Local' || c.external) continue;
      const family = known(c, 'skuFamily', c.skuFamily);
      if (family === undefined || family === 'UnlimitedData') continue;
      ctx.report({
        subject: c, property: 'skuFamily', value: family,
        message: '"A Local circuit is always UnlimitedData."',
        fix: 'Set skuFamily UnlimitedData, or use tier Standard.',
      });
    }
  }),

  defineRule('SKU004', Severity.ERROR, 'A Local circuit is at a location with a local Azure region', Sources.LOCATIONS, (ctx) => {
    for (const c of ctx.topology.circuits) {
      if (known(c, 'skuTier', c.skuTier) !== 'Local' || c.external) continue;
      const place = placeOfCircuit(c, ctx.index, ctx.catalog); // Metro page for a metro, locations page otherwise
      if (place?.localAzureRegions === undefined || place.localAzureRegions.length > 0) continue;
      ctx.report({
        subject: c, property: 'skuTier', value: 'Local',
        message: `${place.name} has no local Azure region, so the Local SKU is not available there.`,
        fix: 'Use tier Standard or Premium, or a metro with a local Azure region.',
      });
    }
  }),

  defineRule('SKU005', Severity.ERROR, 'A Direct circuit is created as MeteredData', Sources.DIRECT_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      if (c.portKey === undefined || c.external || c.creating === false) continue;
      const family = known(c, 'skuFamily', c.skuFamily);
      if (family !== 'UnlimitedData') continue;
      ctx.report({
        subject: c, property: 'skuFamily', value: family,
        severity: c.creating === true ? Severity.ERROR : Severity.WARNING,
        message: '"SkuFamily can only be MeteredData at creation" for a circuit on ExpressRoute Direct; UnlimitedData is an update afterwards and cannot be undone.',
        fix: 'Create the circuit with MeteredData, apply, then change skuFamily to UnlimitedData.',
      });
    }
  }),

  defineRule('SKU006', Severity.ERROR, 'The SKU family is never changed from UnlimitedData to MeteredData', Sources.PEERINGS, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const family = known(c, 'skuFamily', c.skuFamily);
      if (c.previous?.skuFamily !== 'UnlimitedData' || family !== 'MeteredData') continue;
      ctx.report({
        subject: c, property: 'skuFamily', value: family,
        message: 'UnlimitedData cannot be changed back to MeteredData.',
        fix: 'Keep UnlimitedData, or build a new circuit and migrate to it.',
      });
    }
  }),

  defineRule('SKU007', Severity.ERROR, 'A Local circuit moves to Standard or Premium only with UnlimitedData', Sources.PEERINGS, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const tier = known(c, 'skuTier', c.skuTier);
      if (c.previous?.skuTier !== 'Local' || tier === undefined || tier === 'Local') continue;
      const family = known(c, 'skuFamily', c.skuFamily);
      if (family === undefined || family === 'UnlimitedData') continue;
      ctx.report({
        subject: c, property: 'skuFamily', value: family,
        message: `Local can change to ${tier} only "with billing type as unlimited".`,
        fix: 'Keep skuFamily UnlimitedData for the upgrade.',
      });
    }
  }),

  defineRule('SKU008', Severity.WARNING, 'VNet links and Global Reach links stay within the circuit SKU limit', Sources.FAQ, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const tier = known(c, 'skuTier', c.skuTier);
      if (tier === undefined) continue;
      const links = ctx.index.connectionsTo(c.key).length + ctx.index.globalReachCount(c.key);
      if (links <= VNET_LINKS_STANDARD) continue;
      const mbps = known(c, 'bandwidthMbps', c.bandwidthMbps) ?? ((known(c, 'bandwidthGbps', c.bandwidthGbps) ?? 0) * 1000);
      const limit = tier === 'Premium' ? premiumLinkLimit(mbps) : VNET_LINKS_STANDARD;
      if (limit === undefined || links <= limit) continue;
      ctx.report({
        subject: c, property: 'connections', value: links,
        message: `${links} VNet and Global Reach links exceed the ${limit} a ${tier} circuit${tier === 'Premium' ? ` of ${mbps} Mbps` : ''} allows.`,
        fix: tier === 'Premium' ? 'Raise the bandwidth or spread the links over circuits.' : 'Use the Premium tier or spread the links over circuits.',
      });
    }
  }),

  defineRule('SKU009', Severity.ERROR, 'A Premium circuit moves to Standard only within the Standard limits', Sources.CIRCUIT_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const tier = known(c, 'skuTier', c.skuTier);
      if (c.previous?.skuTier !== 'Premium' || tier !== 'Standard') continue;
      const links = ctx.index.connectionsTo(c.key).length;
      if (links < VNET_LINKS_STANDARD) continue;
      ctx.report({
        subject: c, property: 'skuTier', value: tier,
        message: `The downgrade to Standard needs fewer than ${VNET_LINKS_STANDARD} linked VNets; ${links} are linked. The update fails and Premium billing continues.`,
        fix: 'Unlink VNets first (and any VNet in another geopolitical region), then downgrade.',
      });
    }
  }),
];
