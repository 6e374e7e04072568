import { Sources } from '../../catalog/sources';
import { NodeBase, SecretInput } from '../../model/topology';
import { HIDDEN_SECRET, Severity } from '../finding';
import { defineRule } from '../define';
import { IRule, IRuleContext } from '../rule';

function reportLiteral(ctx: IRuleContext, subject: NodeBase, property: string, what: string, fix: string): void {
  ctx.report({
    subject, property, value: HIDDEN_SECRET,
    message: `The ${what} is a literal string: it would be written in plain text into cdk.tf.json and the Terraform state.`,
    fix,
  });
}

const VARIABLE_FIX = 'Pass it as a sensitive TerraformVariable (or another resource\'s attribute), never as a literal.';

export const SEC_RULES: IRule[] = [
  defineRule('SEC001', Severity.ERROR, 'A BGP MD5 key is a reference, not a literal', Sources.PEERING_HOWTO, (ctx) => {
    for (const p of ctx.topology.peerings) {
      if (p.sharedKey === SecretInput.LITERAL) reportLiteral(ctx, p, 'sharedKey', 'BGP MD5 key', VARIABLE_FIX);
    }
  }),

  defineRule('SEC002', Severity.ERROR, 'An authorization key is a reference, not a literal', Sources.LINK_VNET, (ctx) => {
    for (const c of ctx.topology.circuits) {
      if (c.authorizationKey === SecretInput.LITERAL) reportLiteral(ctx, c, 'authorizationKey', 'port authorization key', VARIABLE_FIX);
    }
    for (const c of ctx.topology.connections) {
      if (c.authorizationKey === SecretInput.LITERAL) reportLiteral(ctx, c, 'authorizationKey', 'circuit authorization key', VARIABLE_FIX);
    }
    for (const g of ctx.topology.globalReach) {
      if (g.authorizationKey === SecretInput.LITERAL) reportLiteral(ctx, g, 'authorizationKey', 'Global Reach authorization key', VARIABLE_FIX);
    }
  }),

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
  }),

  defineRule('SEC004', Severity.ERROR, 'An output that carries a key is sensitive', Sources.AZURERM, (ctx) => {
    for (const o of ctx.topology.outputs) {
      if (!o.carriesSecret || o.sensitive) continue;
      ctx.report({
        subject: o, property: 'sensitive', value: false,
        message: 'This output carries a service key or authorization key but is not marked sensitive: it is printed by terraform apply and output.',
        fix: 'Set sensitive = true on the output.',
      });
    }
  }),
];
