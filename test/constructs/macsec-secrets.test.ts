/**
 * SEC005 at synth: the Key Vault secrets a Metro Direct port references as its MACsec CKN and CAK,
 * made with the provider class, are read as the stack writes them; a literal value is the key in
 * plain text. SEC004 names what an output carries.
 */
import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { KeyVaultSecret } from '@cdktf/provider-azurerm/lib/key-vault-secret';
import { ExpressRouteMetroCircuit, ExpressRouteMetroDirectPort, ExpressRouteValidation, MetroLocation } from '../../src';
import { ValidationError } from '../../src/errors';
import { Finding } from '../../src/rules/finding';
import { newStack, PEERING, RG } from './helpers';

const IDENTITY = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id';
const VAULT = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-er';

/** The unsuppressed errors of a synth. */
function synthErrors(run: () => void): Finding[] {
  try {
    run();
    return [];
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.findings.filter((f) => f.severity === 'error' && !f.suppressed);
  }
}
const rows = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => [f.ruleId, f.path, f.property, f.severity]).sort();

function portWith(value: (stack: TerraformStack, name: string) => string) {
  const { stack } = newStack();
  const ckn = new KeyVaultSecret(stack, 'Ckn', { name: 'ckn', keyVaultId: VAULT, value: value(stack, 'ckn') });
  const cak = new KeyVaultSecret(stack, 'Cak', { name: 'cak', keyVaultId: VAULT, value: value(stack, 'cak') });
  new ExpressRouteMetroDirectPort(stack, 'Port', {
    ...RG, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 100, userAssignedIdentityId: IDENTITY,
    macsec: { cknSecretId: ckn.versionlessId, cakSecretId: cak.id },
  });
  return { stack, ckn, cak };
}
const sensitiveVariable = (stack: TerraformStack, name: string) => new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;

test('secrets with a literal value: SEC005 on each key of each link, not suppressible', () => {
  const { stack } = portWith((_stack, name) => (name === 'ckn' ? 'dffafc8d7b9a43d5b9a3dfbbf6a30c16' : 'ead3664f508eb06c40ac7104cdae4ce5'));
  const errors = synthErrors(() => Testing.synth(stack));
  expect(rows(errors, 'SEC005')).toEqual([
    ['SEC005', 'test/Port', 'link1.macsecCakSecretValue', 'error'],
    ['SEC005', 'test/Port', 'link1.macsecCknSecretValue', 'error'],
    ['SEC005', 'test/Port', 'link2.macsecCakSecretValue', 'error'],
    ['SEC005', 'test/Port', 'link2.macsecCknSecretValue', 'error'],
  ]);
  expect(() => ExpressRouteValidation.of(stack).suppress(stack, 'SEC005', 'the keys are test values')).toThrow(/SEC005 cannot be suppressed/);
  const first = errors.find((f) => f.ruleId === 'SEC005' && f.property === 'link1.macsecCknSecretValue')!;
  expect(first.message).toBe('The value of azurerm_key_vault_secret.Ckn, the MACsec CKN of link1, is a literal string: it would be written in plain text into '
    + 'cdk.tf.json (and wherever that file goes: version control, CI logs, artifacts).');
  // The key itself is never repeated in a finding.
  expect(JSON.stringify(errors)).not.toContain('dffafc8d7b9a43d5b9a3dfbbf6a30c16');
  expect(errors.map((f) => f.ruleId).filter((id) => id !== 'SEC005')).toEqual([]);
});

test('a literal set through an escape hatch is judged as written', () => {
  const { stack, cak } = portWith(sensitiveVariable);
  cak.addOverride('value', 'ead3664f508eb06c40ac7104cdae4ce5');
  expect(rows(synthErrors(() => Testing.synth(stack)), 'SEC005')).toEqual([
    ['SEC005', 'test/Port', 'link1.macsecCakSecretValue', 'error'],
    ['SEC005', 'test/Port', 'link2.macsecCakSecretValue', 'error'],
  ]);
});

test('a literal set on the stack (stack.addOverride) is judged as written too', () => {
  const { stack, ckn } = portWith(sensitiveVariable);
  stack.addOverride(`resource.azurerm_key_vault_secret.${ckn.friendlyUniqueId}.value`, 'dffafc8d7b9a43d5b9a3dfbbf6a30c16');
  expect(rows(synthErrors(() => Testing.synth(stack)), 'SEC005')).toEqual([
    ['SEC005', 'test/Port', 'link1.macsecCknSecretValue', 'error'],
    ['SEC005', 'test/Port', 'link2.macsecCknSecretValue', 'error'],
  ]);
});

test('values from sensitive variables or another resource are not judged; nor a secret id that is a variable', () => {
  const { stack } = newStack();
  const ckn = new KeyVaultSecret(stack, 'Ckn', { name: 'ckn', keyVaultId: VAULT, value: new TerraformVariable(stack, 'ckn', { type: 'string', sensitive: true }).stringValue });
  const cak = new KeyVaultSecret(stack, 'Cak', { name: 'cak', keyVaultId: VAULT, value: `${ckn.value}00` });
  new ExpressRouteMetroDirectPort(stack, 'Port', {
    ...RG, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 100, userAssignedIdentityId: IDENTITY,
    macsec: { cknSecretId: ckn.versionlessId, cakSecretId: cak.versionlessId },
    link2: { macsec: { cknSecretId: new TerraformVariable(stack, 'ckn_id', { type: 'string' }).stringValue, cakSecretId: cak.versionlessId } },
  });
  expect(synthErrors(() => Testing.synth(stack)).map((f) => f.ruleId)).toEqual([]);
});

test('SEC004 names what an output carries: a BGP MD5 key, a MACsec key', () => {
  const { stack, ckn } = portWith(sensitiveVariable);
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
  const peering = circuit.addPrivatePeering('Private', { ...PEERING, sharedKey: new TerraformVariable(stack, 'md5', { type: 'string', sensitive: true }).stringValue });
  new TerraformOutput(stack, 'k', { value: peering.resource.sharedKey });
  new TerraformOutput(stack, 'ckn_value', { value: ckn.value });
  const messages = Object.fromEntries(synthErrors(() => Testing.synth(stack)).filter((f) => f.ruleId === 'SEC004').map((f) => [f.path, f.message]));
  expect(messages).toEqual({
    'test/k': 'This output carries a BGP MD5 key, which azurerm marks sensitive, but the output is not: terraform plan fails with "Output refers to sensitive values".',
    'test/ckn_value': 'This output carries a MACsec key, which azurerm marks sensitive, but the output is not: terraform plan fails with "Output refers to sensitive values".',
  });
});
