/**
 * What the synth writes is what is checked: escape hatches, resources made with the provider
 * classes, outputs and names are judged at synth, with every error at once and nothing written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Fn, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { RouteFilter } from '@cdktf/provider-azurerm/lib/route-filter';
import { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { ExpressRouteVirtualNetworkGateway } from '../../src/constructs/gateway';
import { ExpressRouteMetroDirectPort } from '../../src/constructs/direct-port';
import { GatewaySku, MetroLocation } from '../../src/constructs/enums';
import { ValidationError } from '../../src/errors';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { changedResources } from '../../src/core/tracked';

const changedThroughApi = (resource: { node: { root: object } }) => changedResources(resource.node.root).has(resource as never);
import { Finding } from '../../src/rules/finding';
import { PEERING, RG } from '../constructs/helpers';
import { tempOutdir } from './agreement';

const METRO = { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 };
const SUBNET = '/subscriptions/0/resourceGroups/rg-er/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet';

function app(outdir?: string): { app: App; stack: TerraformStack } {
  const a = outdir ? new App({ outdir }) : Testing.app();
  const stack = new TerraformStack(a, 'net');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return { app: a, stack };
}

/** The unsuppressed errors of a synth, as `RULE subject property`. */
function synthErrors(run: () => void): string[] {
  try {
    run();
    return [];
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.findings.filter((f: Finding) => f.severity === 'error' && !f.suppressed).map((f: Finding) => `${f.ruleId} ${f.path} ${f.property}`);
  }
}

test('an escape-hatch override is judged as written (BW001), with Testing.synth too', () => {
  const { stack } = app();
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
  circuit.resource.addOverride('bandwidth_in_mbps', 300);
  expect(synthErrors(() => Testing.synth(stack))).toEqual(['BW001 net/Circuit bandwidthMbps']);
});

test('an override to null removes the value, as the lint reads the file (BW004)', () => {
  const { stack } = app();
  new ExpressRouteMetroCircuit(stack, 'Circuit', METRO).resource.addOverride('bandwidth_in_mbps', null);
  expect(synthErrors(() => Testing.synth(stack))).toEqual(['BW004 net/Circuit bandwidthMbps']);
});

test('an override to a reference is not judged (unknown before apply)', () => {
  const { stack } = app();
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
  circuit.resource.addOverride('bandwidth_in_mbps', '${var.bandwidth}');
  expect(synthErrors(() => Testing.synth(stack))).toEqual([]);
});

test('resources made with the provider classes are judged: a raw circuit, a raw route filter on a construct peering', () => {
  const { stack } = app();
  new ExpressRouteCircuit(stack, 'RawCircuit', {
    ...RG, name: 'erc-raw', serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 300,
    sku: { tier: 'Standard', family: 'MeteredData' },
  });
  const filter = new RouteFilter(stack, 'Filter', {
    name: 'rf', resourceGroupName: 'rg-er', location: 'North Europe',
    rule: [{ name: 'allow', access: 'Allow', ruleType: 'Community', communities: ['12076:5010'] }],
  });
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
  circuit.addMicrosoftPeering('Microsoft', {
    ...PEERING, vlanId: 200, peerAsn: 1103, primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30',
    advertisedPublicPrefixes: ['198.51.100.0/24'], routingRegistryName: 'RIPENCC', routeFilterId: filter.id,
  });
  expect(synthErrors(() => Testing.synth(stack)).sort()).toEqual(['BW001 net/RawCircuit bandwidthMbps', 'PEER021 net/Filter location']);
});

test('a raw connection to a construct circuit counts: the same circuit twice on one gateway (GW060)', () => {
  const { stack } = app();
  const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET, sku: GatewaySku.ERGW2AZ });
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
  circuit.connectTo('Connection', gateway);
  new VirtualNetworkGatewayConnection(stack, 'RawConnection', {
    ...RG, name: 'cn-raw', type: 'ExpressRoute', virtualNetworkGatewayId: gateway.gatewayId, expressRouteCircuitId: circuit.circuitId,
  });
  const result = (() => {
    Testing.synth(stack);
    return stack.node.findAll().flatMap((c) => c.node.metadata).map((m) => String(m.data)).filter((d) => d.startsWith('[GW060]'));
  })();
  expect(result).toHaveLength(2);
});

test('a user output of an authorization key without sensitive fails the synth (SEC004)', () => {
  const { stack } = app();
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
  const auth = circuit.addAuthorization('Spoke', { outputKey: false });
  new TerraformOutput(stack, 'spoke_key', { value: auth.authorizationKey });
  expect(synthErrors(() => Testing.synth(stack))).toEqual(['SEC004 net/spoke_key sensitive']);
});

test('a user output through Fn.nonsensitive() carries no key: Terraform accepts it, and the synth agrees with the lint (no SEC004)', () => {
  const { stack } = app();
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
  const auth = circuit.addAuthorization('Spoke', { outputKey: false });
  new TerraformOutput(stack, 'spoke_key', { value: Fn.nonsensitive(auth.authorizationKey) });
  expect(synthErrors(() => Testing.synth(stack))).toEqual([]);
  // It shows the key in plain text: a warning (SEC006), on the output.
  expect(ExpressRouteValidation.of(stack).validate().findings.filter((f) => f.ruleId === 'SEC006').map((f) => `${f.path} ${f.property} ${f.severity}`))
    .toEqual(['net/spoke_key value warning']);
});

test('every error of the whole app at once, and nothing written', () => {
  const outdir = tempOutdir();
  const a = new App({ outdir });
  for (const id of ['one', 'two']) {
    const stack = new TerraformStack(a, id);
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    new ExpressRouteMetroCircuit(stack, 'Circuit', METRO).resource.addOverride('bandwidth_in_mbps', 300);
  }
  expect(synthErrors(() => a.synth()).sort()).toEqual(['BW001 one/Circuit bandwidthMbps', 'BW001 two/Circuit bandwidthMbps']);
  expect(fs.existsSync(path.join(outdir, 'stacks', 'one', 'cdk.tf.json'))).toBe(false);
});

test('the document written is the one checked: cdktf resolves each stack once', () => {
  const outdir = tempOutdir();
  const resolve = jest.spyOn(TerraformStack.prototype, 'toTerraform');
  const { app: a, stack } = app(outdir);
  new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
  a.synth();
  expect(resolve).toHaveBeenCalledTimes(1);
  resolve.mockRestore();
  const written = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'net', 'cdk.tf.json'), 'utf8'));
  const address = `azurerm_express_route_circuit.${Object.keys(written.resource.azurerm_express_route_circuit)[0]}`;
  expect(written['//']['expressroute-metro'].intent).toEqual({ flags: { declaredMetro: [address] } });
});

test('an aspect that changes a resource after the check is still judged when the stack is written', () => {
  const { stack } = app();
  // The gateway creates the check's construct: the circuit comes after it, so an aspect visits
  // the circuit after the check ran.
  new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET, sku: GatewaySku.ERGW2AZ });
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
  expect(stack.node.children.map((c) => c.node.id)).toEqual(['azurerm', 'Gateway', 'ExpressRouteMetroValidation', 'Circuit']);
  const { Aspects } = require('cdktf');
  Aspects.of(stack).add({ visit: (node: unknown) => { if (node === circuit.resource) circuit.resource.addOverride('bandwidth_in_mbps', 300); } });
  expect(synthErrors(() => Testing.synth(stack))).toEqual(['BW001 net/Circuit bandwidthMbps']);
});

describe('changes made through the resource\'s own API are escape hatches too', () => {
  test('a setter on the construct\'s resource is judged as written (BW001, METRO001, PEER005), and its document is what was judged', () => {
    const { stack } = app();
    const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
    const peering = circuit.addPrivatePeering('Private', PEERING);
    circuit.resource.bandwidthInMbps = 300;
    circuit.resource.peeringLocation = 'Atlantis Metro';
    peering.resource.peerAsn = 65515;
    expect(synthErrors(() => Testing.synth(stack)).sort()).toEqual([
      'BW001 net/Circuit bandwidthMbps', 'METRO001 net/Circuit metro', 'PEER005 net/Circuit/Private peerAsn',
    ]);
  });

  test('a literal MD5 key set with the setter fails the synth (SEC001), and is never written', () => {
    const outdir = tempOutdir();
    const { app: a, stack } = app(outdir);
    const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
    circuit.addPrivatePeering('Private', PEERING).resource.sharedKey = 'abc123secret';
    expect(synthErrors(() => a.synth())).toEqual(['SEC001 net/Circuit/Private sharedKey']);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'net', 'cdk.tf.json'))).toBe(false);
  });

  test('a block changed through its getter (sku.tier), a put and a reset are judged as written (SKU010, and BW004 for the value the reset removed)', () => {
    const { stack } = app();
    const one = new ExpressRouteMetroCircuit(stack, 'One', { ...METRO, name: 'erc-one' });
    one.resource.sku.tier = 'Basic';
    const two = new ExpressRouteMetroCircuit(stack, 'Two', { ...METRO, name: 'erc-two' });
    two.resource.putSku({ tier: 'Basic', family: 'MeteredData' });
    const three = new ExpressRouteMetroCircuit(stack, 'Three', { ...METRO, name: 'erc-three' });
    three.resource.resetBandwidthInMbps();
    const findings = ExpressRouteValidation.of(stack).validate().findings;
    // The reset removes the bandwidth from the file: judged as written, as the lint reads it (BW004).
    expect(findings.map((f) => `${f.ruleId} ${f.path} ${f.property} ${f.severity}`)).toEqual([
      'SKU010 net/One skuTier warning', 'BW004 net/Three bandwidthMbps error', 'SKU010 net/Two skuTier warning',
    ]);
    expect(synthErrors(() => Testing.synth(stack))).toEqual(['BW004 net/Three bandwidthMbps']);
    expect([one, two, three].map((c) => changedThroughApi(c.resource))).toEqual([true, true, true]);
  });

  test('a setter in a user aspect that runs after the check is judged when the stack is written', () => {
    const { stack } = app();
    new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET, sku: GatewaySku.ERGW2AZ });
    const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
    const { Aspects } = require('cdktf');
    Aspects.of(stack).add({ visit: (node: unknown) => { if (node === circuit.resource) circuit.resource.bandwidthInMbps = 300; } });
    expect(synthErrors(() => Testing.synth(stack))).toEqual(['BW001 net/Circuit bandwidthMbps']);
  });

  test('reading a resource\'s attributes changes nothing: the constructs\' own use and a user\'s references are not escape hatches', () => {
    const { stack } = app();
    const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
    new TerraformOutput(stack, 'CircuitId', { value: circuit.resource.id });
    void circuit.resource.bandwidthInMbps;
    const microsoft = circuit.addMicrosoftPeering('Microsoft', {
      vlanId: 200, peerAsn: 65010, primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30',
      advertisedPublicPrefixes: ['203.0.113.128/27'],
    });
    microsoft.useRouteFilter('${azurerm_route_filter.rf.id}');
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', { ...RG, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 10 });
    port.meetMeRoom('link1');
    expect([circuit.resource, microsoft.resource, port.resource].map(changedThroughApi)).toEqual([false, false, false]);
  });
});

describe('values the constructs saw as tokens are read from the written file, as the lint reads it', () => {
  test.each([
    ['a local', (stack: TerraformStack) => new TerraformLocal(stack, 'bw', 300).asNumber],
    ['a variable\'s default', (stack: TerraformStack) => new TerraformVariable(stack, 'bw', { type: 'number', default: 300 }).numberValue],
    ['a function of literals', () => Fn.max([300, 200])],
  ])('a bandwidth given as %s is judged (BW001)', (_what, bandwidth) => {
    const { stack } = app();
    new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, bandwidthMbps: bandwidth(stack) });
    expect(synthErrors(() => Testing.synth(stack))).toEqual(['BW001 net/Circuit bandwidthMbps']);
  });

  test('a variable without a value, and a reference, stay unknown: no finding', () => {
    const { stack } = app();
    new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, bandwidthMbps: new TerraformVariable(stack, 'bw', { type: 'number' }).numberValue });
    const peering = new ExpressRouteMetroCircuit(stack, 'Other', { ...METRO, name: 'erc-other' }).addPrivatePeering('Private', {
      ...PEERING, sharedKey: new TerraformVariable(stack, 'md5', { type: 'string', sensitive: true }).stringValue,
    });
    expect(peering).toBeDefined();
    expect(synthErrors(() => Testing.synth(stack))).toEqual([]);
  });

  test.each([
    ['a local', (stack: TerraformStack) => new TerraformLocal(stack, 'key', 'abc123secret').asString],
    ['a sensitive variable\'s default', (stack: TerraformStack) => new TerraformVariable(stack, 'md5', { type: 'string', default: 'abc123secret', sensitive: true }).stringValue],
  ])('an MD5 key given as %s is a literal in the written file (SEC001)', (_what, key) => {
    const { stack } = app();
    new ExpressRouteMetroCircuit(stack, 'Circuit', METRO).addPrivatePeering('Private', { ...PEERING, sharedKey: key(stack) });
    expect(synthErrors(() => Testing.synth(stack))).toEqual(['SEC001 net/Circuit/Private sharedKey']);
  });

  test('an MD5 key given as a function of a literal is a literal (SEC001), and the synth agrees with the lint', () => {
    const { stack } = app();
    new ExpressRouteMetroCircuit(stack, 'Circuit', METRO).addPrivatePeering('Private', { ...PEERING, sharedKey: Fn.lower('ABC123SECRET') });
    expect(synthErrors(() => Testing.synth(stack))).toEqual(['SEC001 net/Circuit/Private sharedKey']);
  });

  test('count on a construct\'s resource (an override) writes two circuits of one name (NAME001 on each instance, named by its index as the lint names it)', () => {
    const { stack } = app();
    new ExpressRouteMetroCircuit(stack, 'Circuit', METRO).resource.addOverride('count', 2);
    expect(synthErrors(() => Testing.synth(stack)).sort()).toEqual(['NAME001 net/Circuit[0] name', 'NAME001 net/Circuit[1] name']);
  });

  test('each instance has one name for all its findings: the construct path and its index', () => {
    const { stack } = app();
    new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, bandwidthMbps: 300 }).resource.addOverride('count', 2);
    expect(synthErrors(() => Testing.synth(stack)).sort()).toEqual([
      'BW001 net/Circuit[0] bandwidthMbps', 'BW001 net/Circuit[1] bandwidthMbps', 'NAME001 net/Circuit[0] name', 'NAME001 net/Circuit[1] name',
    ]);
  });

  test('count set as the resource\'s field (no setter) is read as written too (NAME001 on each instance)', () => {
    const { stack } = app();
    new ExpressRouteMetroCircuit(stack, 'Circuit', METRO).resource.count = 2;
    expect(synthErrors(() => Testing.synth(stack)).sort()).toEqual(['NAME001 net/Circuit[0] name', 'NAME001 net/Circuit[1] name']);
  });

  test.each([
    ['count = 0', (stack: TerraformStack, c: ExpressRouteMetroCircuit) => { void stack; c.resource.addOverride('count', 0); }],
    ['count from a variable whose default is false', (stack: TerraformStack, c: ExpressRouteMetroCircuit) => {
      const enabled = new TerraformVariable(stack, 'enabled', { type: 'bool', default: false });
      c.resource.addOverride('count', `\${${enabled.fqn} ? 1 : 0}`);
    }],
  ])('a construct resource written with no instance (%s) is not judged, as the lint reads it', (_what, zero) => {
    const { stack } = app();
    const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, bandwidthMbps: 300 });
    new ExpressRouteMetroCircuit(stack, 'Anchor', { ...METRO, name: 'erc-anchor' });
    zero(stack, circuit);
    expect(synthErrors(() => Testing.synth(stack))).toEqual([]);
  });

  test('count on resources made with the provider classes: each instance is judged (NAME001, GW060)', () => {
    const { stack } = app();
    const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
    new ExpressRouteCircuit(stack, 'Raw', {
      count: 2, ...RG, name: 'erc-raw', serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000,
      sku: { tier: 'Standard', family: 'MeteredData' },
    });
    const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET, sku: GatewaySku.ERGW1AZ });
    new VirtualNetworkGatewayConnection(stack, 'RawConnection', {
      count: 5, ...RG, name: 'cn-${count.index}', type: 'ExpressRoute', virtualNetworkGatewayId: gateway.gatewayId, expressRouteCircuitId: circuit.circuitId,
    });
    expect(synthErrors(() => Testing.synth(stack)).sort()).toEqual(['NAME001 net/Raw[0] name', 'NAME001 net/Raw[1] name']);
    // Five instances connect the one circuit to the one gateway: each is a second connection (GW060).
    const warnings = ExpressRouteValidation.of(stack).validate().findings.filter((f) => f.ruleId === 'GW060');
    expect(warnings.map((f) => `${f.path} ${f.property} ${f.severity}`)).toEqual([0, 1, 2, 3, 4].map((i) => `net/RawConnection[${i}] circuitKey warning`));
  });
});

describe('default names', () => {
  test('two circuits that each connectTo("Connection") write two connection names', () => {
    const { stack } = app();
    const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET, sku: GatewaySku.ERGW2AZ });
    for (const id of ['Amsterdam', 'Frankfurt']) {
      new ExpressRouteMetroCircuit(stack, id, { ...METRO, metro: id === 'Amsterdam' ? MetroLocation.AMSTERDAM : MetroLocation.of('Frankfurt Metro') })
        .connectTo('Connection', gateway);
    }
    const json = JSON.parse(Testing.synth(stack));
    const names = Object.values(json.resource.azurerm_virtual_network_gateway_connection).map((c: any) => c.name).sort();
    expect(names).toEqual(['ercn-amsterdam-connection', 'ercn-frankfurt-connection']);
  });

  test('a path too long for 80 characters keeps its start and ends with a stable hash', () => {
    const { stack } = app();
    const long = 'A'.repeat(90);
    const circuit = new ExpressRouteMetroCircuit(stack, long, METRO);
    const [name] = Object.values(JSON.parse(Testing.synth(stack)).resource.azurerm_express_route_circuit).map((c: any) => c.name);
    expect(name).toHaveLength(80);
    expect(name).toMatch(/^erc-a+-[0-9a-f]{8}$/);
    expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,78}[A-Za-z0-9_]$/);
    expect(circuit.node.id).toBe(long);
  });

  test('two resources given the same name in one resource group fail the synth (NAME001), names compared without case', () => {
    const { stack } = app();
    new ExpressRouteMetroCircuit(stack, 'One', { ...METRO, name: 'erc-ams' });
    new ExpressRouteMetroCircuit(stack, 'Two', { ...METRO, name: 'ERC-AMS' });
    new ExpressRouteMetroCircuit(stack, 'Three', { ...METRO, name: 'erc-ams', resourceGroupName: 'rg-other' });
    expect(synthErrors(() => Testing.synth(stack)).sort()).toEqual(['NAME001 net/One name', 'NAME001 net/Two name']);
  });

  test('a name outside Azure\'s naming rule fails the synth (NAME002); a name that is a token is not judged', () => {
    const { stack } = app();
    const names = ['bad name!', '', 'a'.repeat(100), '-x', 'x.'];
    names.forEach((name, i) => new ExpressRouteMetroCircuit(stack, `C${i}`, { ...METRO, name }));
    new ExpressRouteMetroCircuit(stack, 'Token', { ...METRO, name: new TerraformVariable(stack, 'circuit_name', { type: 'string' }).stringValue });
    new ExpressRouteMetroCircuit(stack, 'Interpolated', { ...METRO, name: `erc-${new TerraformVariable(stack, 'suffix', { type: 'string' }).stringValue}!` });
    expect(synthErrors(() => Testing.synth(stack)).sort()).toEqual(names.map((_, i) => `NAME002 net/C${i} name`));
  });

  test('default names and lock names keep to the rule NAME002 judges with', () => {
    const { stack } = app();
    new ExpressRouteMetroCircuit(stack, 'Odd id: (é) x.', { ...METRO, deleteLock: true });
    new ExpressRouteMetroCircuit(stack, 'L'.repeat(120), { ...METRO, deleteLock: true });
    expect(synthErrors(() => Testing.synth(stack))).toEqual([]);
    const json = JSON.parse(Testing.synth(stack));
    const locks = Object.values(json.resource.azurerm_management_lock).map((l: any) => l.name).sort();
    expect(locks).toEqual([`${'L'.repeat(76)}-cannot-delete`, 'Odd-id-(-)-x.-cannot-delete']);
  });

  test('a resource group given as a variable is not judged against a literal one', () => {
    const { stack } = app();
    new ExpressRouteMetroCircuit(stack, 'One', { ...METRO, name: 'erc-ams' });
    new ExpressRouteMetroCircuit(stack, 'Two', { ...METRO, name: 'erc-ams', resourceGroupName: '${var.rg}' });
    expect(synthErrors(() => Testing.synth(stack))).toEqual([]);
  });
});

test('the route filter of examples/metro-provider-circuit (a provider class) is checked at synth (PEER021 region, PEER015 rules)', () => {
  const { MetroProviderCircuitStack } = require('../../examples/metro-provider-circuit/main');
  const stack: TerraformStack = new MetroProviderCircuitStack(Testing.app(), 'metro-provider-circuit');
  expect(synthErrors(() => Testing.synth(stack))).toEqual([]);
  (stack.node.findChild('RouteFilter') as RouteFilter).addOverride('location', 'North Europe');
  expect(synthErrors(() => Testing.synth(stack))).toEqual(['PEER021 metro-provider-circuit/RouteFilter location']);
  (stack.node.findChild('RouteFilter') as RouteFilter).addOverride('location', 'West Europe');
  (stack.node.findChild('RouteFilter') as RouteFilter).addOverride('rule', [
    { name: 'a', access: 'Allow', rule_type: 'Community', communities: ['12076:5010'] },
    { name: 'b', access: 'Allow', rule_type: 'Community', communities: ['12076:5020'] },
  ]);
  expect(synthErrors(() => Testing.synth(stack)).map((x) => x.split(' ')[0])).toContain('PEER015');
});
