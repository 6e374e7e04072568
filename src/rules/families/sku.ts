import {
  SKU_FAMILIES, SKU_TIER_UNDOCUMENTED, SKU_TIERS, VNET_LINKS_PREMIUM_BY_MBPS, VNET_LINKS_STANDARD,
} from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { Severity } from '../finding';
import { defineRule, given, known, oneOf } from '../define';
import { placeOfCircuit } from '../locations';
import { IRule, IRuleContext } from '../rule';
import { azureNamesOf, quotaSubject } from '../../model/order';
import { circuitsInWords, distinctCount, quotaSubscriptionOf, SubscriptionPeers, subscriptionInWords, subscriptionPeersOf } from '../../model/subscription';
import { CircuitNode, NamedResourceNode } from '../../model/topology';

function premiumLinkLimit(mbps: number): number | undefined {
  return VNET_LINKS_PREMIUM_BY_MBPS.find(([b]) => b === mbps)?.[1];
}

export const SKU_RULES: IRule[] = [
  // Sources.CIRCUIT_HOWTO (09/25/2024): "You can specify Local, Standard, or Premium"; the API enum
  // also has Basic (SKU010).
  defineRule('SKU001', Severity.ERROR, 'The SKU tier is Local, Standard or Premium', Sources.CIRCUIT_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const tier = known(c, 'skuTier', c.skuTier);
      if (tier === undefined || c.external || SKU_TIERS.includes(tier) || tier === SKU_TIER_UNDOCUMENTED) continue;
      ctx.report({
        subject: c, property: 'skuTier', value: tier,
        message: `"${tier}" is not an ExpressRoute SKU tier (case-sensitive).`,
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

  /*
   * Which page wins for a Local circuit on ExpressRoute Direct: the Direct how-to
   * (Sources.DIRECT_HOWTO, ms.date 07/10/2025) says, in the same paragraph, "SkuTier can be Local,
   * Standard, or Premium" and "SkuFamily can only be MeteredData at creation"; the circuit quickstart's
   * "A Local circuit is always UnlimitedData" (Sources.CIRCUIT_HOWTO, 09/25/2024) is written for
   * provider circuits. The ExpressRoute product group confirmed the backend behaviour in
   * MicrosoftDocs/azure-docs#87309 (2022): "Direct Ports have always restricted in the backend to
   * metered circuits [...] allow local circuits on direct ports [...] choose 'metered' [...] internally
   * the circuit would still be treated as unlimited." So the Direct page wins for circuits on a port:
   * SKU003 judges provider circuits only, and SKU005 (MeteredData at creation) applies to Local too.
   */
  defineRule('SKU003', Severity.ERROR, 'A Local provider circuit is UnlimitedData', Sources.CIRCUIT_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      if (known(c, 'skuTier', c.skuTier) !== 'Local' || c.external) continue;
      // A circuit on a port (or one whose port is unknown) is not judged here: see the note above.
      if (given(c, 'expressRoutePort', c.portKey) || given(c, 'bandwidthGbps', c.bandwidthGbps)) continue;
      const family = known(c, 'skuFamily', c.skuFamily);
      if (family === undefined || family === 'UnlimitedData') continue;
      ctx.report({
        subject: c, property: 'skuFamily', value: family,
        message: '"A Local circuit is always UnlimitedData."',
        fix: 'Set skuFamily UnlimitedData (a Local circuit on an ExpressRoute Direct port is created as MeteredData instead), or use tier Standard.',
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

  // Sources.DIRECT_HOWTO (07/10/2025): "SkuFamily can only be MeteredData at creation. To use
  // Unlimited data, you'll need to update the SkuFamily after creation." Judged where the change is
  // known to create the circuit (a plan); SKU011 covers a circuit whose creation is not known.
  defineRule('SKU005', Severity.ERROR, 'A Direct circuit is created as MeteredData', Sources.DIRECT_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      if (c.portKey === undefined || c.external || c.creating !== true) continue;
      const family = known(c, 'skuFamily', c.skuFamily);
      if (family !== 'UnlimitedData') continue;
      ctx.report({
        subject: c, property: 'skuFamily', value: family,
        message: '"SkuFamily can only be MeteredData at creation" for a circuit on ExpressRoute Direct (Local circuits included); UnlimitedData is an update afterwards and cannot be undone.',
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

  // Sources.FAQ (ms.date 03/31/2026) limits table: "ExpressRoute circuits per region per subscription,
  // with Azure Resource Manager | 10". Counted only where the subscription is known: by the
  // subscription id the provider configurations name literally (every configuration, stack and
  // alias of one id together), else per configuration (`src/model/subscription.ts`). One finding
  // per region and subscription, on the circuit `firstMember` picks, naming how many there are.
  defineRule('SKU012', Severity.WARNING, 'Circuits per region stay within the subscription quota (10)', Sources.FAQ, (ctx) => {
    const quotas = circuitQuotas(ctx, (c) => {
      const region = known(c, 'location', c.location);
      return region === undefined ? undefined : region.replace(/\s+/g, '').toLowerCase();
    });
    for (const { subscription, circuits } of quotas.groups) {
      // Never more than the members: the distinct count is read only where it may matter.
      if (circuits.length <= CIRCUITS_PER_REGION_PER_SUBSCRIPTION) continue;
      const n = distinctCount(circuits, quotas.named());
      if (n <= CIRCUITS_PER_REGION_PER_SUBSCRIPTION) continue;
      const subject = quotas.reportedOn(circuits);
      if (subject === undefined) continue;
      ctx.report({
        subject, property: 'location', value: subject.location,
        message: `${circuitsInWords(n, circuits)} in ${subject.location} in ${subscriptionInWords(subscription, circuits, quotas.peers)}: the limit is ${CIRCUITS_PER_REGION_PER_SUBSCRIPTION} per region per subscription.`,
        fix: 'Spread the circuits over regions or subscriptions, or ask support for a higher limit before applying.',
      });
    }
  }),

  // Sources.FAQ (ms.date 03/31/2026) limits table: "ExpressRoute circuits per subscription | 50
  // (Submit a support request to increase limit)". One finding per subscription, as SKU012.
  defineRule('SKU013', Severity.WARNING, 'Circuits stay within the subscription quota (50)', Sources.FAQ, (ctx) => {
    const quotas = circuitQuotas(ctx, () => '');
    for (const { subscription, circuits } of quotas.groups) {
      if (circuits.length <= CIRCUITS_PER_SUBSCRIPTION) continue;
      const n = distinctCount(circuits, quotas.named());
      if (n <= CIRCUITS_PER_SUBSCRIPTION) continue;
      const subject = quotas.reportedOn(circuits);
      if (subject === undefined) continue;
      ctx.report({
        subject, property: 'subscription', value: subscription,
        message: `${circuitsInWords(n, circuits)} in ${subscriptionInWords(subscription, circuits, quotas.peers)}: the default limit is ${CIRCUITS_PER_SUBSCRIPTION} ("Submit a support request to increase limit").`,
        fix: 'Ask support for a higher limit before applying, or spread the circuits over subscriptions.',
      });
    }
  }),

  // The tier `Basic` is in the API enum (azurerm accepts it) but not documented for new circuits.
  defineRule('SKU010', Severity.WARNING, 'The SKU tier is not the undocumented Basic', Sources.CIRCUIT_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      if (known(c, 'skuTier', c.skuTier) !== SKU_TIER_UNDOCUMENTED || c.external) continue;
      ctx.report({
        subject: c, property: 'skuTier', value: SKU_TIER_UNDOCUMENTED,
        message: '"Basic" is in the API but not documented for new circuits.',
        fix: `Use ${oneOf(SKU_TIERS)}.`,
      });
    }
  }),

  // SKU005's fact where the configuration does not say whether the circuit exists yet (constructs,
  // .tf files): UnlimitedData is valid only as an update of an existing Direct circuit.
  defineRule('SKU011', Severity.WARNING, 'A Direct circuit on UnlimitedData already exists', Sources.DIRECT_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      if (c.portKey === undefined || c.external || c.creating !== undefined) continue;
      if (known(c, 'skuFamily', c.skuFamily) !== 'UnlimitedData') continue;
      ctx.report({
        subject: c, property: 'skuFamily', value: 'UnlimitedData',
        message: '"SkuFamily can only be MeteredData at creation" on ExpressRoute Direct: UnlimitedData is valid only if this circuit already exists.',
        fix: 'For a new circuit, create it with MeteredData, apply, then change skuFamily to UnlimitedData (irreversible).',
      });
    }
  }),

];

/** The resource type whose Azure names pick the circuit a quota finding is on. */
const CIRCUIT_TYPE = 'azurerm_express_route_circuit';

/** Default circuit quotas. Source: Sources.FAQ (03/31/2026) limits table. */
const CIRCUITS_PER_REGION_PER_SUBSCRIPTION = 10;
const CIRCUITS_PER_SUBSCRIPTION = 50;

/** The circuits of each quota, and what a finding about one needs. */
interface CircuitQuotas {
  /** The circuits counted against one quota: a subscription (and a `part` of it). */
  readonly groups: Iterable<{ readonly subscription: string; readonly circuits: CircuitNode[] }>;
  /** Node key -> the circuit's literal name and resource group (read once, when first asked). */
  readonly named: () => ReadonlyMap<string, NamedResourceNode>;
  /** The circuit of a group that its finding is reported on; none when it is a peer's (reported by its own configuration). */
  readonly reportedOn: (circuits: CircuitNode[]) => CircuitNode | undefined;
  /** The other root modules' circuits of a lint (`subscriptionPeersOf`). */
  readonly peers: SubscriptionPeers | undefined;
}

/**
 * Managed circuits that will exist after this change, grouped by subscription (`quotaSubscriptionOf`)
 * and `part`; with those of the other configurations of the run that name a subscription id this
 * topology's circuits name too (`subscriptionPeersOf`), counted but not reported on here.
 */
function circuitQuotas(ctx: IRuleContext, part: (c: CircuitNode) => string | undefined): CircuitQuotas {
  const groups = new Map<string, { subscription: string; circuits: CircuitNode[] }>();
  const peers = subscriptionPeersOf(ctx.topology);
  for (const c of peers === undefined ? ctx.topology.circuits : [...ctx.topology.circuits, ...peers.circuits]) {
    const subscription = quotaSubscriptionOf(c);
    if (c.external || c.destroying || subscription === undefined) continue;
    const p = part(c);
    if (p === undefined) continue;
    const key = `${subscription}|${p}`;
    const group = groups.get(key);
    if (group) group.circuits.push(c);
    else groups.set(key, { subscription, circuits: [c] });
  }
  let names: Map<string, NamedResourceNode> | undefined;
  const named = () => (names ??= azureNamesOf(ctx.topology, CIRCUIT_TYPE));
  return {
    groups: groups.values(), named, peers,
    reportedOn: (circuits) => quotaSubject(circuits, named(), peers),
  };
}
