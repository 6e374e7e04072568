/**
 * Synth and lint agree on names (NAME002): a literal name outside Azure's rule, suppressed on its
 * construct so that the synth writes, is the same (suppressed) finding in the lint of what it
 * wrote; a raw resource's name is judged alike. And on the Key Vault secrets of a port's MACsec
 * keys (SEC005, SEC004), made with the provider class.
 */
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { KeyVaultSecret } from '@cdktf/provider-azurerm/lib/key-vault-secret';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { RouteFilter } from '@cdktf/provider-azurerm/lib/route-filter';
import { ExpressRouteMetroDirectPort } from '../../src/constructs/direct-port';
import { MetroLocation } from '../../src/constructs/enums';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { RuleRegistry } from '../../src/rules/registry';
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

test('SEC005 and SEC004 on MACsec secrets: the synth\'s verdict is the lint\'s verdict on what it writes', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'net');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const vault = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-er';
  const ckn = new KeyVaultSecret(stack, 'Ckn', { name: 'ckn', keyVaultId: vault, value: 'dffafc8d7b9a43d5b9a3dfbbf6a30c16' });
  const cak = new KeyVaultSecret(stack, 'Cak', { name: 'cak', keyVaultId: vault, value: new TerraformVariable(stack, 'cak', { type: 'string', sensitive: true }).stringValue });
  new ExpressRouteMetroDirectPort(stack, 'Port', {
    resourceGroupName: 'rg', location: 'West Europe', metro: MetroLocation.AMSTERDAM, bandwidthGbps: 100,
    userAssignedIdentityId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id',
    macsec: { cknSecretId: ckn.versionlessId, cakSecretId: cak.versionlessId },
  });
  new TerraformOutput(stack, 'cak_value', { value: cak.value });
  const validation = ExpressRouteValidation.of(stack);
  const secrets = (v: string) => /^SEC00[45] /.test(v);
  const synth = validation.validate().findings.map((f) => `${f.ruleId} ${f.path} ${f.property} ${f.severity}`).filter(secrets).sort();
  expect(synth).toEqual([
    'SEC004 net/cak_value sensitive error',
    'SEC005 net/Port link1.macsecCknSecretValue error',
    'SEC005 net/Port link2.macsecCknSecretValue error',
  ]);
  // The SEC rules cannot be suppressed: the synth writes only without them.
  validation.useRegistry(RuleRegistry.builtIn().without('SEC004').without('SEC005'));
  const { lint } = synthAndLint(app, outdir).get('net')!;
  expect(lint.filter(secrets)).toEqual(synth);
});
