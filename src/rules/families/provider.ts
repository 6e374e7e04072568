import { MACSEC_XPN_CIPHERS } from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { SecretInput } from '../../model/topology';
import { Severity } from '../finding';
import { defineRule, known } from '../define';
import { admitsOnlyFrom } from '../provider-version';
import { IRule, IRuleContext } from '../rule';

/** Version-dependent facts. Source: azurerm CHANGELOG-v4 (#30240 in 4.60.0, #31082 in 4.56.0, #32647 in 4.79.0). */
const XPN_FROM = '4.60.0';
const IDENTITY_FIX_FROM = '4.60.0';
const ERGWSCALE_FROM = '4.56.0';
const SCALE_UNITS_FROM = '4.79.0';

function tooOld(ctx: IRuleContext, minimum: string): boolean {
  return admitsOnlyFrom(ctx.topology.providerVersion, minimum) === false;
}

export const PROVIDER_VERSION_RULES: IRule[] = [
  defineRule('MACSEC004', Severity.ERROR, 'XPN MACsec ciphers need azurerm 4.60.0 or later', Sources.AZURERM_CHANGELOG, (ctx) => {
    if (!tooOld(ctx, XPN_FROM)) return;
    for (const p of ctx.topology.ports) {
      for (const l of p.links) {
        if (l.macsecCipher === undefined || !MACSEC_XPN_CIPHERS.includes(l.macsecCipher)) continue;
        ctx.report({
          subject: p, property: `${l.name}.macsecCipher`, value: l.macsecCipher,
          message: `azurerm before ${XPN_FROM} rejects ${l.macsecCipher}; the targeted constraint "${ctx.topology.providerVersion}" admits such versions.`,
          fix: `Target azurerm ">= ${XPN_FROM}"${ctx.topology.inputKind === 'constructs' ? ' (the library default)' : ''}, or use GcmAes256 and suppress MACSEC003.`,
        });
      }
    }
  }),

  defineRule('MACSEC005', Severity.WARNING, 'A MACsec port keeps its identity only from azurerm 4.60.0', Sources.AZURERM_CHANGELOG, (ctx) => {
    if (!tooOld(ctx, IDENTITY_FIX_FROM)) return;
    for (const p of ctx.topology.ports) {
      const macsec = p.links.some((l) => (l.macsecCak ?? SecretInput.NONE) !== SecretInput.NONE);
      if (!macsec || p.hasUserAssignedIdentity !== true) continue;
      ctx.report({
        subject: p, property: 'identity', value: ctx.topology.providerVersion,
        message: `azurerm before ${IDENTITY_FIX_FROM} drops the port's identity on unrelated updates: a tag change can cut its Key Vault access and MACsec.`,
        fix: `Target azurerm ">= ${IDENTITY_FIX_FROM}".`,
      });
    }
  }),

  defineRule('GW012', Severity.ERROR, 'ErGwScale needs azurerm 4.56.0', Sources.AZURERM_CHANGELOG, (ctx) => {
    if (!tooOld(ctx, ERGWSCALE_FROM)) return;
    for (const g of ctx.topology.gateways) {
      if (known(g, 'sku', g.sku) !== 'ErGwScale' || g.external) continue;
      ctx.report({
        subject: g, property: 'sku', value: 'ErGwScale',
        message: `azurerm before ${ERGWSCALE_FROM} has no ErGwScale SKU; the targeted constraint "${ctx.topology.providerVersion}" admits such versions.`,
        fix: `Target azurerm ">= ${SCALE_UNITS_FROM}", which also has the scale-unit arguments.`,
      });
    }
  }),

  defineRule('GW013', Severity.WARNING, 'ErGwScale scale units need azurerm 4.79.0', Sources.AZURERM_CHANGELOG, (ctx) => {
    if (tooOld(ctx, ERGWSCALE_FROM) || !tooOld(ctx, SCALE_UNITS_FROM)) return; // GW012, or recent enough
    for (const g of ctx.topology.gateways) {
      if (known(g, 'sku', g.sku) !== 'ErGwScale' || g.external) continue;
      ctx.report({
        subject: g, property: 'minScaleUnits', value: ctx.topology.providerVersion,
        message: `minimum_scale_unit / maximum_scale_unit exist from azurerm ${SCALE_UNITS_FROM}; the 4.55 bindings cannot express them, so they are written with an escape hatch that older versions reject.`,
        fix: `Target azurerm ">= ${SCALE_UNITS_FROM}, < 5.0.0".`,
      });
    }
  }),
];
