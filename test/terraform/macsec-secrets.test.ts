/** SEC005 and SEC004 through the `.tf` and plan front ends: the Key Vault secrets of a port's MACsec keys. */
import * as path from 'path';
import { SecretInput } from '../../src/model/topology';
import { lintFiles, readModuleTopology } from '../../src/terraform/lint';
import { normalise } from '../../src/terraform/records';
import { toTopology } from '../../src/terraform/to-topology';

const FILE = path.join(__dirname, '..', 'fixtures', 'hcl', 'macsec-secrets', 'main.tf');

test('.tf: each link key names its secret and how the secret\'s value is given', () => {
  const { topology } = readModuleTopology([FILE]);
  expect(topology.ports[0].links.map((l) => [l.name, l.macsecCknSecret, l.macsecCknSecretValue, l.macsecCakSecret, l.macsecCakSecretValue])).toEqual([
    ['link1', 'azurerm_key_vault_secret.ckn_literal', SecretInput.LITERAL, 'azurerm_key_vault_secret.cak_variable', SecretInput.REFERENCE],
    ['link2', 'azurerm_key_vault_secret.ckn_write_only', SecretInput.LITERAL, 'azurerm_key_vault_secret.cak_function', SecretInput.REFERENCE],
  ]);
});

test('.tf: SEC005 on the literal value and the literal value_wo; SEC004 names the MACsec key an output carries, not an unrelated secret', () => {
  const { results, errors } = lintFiles([FILE]);
  expect(errors).toEqual([]);
  const findings = results.flatMap((r) => r.report.findings).filter((f) => f.ruleId === 'SEC005' || f.ruleId === 'SEC004');
  expect(findings.map((f) => [f.ruleId, f.path, f.property, f.severity]).sort()).toEqual([
    ['SEC004', 'output.ckn', 'sensitive', 'error'],
    ['SEC005', 'azurerm_express_route_port.port', 'link1.macsecCknSecretValue', 'error'],
    ['SEC005', 'azurerm_express_route_port.port', 'link2.macsecCknSecretValue', 'error'],
  ]);
  expect(findings.find((f) => f.ruleId === 'SEC004')!.message).toMatch(/^This output carries a MACsec key, which azurerm marks sensitive/);
  expect(findings.find((f) => f.property === 'link1.macsecCknSecretValue')!.message)
    .toBe('The value of azurerm_key_vault_secret.ckn_literal, the MACsec CKN of link1, is a literal string: it would be written in plain text into the .tf file (and version control with it).');
  expect(JSON.stringify(findings)).not.toContain('dffafc8d7b9a43d5b9a3dfbbf6a30c16');
});

/** A plan whose secrets are created with the port: the ids are known after apply, the configuration names each argument's secret. */
function plan(cknValue: unknown, cknExpression: Record<string, unknown>) {
  const secret = (name: string, value: unknown) => ({ address: `azurerm_key_vault_secret.${name}`, mode: 'managed', type: 'azurerm_key_vault_secret', name, values: { name, value, key_vault_id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv' } });
  return {
    format_version: '1.2', terraform_version: '1.9.0',
    planned_values: { root_module: { resources: [
      secret('ckn', cknValue), secret('cak', 'cak-from-a-variable'),
      { address: 'azurerm_express_route_port.p', mode: 'managed', type: 'azurerm_express_route_port', name: 'p', values: {
        name: 'erport', resource_group_name: 'rg', location: 'westeurope', peering_location: 'Equinix-Amsterdam-AM5', bandwidth_in_gbps: 10, encapsulation: 'Dot1Q',
        link1: [{ macsec_cipher: 'GcmAesXpn256' }], link2: [{}],
      } },
    ] } },
    resource_changes: [
      { address: 'azurerm_express_route_port.p', mode: 'managed', type: 'azurerm_express_route_port', name: 'p', change: { actions: ['create'], before: null, after: {},
        after_unknown: { link1: [{ macsec_ckn_keyvault_secret_id: true, macsec_cak_keyvault_secret_id: true }] } } },
    ],
    configuration: { root_module: { resources: [
      { address: 'azurerm_key_vault_secret.ckn', mode: 'managed', type: 'azurerm_key_vault_secret', name: 'ckn', expressions: { value: cknExpression } },
      { address: 'azurerm_key_vault_secret.cak', mode: 'managed', type: 'azurerm_key_vault_secret', name: 'cak', expressions: { value: { references: ['var.cak'] } } },
      { address: 'azurerm_express_route_port.p', mode: 'managed', type: 'azurerm_express_route_port', name: 'p', expressions: {
        link1: [{
          macsec_ckn_keyvault_secret_id: { references: ['azurerm_key_vault_secret.ckn.versionless_id', 'azurerm_key_vault_secret.ckn'] },
          macsec_cak_keyvault_secret_id: { references: ['azurerm_key_vault_secret.cak.versionless_id', 'azurerm_key_vault_secret.cak'] },
        }],
      } },
    ] } },
  };
}

test('plan: the configuration names each argument\'s secret; a literal in the configuration is judged, a variable is not', () => {
  const links = (doc: unknown) => toTopology(normalise(doc)!, []).ports[0].links[0];
  const literal = links(plan('ckn-literal', { constant_value: 'ckn-literal' }));
  expect([literal.macsecCknSecret, literal.macsecCknSecretValue, literal.macsecCakSecret, literal.macsecCakSecretValue])
    .toEqual(['azurerm_key_vault_secret.ckn', SecretInput.LITERAL, 'azurerm_key_vault_secret.cak', SecretInput.REFERENCE]);
  const variable = links(plan('ckn-from-a-variable', { references: ['var.ckn'] }));
  expect(variable.macsecCknSecretValue).toBe(SecretInput.REFERENCE);
});
