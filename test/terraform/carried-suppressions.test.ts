import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ExpressRouteProviderCircuit } from '../../src/constructs/provider-circuit';
import { ExpressRouteVirtualNetworkGateway } from '../../src/constructs/gateway';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { GatewaySku } from '../../src/constructs/enums';
import { lintFile, lintText } from '../../src/terraform/lint';

const RG = { resourceGroupName: 'rg-er', location: 'West Europe' };

/** Two stacks, each with two gateways on single-site circuits (DUAL003 warnings). */
function synthApp(suppress: (stacks: Record<string, { stack: TerraformStack; a: ExpressRouteVirtualNetworkGateway; b: ExpressRouteVirtualNetworkGateway }>, app: App) => void): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-carried-'));
  const app = new App({ outdir });
  const stacks: Record<string, any> = {};
  for (const name of ['one', 'two']) {
    const stack = new TerraformStack(app, name);
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const gw = (id: string, location: string) => {
      const g = new ExpressRouteVirtualNetworkGateway(stack, id, { ...RG, gatewaySubnetId: `sub/${id}/GatewaySubnet`, sku: GatewaySku.ERGW2AZ });
      new ExpressRouteProviderCircuit(stack, `${id}Circuit`, { ...RG, peeringLocation: location, serviceProviderName: 'Equinix', bandwidthMbps: 1000 })
        .connectTo('Connection', g);
      return g;
    };
    stacks[name] = { stack, a: gw('GatewayA', 'Amsterdam'), b: gw('GatewayB', 'London') };
  }
  suppress(stacks, app);
  app.synth();
  return outdir;
}

const file = (outdir: string, stack: string) => path.join(outdir, 'stacks', stack, 'cdk.tf.json');
const dual003 = (outdir: string, stack: string) => lintFile(file(outdir, stack)).report.findings
  .filter((f) => f.ruleId === 'DUAL003')
  .map((f) => `${f.path.replace(/_[0-9A-F]{8}$/, '')} ${f.suppressed ? `suppressed: ${f.suppressionReason}` : 'live'}`);

test('a suppression on a construct reaches the lint of cdk.tf.json, and only for that construct', () => {
  const outdir = synthApp((s) => s.one.a.suppressRule('DUAL003', 'single-site lab gateway'));
  expect(dual003(outdir, 'one')).toEqual([
    'azurerm_virtual_network_gateway.GatewayA suppressed: single-site lab gateway',
    'azurerm_virtual_network_gateway.GatewayB live',
  ]);
  // The other stack carries nothing: its file has no suppression entry at all.
  expect(dual003(outdir, 'two')).toEqual(['azurerm_virtual_network_gateway.GatewayA live', 'azurerm_virtual_network_gateway.GatewayB live']);
  expect(JSON.parse(fs.readFileSync(file(outdir, 'two'), 'utf8'))['//']['expressroute-metro'].suppressions).toBeUndefined();
  expect(JSON.parse(fs.readFileSync(file(outdir, 'one'), 'utf8'))['//']['expressroute-metro'].suppressions).toEqual([
    { ruleId: 'DUAL003', path: 'one/GatewayA', reason: 'single-site lab gateway' },
  ]);
});

test('stack-wide and app-wide suppressions are carried too', () => {
  const outdir = synthApp((s, app) => {
    ExpressRouteValidation.of(app).suppress(s.two.stack, 'DUAL003', 'stack two is a lab');
    ExpressRouteValidation.of(app).suppress(app, 'DUAL006', 'no resiliency validation planned');
  });
  expect(dual003(outdir, 'one')).toEqual(['azurerm_virtual_network_gateway.GatewayA live', 'azurerm_virtual_network_gateway.GatewayB live']);
  expect(dual003(outdir, 'two')).toEqual([
    'azurerm_virtual_network_gateway.GatewayA suppressed: stack two is a lab',
    'azurerm_virtual_network_gateway.GatewayB suppressed: stack two is a lab',
  ]);
  const carried = JSON.parse(fs.readFileSync(file(outdir, 'one'), 'utf8'))['//']['expressroute-metro'].suppressions;
  expect(carried).toEqual([{ ruleId: 'DUAL006', path: '*', reason: 'no resiliency validation planned' }]);
});

test('malformed carried suppressions are skipped with a note', () => {
  const doc = (suppressions: unknown) => JSON.stringify({ '//': { 'expressroute-metro': { suppressions } }, resource: {} });
  expect(lintText(doc('x'), 'a.tf.json').notes).toEqual(['"//".expressroute-metro.suppressions is not a list; no suppression carried from the synth applies.']);
  expect(lintText(doc([{ ruleId: 'DUAL003', path: 'x' }, 7]), 'a.tf.json').notes).toEqual([
    '"//".expressroute-metro.suppressions[0] is not { ruleId, path, reason }; skipped.',
    '"//".expressroute-metro.suppressions[1] is not { ruleId, path, reason }; skipped.',
  ]);
});
