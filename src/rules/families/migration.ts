import { Sources } from '../../catalog/sources';
import { armId, parseArmId } from '../../model/arm-id';
import { ConnectionPurpose, MigrationNode, MigrationPhase, NamedResourceNode } from '../../model/topology';
import { Severity } from '../finding';
import { defineRule, known, sameText } from '../define';
import { circuitLocation } from '../locations';
import { IRule, IRuleContext } from '../rule';

const BEFORE_CUTOVER = [MigrationPhase.PREPARE, MigrationPhase.VALIDATE];

function gatewaysOf(ctx: IRuleContext, circuitKey: string | undefined): Set<string> {
  const out = new Set<string>();
  if (circuitKey === undefined) return out;
  for (const c of ctx.index.connectionsTo(circuitKey)) if (c.gatewayKey !== undefined) out.add(c.gatewayKey);
  return out;
}

function microsoftPeering(ctx: IRuleContext, circuitKey: string | undefined) {
  if (circuitKey === undefined) return undefined;
  return ctx.index.peeringsOf(circuitKey).find((p) => p.peeringType === 'MicrosoftPeering');
}

/**
 * Whether the source circuit has a private peering: false only when the circuit is in the
 * topology, managed here (its peerings are all known) and has none.
 */
function hasPrivatePeering(ctx: IRuleContext, circuitKey: string | undefined): boolean {
  const c = ctx.index.circuit(circuitKey);
  if (!c || c.external) return true;
  const peerings = ctx.index.peeringsOf(c.key);
  return peerings.some((p) => p.peeringType === 'AzurePrivatePeering' || (p.unresolved ?? []).includes('peeringType'));
}

function subject(m: MigrationNode) {
  return m;
}

/**
 * The ARM resource type an `import` block of each azurerm type must name: the resources named in
 * a resource group whose `name` and `resource_group_name` are ForceNew in azurerm (a change
 * replaces the resource). Source: hashicorp/terraform-provider-azurerm at 69697b7, the schemas of
 * express_route_circuit, express_route_port, virtual_network_gateway,
 * virtual_network_gateway_connection and express_route_gateway (`name` R, FN;
 * `resource_group_name` `commonschema.ResourceGroupName()`, R, FN), and the circuit's import ID
 * `/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/expressRouteCircuits/{name}`;
 * the other types' ids are their ARM ids (Microsoft.Network/expressRoutePorts,
 * virtualNetworkGateways, connections, expressRouteGateways).
 */
const IMPORTED_TYPES: Readonly<Record<string, string>> = {
  azurerm_express_route_circuit: 'expressRouteCircuits',
  azurerm_express_route_port: 'expressRoutePorts',
  azurerm_virtual_network_gateway: 'virtualNetworkGateways',
  azurerm_virtual_network_gateway_connection: 'connections',
  azurerm_express_route_gateway: 'expressRouteGateways',
};

export const MIG_RULES: IRule[] = [
  defineRule('MIG001', Severity.ERROR, 'Before cutover, the new circuit is not connected to a production gateway', Sources.MIGRATION, (ctx) => {
    for (const m of ctx.topology.migrations) {
      if (!BEFORE_CUTOVER.includes(m.phase)) continue;
      const connected = gatewaysOf(ctx, m.targetCircuitKey);
      for (const g of m.productionGatewayKeys) {
        if (!connected.has(g)) continue;
        ctx.report({
          subject: subject(m), property: 'targetCircuit.connections', value: ctx.index.gateway(g)?.path ?? g,
          message: `In the ${m.phase} phase the new circuit must not be linked to a production gateway ("Do not link a production VNet gateway to B").`,
          fix: 'Remove the production connection until the cutover phase; validate on a test gateway.',
        });
      }
    }
  }),

  defineRule('MIG002', Severity.ERROR, 'Before cutover, the new circuit\'s Microsoft peering has no production route filter', Sources.MIGRATION, (ctx) => {
    for (const m of ctx.topology.migrations) {
      if (!BEFORE_CUTOVER.includes(m.phase)) continue;
      const target = microsoftPeering(ctx, m.targetCircuitKey);
      if (!target || target.hasRouteFilter !== true) continue;
      const source = microsoftPeering(ctx, m.sourceCircuitKey);
      const sameAsSource = source?.routeFilterKey !== undefined && source.routeFilterKey === target.routeFilterKey;
      if (m.phase === MigrationPhase.VALIDATE && !sameAsSource) continue;
      ctx.report({
        subject: subject(m), property: 'targetCircuit.microsoftPeering.routeFilter', value: target.routeFilterKey,
        message: m.phase === MigrationPhase.PREPARE
          ? 'In the prepare phase, "do not associate a route filter to B\'s Microsoft peering".'
          : 'In the validate phase the new circuit uses the source\'s route filter; use a separate test route filter that shares no routes with it.',
        fix: m.phase === MigrationPhase.PREPARE ? 'Remove the route filter until validation.' : 'Attach the test route filter instead.',
      });
    }
  }),

  defineRule('MIG003', Severity.ERROR, 'The validate phase connects the new circuit to a test gateway', Sources.MIGRATION, (ctx) => {
    for (const m of ctx.topology.migrations) {
      if (m.phase !== MigrationPhase.VALIDATE) continue;
      // The test gateway validates private peering; a source without one needs none (MIG, 01/31/2025).
      if (!hasPrivatePeering(ctx, m.sourceCircuitKey)) continue;
      const connected = gatewaysOf(ctx, m.targetCircuitKey);
      if (m.testGatewayKey !== undefined && connected.has(m.testGatewayKey)) continue;
      ctx.report({
        subject: subject(m), property: 'testGateway', value: m.testGatewayKey,
        message: 'Validation links the new circuit to the gateway of a test VNet; none is connected.',
        fix: 'Give the migration a test gateway.',
      });
    }
  }),

  defineRule('MIG004', Severity.ERROR, 'At cutover, the new circuit reaches every production gateway and no test gateway', Sources.MIGRATION, (ctx) => {
    for (const m of ctx.topology.migrations) {
      if (m.phase !== MigrationPhase.CUTOVER && m.phase !== MigrationPhase.DECOMMISSION) continue;
      const connected = gatewaysOf(ctx, m.targetCircuitKey);
      for (const g of m.productionGatewayKeys) {
        if (connected.has(g)) continue;
        ctx.report({
          subject: subject(m), property: 'targetCircuit.connections', value: ctx.index.gateway(g)?.path ?? g,
          message: `In the ${m.phase} phase the new circuit must be connected to the production gateway the source uses.`,
          fix: 'Connect the new circuit to every production gateway of the source.',
        });
      }
      const test = m.targetCircuitKey === undefined ? [] : ctx.index.connectionsTo(m.targetCircuitKey)
        .filter((c) => c.purpose === ConnectionPurpose.TEST || (m.testGatewayKey !== undefined && c.gatewayKey === m.testGatewayKey));
      for (const c of test) {
        ctx.report({
          subject: subject(m), property: 'targetCircuit.connections', value: c.path,
          message: 'Test connections are removed at cutover ("disconnect B from test gateways").',
          fix: 'Drop the test gateway connection.',
        });
      }
    }
  }),

  defineRule('MIG005', Severity.ERROR, 'The new circuit has the same peering types as the source', Sources.MIGRATION, (ctx) => {
    for (const m of ctx.topology.migrations) {
      if (m.sourceCircuitKey === undefined || m.targetCircuitKey === undefined) continue;
      const sourceTypes = new Set(ctx.index.peeringsOf(m.sourceCircuitKey).map((p) => p.peeringType).filter((t) => t !== undefined));
      const targetTypes = new Set(ctx.index.peeringsOf(m.targetCircuitKey).map((p) => p.peeringType));
      for (const t of sourceTypes) {
        if (targetTypes.has(t)) continue;
        ctx.report({
          subject: subject(m), property: 'targetCircuit.peerings', value: t,
          message: `The source circuit has ${t} but the new circuit does not; traffic on it has nowhere to move.`,
          fix: `Add ${t} to the new circuit.`,
        });
      }
    }
  }),

  // Sources.MIGRATION (ms.date 01/31/2025): "This method applies whether you're moving to a new or the
  // same peering location". Same-location is documented, so this is design advice (a warning): the
  // move adds no site diversity. `allowSamePeeringLocation` acknowledges it.
  defineRule('MIG006', Severity.WARNING, 'The new circuit adds site diversity (not at the source\'s peering location)', Sources.MIGRATION, (ctx) => {
    for (const m of ctx.topology.migrations) {
      if (m.allowSamePeeringLocation) continue;
      const s = ctx.index.circuit(m.sourceCircuitKey);
      const t = ctx.index.circuit(m.targetCircuitKey);
      if (!s || !t) continue;
      const ls = circuitLocation(s, ctx.index);
      const lt = circuitLocation(t, ctx.index);
      if (!sameText(ls, lt)) continue;
      ctx.report({
        subject: subject(m), property: 'targetCircuit.peeringLocation', value: lt,
        message: `The new circuit is at the same peering location as the source (${ls}). Azure supports this ("whether you're moving to a new or the same peering location"), but the move adds no site diversity.`,
        fix: 'Move to another peering location or the Metro location (e.g. "Amsterdam Metro") for more resiliency, or suppress this warning with the reason.',
      });
    }
  }),

  defineRule('MIG007', Severity.ERROR, 'At decommission, the source circuit has no connections left', Sources.MIGRATION, (ctx) => {
    for (const m of ctx.topology.migrations) {
      if (m.phase !== MigrationPhase.DECOMMISSION || m.sourceCircuitKey === undefined) continue;
      for (const c of ctx.index.connectionsTo(m.sourceCircuitKey)) {
        ctx.report({
          subject: subject(m), property: 'sourceCircuit.connections', value: c.path,
          message: 'The source circuit is decommissioned only after its links, route filters, authorizations and Global Reach are removed.',
          fix: 'Remove the connection.',
        });
      }
    }
  }),

  // Names compare without case: "Resource names are case-insensitive unless specifically noted"
  // (learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules, as NAME001).
  defineRule('MIG008', Severity.ERROR, 'An adopted resource\'s import id names its declared name and resource group', Sources.AZURERM, (ctx) => {
    const imports = ctx.topology.imports ?? [];
    if (imports.length === 0) return;
    const declared = new Map<string, NamedResourceNode>();
    for (const n of ctx.topology.resourceNames ?? []) declared.set(`${n.resourceType}|${n.key}`, n);
    const constructs = ctx.topology.inputKind === 'constructs';
    for (const i of imports) {
      const armType = IMPORTED_TYPES[i.resourceType];
      const id = known(i, 'importId', i.importId);
      const parsed = armType === undefined || id === undefined ? undefined : parseArmId(id);
      if (!parsed) continue;
      const target = declared.get(`${i.resourceType}|${i.targetKey}`);
      const problems: string[] = [];
      if (!sameText(`${parsed.namespace}/${parsed.type}`, `Microsoft.Network/${armType}`) || parsed.children.length > 0) {
        problems.push(`it names a ${[parsed.type, ...parsed.children.map((c) => c.type)].join('/')} resource, not one of Microsoft.Network/${armType}`);
      }
      if (target !== undefined && !sameText(parsed.name, target.name)) {
        problems.push(`it names "${parsed.name}" where the resource declares name "${target.name}"`);
      }
      if (target?.resourceGroupName !== undefined && !sameText(parsed.resourceGroup, target.resourceGroupName)) {
        problems.push(`it names resource group "${parsed.resourceGroup}" where the resource declares "${target.resourceGroupName}"`);
      }
      if (problems.length === 0) continue;
      const expected = target?.resourceGroupName !== undefined
        ? armId(parsed.subscriptionId, target.resourceGroupName, 'Microsoft.Network', armType!, target.name) : undefined;
      const live = `name "${parsed.name}" and resource group "${parsed.resourceGroup}"`;
      ctx.report({
        subject: i, property: 'importId', value: id,
        message: `The import block's id does not name the ${i.resourceType} it imports into: ${problems.join('; ')}. `
          + 'azurerm replaces a resource whose name or resource group changes (both are ForceNew), so the first plan after the import '
          + 'destroys the live resource and creates another (with prevent_destroy, the plan fails).',
        fix: constructs
          ? `Set adoptSourceId to the id of the circuit the source declares${expected ? ` (${expected})` : ''}, or give the source the live circuit's ${live} (its name and resourceGroupName props).`
          : `Make the import block's id the id of the resource declared${expected ? ` (${expected})` : ''}, or declare the live resource's ${live} (\`name\`, \`resource_group_name\`).`,
      });
    }
  }),
];
