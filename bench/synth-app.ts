/**
 * One benchmark app, run as a child process: `library`, `raw` or `nested` raw bindings, N Metro circuits,
 * each with a private peering and a gateway connection (16 circuits per gateway, 16 metros).
 * Prints one JSON line: wall and CPU time of build + synth and the process's peak RSS.
 */
import * as fs from 'fs';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { ExpressRouteCircuitPeering } from '@cdktf/provider-azurerm/lib/express-route-circuit-peering';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';

const [mode, nText, outdir] = process.argv.slice(2);
const n = Number(nText);
// Both sides load their modules before the clock starts (the raw side's imports above, the
// library here): loading is what the cold-start benchmark measures, this one measures build + synth.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const lib = mode === 'library' ? require('../lib') : undefined;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const RG = { resourceGroupName: 'rg-bench', location: 'West Europe' };
// 16 metros with an active provider: [metro, provider]. Source: the built-in catalog.
const SITES: Array<[string, string]> = [
  ['Amsterdam Metro', 'Equinix'], ['Atlanta Metro', 'Equinix'], ['Chicago Metro', 'Equinix'], ['Dallas Metro', 'Megaport'],
  ['Dublin Metro', 'Equinix'], ['Frankfurt Metro', 'Equinix'], ['Madrid Metro', 'Equinix'], ['Melbourne Metro', 'Megaport'],
  ['Milan Metro', 'Equinix'], ['New York Metro', 'Megaport'], ['Paris Metro', 'Megaport'], ['Silicon Valley Metro', 'Megaport'],
  ['Singapore Metro', 'Equinix'], ['Sydney Metro', 'Megaport'], ['Washington DC Metro', 'Equinix'], ['Zurich Metro', 'Megaport'],
];
const subnet = (g: number) => `/subscriptions/0/resourceGroups/rg-bench/providers/Microsoft.Network/virtualNetworks/hub${g}/subnets/GatewaySubnet`;
const peering = (i: number) => ({
  vlanId: 100, peerAsn: 65010,
  primaryPeerAddressPrefix: `10.${Math.floor(i / 256) % 256}.${i % 256}.0/30`,
  secondaryPeerAddressPrefix: `10.${Math.floor(i / 256) % 256}.${i % 256}.4/30`,
});

const app = new App({ outdir });
const stack = new TerraformStack(app, 'bench');
new AzurermProvider(stack, 'azurerm', { features: [{}] });

if (lib) {
  let gateway: any;
  for (let i = 0; i < n; i++) {
    if (i % 16 === 0) {
      gateway = new lib.ExpressRouteVirtualNetworkGateway(stack, `Gateway${i / 16}`, {
        ...RG, name: `ergw-${i / 16}`, gatewaySubnetId: subnet(i / 16), sku: lib.GatewaySku.ERGW3AZ,
      });
    }
    const [metro, provider] = SITES[i % 16];
    const circuit = new lib.ExpressRouteMetroCircuit(stack, `Circuit${i}`, {
      // Premium: the 16 metros span four geopolitical regions and the gateways are in West Europe (SKU051).
      ...RG, name: `erc-${i}`, metro: lib.MetroLocation.custom(metro), serviceProviderName: provider, bandwidthMbps: 1000,
      skuTier: lib.CircuitSkuTier.PREMIUM,
    });
    circuit.addPrivatePeering('Private', peering(i));
    circuit.connectTo('Connection', gateway, { name: `cn-${i}` });
  }
} else {
  // `nested`: the same raw classes, nested the way a construct library nests them (each L1 is the
  // `Resource` child of a plain Construct), to measure what the construct shape costs in cdktf.
  const nested = mode === 'nested';
  const place = (parent: Construct, id: string): [Construct, string] => (nested ? [new Construct(parent, id), 'Resource'] : [parent, id]);
  let gateway: VirtualNetworkGateway | undefined;
  for (let i = 0; i < n; i++) {
    if (i % 16 === 0) {
      gateway = new VirtualNetworkGateway(...place(stack, `Gateway${i / 16}`), {
        ...RG, name: `ergw-${i / 16}`, type: 'ExpressRoute', sku: 'ErGw3AZ',
        ipConfiguration: [{ name: 'default', subnetId: subnet(i / 16), privateIpAddressAllocation: 'Dynamic' }],
      });
    }
    const [metro, provider] = SITES[i % 16];
    const [circuitScope, circuitId] = place(stack, `Circuit${i}`);
    const circuit = new ExpressRouteCircuit(circuitScope, circuitId, {
      ...RG, name: `erc-${i}`, peeringLocation: metro, serviceProviderName: provider, bandwidthInMbps: 1000,
      sku: { tier: 'Premium', family: 'MeteredData' }, lifecycle: { preventDestroy: true },
    });
    new ExpressRouteCircuitPeering(...(nested ? place(circuitScope, 'Private') : place(stack, `Peering${i}`)), {
      peeringType: 'AzurePrivatePeering', expressRouteCircuitName: circuit.name, resourceGroupName: RG.resourceGroupName, ...peering(i),
    });
    new VirtualNetworkGatewayConnection(...(nested ? place(circuitScope, 'Connection') : place(stack, `Connection${i}`)), {
      ...RG, name: `cn-${i}`, type: 'ExpressRoute', virtualNetworkGatewayId: gateway!.id, expressRouteCircuitId: circuit.id,
    });
  }
}
app.synth();
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const bytes = fs.statSync(`${outdir}/stacks/bench/cdk.tf.json`).size;
const cpu = process.cpuUsage(cpuStart);
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes }));
