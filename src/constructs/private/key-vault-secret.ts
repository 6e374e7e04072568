import { DefaultTokenResolver, IConstruct, StringConcat, TerraformResource, TerraformStack, Tokenization } from '../../core/framework';
import { isUnresolved } from '../../core/tokens';
import { SecretInput } from '../../model/topology';
import { normalise } from '../../terraform/records';
import { keyVaultSecretValue } from '../../terraform/to-topology';

/** Resolves as cdktf does when it writes a stack. */
const RESOLVER = new DefaultTokenResolver(new StringConcat());
const resolveIn = (stack: TerraformStack, value: unknown): unknown => Tokenization.resolve(value, { scope: stack, preparing: false, resolver: RESOLVER });

/** `${azurerm_key_vault_secret.<name>.<attribute>}`: one secret of the stack, whole. */
const SECRET_REFERENCE = /^\$\{(azurerm_key_vault_secret\.([A-Za-z_][A-Za-z0-9_-]*))\.[a-z_]+\}$/;

/** A MACsec key's Key Vault secret as the stack writes it. */
export interface WrittenSecret {
  /** Its Terraform address (`azurerm_key_vault_secret.ckn`), as the lint names it. */
  readonly address: string;
  /** How its value is given (`keyVaultSecretValue`, the lint's own reading). */
  readonly value: SecretInput;
}

/**
 * The `azurerm_key_vault_secret` of the stack that each secret id (a token such as
 * `secret.versionlessId`) references, read as the stack writes it (escape hatches included) and
 * judged by the lint's own reading of a secret's value; undefined for an id that is a literal, a
 * variable, another stack's value or anything else. The stack is searched only when an id is a
 * token that names such a secret.
 */
export function writtenKeyVaultSecrets(scope: IConstruct, ids: ReadonlyArray<string | undefined>): Array<WrittenSecret | undefined> {
  const stack = TerraformStack.of(scope);
  const named = ids.map((id) => {
    if (id === undefined || !isUnresolved(id)) return undefined;
    const resolved = resolveIn(stack, id);
    const m = typeof resolved === 'string' ? SECRET_REFERENCE.exec(resolved) : null;
    return m ? { address: m[1], name: m[2] } : undefined;
  });
  if (named.every((n) => n === undefined)) return named.map(() => undefined);
  const wanted = new Set(named.map((n) => n?.name).filter((n): n is string => n !== undefined));
  const found = new Map<string, WrittenSecret['value']>();
  for (const c of stack.node.findAll()) {
    if (!TerraformResource.isTerraformResource(c) || c.terraformResourceType !== 'azurerm_key_vault_secret' || !wanted.has(c.friendlyUniqueId)) continue;
    const doc = normalise(resolveIn(stack, c.toTerraform()));
    const record = doc?.resources[0];
    if (record) found.set(c.friendlyUniqueId, keyVaultSecretValue(record, []));
  }
  return named.map((n) => {
    const value = n === undefined ? undefined : found.get(n.name);
    return n === undefined || value === undefined ? undefined : { address: n.address, value };
  });
}
