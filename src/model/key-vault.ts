/**
 * A Key Vault secret identifier: `https://{vault}.{cloud DNS suffix}/secrets/{name}[/{version}]`
 * (Source: https://learn.microsoft.com/azure/key-vault/general/about-keys-secrets-certificates).
 * The DNS suffix differs per cloud, so any host is accepted; key material has no URL shape.
 */
const KEY_VAULT_SECRET_ID = /^https:\/\/[^/\s]+\/secrets\/[^/\s]+(\/[^/\s]*)?\/?$/i;

/** Whether a literal is a Key Vault secret id (a reference) rather than key material. */
export function isKeyVaultSecretId(value: string): boolean {
  return KEY_VAULT_SECRET_ID.test(value);
}
