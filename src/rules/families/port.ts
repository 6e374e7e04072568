import {
  DIRECT_DEFAULT_CIRCUIT_QUOTA, DIRECT_PORT_SIZES_GBPS, MACSEC_CIPHERS, MACSEC_XPN_CIPHERS,
  PORT_BILLING_TYPES, PORT_ENCAPSULATIONS,
} from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { SecretInput } from '../../model/topology';
import { Severity } from '../finding';
import { defineRule, known, oneOf, sameText } from '../define';
import { IRule } from '../rule';

export const PORT_RULES: IRule[] = [
  defineRule('PORT001', Severity.ERROR, 'A port encapsulation is Dot1Q or QinQ', Sources.DIRECT_HOWTO, (ctx) => {
    for (const p of ctx.topology.ports) {
      const enc = known(p, 'encapsulation', p.encapsulation);
      if (enc === undefined || p.external || PORT_ENCAPSULATIONS.includes(enc)) continue;
      ctx.report({
        subject: p, property: 'encapsulation', value: enc,
        message: `"${enc}" is not an ExpressRoute Direct encapsulation; it cannot be changed after creation.`,
        fix: `Use ${oneOf(PORT_ENCAPSULATIONS)} (Dot1Q: one VLAN space for the whole port pair; QinQ: an S-Tag per circuit).`,
      });
    }
  }),

  defineRule('PORT002', Severity.ERROR, 'On a Dot1Q port pair, each VLAN is used once across all circuits', Sources.DIRECT, (ctx) => {
    for (const p of ctx.topology.ports) {
      if (known(p, 'encapsulation', p.encapsulation) !== 'Dot1Q') continue;
      const firstUse = new Map<number, { circuit: string; path: string }>();
      for (const c of ctx.index.circuitsOn(p.key)) {
        for (const peering of ctx.index.peeringsOf(c.key)) {
          const vlan = known(peering, 'vlanId', peering.vlanId);
          if (vlan === undefined) continue;
          const first = firstUse.get(vlan);
          if (first === undefined) {
            firstUse.set(vlan, { circuit: c.key, path: peering.path });
          } else if (first.circuit !== c.key) {
            ctx.report({
              subject: peering, property: 'vlanId', value: vlan,
              message: `VLAN ${vlan} is already used by ${first.path} on the same Dot1Q port pair; "a C-Tag used on a peering must be unique across all circuits and peerings".`,
              fix: 'Pick a VLAN not used on this port pair, or use a QinQ port pair where C-Tags only need to be unique per circuit.',
            });
          }
        }
      }
    }
  }),

  defineRule('PORT003', Severity.ERROR, 'A port size is 10, 100 or 400 Gbps (400 needs enrollment)', Sources.DIRECT, (ctx) => {
    for (const p of ctx.topology.ports) {
      const size = known(p, 'bandwidthGbps', p.bandwidthGbps);
      if (size === undefined || p.external) continue;
      if (!DIRECT_PORT_SIZES_GBPS.includes(size)) {
        ctx.report({
          subject: p, property: 'bandwidthGbps', value: size,
          message: `${size} Gbps is not an ExpressRoute Direct port size.`,
          fix: 'Use 10 or 100 Gbps (400 Gbps with enrollment). The size cannot be changed after creation.',
        });
      } else if (size === 400 && !p.enrolled400G) {
        ctx.report({
          subject: p, property: 'bandwidthGbps', value: size,
          message: '400 Gbps ports "are available in limited ExpressRoute peering locations and require enrollment".',
          fix: 'Enroll the subscription first, then set `allow400G: true` to confirm; or use 100 Gbps.',
        });
      }
    }
  }),

  defineRule('PORT004', Severity.ERROR, 'A port billing type is MeteredData or UnlimitedData', Sources.DIRECT, (ctx) => {
    for (const p of ctx.topology.ports) {
      const billing = known(p, 'billingType', p.billingType);
      if (billing === undefined || p.external || PORT_BILLING_TYPES.includes(billing)) continue;
      ctx.report({
        subject: p, property: 'billingType', value: billing,
        message: `"${billing}" is not a port billing type.`,
        fix: `Use ${oneOf(PORT_BILLING_TYPES)}.`,
      });
    }
  }),

  defineRule('PORT005', Severity.WARNING, 'Enabling a link starts billing of the port pair', Sources.FAQ, (ctx) => {
    for (const p of ctx.topology.ports) {
      if (p.external) continue;
      for (const l of p.links) {
        if (l.adminEnabled !== true) continue;
        ctx.report({
          subject: p, property: `${l.name}.adminEnabled`, value: true,
          message: 'Billing of the port pair starts when either link is enabled (or 45 days after creation).',
          fix: 'Enable links once the cross-connects are in place and pass the Layer 1 test; suppress this warning when that is done.',
        });
      }
    }
  }),

  defineRule('PORT006', Severity.ERROR, 'A circuit on a port is in the port\'s region unless it redeems an authorization', Sources.DIRECT_HOWTO, (ctx) => {
    for (const c of ctx.topology.circuits) {
      const port = ctx.index.port(c.portKey);
      if (!port || c.external || (c.authorizationKey !== undefined && c.authorizationKey !== SecretInput.NONE)) continue;
      const a = known(c, 'location', c.location);
      const b = known(port, 'location', port.location);
      if (a === undefined || b === undefined) continue;
      if (sameText(a.replace(/\s+/g, ''), b.replace(/\s+/g, ''))) continue;
      ctx.report({
        subject: c, property: 'location', value: a,
        message: `The circuit is in ${a} but its port is in ${b}: "the ExpressRoute Direct resource and ExpressRoute circuits must be in the same subscription" and region.`,
        fix: `Create the circuit in ${b}, or in another subscription with a port authorization key.`,
      });
    }
  }),

  defineRule('PORT007', Severity.WARNING, 'Circuits on a port stay within the default subscription quota', Sources.DIRECT_HOWTO, (ctx) => {
    for (const p of ctx.topology.ports) {
      const n = ctx.index.circuitsOn(p.key).length;
      if (n <= DIRECT_DEFAULT_CIRCUIT_QUOTA) continue;
      ctx.report({
        subject: p, property: 'circuits', value: n,
        message: `${n} circuits on one port pair: by default a subscription holds ${DIRECT_DEFAULT_CIRCUIT_QUOTA} circuits on ExpressRoute Direct.`,
        fix: 'Raise the limit with a support request before applying.',
      });
    }
  }),
];

export const MACSEC_RULES: IRule[] = [
  defineRule('MACSEC001', Severity.ERROR, 'A MACsec cipher is one Azure supports', Sources.MACSEC, (ctx) => {
    for (const p of ctx.topology.ports) {
      for (const l of p.links) {
        const cipher = l.macsecCipher;
        if (cipher === undefined || MACSEC_CIPHERS.includes(cipher)) continue;
        ctx.report({
          subject: p, property: `${l.name}.macsecCipher`, value: cipher,
          message: `"${cipher}" is not a MACsec cipher.`,
          fix: `Use ${oneOf(MACSEC_CIPHERS)} (XPN ciphers recommended).`,
        });
      }
    }
  }),

  defineRule('MACSEC002', Severity.ERROR, 'MACsec keys come from Key Vault as a CKN and CAK pair read by a user-assigned identity', Sources.MACSEC, (ctx) => {
    for (const p of ctx.topology.ports) {
      for (const l of p.links) {
        const ckn = l.macsecCkn ?? SecretInput.NONE;
        const cak = l.macsecCak ?? SecretInput.NONE;
        if (ckn === SecretInput.NONE && cak === SecretInput.NONE) continue;
        if ((ckn === SecretInput.NONE) !== (cak === SecretInput.NONE)) {
          ctx.report({
            subject: p, property: `${l.name}.${ckn === SecretInput.NONE ? 'macsecCknSecretId' : 'macsecCakSecretId'}`, value: undefined,
            message: 'MACsec needs both the CKN and the CAK secret.',
            fix: 'Give both Key Vault secret ids.',
          });
        }
        if (p.hasUserAssignedIdentity !== true && !(p.unresolved ?? []).includes('identity')) {
          ctx.report({
            subject: p, property: 'identity', value: p.identityType,
            message: 'MACsec secrets are read from Key Vault by a user-assigned managed identity on the port; none is set.',
            fix: 'Attach a user-assigned identity with "get" permission on the secrets.',
          });
          break;
        }
      }
    }
  }),

  defineRule('MACSEC003', Severity.WARNING, 'MACsec uses an XPN cipher', Sources.MACSEC, (ctx) => {
    for (const p of ctx.topology.ports) {
      for (const l of p.links) {
        const cipher = l.macsecCipher;
        const encrypted = (l.macsecCak ?? SecretInput.NONE) !== SecretInput.NONE;
        if (!encrypted || cipher === undefined || !MACSEC_CIPHERS.includes(cipher) || MACSEC_XPN_CIPHERS.includes(cipher)) continue;
        ctx.report({
          subject: p, property: `${l.name}.macsecCipher`, value: cipher,
          message: 'Microsoft recommends XPN ciphers "to prevent sporadic session failures that occur with non-xpn ciphers on high speed links".',
          fix: `Use ${cipher.replace('GcmAes', 'GcmAesXpn')} (needs azurerm 4.60.0 or later).`,
        });
      }
    }
  }),
];
