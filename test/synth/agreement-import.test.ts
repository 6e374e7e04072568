import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import {
  ExpressRouteCircuitMigration, ExpressRouteMetroCircuit, ExpressRouteProviderCircuit, ExpressRouteVirtualNetworkGateway, GatewaySku,
  MetroLocation, MigrationPhase,
} from '../../src';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { RG } from '../constructs/helpers';
import { synthAndLint, tempOutdir } from './agreement';

// MIG008 at synth judges the migration's adoptSourceId; the lint judges the `import` block the
// synth wrote. Suppressed (with the reason carried), the stack is written and both verdicts compare.
test('an adopted id naming another circuit: the synth and the lint of its cdk.tf.json give the same MIG008', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'adopt');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const gw = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: 'sub/GatewaySubnet', sku: GatewaySku.ERGW2AZ });
  const source = new ExpressRouteProviderCircuit(stack, 'Old', {
    ...RG, resourceGroupName: 'rg', name: 'erc-old', peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000,
  });
  const target = new ExpressRouteMetroCircuit(stack, 'New', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
  new ExpressRouteCircuitMigration(stack, 'Migration', {
    source, target, productionGateways: [gw], phase: MigrationPhase.PREPARE,
    adoptSourceId: '/subscriptions/x/resourceGroups/rg-other/providers/Microsoft.Network/expressRouteCircuits/my-live-circuit',
  });
  ExpressRouteValidation.of(stack).suppress(source, 'MIG008', 'the agreement test writes the stack to lint it');
  const { synth, lint } = synthAndLint(app, outdir).get('adopt')!;
  expect(lint).toEqual(synth);
  expect(synth).toContain('MIG008 adopt/Old importId error (suppressed)');
});
