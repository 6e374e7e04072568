import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { ExpressRouteMetroDirectPort } from '../../src/constructs/direct-port';
import { GatewaySku, MetroLocation } from '../../src/constructs/enums';
import { ExpressRouteVirtualNetworkGateway } from '../../src/constructs/gateway';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { lintFile } from '../../src/terraform/lint';

const SIMULATION_RULES = ['DUAL050', 'DUAL051', 'DUAL052', 'DUAL053'];

/** One stack: a Metro circuit on one router, a port pair on one router, a gateway asking for 2,000 Mbps. */
function synth(): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-sim-constructs-'));
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'sim');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const location = 'West Europe';
  const rg = { name: 'rg-er-sim' };
  const subnet = { id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-er-sim/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/GatewaySubnet' };
  const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', {
    resourceGroupName: rg.name, location, gatewaySubnetId: subnet.id, sku: GatewaySku.ERGW2AZ,
    minimumCapacityMbpsUnderFailure: 2000,
  });
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', {
    resourceGroupName: rg.name, location, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 2000,
    customerEdge: 'ce-ams-1', tags: { owner: 'network' },
  });
  circuit.connectTo('Connection', gateway);
  new ExpressRouteMetroDirectPort(stack, 'Port', {
    resourceGroupName: rg.name, location, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 10,
    link1: { customerEdge: 'ce-ams-1' }, link2: { customerEdge: 'ce-ams-1' },
  });
  app.synth();
  return path.join(outdir, 'stacks', 'sim');
}

const dir = synth();
const stackJson = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
const report = JSON.parse(fs.readFileSync(path.join(dir, 'expressroute-report.json'), 'utf8'));

test('the props are written as tags, next to the user\'s own', () => {
  const circuits = Object.values(stackJson.resource.azurerm_express_route_circuit) as any[];
  expect(circuits[0].tags).toEqual({ owner: 'network', 'customer-edge': 'ce-ams-1' });
  const ports = Object.values(stackJson.resource.azurerm_express_route_port) as any[];
  expect(ports[0].tags).toEqual({ 'customer-edge': 'ce-ams-1' });
  const gateways = Object.values(stackJson.resource.azurerm_virtual_network_gateway) as any[];
  expect(gateways[0].tags).toEqual({ 'minimum-capacity-mbps-under-failure': '2000' });
});

const verdicts = (findings: Array<{ ruleId: string; path: string; property: string; severity: string }>, pathOf: (p: string) => string) =>
  findings.filter((f) => SIMULATION_RULES.includes(f.ruleId)).map((f) => [f.ruleId, pathOf(f.path), f.property, f.severity]).sort();

test('the synth report has the simulation and its verdicts', () => {
  expect(report.simulation.summary.gateways).toEqual([expect.objectContaining({
    gateway: 'sim/Gateway', minimumCapacityMbpsUnderFailure: 2000, capacityMbpsBefore: 2000,
    disconnectedBy: ['metro:Amsterdam Metro', 'provider:Equinix', 'customer-edge:ce-ams-1'],
  })]);
  expect(verdicts(report.findings, (p) => p)).toEqual([
    ['DUAL052', 'sim/Gateway', 'minimumCapacityMbpsUnderFailure', 'warning'],
    ['DUAL053', 'sim/Circuit', 'customerEdge', 'warning'],
    ['DUAL053', 'sim/Port', 'link2.customerEdge', 'warning'],
  ]);
  expect(fs.readFileSync(path.join(dir, 'expressroute-report.md'), 'utf8')).toContain('| ce-ams-1 | customer-edge | **no** | 0 of 2 | 0 of 2000 |');
});

test('linting the synthesized cdk.tf.json gives the synth\'s simulation verdicts', () => {
  const lint = lintFile(path.join(dir, 'cdk.tf.json'));
  const byAddress: Record<string, string> = {
    azurerm_virtual_network_gateway: 'sim/Gateway', azurerm_express_route_circuit: 'sim/Circuit', azurerm_express_route_port: 'sim/Port',
  };
  expect(verdicts(lint.report.findings, (p) => byAddress[p.split('.')[0]])).toEqual(verdicts(report.findings, (p) => p));
});
