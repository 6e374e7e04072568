import { Sources } from '../../catalog/sources';
import { NodeBase, SecretInput, Topology } from '../../model/topology';
import { HIDDEN_SECRET, Severity } from '../finding';
import { defineRule } from '../define';
import { IRule, IRuleContext } from '../rule';
import { listed, withArticle } from '../../model/text';

/**
 * Where a literal ends up, and how to pass a secret instead, in the words of the input at hand.
 * The Terraform state holds the key whether it is a literal or a sensitive variable, so it is not
 * named as a consequence of the literal.
 */
function wording(topology: Topology): { where: string; fix: string } {
  switch (topology.inputKind) {
    case 'constructs':
      return { where: 'cdk.tf.json (and wherever that file goes: version control, CI logs, artifacts)', fix: 'Pass it as a sensitive TerraformVariable (or another resource\'s attribute), never as a literal.' };
    case 'hcl':
      return { where: 'the .tf file (and version control with it)', fix: 'Pass it as a variable declared with sensitive = true (or another resource\'s attribute), never as a literal.' };
    case 'terraform-json':
      return { where: 'the .tf.json file (and version control with it)', fix: 'Pass it as a variable declared with "sensitive": true (or another resource\'s attribute), never as a literal.' };
    case 'plan':
      return { where: 'the configuration and the plan', fix: 'Pass it as a sensitive variable (or another resource\'s attribute), never as a literal.' };
    default:
      return { where: 'the configuration', fix: 'Pass it as a sensitive variable (or another resource\'s attribute), never as a literal.' };
  }
}

/** Terraform's `nonsensitive` function (read 2026-12-02). */
const TERRAFORM_NONSENSITIVE = 'https://developer.hashicorp.com/terraform/language/functions/nonsensitive';

/** A key written in a local, a module argument or a variable's default is as literal as one written in place. */
const NOT_A_DEFAULT = ' A variable\'s default, a local or a module argument holding the key is written in the files too: give the value when you plan (a tfvars file kept out of version control, TF_VAR_..., a secret store).';

function reportLiteral(ctx: IRuleContext, subject: NodeBase, property: string, what: string, fix?: string): void {
  const w = wording(ctx.topology);
  ctx.report({
    subject, property, value: HIDDEN_SECRET,
    message: `The ${what} is a literal string: it would be written in plain text into ${w.where}.`,
    fix: fix ?? `${w.fix}${NOT_A_DEFAULT}`,
  });
}

// The SEC rules cannot be suppressed: a suppressed finding would still write the secret out.
export const SEC_RULES: IRule[] = [
  defineRule('SEC001', Severity.ERROR, 'A BGP MD5 key is a reference, not a literal', Sources.PEERING_HOWTO, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (p.sharedKey === SecretInput.LITERAL) reportLiteral(ctx, p, 'sharedKey', 'BGP MD5 key');
    }
  }, { suppressible: false }),

  defineRule('SEC002', Severity.ERROR, 'An authorization key is a reference, not a literal', Sources.LINK_VNET, (ctx) => {
    for (const c of ctx.topology.circuits) {
      if (c.authorizationKey === SecretInput.LITERAL) reportLiteral(ctx, c, 'authorizationKey', 'port authorization key');
    }
    for (const c of ctx.topology.connections) {
      if (c.authorizationKey === SecretInput.LITERAL) reportLiteral(ctx, c, 'authorizationKey', 'circuit authorization key');
    }
    for (const g of ctx.topology.globalReach) {
      if (g.authorizationKey === SecretInput.LITERAL) reportLiteral(ctx, g, 'authorizationKey', 'Global Reach authorization key');
    }
  }, { suppressible: false }),

  defineRule('SEC003', Severity.ERROR, 'MACsec keys are Key Vault secret ids, not key material', Sources.MACSEC, (ctx) => {
    for (const p of ctx.topology.ports) {
      for (const l of p.links) {
        for (const [prop, input] of [['macsecCknSecretId', l.macsecCkn], ['macsecCakSecretId', l.macsecCak]] as Array<[string, SecretInput | undefined]>) {
          if (input !== SecretInput.LITERAL) continue;
          reportLiteral(ctx, p, `${l.name}.${prop}`, 'MACsec key',
            'Store the CKN and CAK as Key Vault secrets and pass their ids (https://<vault>.vault.azure.net/secrets/<name>).');
        }
      }
    }
  }, { suppressible: false }),

  // azurerm marks `service_key`, `authorization_key`, `shared_key` and a Key Vault secret's
  // `value` `Sensitive: true`; Terraform (0.15+) refuses a root-module output that carries a
  // sensitive value without `sensitive = true`: "Output refers to sensitive values". The message
  // names what the output carries.
  defineRule('SEC004', Severity.ERROR, 'An output that carries a key is sensitive', Sources.AZURERM, (ctx) => {
    const macsec = macsecSecretsOnce(ctx.topology);
    for (const o of ctx.topology.outputs) {
      if (o.sensitive || o.declassified === true) continue;
      const keys = keysInWords(o.carriesSecret ? o.carriedKeys : undefined, o.keyVaultSecretValues, macsec);
      if (!o.carriesSecret && keys.length === 0) continue;
      ctx.report({
        subject: o, property: 'sensitive', value: false,
        message: `This output carries ${keys.length > 0 ? withArticle(listed(keys, 'and')) : 'a key'}, which azurerm marks sensitive, but the output is not: terraform plan fails with "Output refers to sensitive values".`,
        fix: 'Set sensitive = true on the output.',
      });
    }
  }, { suppressible: false }),

  // Terraform's nonsensitive() page: "Using this function indiscriminately will cause values that
  // Terraform would normally have considered as sensitive to be treated as normal values and shown
  // clearly in Terraform's output." Terraform accepts the output, so a warning: only a key passed
  // through as it is, not a value computed from it (a hash), and never in a plan.
  defineRule('SEC006', Severity.WARNING, 'An output does not show a key in plain text through nonsensitive()', TERRAFORM_NONSENSITIVE, (ctx) => {
    const macsec = macsecSecretsOnce(ctx.topology);
    for (const o of ctx.topology.outputs) {
      if (o.sensitive) continue;
      const keys = keysInWords(o.exposedKeys, o.exposedKeyVaultSecretValues, macsec);
      if (keys.length === 0) continue;
      ctx.report({
        subject: o, property: 'value', value: `nonsensitive(<${keys[0]}>)`,
        message: `This output passes ${withArticle(listed(keys, 'and'))} through nonsensitive(): Terraform accepts it and shows the key in plain text in plan and apply output, CI logs included.`,
        fix: 'Drop nonsensitive() and set sensitive = true on the output (read it with `terraform output -raw <name>` where it is needed), or output a value derived from the key that is safe to show.',
      });
    }
  }),

  // The MACsec CKN and CAK are Key Vault secrets (SEC003); a secret the configuration creates with
  // a literal `value` (or `value_wo`) puts the key itself in the configuration. A value that is a
  // variable, a reference or a function of them is not judged, nor a secret outside the configuration.
  defineRule('SEC005', Severity.ERROR, 'A Key Vault secret holding a MACsec key has no literal value', Sources.MACSEC, (ctx) => {
    for (const p of ctx.topology.ports) {
      for (const l of p.links) {
        const keys: Array<[string, string, string | undefined, SecretInput | undefined]> = [
          ['macsecCknSecretValue', 'CKN', l.macsecCknSecret, l.macsecCknSecretValue],
          ['macsecCakSecretValue', 'CAK', l.macsecCakSecret, l.macsecCakSecretValue],
        ];
        for (const [prop, key, secret, input] of keys) {
          if (input !== SecretInput.LITERAL) continue;
          reportLiteral(ctx, p, `${l.name}.${prop}`, `value of ${secret ?? 'the Key Vault secret'}, the MACsec ${key} of ${l.name},`);
        }
      }
    }
  }, { suppressible: false }),
];

/** The addresses of the Key Vault secrets a port's link references as its MACsec CKN or CAK. */
/** `macsecSecrets`, computed on first use: most configurations have outputs and no MACsec. */
function macsecSecretsOnce(topology: Topology): () => Set<string> {
  let set: Set<string> | undefined;
  return () => (set ??= macsecSecrets(topology));
}

/** The keys an output carries or shows, in words: `keys`, and a MACsec key when one of `secretValues` holds one. */
function keysInWords(keys: readonly string[] | undefined, secretValues: readonly string[] | undefined, macsec: () => Set<string>): string[] {
  const out = [...(keys ?? [])];
  if (secretValues !== undefined && secretValues.length > 0 && secretValues.some((a) => macsec().has(a))) out.push('MACsec key');
  return out;
}

function macsecSecrets(topology: Topology): Set<string> {
  const out = new Set<string>();
  for (const p of topology.ports) {
    for (const l of p.links) {
      if (l.macsecCknSecret !== undefined) out.add(l.macsecCknSecret);
      if (l.macsecCakSecret !== undefined) out.add(l.macsecCakSecret);
    }
  }
  return out;
}
