/**
 * On random apps that use resources made with the provider classes through imported handles (a
 * raw port under `fromPortAttributes`, a raw Virtual WAN or VNet gateway under
 * `fromGatewayAttributes`, a raw circuit under `fromCircuitAttributes`, each handle declaring
 * values and intent of its own), the findings the synth wrote equal the findings of the lint of
 * its output, and no finding is about a handle that stands for a written resource. Every rule that can stop the synth is suppressed for the stack.
 */
import * as fc from 'fast-check';
import { App, TerraformStack } from 'cdktf';
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { ExpressRouteGateway } from '@cdktf/provider-azurerm/lib/express-route-gateway';
import { ExpressRoutePort } from '@cdktf/provider-azurerm/lib/express-route-port';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { ExpressRouteDirectCircuit } from '../../src/constructs/direct-circuit';
import { ExpressRouteMetroDirectPort } from '../../src/constructs/direct-port';
import { MetroLocation, PortEncapsulation, RequiredResiliency } from '../../src/constructs/enums';
import { ExpressRouteVirtualNetworkGateway } from '../../src/constructs/gateway';
import { IExpressRouteCircuit, IExpressRouteGateway } from '../../src/constructs/interfaces';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { ExpressRouteProviderCircuit } from '../../src/constructs/provider-circuit';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { ExpressRouteVirtualWanGateway } from '../../src/constructs/virtual-wan-gateway';
import { Severity } from '../../src/rules/finding';
import { RuleRegistry } from '../../src/rules/registry';
import { synthAndLint, tempOutdir } from '../synth/agreement';
import { SEED } from './arbitraries';

const RG = { resourceGroupName: 'rg', location: 'West Europe' };
const SUBNET = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet';
const HUB = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub';
const SITES: Array<[string, string]> = [['Amsterdam Metro', 'Equinix'], ['Frankfurt Metro', 'Megaport'], ['Amsterdam', 'Equinix']];
const RESILIENCY = [undefined, RequiredResiliency.HIGH, RequiredResiliency.MAXIMUM];

const appArb = fc.record({
  // The port as written and as its handle declares it (they may differ).
  portGbps: fc.constantFrom(10, 100),
  handleGbps: fc.option(fc.constantFrom(10, 100), { nil: undefined }),
  portCircuits: fc.array(fc.record({ gbps: fc.constantFrom(1, 5, 10), construct: fc.boolean(), vlan: fc.integer({ min: 100, max: 101 }), toHub: fc.boolean() }),
    { maxLength: 3 }),
  portAuthorization: fc.boolean(),
  hubResiliency: fc.integer({ min: 0, max: RESILIENCY.length - 1 }),
  vnetResiliency: fc.integer({ min: 0, max: RESILIENCY.length - 1 }),
  circuits: fc.array(fc.record({ site: fc.integer({ min: 0, max: SITES.length - 1 }), gateway: fc.constantFrom('hub', 'vnet', 'none') }),
    { minLength: 1, maxLength: 3 }),
  // A raw circuit under `fromCircuitAttributes` (the handle declaring another site), and what goes through the handle.
  rawCircuit: fc.record({
    site: fc.integer({ min: 0, max: SITES.length - 1 }), handleSite: fc.integer({ min: 0, max: SITES.length - 1 }),
    peering: fc.boolean(), authorization: fc.boolean(), gateway: fc.constantFrom('hub', 'vnet', 'none'), globalReach: fc.constantFrom('from', 'to', 'none'),
  }),
});

const STOPPERS = RuleRegistry.builtIn().rules.filter((r) => r.severity === Severity.ERROR && !r.id.startsWith('SEC')).map((r) => r.id);

test('random apps with imported handles of written resources: the lint of what the synth wrote gives the synth\'s findings', () => {
  let findings = 0;
  fc.assert(fc.property(appArb, (p) => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'h');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    // On the stack: its suppressions cover the handles that stay external too (named by construct path).
    for (const id of STOPPERS) ExpressRouteValidation.of(app).suppress(stack, id, 'property test: compare, do not stop');

    const rawHub = new ExpressRouteGateway(stack, 'HubGateway', { ...RG, name: 'ergw-hub', virtualHubId: HUB, scaleUnits: 1 });
    const hub = ExpressRouteVirtualWanGateway.fromGatewayAttributes(stack, 'Hub', { gatewayId: rawHub.id, ...RG, requiredResiliency: RESILIENCY[p.hubResiliency] });
    const rawVnetGateway = new VirtualNetworkGateway(stack, 'VnetGateway', {
      ...RG, name: 'ergw', type: 'ExpressRoute', sku: 'ErGw1AZ', ipConfiguration: [{ name: 'default', subnetId: SUBNET, privateIpAddressAllocation: 'Dynamic' }],
    });
    const vnet = ExpressRouteVirtualNetworkGateway.fromGatewayAttributes(stack, 'Vnet', {
      gatewayId: rawVnetGateway.id, ...RG, requiredResiliency: RESILIENCY[p.vnetResiliency],
    });
    const connect = (circuit: IExpressRouteCircuit & { connectTo(id: string, g: IExpressRouteGateway): unknown }, to: string) => {
      if (to !== 'none') circuit.connectTo('Connection', to === 'hub' ? hub : vnet);
    };

    const rawPort = new ExpressRoutePort(stack, 'Port', {
      ...RG, name: 'erp', peeringLocation: 'Equinix-Amsterdam-AM5', bandwidthInGbps: p.portGbps, encapsulation: 'Dot1Q',
    });
    const port = ExpressRouteMetroDirectPort.fromPortAttributes(stack, 'PortRef', {
      portId: rawPort.id, portName: rawPort.name, ...RG, bandwidthGbps: p.handleGbps, encapsulation: PortEncapsulation.DOT1Q,
    });
    p.portCircuits.forEach((c, i) => {
      const circuit = c.construct ? new ExpressRouteDirectCircuit(stack, `Direct${i}`, { port, bandwidthGbps: c.gbps }) : port.addCircuit(`OnPort${i}`, { bandwidthGbps: c.gbps });
      circuit.addPrivatePeering('Private', { vlanId: c.vlan + i * 10, peerAsn: 65001, primaryPeerAddressPrefix: `10.1.${i}.0/30`, secondaryPeerAddressPrefix: `10.1.${i}.4/30` });
      if (c.toHub) connect(circuit, 'hub');
    });
    if (p.portAuthorization) port.addAuthorization('Partner');

    p.circuits.forEach((c, i) => {
      const [place, provider] = SITES[c.site];
      const props = { ...RG, serviceProviderName: provider, bandwidthMbps: 1000 };
      const circuit = place.endsWith('Metro')
        ? new ExpressRouteMetroCircuit(stack, `Circuit${i}`, { ...props, metro: MetroLocation.of(place) })
        : new ExpressRouteProviderCircuit(stack, `Circuit${i}`, { ...props, peeringLocation: place });
      circuit.addPrivatePeering('Private', { vlanId: 100, peerAsn: 65001, primaryPeerAddressPrefix: `10.2.${i}.0/30`, secondaryPeerAddressPrefix: `10.2.${i}.4/30` });
      connect(circuit, c.gateway);
    });

    const r = p.rawCircuit;
    const rawCircuit = new ExpressRouteCircuit(stack, 'RawCircuit', {
      ...RG, name: 'erc-raw', serviceProviderName: SITES[r.site][1], peeringLocation: SITES[r.site][0], bandwidthInMbps: 1000,
      sku: { tier: 'Premium', family: 'MeteredData' },
    });
    const circuitRef = ExpressRouteProviderCircuit.fromCircuitAttributes(stack, 'CircuitRef', {
      circuitId: rawCircuit.id, circuitName: rawCircuit.name, ...RG, peeringLocation: SITES[r.handleSite][0], serviceProviderName: SITES[r.handleSite][1],
    });
    // Without a peering construct, a hub connection and Global Reach name `<id>/peerings/AzurePrivatePeering`.
    if (r.peering) circuitRef.addPrivatePeering('Private', { vlanId: 100, peerAsn: 65001, primaryPeerAddressPrefix: '10.3.0.0/30', secondaryPeerAddressPrefix: '10.3.0.4/30' });
    if (r.authorization) circuitRef.addAuthorization('Partner');
    connect(circuitRef, r.gateway);
    const peer = stack.node.tryFindChild('Circuit0') as IExpressRouteCircuit;
    if (r.globalReach === 'to') peer.addGlobalReach('ToRaw', { peerCircuit: circuitRef, addressPrefixIpv4: '10.255.0.0/29' });
    if (r.globalReach === 'from' && r.peering) circuitRef.addGlobalReach('ToCircuit0', { peerCircuit: peer, addressPrefixIpv4: '10.255.0.8/29' });

    const { synth, lint } = synthAndLint(app, outdir).get('h')!;
    findings += synth.length;
    expect(lint).toEqual(synth);
    // A handle whose resource something references stands for it: no finding names the handle.
    const referenced = new Set([
      ...(p.portCircuits.length > 0 || p.portAuthorization ? ['h/PortRef'] : []),
      ...(p.portCircuits.some((c) => c.toHub) || p.circuits.some((c) => c.gateway === 'hub') || r.gateway === 'hub' ? ['h/Hub'] : []),
      ...(p.circuits.some((c) => c.gateway === 'vnet') || r.gateway === 'vnet' ? ['h/Vnet'] : []),
      ...(r.peering || r.authorization || r.gateway !== 'none' || r.globalReach === 'to' ? ['h/CircuitRef'] : []),
    ]);
    expect(synth.filter((v) => referenced.has(v.split(' ')[1]))).toEqual([]);
  }), { seed: SEED, numRuns: 12 });
  expect(findings).toBeGreaterThan(12);
});
