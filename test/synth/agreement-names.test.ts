/**
 * Synth and lint agree on names (NAME002): a literal name outside Azure's rule, suppressed on its
 * construct so that the synth writes, is the same (suppressed) finding in the lint of what it
 * wrote; a raw resource's name is judged alike.
 */
import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { RouteFilter } from '@cdktf/provider-azurerm/lib/route-filter';
import { MetroLocation } from '../../src/constructs/enums';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { synthAndLint, tempOutdir } from './agreement';

test('a name outside the rule on a construct and on a raw resource: the same suppressed findings', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'net');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', {
    resourceGroupName: 'rg', location: 'West Europe', metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000,
    name: 'erc ams',
  });
  circuit.suppressRule('NAME002', 'renamed in the next change');
  const filter = new RouteFilter(stack, 'Filter', { name: 'rf.', resourceGroupName: 'rg', location: 'West Europe' });
  ExpressRouteValidation.of(stack).suppress(filter, 'NAME002', 'renamed in the next change');
  const { synth, lint } = synthAndLint(app, outdir).get('net')!;
  expect(lint).toEqual(synth);
  expect(synth.filter((v) => v.startsWith('NAME002'))).toEqual(['NAME002 net/Circuit name error (suppressed)', 'NAME002 net/Filter name error (suppressed)']);
});
