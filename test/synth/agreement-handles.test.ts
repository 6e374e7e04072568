/**
 * Synth and lint agree when constructs use a resource made with a provider class through an
 * imported handle: a circuit on `fromPortAttributes({ portId: port.id })` of a raw
 * `ExpressRoutePort`, hub connections through `ExpressRouteVirtualWanGateway.fromGatewayAttributes`
 * of a raw `ExpressRouteGateway`, a migration to a VNet gateway handle of a raw
 * `VirtualNetworkGateway`. Both link them to the resource as written; the handle's intent (a
 * required resiliency) is joined into the resource.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { ExpressRouteGateway } from '@cdktf/provider-azurerm/lib/express-route-gateway';
import { ExpressRoutePort } from '@cdktf/provider-azurerm/lib/express-route-port';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { ExpressRouteDirectCircuit } from '../../src/constructs/direct-circuit';
import { ExpressRouteMetroDirectPort } from '../../src/constructs/direct-port';
import { CircuitSkuTier, MetroLocation, PortEncapsulation, RequiredResiliency } from '../../src/constructs/enums';
import { ExpressRouteVirtualNetworkGateway } from '../../src/constructs/gateway';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { ExpressRouteCircuitMigration } from '../../src/constructs/migration';
import { ExpressRouteProviderCircuit } from '../../src/constructs/provider-circuit';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { ExpressRouteVirtualWanGateway } from '../../src/constructs/virtual-wan-gateway';
import { MigrationPhase } from '../../src/model/topology';
import { Severity } from '../../src/rules/finding';
import { IRule } from '../../src/rules/rule';
import { synthAndLint, tempOutdir } from './agreement';

const RG = { resourceGroupName: 'rg', location: 'West Europe' };
const PRIVATE = (n: number) => ({ vlanId: 100 + n, peerAsn: 65001, primaryPeerAddressPrefix: `10.0.${n}.0/30`, secondaryPeerAddressPrefix: `10.0.${n}.4/30` });

function stackOf(outdir: string): { app: App; stack: TerraformStack } {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'net');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return { app, stack };
}

/** A company rule with a finding on every output. */
const EVERY_OUTPUT: IRule = {
  id: 'ACME002', severity: Severity.INFO, title: 'Outputs are reviewed', source: 'https://wiki.example/er',
  check(ctx) {
    for (const o of ctx.topology.outputs) ctx.report({ subject: o, property: 'value', value: o.key, message: 'Review the output.', fix: 'Review it.' });
  },
};

/** The verdicts about one subject. */
const about = (verdicts: string[], subject: string) => verdicts.filter((v) => v.split(' ')[1] === subject);

function carried(outdir: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'net', 'cdk.tf.json'), 'utf8'))['//']['expressroute-metro'].intent ?? {};
}

test('circuits and a port authorization on the handle of a raw port: both judge the port as written', () => {
  const outdir = tempOutdir();
  const { app, stack } = stackOf(outdir);
  // Written 10 Gbps; the handle says 100 (what a user may type): the written size is judged.
  const raw = new ExpressRoutePort(stack, 'Port', { ...RG, name: 'erp', peeringLocation: 'Equinix-Amsterdam-AM5', bandwidthInGbps: 10, encapsulation: 'Dot1Q' });
  const port = ExpressRouteMetroDirectPort.fromPortAttributes(stack, 'PortRef', {
    portId: raw.id, portName: raw.name, ...RG, bandwidthGbps: 100, encapsulation: PortEncapsulation.DOT1Q,
  });
  const onPort = port.addCircuit('OnPort', { bandwidthGbps: 10 });
  onPort.addPrivatePeering('Private', PRIVATE(1));
  // The circuit-on-port construct: 15 Gbps of circuits on the 10 Gbps written (BW003 needs both on the port).
  new ExpressRouteDirectCircuit(stack, 'Direct', { port, bandwidthGbps: 5 }).addPrivatePeering('Private', PRIVATE(2));
  port.addAuthorization('Partner');

  const { synth, lint } = synthAndLint(app, outdir).get('net')!;
  expect(lint).toEqual(synth);
  expect(synth).toContain('BW003 net/Port circuits.bandwidthGbps warning');
  expect(about(synth, 'net/PortRef')).toEqual([]);
  // The handle does not travel: the circuits' references name the port.
  expect(carried(outdir)).not.toHaveProperty('external');
});

test('hub connections through the handle of a raw Virtual WAN gateway: the gateway carries the handle\'s required resiliency', () => {
  const outdir = tempOutdir();
  const { app, stack } = stackOf(outdir);
  const rawHub = new ExpressRouteGateway(stack, 'HubGateway', {
    ...RG, name: 'ergw-hub', virtualHubId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub', scaleUnits: 1,
  });
  const hub = ExpressRouteVirtualWanGateway.fromGatewayAttributes(stack, 'Hub', { gatewayId: rawHub.id, ...RG, requiredResiliency: RequiredResiliency.MAXIMUM });
  for (const [i, metro] of [MetroLocation.AMSTERDAM, MetroLocation.of('Frankfurt Metro')].entries()) {
    const circuit = new ExpressRouteMetroCircuit(stack, `Circuit${i}`, { ...RG, metro, serviceProviderName: 'Megaport', bandwidthMbps: 1000 });
    circuit.addPrivatePeering('Private', PRIVATE(i));
    circuit.connectTo('Hub', hub);
  }
  const single = new ExpressRouteProviderCircuit(stack, 'Single', { ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
  single.addPrivatePeering('Private', PRIVATE(3));
  single.connectTo('Hub', hub);

  const { synth, lint } = synthAndLint(app, outdir).get('net')!;
  expect(lint).toEqual(synth);
  // Three circuits, two Metro sites: Maximum is reached, on the gateway as written.
  expect(about(synth, 'net/Hub')).toEqual([]);
  expect(carried(outdir)).toMatchObject({ nodes: { 'azurerm_express_route_gateway.HubGateway': { requiredResiliency: 'Maximum' } } });
  expect(carried(outdir)).not.toHaveProperty('external');

  // Without the Frankfurt circuit's connection the gateway falls short of the handle's Maximum (DUAL005 on the written gateway).
  const outdir2 = tempOutdir();
  const second = stackOf(outdir2);
  const rawHub2 = new ExpressRouteGateway(second.stack, 'HubGateway', {
    ...RG, name: 'ergw-hub', virtualHubId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub', scaleUnits: 1,
  });
  const hub2 = ExpressRouteVirtualWanGateway.fromGatewayAttributes(second.stack, 'Hub', { gatewayId: rawHub2.id, ...RG, requiredResiliency: RequiredResiliency.MAXIMUM });
  const metro = new ExpressRouteMetroCircuit(second.stack, 'Circuit', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Megaport', bandwidthMbps: 1000 });
  metro.addPrivatePeering('Private', PRIVATE(0));
  metro.connectTo('Hub', hub2);
  for (const id of ['DUAL005', 'DUAL051']) ExpressRouteValidation.of(second.app).suppress(second.stack, id, 'test: compare the verdicts, do not stop');
  const short = synthAndLint(second.app, outdir2).get('net')!;
  expect(short.lint).toEqual(short.synth);
  expect(short.synth).toEqual(expect.arrayContaining([
    'DUAL005 net/HubGateway requiredResiliency error (suppressed)', 'DUAL051 net/HubGateway requiredResiliency error (suppressed)',
  ]));
});

test('a migration to the handle of a raw VNet gateway, from a circuit outside the stack: the production gateway is the one written', () => {
  const outdir = tempOutdir();
  const { app, stack } = stackOf(outdir);
  const subnet = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet';
  const rawGateway = new VirtualNetworkGateway(stack, 'Gateway', {
    ...RG, name: 'ergw', type: 'ExpressRoute', sku: 'ErGw1AZ', ipConfiguration: [{ name: 'default', subnetId: subnet, privateIpAddressAllocation: 'Dynamic' }],
  });
  const gateway = ExpressRouteVirtualNetworkGateway.fromGatewayAttributes(stack, 'GatewayRef', { gatewayId: rawGateway.id, ...RG });
  const source = ExpressRouteProviderCircuit.fromCircuitAttributes(stack, 'Old', {
    circuitId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/erc-old', circuitName: 'erc-old', ...RG,
    peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000,
  });
  const target = new ExpressRouteMetroCircuit(stack, 'New', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
  target.addPrivatePeering('Private', PRIVATE(1));
  // In cutover the new circuit's connection names the gateway; the old one's stays until decommission.
  new ExpressRouteCircuitMigration(stack, 'Migration', { source, target, productionGateways: [gateway], phase: MigrationPhase.CUTOVER });

  const { synth, lint } = synthAndLint(app, outdir).get('net')!;
  expect(lint).toEqual(synth);
  expect(about(synth, 'net/GatewayRef')).toEqual([]);
  // The old circuit's connection (outside the stack) counts on the written gateway: Standard resiliency there.
  const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'net', 'expressroute-report.json'), 'utf8'));
  expect(report.resiliency).toEqual([expect.objectContaining({
    gateway: 'net/Gateway', reasons: expect.arrayContaining(['The circuits share a peering location, so they do not add Maximum resiliency.']),
  })]);
  expect(carried(outdir)).toMatchObject({ migrations: [{ productionGatewayKeys: ['azurerm_virtual_network_gateway.Gateway'] }] });
});

test('a stack\'s suppression covers what the lint names by construct path (an unreferenced handle, a migration) and by output name', () => {
  const outdir = tempOutdir();
  const { app, stack } = stackOf(outdir);
  // Nothing references the handle: it stays external, named by its construct path on both sides.
  ExpressRouteVirtualNetworkGateway.fromGatewayAttributes(stack, 'Unused', {
    gatewayId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/ergw', ...RG, requiredResiliency: RequiredResiliency.HIGH,
  });
  // A move within Amsterdam (MIG006 on the migration).
  const source = ExpressRouteProviderCircuit.fromCircuitAttributes(stack, 'Old', {
    circuitId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/erc-old', circuitName: 'erc-old', ...RG,
    peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000,
  });
  const target = new ExpressRouteProviderCircuit(stack, 'New', { ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
  new ExpressRouteCircuitMigration(stack, 'Migration', { source, target, productionGateways: [], phase: MigrationPhase.PREPARE });
  new TerraformOutput(stack, 'CircuitId', { value: target.circuitId });
  const validation = ExpressRouteValidation.of(app).addRule(EVERY_OUTPUT);
  for (const id of ['DUAL005', 'MIG006', EVERY_OUTPUT.id]) validation.suppress(stack, id, 'test: a stack suppression covers every subject');

  const { synth, lint } = synthAndLint(app, outdir, [EVERY_OUTPUT]).get('net')!;
  expect(lint).toEqual(synth);
  expect(synth).toEqual(expect.arrayContaining([
    'DUAL005 net/Unused requiredResiliency error (suppressed)',
    'MIG006 net/Migration targetCircuit.peeringLocation warning (suppressed)',
    'ACME002 net/CircuitId value info (suppressed)',
  ]));
});

test('a peering, an authorization, connections and Global Reach on the handle of a raw circuit: all link to the circuit as written', () => {
  const outdir = tempOutdir();
  const { app, stack } = stackOf(outdir);
  // Written at Amsterdam, 300 Mbps (BW001); the handle says Frankfurt and 1000 (what a user may type): the written circuit is judged.
  const raw = new ExpressRouteCircuit(stack, 'Circuit', {
    ...RG, name: 'erc', serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 300, sku: { tier: 'Premium', family: 'MeteredData' },
  });
  const handle = ExpressRouteProviderCircuit.fromCircuitAttributes(stack, 'CircuitRef', {
    circuitId: raw.id, circuitName: raw.name, ...RG, peeringLocation: 'Frankfurt', serviceProviderName: 'Equinix', bandwidthMbps: 1000,
  });
  // A second handle of the same circuit, without a peering construct: its links name `<id>/peerings/AzurePrivatePeering`.
  const bare = ExpressRouteProviderCircuit.fromCircuitAttributes(stack, 'CircuitRef2', { circuitId: raw.id, circuitName: raw.name, ...RG });
  handle.addPrivatePeering('Private', PRIVATE(1));
  handle.addAuthorization('Partner');
  const subnet = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet';
  const vnet = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: subnet, requiredResiliency: RequiredResiliency.HIGH });
  handle.connectTo('Connection', vnet);
  const rawHub = new ExpressRouteGateway(stack, 'HubGateway', {
    ...RG, name: 'ergw-hub', virtualHubId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub', scaleUnits: 1,
  });
  bare.connectTo('Hub', ExpressRouteVirtualWanGateway.fromGatewayAttributes(stack, 'Hub', { gatewayId: rawHub.id, ...RG }));
  const fra = new ExpressRouteMetroCircuit(stack, 'Frankfurt', { ...RG, metro: MetroLocation.of('Frankfurt Metro'), serviceProviderName: 'Megaport', bandwidthMbps: 1000,
    skuTier: CircuitSkuTier.PREMIUM });
  fra.addPrivatePeering('Private', PRIVATE(2));
  handle.addGlobalReach('ToFrankfurt', { peerCircuit: fra, addressPrefixIpv4: '10.255.0.0/29' });
  fra.addGlobalReach('ToAmsterdam', { peerCircuit: bare, addressPrefixIpv4: '10.255.0.8/29' });
  for (const id of ['BW001', 'DUAL005', 'DUAL050']) ExpressRouteValidation.of(app).suppress(stack, id, 'test: compare the verdicts, do not stop');

  const { synth, lint } = synthAndLint(app, outdir).get('net')!;
  expect(lint).toEqual(synth);
  // The circuit as written: 300 Mbps, one site at Amsterdam; the VNet gateway reaches Standard only.
  expect(synth).toEqual(expect.arrayContaining([
    'BW001 net/Circuit bandwidthMbps error (suppressed)', 'DUAL005 net/Gateway requiredResiliency error (suppressed)',
  ]));
  expect(synth.filter((v) => /^\S+ net\/CircuitRef2? /.test(v))).toEqual([]);
  const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'net', 'expressroute-report.json'), 'utf8'));
  expect(JSON.stringify(report)).not.toContain('net/CircuitRef');
  // The handles do not travel: every link is a reference to the circuit, or carried as its address.
  expect(carried(outdir)).not.toHaveProperty('external');
});

test('a migration from the handle of a raw circuit: the source is the circuit as written', () => {
  const outdir = tempOutdir();
  const { app, stack } = stackOf(outdir);
  const raw = new ExpressRouteCircuit(stack, 'Old', {
    ...RG, name: 'erc-old', serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000, sku: { tier: 'Standard', family: 'MeteredData' },
  });
  // The handle says Frankfurt; the circuit is written at Amsterdam, where the new circuit is too (MIG006).
  const source = ExpressRouteProviderCircuit.fromCircuitAttributes(stack, 'OldRef', { circuitId: raw.id, circuitName: raw.name, ...RG, peeringLocation: 'Frankfurt' });
  source.addPrivatePeering('Private', PRIVATE(1));
  const subnet = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet';
  const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: subnet });
  source.connectTo('Connection', gateway);
  const target = new ExpressRouteProviderCircuit(stack, 'New', { ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
  target.addPrivatePeering('Private', PRIVATE(2));
  new ExpressRouteCircuitMigration(stack, 'Migration', { source, target, productionGateways: [gateway], phase: MigrationPhase.PREPARE });

  const { synth, lint } = synthAndLint(app, outdir).get('net')!;
  expect(lint).toEqual(synth);
  expect(synth).toContain('MIG006 net/Migration targetCircuit.peeringLocation warning');
  expect(synth.filter((v) => v.split(' ')[1] === 'net/OldRef')).toEqual([]);
  expect(carried(outdir)).toMatchObject({ migrations: [{ sourceCircuitKey: 'azurerm_express_route_circuit.Old' }] });
});

test('Global Reach to an imported circuit Terraform does not manage: the link travels, so both judge the two circuits (GR006)', () => {
  const outdir = tempOutdir();
  const { app, stack } = stackOf(outdir);
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
  circuit.addPrivatePeering('Private', PRIVATE(1));
  // Written as a literal `.../expressRouteCircuits/erc-tokyo/peerings/AzurePrivatePeering`: no resource of the stack.
  const tokyo = ExpressRouteProviderCircuit.fromCircuitAttributes(stack, 'Tokyo', {
    circuitId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/erc-tokyo', circuitName: 'erc-tokyo', ...RG,
    peeringLocation: 'Tokyo', serviceProviderName: 'Equinix', skuTier: CircuitSkuTier.STANDARD,
  });
  circuit.addGlobalReach('ToTokyo', { peerCircuit: tokyo, addressPrefixIpv4: '10.255.0.0/29' });
  ExpressRouteValidation.of(app).suppress(stack, 'GR006', 'test: compare the verdicts, do not stop');

  const { synth, lint } = synthAndLint(app, outdir).get('net')!;
  expect(lint).toEqual(synth);
  expect(synth).toEqual(['GR006 net/Circuit/ToTokyo circuit error (suppressed)', 'GR006 net/Circuit/ToTokyo peerCircuit error (suppressed)']);
});
