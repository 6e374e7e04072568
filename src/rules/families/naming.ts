/**
 * Things declared twice: two resources of one type with one name in one Azure scope (NAME001),
 * one circuit connected twice to one gateway (GW060), a migration's source connected twice to a
 * production gateway (MIG060).
 */
import { ConnectionNode, NamedResourceNode } from '../../model/topology';
import { Severity } from '../finding';
import { defineRule } from '../define';
import { IRule } from '../rule';

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

export const NAMING_RULES: IRule[] = [
  defineRule('NAME001', Severity.ERROR, 'Two resources of one type do not share a name in one Azure scope', RESOURCE_NAME_RULES, (ctx) => {
    const first = new Map<string, NamedResourceNode>();
    for (const r of ctx.topology.resourceNames ?? []) {
      const id = `${r.resourceType}|${r.scope.toLowerCase()}|${r.name.toLowerCase()}`;
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, r);
        continue;
      }
      ctx.report({
        subject: r, property: 'name', value: r.name,
        message: `${earlier.path} already declares a ${r.resourceType} named "${earlier.name}" in the same scope: Azure names are unique there (compared without case), so the apply fails or one resource replaces the other.`,
        fix: `Give one of them another name (the \`name\` prop), or leave \`name\` unset: default names derive from the construct path.`,
      });
    }
  }),

  defineRule('GW060', Severity.WARNING, 'A circuit is connected to a gateway once', LINK_VNET, (ctx) => {
    const first = new Map<string, ConnectionNode>();
    // A migration's source is judged by MIG060.
    const sources = new Set(ctx.topology.migrations.map((m) => m.sourceCircuitKey));
    for (const c of ctx.topology.connections) {
      if (c.circuitKey === undefined || c.gatewayKey === undefined || sources.has(c.circuitKey)) continue;
      if (ctx.index.circuit(c.circuitKey) === undefined || ctx.index.gateway(c.gatewayKey) === undefined) continue;
      const id = `${c.circuitKey}|${c.gatewayKey}`;
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, c);
        continue;
      }
      ctx.report({
        subject: c, property: 'circuitKey', value: c.circuitKey,
        message: `${earlier.path} already connects this circuit to ${c.gatewayKey}: a second connection adds no path, counts twice against the circuit's VNet links and the gateway's circuits, and removing either looks safe when it is not. Whether Azure accepts it is not documented.`,
        fix: 'Keep one connection. In a migration, let the migration own the source connection (move it with a `moved` block, see the README) instead of also calling connectTo.',
      });
    }
  }),

  defineRule('MIG060', Severity.ERROR, 'A migration\'s source is connected to each production gateway once', MIGRATION, (ctx) => {
    for (const m of ctx.topology.migrations) {
      if (m.sourceCircuitKey === undefined) continue;
      for (const gateway of m.productionGatewayKeys) {
        const found = ctx.topology.connections.filter((c) => c.circuitKey === m.sourceCircuitKey && c.gatewayKey === gateway);
        for (const c of found.slice(1)) {
          ctx.report({
            subject: c, property: 'circuitKey', value: c.circuitKey,
            message: `${found[0].path} already connects the migration's source to ${gateway}: with two connections, decommission removes one and leaves the other, and the gateway counts the circuit twice.`,
            fix: `Call source.connectTo(...) before creating ${m.path} (the migration then adopts that connection), or remove it and let the migration own the source connection (to keep the Azure connection, add a \`moved\` block from its address to the migration's, see the README).`,
          });
        }
      }
    }
  }),
];
