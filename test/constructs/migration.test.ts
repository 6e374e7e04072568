import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { MigrateToMetroStack } from '../../examples/migrate-to-metro/main';
import {
  ExpressRouteCircuitMigration, ExpressRouteMetroCircuit, ExpressRouteProviderCircuit, ExpressRouteVirtualNetworkGateway,
  GatewaySku, MetroLocation, MigrationPhase,
} from '../../src';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { Severity } from '../../src/rules/finding';
import { newStack, PEERING, resources, RG, synthErrorIds, synthJson } from './helpers';

const PHASES = [MigrationPhase.PREPARE, MigrationPhase.VALIDATE, MigrationPhase.CUTOVER, MigrationPhase.DECOMMISSION];

function phaseJson(phase: MigrationPhase) {
  const stack = new MigrateToMetroStack(Testing.app(), `migrate-to-metro-${phase}`, phase);
  return { stack, json: synthJson(stack) };
}

/** gateway -> circuit pairs of the connections, by logical name prefix. */
function links(json: any): string[] {
  return resources(json, 'azurerm_virtual_network_gateway_connection').map((c: any) => {
    const gw = /virtual_network_gateway\.(\w+?)_[0-9A-F]{8}\.id/.exec(c.virtual_network_gateway_id)![1];
    const circuit = /express_route_circuit\.(\w+?)_[0-9A-F]{8}\.id/.exec(c.express_route_circuit_id)![1];
    return `${circuit}->${gw}`;
  }).sort();
}

function msFilters(json: any): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries<any>(json.resource.azurerm_express_route_circuit_peering)) {
    if (v.peering_type === 'MicrosoftPeering') out[k.split('_')[0]] = v.route_filter_id?.replace(/^\$\{azurerm_route_filter\.(\w+)\.id\}$/, '$1');
  }
  return out;
}

describe('the example migration, phase by phase', () => {
  test('prepare: the new circuit in isolation, no production link, no route filter', () => {
    const { json, stack } = phaseJson(MigrationPhase.PREPARE);
    expect(links(json)).toEqual(['OldCircuit->ProductionGateway']);
    expect(msFilters(json)).toEqual({ MetroCircuit: undefined, OldCircuit: 'ProductionFilter' });
    expect(Object.keys(json.resource.azurerm_express_route_circuit)).toHaveLength(2);
    expect(synthErrorIds(stack)).toEqual([]);
  });

  test('validate: the new circuit on the test gateway and test route filter only', () => {
    const { json } = phaseJson(MigrationPhase.VALIDATE);
    expect(links(json)).toEqual(['MetroCircuit->TestGateway', 'OldCircuit->ProductionGateway']);
    expect(msFilters(json)).toEqual({ MetroCircuit: 'TestFilter', OldCircuit: 'ProductionFilter' });
  });

  test('cutover: the new circuit on the production gateway with the production filter; the source untouched', () => {
    const { json } = phaseJson(MigrationPhase.CUTOVER);
    expect(links(json)).toEqual(['MetroCircuit->ProductionGateway', 'OldCircuit->ProductionGateway']);
    expect(msFilters(json)).toEqual({ MetroCircuit: 'ProductionFilter', OldCircuit: 'ProductionFilter' });
    const old = Object.entries<any>(json.resource.azurerm_express_route_circuit).find(([k]) => k.startsWith('OldCircuit'))![1];
    expect(old.lifecycle).toEqual({ prevent_destroy: true });
  });

  test('decommission: the source and its connections are gone; a check asks for deprovisioning', () => {
    const { json, stack } = phaseJson(MigrationPhase.DECOMMISSION);
    expect(links(json)).toEqual(['MetroCircuit->ProductionGateway']);
    expect(Object.keys(json.resource.azurerm_express_route_circuit)).toEqual([expect.stringMatching(/^MetroCircuit_/)]);
    expect(Object.keys(json.resource.azurerm_express_route_circuit_peering).every((k) => k.startsWith('MetroCircuit'))).toBe(true);
    expect(json.check.Migration_source_deprovisioned.assert[0].condition).toContain('"NotProvisioned"');
    expect(synthErrorIds(stack)).toEqual([]);
  });

  test.each([MigrationPhase.VALIDATE, MigrationPhase.CUTOVER])('%s: connections of the new circuit need it provisioned (precondition)', (phase) => {
    const { json } = phaseJson(phase);
    const target = resources(json, 'azurerm_virtual_network_gateway_connection').filter((c: any) => c.express_route_circuit_id.includes('MetroCircuit'));
    expect(target).toHaveLength(1);
    expect(target[0].lifecycle.precondition[0].condition).toMatch(/^\$\{\(azurerm_express_route_circuit\.MetroCircuit_\w+\.service_provider_provisioning_state == "Provisioned"\)\}$/);
  });

  test('writes a runbook per phase naming the phase and its steps', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-mig-'));
    const app = new App({ outdir });
    for (const phase of PHASES) new MigrateToMetroStack(app, `migrate-to-metro-${phase}`, phase);
    app.synth();
    for (const phase of PHASES) {
      const text = fs.readFileSync(path.join(outdir, 'stacks', `migrate-to-metro-${phase}`, 'migration-runbook.md'), 'utf8');
      expect(text).toContain(`**Current phase: ${phase}.**`);
      expect(text).toMatch(new RegExp(`## \\d\\. [^\\n]*\\(current phase\\)`));
      expect((text.match(/\(current phase\)/g) ?? [])).toHaveLength(1);
      expect(text).toContain('route-map');
      expect(text).toContain('policy-statement');
      expect(text).toContain('Roll back:');
      // The new circuit's sessions from the hand-off sheet: addresses per link, MD5 never shown.
      expect(text).toContain("## The new circuit's BGP sessions (hand-off sheet)");
      expect(text).toMatch(/\| AzurePrivatePeering \| link1 \(primary\) \| \d+ \| \d+ \| (not set|set) \| [0-9./]+: customer [0-9.]+, Microsoft [0-9.]+ \|/);
    }
  });
});

describe('phase selection', () => {
  function minimal(app: App, phase?: MigrationPhase) {
    const stack = new TerraformStack(app, 'm');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const gw = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: 'sub/GatewaySubnet', sku: GatewaySku.ERGW2AZ });
    const source = new ExpressRouteProviderCircuit(stack, 'Old', { ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    const target = new ExpressRouteMetroCircuit(stack, 'New', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    const migration = new ExpressRouteCircuitMigration(stack, 'Migration', { source, target, productionGateways: [gw], phase });
    return { stack, migration, gw, source, target };
  }

  test('from the migrationPhase context key', () => {
    expect(minimal(Testing.app({ context: { migrationPhase: 'cutover' } })).migration.phase).toBe(MigrationPhase.CUTOVER);
  });

  test('from the MIGRATION_PHASE environment variable', () => {
    process.env.MIGRATION_PHASE = 'validate';
    try {
      expect(minimal(Testing.app()).migration.phase).toBe(MigrationPhase.VALIDATE);
    } finally {
      delete process.env.MIGRATION_PHASE;
    }
  });

  test('prepare by default; an unknown phase is an error', () => {
    expect(minimal(Testing.app()).migration.phase).toBe(MigrationPhase.PREPARE);
    expect(() => minimal(Testing.app({ context: { migrationPhase: 'switch' } }))).toThrow(/CONSTRUCT011\] .*phase = "switch"[\s\S]*"switch" is not a migration phase[\s\S]*Use prepare, validate, cutover, decommission/);
  });

  test('validate without a test gateway fails when the source has private peering (MIG003)', () => {
    const { stack, source, target } = minimal(Testing.app(), MigrationPhase.VALIDATE);
    expect(synthErrorIds(stack)).toEqual([]); // nothing to validate on a test gateway (issue 18)
    source.addPrivatePeering('Private', PEERING);
    target.addPrivatePeering('Private', PEERING);
    expect(synthErrorIds(stack)).toEqual(['MIG003']);
  });

  test('a production connection of the new circuit before cutover fails (MIG001)', () => {
    const { stack, target, gw } = minimal(Testing.app(), MigrationPhase.PREPARE);
    target.connectTo('TooEarly', gw);
    expect(synthErrorIds(stack)).toEqual(['MIG001']);
  });

  test('peering types that differ fail (MIG005)', () => {
    const { stack, source } = minimal(Testing.app(), MigrationPhase.PREPARE);
    source.addPrivatePeering('Private', PEERING);
    expect(synthErrorIds(stack)).toEqual(['MIG005']);
  });

  test('the same peering location is a warning, not an error (MIG006; issue 18)', () => {
    const { stack } = newStack();
    const gw = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: 'sub/GatewaySubnet' });
    const mk = (id: string) => new ExpressRouteMetroCircuit(stack, id, { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    const m = new ExpressRouteCircuitMigration(stack, 'Migration', { source: mk('Old'), target: mk('New'), productionGateways: [gw], phase: MigrationPhase.PREPARE });
    expect(synthErrorIds(stack)).toEqual([]);
    expect(m.node.metadata.map((x) => x.data)).toContainEqual(expect.stringMatching(/^\[MIG006\]/));
  });

  test('while both circuits are connected the gateway stays within its circuit limit (GW002)', () => {
    const { stack } = newStack();
    const gw = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: 'sub/GatewaySubnet', sku: GatewaySku.ERGW1AZ });
    ['Frankfurt', 'Paris', 'Dublin'].forEach((city) => new ExpressRouteMetroCircuit(stack, city, {
      ...RG, metro: MetroLocation.custom(city), serviceProviderName: 'Megaport', bandwidthMbps: 1000,
    }).connectTo('Connection', gw));
    const source = ExpressRouteProviderCircuit.fromCircuitAttributes(stack, 'Old', {
      circuitId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/old', circuitName: 'old',
      resourceGroupName: 'rg', peeringLocation: 'Amsterdam',
    });
    const target = new ExpressRouteMetroCircuit(stack, 'New', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    new ExpressRouteCircuitMigration(stack, 'Migration', { source, target, productionGateways: [gw], phase: MigrationPhase.CUTOVER });
    expect(synthErrorIds(stack)).toEqual(['GW002']);
  });

  test('an external source is left alone at decommission; the runbook has the manual step', () => {
    const { stack } = newStack();
    const gw = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: 'sub/GatewaySubnet' });
    const source = ExpressRouteProviderCircuit.fromCircuitAttributes(stack, 'Old', {
      circuitId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/old', circuitName: 'old', resourceGroupName: 'rg',
    });
    const target = new ExpressRouteMetroCircuit(stack, 'New', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    const m = new ExpressRouteCircuitMigration(stack, 'Migration', { source, target, productionGateways: [gw], phase: MigrationPhase.DECOMMISSION });
    const json = synthJson(stack);
    expect(json.check).toBeUndefined();
    expect(resources(json, 'azurerm_virtual_network_gateway_connection')).toHaveLength(1);
    expect(m.runbook).toContain('Leaves the old circuit `test/Old` alone');
  });

  test('adopting an existing source writes an import block without importFrom', () => {
    const { stack } = newStack();
    const gw = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: 'sub/GatewaySubnet' });
    const source = new ExpressRouteProviderCircuit(stack, 'Old', { ...RG, name: 'erc-old', peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    const target = new ExpressRouteMetroCircuit(stack, 'New', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    const id = '/subscriptions/0/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/erc-old';
    new ExpressRouteCircuitMigration(stack, 'Migration', { source, target, productionGateways: [gw], adoptSourceId: id, phase: MigrationPhase.PREPARE });
    const json = synthJson(stack);
    expect(json.import).toEqual([{ to: `azurerm_express_route_circuit.${source.resource.friendlyUniqueId}`, id }]);
    expect(json.resource.azurerm_express_route_circuit[source.resource.friendlyUniqueId]).toBeDefined();
  });

  describe('the adopted id names the circuit the source declares (MIG008)', () => {
    function adopt(adoptSourceId: string | ((stack: TerraformStack) => string), sourceRg = 'rg') {
      const { stack } = newStack();
      const gw = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: 'sub/GatewaySubnet' });
      const source = new ExpressRouteProviderCircuit(stack, 'Old', {
        ...RG, resourceGroupName: sourceRg, name: 'erc-old', peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000,
      });
      const target = new ExpressRouteMetroCircuit(stack, 'New', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
      const id = typeof adoptSourceId === 'string' ? adoptSourceId : adoptSourceId(stack);
      new ExpressRouteCircuitMigration(stack, 'Migration', { source, target, productionGateways: [gw], adoptSourceId: id, phase: MigrationPhase.PREPARE });
      return stack;
    }
    const mig008 = (stack: TerraformStack) => ExpressRouteValidation.of(stack).validate().findings.filter((f) => f.ruleId === 'MIG008');

    test('another name and resource group: the synth fails on the source, with the id to use', () => {
      const live = '/subscriptions/x/resourceGroups/rg-other/providers/Microsoft.Network/expressRouteCircuits/my-live-circuit';
      const stack = adopt(live);
      expect(synthErrorIds(stack)).toEqual(['MIG008']);
      const [f] = mig008(stack);
      expect({ path: f.path, property: f.property, severity: f.severity, value: f.value }).toEqual({
        path: 'test/Old', property: 'importId', severity: Severity.ERROR, value: JSON.stringify(live),
      });
      expect(f.message).toContain('it names "my-live-circuit" where the resource declares name "erc-old"');
      expect(f.message).toContain('it names resource group "rg-other" where the resource declares "rg"');
      expect(f.fix).toContain('Set adoptSourceId to the id of the circuit the source declares (/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/erc-old)');
    });

    test('the declared name and resource group in another case: no finding (Azure names compare without case)', () => {
      expect(synthErrorIds(adopt('/subscriptions/x/resourcegroups/RG/providers/Microsoft.Network/expressRouteCircuits/ERC-OLD'))).toEqual([]);
    });

    test('values not known at synth are not judged: an id from a variable, a resource group from a variable', () => {
      const fromVariable = adopt((stack) => new TerraformVariable(stack, 'liveId', { type: 'string' }).stringValue);
      expect(mig008(fromVariable)).toEqual([]);
      const rgFromVariable = adopt('/subscriptions/x/resourceGroups/rg-other/providers/Microsoft.Network/expressRouteCircuits/erc-old', '${var.rg}');
      expect(mig008(rgFromVariable)).toEqual([]);
    });
  });
});
