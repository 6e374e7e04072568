/**
 * Synth and lint agree whatever order they read the nodes in: the synth follows the order the
 * constructs were made in, the lint the order of `cdk.tf.json` (sorted by name). A rule that
 * reported the "second" member of a clash named a different one on each side.
 */
import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ExpressRouteMetroDirectPort } from '../../src/constructs/direct-port';
import { MetroLocation, PortEncapsulation } from '../../src/constructs/enums';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { synthAndLint, tempOutdir } from './agreement';

const RG = { resourceGroupName: 'rg', location: 'West Europe' };
const PRIVATE = { vlanId: 100, peerAsn: 65001 };

test('a VLAN reused on a Dot1Q port (PORT002) and a Global Reach subnet used twice (GR003): both name every member, on both sides', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'net');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  for (const id of ['PORT002', 'GR003']) ExpressRouteValidation.of(app).suppress(stack, id, 'test: compare the verdicts, do not stop');
  // Made in the order Zed, Alpha: cdk.tf.json lists Alpha first.
  const port = new ExpressRouteMetroDirectPort(stack, 'Port', { ...RG, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 10, encapsulation: PortEncapsulation.DOT1Q });
  port.addCircuit('Zed', { bandwidthGbps: 5 }).addPrivatePeering('Private', { ...PRIVATE, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' });
  port.addCircuit('Alpha', { bandwidthGbps: 5 }).addPrivatePeering('Private', { ...PRIVATE, primaryPeerAddressPrefix: '10.0.1.0/30', secondaryPeerAddressPrefix: '10.0.1.4/30' });
  const circuit = (id: string, metro: MetroLocation, n: number) => {
    const c = new ExpressRouteMetroCircuit(stack, id, { ...RG, metro, serviceProviderName: 'Megaport', bandwidthMbps: 1000 });
    c.addPrivatePeering('Private', { ...PRIVATE, primaryPeerAddressPrefix: `10.1.${n}.0/30`, secondaryPeerAddressPrefix: `10.1.${n}.4/30` });
    return c;
  };
  const fra = circuit('Frankfurt', MetroLocation.of('Frankfurt Metro'), 0);
  circuit('Zurich', MetroLocation.of('Zurich Metro'), 1).addGlobalReach('ToFrankfurt', { peerCircuit: fra, addressPrefixIpv4: '10.255.0.0/29' });
  circuit('Amsterdam', MetroLocation.AMSTERDAM, 2).addGlobalReach('ToFrankfurt', { peerCircuit: fra, addressPrefixIpv4: '10.255.0.0/29' });

  const { synth, lint } = synthAndLint(app, outdir).get('net')!;
  expect(lint).toEqual(synth);
  expect(synth).toEqual(expect.arrayContaining([
    'PORT002 net/Port/Zed/Private vlanId error (suppressed)',
    'PORT002 net/Port/Alpha/Private vlanId error (suppressed)',
    'GR003 net/Zurich/ToFrankfurt addressPrefixIpv4 error (suppressed)',
    'GR003 net/Amsterdam/ToFrankfurt addressPrefixIpv4 error (suppressed)',
  ]));
});
