import { SecretInput } from '../../../src/model/topology';
import { validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { error, mutate, peering, portOf, warning } from './helpers';

export const CASES: VerdictCase[] = [
  { ruleId: 'SEC001', name: 'a literal MD5 key', topology: mutate((t) => { Object.assign(peering(t, 'ams/private'), { sharedKey: SecretInput.LITERAL, sharedKeyWellFormed: true }); }),
    expect: [error('ams/private', 'sharedKey')] },
  { ruleId: 'SEC001', name: 'an MD5 key given as a reference', topology: mutate((t) => { peering(t, 'ams/private').sharedKey = SecretInput.REFERENCE; }), expect: [] },
  { ruleId: 'SEC002', name: 'a literal authorization key on a connection', topology: mutate((t) => { t.connections[0] = { ...t.connections[0], authorizationKey: SecretInput.LITERAL }; }),
    expect: [error('gw/ams', 'authorizationKey')] },
  { ruleId: 'SEC002', name: 'a literal Global Reach authorization key', topology: mutate((t) => { t.globalReach[0] = { ...t.globalReach[0], authorizationKey: SecretInput.LITERAL }; }),
    expect: [error('gr', 'authorizationKey')] },
  { ruleId: 'SEC002', name: 'a literal port authorization key on a circuit', topology: mutate((t) => {
    Object.assign(t.circuits.find((c) => c.key === 'd1')!, { authorizationKey: SecretInput.LITERAL });
  }), expect: [error('d1', 'authorizationKey')] },
  { ruleId: 'SEC002', name: 'authorization keys given as references', topology: mutate((t) => { t.connections[0] = { ...t.connections[0], authorizationKey: SecretInput.REFERENCE }; }), expect: [] },
  { ruleId: 'SEC003', name: 'a literal MACsec CKN', topology: mutate((t) => {
    Object.assign(portOf(t), { hasUserAssignedIdentity: true });
    Object.assign(portOf(t).links[0], { macsecCkn: SecretInput.LITERAL, macsecCak: SecretInput.REFERENCE, macsecCipher: 'GcmAesXpn256' });
  }), expect: [error('port', 'link1.macsecCknSecretId')] },
  { ruleId: 'SEC003', name: 'MACsec keys as Key Vault references', topology: mutate((t) => {
    Object.assign(portOf(t), { hasUserAssignedIdentity: true });
    Object.assign(portOf(t).links[0], { macsecCkn: SecretInput.REFERENCE, macsecCak: SecretInput.REFERENCE, macsecCipher: 'GcmAesXpn256' });
  }), expect: [] },
  { ruleId: 'SEC004', name: 'an output carrying a key, not sensitive', topology: mutate((t) => { t.outputs.push({ key: 'o', path: 'o', carriesSecret: true, sensitive: false }); }),
    expect: [error('o', 'sensitive')] },
  { ruleId: 'SEC004', name: 'an output carrying a key, sensitive', topology: mutate((t) => { t.outputs.push({ key: 'o', path: 'o', carriesSecret: true, sensitive: true }); }), expect: [] },
  { ruleId: 'SEC004', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'SEC004', name: 'an output carrying the value of a MACsec key\'s Key Vault secret, not sensitive', topology: mutate((t) => {
    Object.assign(portOf(t).links[0], macsecSecrets(SecretInput.REFERENCE));
    t.outputs.push({ key: 'o', path: 'o', carriesSecret: false, sensitive: false, keyVaultSecretValues: ['azurerm_key_vault_secret.ckn'] });
  }), expect: [error('o', 'sensitive')] },
  { ruleId: 'SEC004', name: 'an output carrying the value of a Key Vault secret no port uses, or sensitive', topology: mutate((t) => {
    Object.assign(portOf(t).links[0], macsecSecrets(SecretInput.REFERENCE));
    t.outputs.push({ key: 'o', path: 'o', carriesSecret: false, sensitive: false, keyVaultSecretValues: ['azurerm_key_vault_secret.other'] });
    t.outputs.push({ key: 's', path: 's', carriesSecret: false, sensitive: true, keyVaultSecretValues: ['azurerm_key_vault_secret.ckn'] });
  }), expect: [] },
  { ruleId: 'SEC006', name: 'outputs passing keys through nonsensitive() as they are: a service key; a MACsec key\'s Key Vault secret value', topology: mutate((t) => {
    Object.assign(portOf(t).links[0], macsecSecrets(SecretInput.REFERENCE));
    t.outputs.push({ key: 'o', path: 'o', carriesSecret: true, declassified: true, sensitive: false, exposedKeys: ['service key'] });
    t.outputs.push({ key: 'm', path: 'm', carriesSecret: false, declassified: true, sensitive: false, exposedKeyVaultSecretValues: ['azurerm_key_vault_secret.ckn'] });
  }), expect: [warning('m', 'value'), warning('o', 'value')] },
  { ruleId: 'SEC006', name: 'a key passed through nonsensitive() on a sensitive output; a Key Vault secret no port uses; a key only declassified (a hash of it)', topology: mutate((t) => {
    Object.assign(portOf(t).links[0], macsecSecrets(SecretInput.REFERENCE));
    t.outputs.push({ key: 'o', path: 'o', carriesSecret: true, declassified: true, sensitive: true, exposedKeys: ['service key'] });
    t.outputs.push({ key: 'm', path: 'm', carriesSecret: false, declassified: true, sensitive: false, exposedKeyVaultSecretValues: ['azurerm_key_vault_secret.other'] });
    t.outputs.push({ key: 'h', path: 'h', carriesSecret: true, declassified: true, sensitive: false });
  }), expect: [] },
  { ruleId: 'SEC005', name: 'the Key Vault secrets of the MACsec CKN and CAK have literal values', topology: mutate((t) => {
    Object.assign(portOf(t).links[0], macsecSecrets(SecretInput.LITERAL));
  }), expect: [error('port', 'link1.macsecCknSecretValue'), error('port', 'link1.macsecCakSecretValue')] },
  { ruleId: 'SEC005', name: 'the Key Vault secrets of the MACsec keys take their values from variables; a secret outside the configuration', topology: mutate((t) => {
    Object.assign(portOf(t).links[0], macsecSecrets(SecretInput.REFERENCE));
    Object.assign(portOf(t).links[1], { ...macsecSecrets(SecretInput.REFERENCE), macsecCknSecret: undefined, macsecCknSecretValue: undefined });
  }), expect: [] },
];

/** MACsec on a link with Key Vault secret ids whose secrets are in the configuration, their values given as `value`. */
function macsecSecrets(value: SecretInput) {
  return {
    macsecCkn: SecretInput.REFERENCE, macsecCak: SecretInput.REFERENCE, macsecCipher: 'GcmAesXpn256',
    macsecCknSecret: 'azurerm_key_vault_secret.ckn', macsecCknSecretValue: value, macsecCakSecret: 'azurerm_key_vault_secret.cak', macsecCakSecretValue: value,
  };
}
