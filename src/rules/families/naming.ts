/**
 * Names and things declared twice: two resources of one type with one name in one Azure scope
 * (NAME001), a literal name outside Azure's naming rule for its type (NAME002), one circuit
 * connected twice to one gateway (GW060), a migration's source connected twice to a production
 * gateway (MIG060).
 */
import { NAME_RULES, nameRuleViolation } from '../../catalog/name-rules';
import { Severity } from '../finding';
import { defineRule, duplicates, others } from '../define';
import { IRule, RuleBasis } from '../rule';
import { withArticle } from '../../model/text';

/**
 * Azure's naming rules: each Microsoft.Network resource name is unique in its scope (the resource
 * group for circuits, ports, gateways, connections, route filters and public IPs; the parent for
 * authorizations and Global Reach connections; the locked resource for locks), and names compare
 * case-insensitively.
 */
export const RESOURCE_NAME_RULES = 'https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules';
/** Connect a virtual network to a circuit. */
const LINK_VNET = 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm';
/** Migrate to a new ExpressRoute circuit. */
const MIGRATION = 'https://learn.microsoft.com/azure/expressroute/circuit-migration';
/** Create and modify an ExpressRoute circuit (what deleting a circuit needs). */
const CIRCUIT_HOWTO = 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm';

/** What each rule rests on, quoted (see `basis.ts` for the format). */
const NAME001_BASIS: RuleBasis = {
  condition: 'Two resources of one type do not have the same literal name (compared without case) in the scope where Azure requires it unique.',
  quote: '[Microsoft.Network table: expressRouteCircuits, connections, virtualNetworkGateways, routeFilters, publicIPAddresses, Scope: resource group; Microsoft.Authorization: locks, Scope: scope of assignment] '
    + 'Resource names are case-insensitive unless specifically noted in the valid characters column.',
  revision: 'articles/azure-resource-manager/management/resource-name-rules.md at MicrosoftDocs/azure-docs 0010dc2, ms.date 02/11/2020',
};
const NAME002_BASIS: RuleBasis = {
  condition: 'A literal name of a circuit, VNet gateway, gateway connection, route filter or public IP has 1-80 letters, digits, underscores, periods and hyphens, starts with a letter or digit and ends with a letter, digit or underscore; of a lock, 1-90 letters, digits, periods, underscores, hyphens and parentheses, not ending with a period. Types the page has no row for (ports, ExpressRoute gateways, authorizations, Global Reach and Virtual WAN connections) are not judged.',
  quote: '[Microsoft.Network table, rows connections, expressRouteCircuits, publicIPAddresses, routeFilters, virtualNetworkGateways: Length 1-80] '
    + 'Alphanumerics, underscores, periods, and hyphens ... Start with alphanumeric. End with alphanumeric or underscore. '
    + '[Microsoft.Authorization table, row locks: Length 1-90] Alphanumerics, periods, underscores, hyphens, and parentheses ... Can\'t end in period.',
  revision: 'articles/azure-resource-manager/management/resource-name-rules.md, ms.date 03/14/2025 (MicrosoftDocs/azure-docs as mirrored by xtqqczze/MicrosoftDocs-azure-docs at 0d589b2; the same rows at MicrosoftDocs/azure-docs 0010dc2, ms.date 02/11/2020)',
};
const GW060_BASIS: RuleBasis = {
  condition: 'A circuit is connected to one gateway by at most one connection (warning).',
  quote: '[no page states whether Azure accepts a second connection between one circuit and one gateway; each connection is a VNet link of the circuit and a circuit of the gateway, which SKU008 and GW002 count]',
  revision: 'expressroute-howto-linkvnet-arm.md, newest stored revision (2026); not documented',
};
const MIG060_BASIS: RuleBasis = {
  condition: 'A migration\'s source is connected to each production gateway by one connection, the one the migration removes at decommission.',
  quote: 'All virtual networks, route filters, authorizations, and global reach associations must be unlinked',
  revision: 'expressroute-howto-circuit-arm.md, ms.date 09/25/2024',
  page: CIRCUIT_HOWTO,
};

// Every member of a duplicate group is reported: which one came "first" depends on the order a
// front end reads them in, and the synth and the lint must give the same verdict.
export const NAMING_RULES: IRule[] = [
  defineRule('NAME001', Severity.ERROR, 'Two resources of one type do not share a name in one Azure scope', RESOURCE_NAME_RULES, (ctx) => {
    for (const group of duplicates(ctx.topology.resourceNames ?? [], (r) => (r.scope === undefined ? undefined : `${r.resourceType}|${r.scope.toLowerCase()}|${r.name.toLowerCase()}`))) {
      for (const r of group) {
        ctx.report({
          subject: r, property: 'name', value: r.name,
          message: `${others(group, r)} declare${group.length > 2 ? '' : 's'} ${withArticle(r.resourceType)} with the same name in the same scope: Azure names are unique there (compared without case), so the apply fails or one resource replaces the other.`,
          fix: 'Give each its own name (the `name` prop), or leave `name` unset: default names derive from the construct path.',
        });
      }
    }
  }, { basis: NAME001_BASIS }),

  // Names that are not literals never reach the list (`src/terraform/names.ts`): not judged.
  defineRule('NAME002', Severity.ERROR, 'A resource name keeps to Azure\'s naming rule for its type', RESOURCE_NAME_RULES, (ctx) => {
    for (const r of ctx.topology.resourceNames ?? []) {
      const documented = NAME_RULES[r.resourceType];
      const problem = documented === undefined ? undefined : nameRuleViolation(documented.rule, r.name);
      if (problem === undefined) continue;
      ctx.report({
        subject: r, property: 'name', value: r.name,
        message: `The name ${JSON.stringify(r.name)} breaks Azure's naming rule for ${documented.entity} (${documented.rule.description}): ${problem}. Azure refuses to create the resource, so the apply fails.`,
        fix: 'Rename it within the rule, or leave `name` unset where the construct derives one (default names keep to the rule).',
      });
    }
  }, { basis: NAME002_BASIS }),

  defineRule('GW060', Severity.WARNING, 'A circuit is connected to a gateway once', LINK_VNET, (ctx) => {
    // A migration's source is judged by MIG060.
    const sources = new Set(ctx.topology.migrations.map((m) => m.sourceCircuitKey));
    const judged = ctx.topology.connections.filter((c) => c.circuitKey !== undefined && c.gatewayKey !== undefined && !sources.has(c.circuitKey)
      && ctx.index.circuit(c.circuitKey) !== undefined && ctx.index.gateway(c.gatewayKey) !== undefined);
    for (const group of duplicates(judged, (c) => `${c.circuitKey}|${c.gatewayKey}`)) {
      for (const c of group) {
        ctx.report({
          subject: c, property: 'circuitKey', value: c.circuitKey,
          message: `${others(group, c)} also connect${group.length > 2 ? '' : 's'} this circuit to ${c.gatewayKey}: a second connection adds no path, counts twice against the circuit's VNet links and the gateway's circuits, and removing either looks safe when it is not. Whether Azure accepts it is not documented.`,
          fix: 'Keep one connection. In a migration, let the migration own the source connection (see the README) instead of also calling connectTo.',
        });
      }
    }
  }, { basis: GW060_BASIS }),

  defineRule('MIG060', Severity.ERROR, 'A migration\'s source is connected to each production gateway once', MIGRATION, (ctx) => {
    for (const m of ctx.topology.migrations) {
      if (m.sourceCircuitKey === undefined) continue;
      const gateways = new Set(m.productionGatewayKeys);
      const judged = ctx.topology.connections.filter((c) => c.circuitKey === m.sourceCircuitKey && c.gatewayKey !== undefined && gateways.has(c.gatewayKey));
      for (const group of duplicates(judged, (c) => c.gatewayKey)) {
        for (const c of group) {
          ctx.report({
            subject: c, property: 'circuitKey', value: c.circuitKey,
            message: `${others(group, c)} also connect${group.length > 2 ? '' : 's'} the migration's source to ${c.gatewayKey}: decommission would remove one connection and leave the other, and the gateway counts the circuit twice.`,
            fix: `Call source.connectTo(...) before creating ${m.path} (the migration then adopts that connection), or remove it and let the migration own the source connection (to keep the Azure connection, add a \`moved\` block from its address to the migration's, see the README).`,
          });
        }
      }
    }
  }, { basis: MIG060_BASIS }),
];
