import {
  DIRECT_DEFAULT_CIRCUIT_QUOTA, DIRECT_PORT_SIZES_GBPS, MACSEC_CIPHERS, MACSEC_XPN_CIPHERS,
  PORT_BILLING_TYPES, PORT_ENCAPSULATIONS,
} from '../../catalog/azure-limits';
import { Sources } from '../../catalog/sources';
import { azureNamesOf, quotaSubject } from '../../model/order';
import { circuitsInWords, distinctCount, quotaSubscriptionOf, subscriptionInWords, subscriptionPeersOf } from '../../model/subscription';
import { emptyTopology, KeyVaultNode, NamedResourceNode, PeeringNode, PortNode, SecretInput } from '../../model/topology';
import { Severity } from '../finding';
import { defineRule, known, oneOf, sameText } from '../define';
import { metroOfPort } from '../locations';
import { IRule, IRuleContext, TopologyIndex } from '../rule';

/** Port sizes at a metro. Source: Sources.METRO (05/10/2026): "Dual 10G or 100G ports". */
const METRO_PORT_SIZES_GBPS = [10, 100];

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

  // Every peering of a clash is reported, naming the others: which one is "second" depends on the
  // order a front end reads the nodes in, and the synth and the lint must give the same verdict.
  defineRule('PORT002', Severity.ERROR, 'On a Dot1Q port pair, each VLAN is used once across all circuits', Sources.DIRECT, (ctx) => {
    for (const p of ctx.topology.ports) {
      if (known(p, 'encapsulation', p.encapsulation) !== 'Dot1Q') continue;
      const byVlan = new Map<number, PeeringNode[]>();
      for (const c of ctx.index.circuitsOn(p.key)) {
        for (const peering of ctx.index.peeringsOf(c.key)) {
          const vlan = known(peering, 'vlanId', peering.vlanId);
          if (vlan === undefined) continue;
          const group = byVlan.get(vlan);
          if (group) group.push(peering);
          else byVlan.set(vlan, [peering]);
        }
      }
      for (const [vlan, group] of byVlan) {
        if (group.length < 2) continue;
        for (const peering of group) {
          // Two peerings of one circuit on one VLAN are PEER003's.
          const others = group.filter((o) => o.circuitKey !== peering.circuitKey).map((o) => o.path).sort();
          if (others.length === 0) continue;
          ctx.report({
            subject: peering, property: 'vlanId', value: vlan,
            message: `VLAN ${vlan} is also used by ${others.join(', ')} on the same Dot1Q port pair; "a C-Tag used on a peering must be unique across all circuits and peerings".`,
            fix: 'Pick a VLAN not used on this port pair, or use a QinQ port pair where C-Tags only need to be unique per circuit.',
          });
        }
      }
    }
  }),

  // Sources.DIRECT (ms.date 03/02/2026): "dual 400-Gbps, 100-Gbps or 10-Gbps" port pairs.
  defineRule('PORT003', Severity.ERROR, 'A port size is 10, 100 or 400 Gbps', Sources.DIRECT, (ctx) => {
    for (const p of ctx.topology.ports) {
      const size = known(p, 'bandwidthGbps', p.bandwidthGbps);
      if (size === undefined || p.external || DIRECT_PORT_SIZES_GBPS.includes(size)) continue;
      ctx.report({
        subject: p, property: 'bandwidthGbps', value: size,
        message: `${size} Gbps is not an ExpressRoute Direct port size.${size >= 1000 && DIRECT_PORT_SIZES_GBPS.includes(size / 1000) ? ` It looks like Mbps: ${size} Mbps is ${size / 1000} Gbps.` : ''}`,
        fix: 'Use 10 or 100 Gbps (400 Gbps with enrollment). The size cannot be changed after creation.',
      });
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

  // Sources.DIRECT_HOWTO (ms.date 07/10/2025): "By default, you can create 10 circuits in the
  // subscription where the ExpressRoute Direct resource is": a quota of the port's subscription,
  // so the circuits of every port of one subscription add up (by the subscription id the provider
  // configurations name literally, else per configuration: `src/model/subscription.ts`). Circuits
  // created in another subscription with a port authorization do not count here. One finding per
  // subscription, on the port `firstMember` picks, naming how many circuits and port pairs there are.
  defineRule('PORT007', Severity.WARNING, 'Circuits on the ports of a subscription stay within its default quota', Sources.DIRECT_HOWTO, (ctx) => {
    const peers = subscriptionPeersOf(ctx.topology);
    const groups = new Map<string, PortNode[]>();
    for (const p of peers === undefined ? ctx.topology.ports : [...ctx.topology.ports, ...peers.ports]) {
      if (p.external || p.destroying) continue;
      const subscription = quotaSubscriptionOf(p);
      const key = subscription !== undefined ? `subscription:${subscription}` : `port:${p.key}`;
      const list = groups.get(key);
      if (list) list.push(p);
      else groups.set(key, [p]);
    }
    let peerIndex: TopologyIndex | undefined;
    const circuitsOn = (p: PortNode) => (peers?.isPeer(p) ? (peerIndex ??= new TopologyIndex({ ...emptyTopology(), circuits: [...peers.circuits], ports: [...peers.ports] })) : ctx.index).circuitsOn(p.key);
    let portNames: Map<string, NamedResourceNode> | undefined;
    let circuitNames: Map<string, NamedResourceNode> | undefined;
    for (const members of groups.values()) {
      // Each circuit with its port's configuration, which creates it in the port's subscription.
      const circuits = members.flatMap((p) => circuitsOn(p)
        .filter((c) => !c.destroying && (c.authorizationKey === undefined || c.authorizationKey === SecretInput.NONE))
        .map((c) => ({ key: c.key, subscription: p.subscription })));
      // Never more than the circuits: the distinct count is read only where it may matter.
      if (circuits.length <= DIRECT_DEFAULT_CIRCUIT_QUOTA) continue;
      const n = distinctCount(circuits, circuitNames ??= azureNamesOf(ctx.topology, 'azurerm_express_route_circuit'));
      if (n <= DIRECT_DEFAULT_CIRCUIT_QUOTA) continue;
      const named = portNames ??= azureNamesOf(ctx.topology, 'azurerm_express_route_port');
      const pairs = distinctCount(members, named);
      // Else a peer's port: its own configuration reports it.
      const subject = quotaSubject(members, named, peers);
      if (subject === undefined) continue;
      ctx.report({
        subject, property: 'circuits', value: n,
        message: pairs > 1
          ? `${circuitsInWords(n, circuits)} on the ${pairs} port pairs of ${subscriptionInWords(quotaSubscriptionOf(subject)!, members, peers)}: by default a subscription holds ${DIRECT_DEFAULT_CIRCUIT_QUOTA} circuits on ExpressRoute Direct.`
          : `${circuitsInWords(n, circuits)} on this port pair: by default its subscription holds ${DIRECT_DEFAULT_CIRCUIT_QUOTA} circuits on ExpressRoute Direct.`,
        fix: 'Raise the limit with a support request before applying.',
      });
    }
  }),

  // Sources.METRO (ms.date 05/10/2026): Metro offers "ExpressRoute Direct (Dual 10G or 100G ports)".
  defineRule('PORT008', Severity.ERROR, 'A Metro Direct port is 10 or 100 Gbps', Sources.METRO, (ctx) => {
    for (const p of ctx.topology.ports) {
      const size = known(p, 'bandwidthGbps', p.bandwidthGbps);
      if (size === undefined || p.external || METRO_PORT_SIZES_GBPS.includes(size) || !DIRECT_PORT_SIZES_GBPS.includes(size)) continue;
      const metro = metroOfPort(p, ctx.catalog);
      if (metro === undefined) continue;
      ctx.report({
        subject: p, property: 'bandwidthGbps', value: size,
        message: `${metro.name} offers "ExpressRoute Direct (Dual 10G or 100G ports)"; ${size} Gbps is not available at a metro.`,
        fix: 'Use a 10 or 100 Gbps port pair at the metro, or a 400 Gbps port at a single-site peering location.',
      });
    }
  }),

  // Sources.DIRECT (ms.date 03/02/2026): 400-Gbps ports "are available in limited ExpressRoute peering
  // locations and require enrollment". Judged only when the enrollment is declared (false); at a
  // metro PORT008 applies instead.
  defineRule('PORT009', Severity.ERROR, 'A 400 Gbps port is declared with enrollment', Sources.DIRECT, (ctx) => {
    for (const p of ctx.topology.ports) {
      if (known(p, 'bandwidthGbps', p.bandwidthGbps) !== 400 || p.external || p.enrolled400G !== false) continue;
      if (metroOfPort(p, ctx.catalog) !== undefined) continue;
      ctx.report({
        subject: p, property: 'bandwidthGbps', value: 400,
        message: '400 Gbps ports "are available in limited ExpressRoute peering locations and require enrollment".',
        fix: 'Enroll the subscription first, then set `allow400G: true` to confirm; or use 100 Gbps.',
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

  // Sources.MACSEC (ms.date 12/28/2023): "you must ensure that the soft-delete feature is enabled on
  // your Key Vault".
  defineRule('MACSEC006', Severity.WARNING, 'The MACsec Key Vault has soft-delete on', Sources.MACSEC, (ctx) => {
    for (const vault of macsecVaults(ctx)) {
      if (known(vault, 'softDeleteEnabled', vault.softDeleteEnabled) !== false) continue;
      ctx.report({
        subject: vault, property: 'softDeleteEnabled', value: false,
        message: 'This vault holds MACsec keys: "you must ensure that the soft-delete feature is enabled on your Key Vault".',
        fix: 'Turn soft-delete on (it is always on from azurerm 3.0 and for new vaults).',
      });
    }
  }),

  // Sources.MACSEC (ms.date 12/28/2023): "You shouldn't place the Azure Key Vault behind a private
  // endpoint, as this will prevent the communication with the ExpressRoute management plane."
  defineRule('MACSEC007', Severity.WARNING, 'The MACsec Key Vault is not behind a private endpoint', Sources.MACSEC, (ctx) => {
    for (const vault of macsecVaults(ctx)) {
      if (known(vault, 'hasPrivateEndpoint', vault.hasPrivateEndpoint) !== true) continue;
      ctx.report({
        subject: vault, property: 'privateEndpoint', value: true,
        message: 'This vault holds MACsec keys but has a private endpoint: "this will prevent the communication with the ExpressRoute management plane", so MACsec cannot read its keys.',
        fix: 'Keep the MACsec keys in a vault without a private endpoint (ExpressRoute is a trusted service for the Key Vault firewall).',
      });
    }
  }),
];

/** The Key Vaults in the configuration that hold some port link's MACsec keys. */
function macsecVaults(ctx: IRuleContext): KeyVaultNode[] {
  const keys = new Set<string>();
  for (const p of ctx.topology.ports) {
    for (const l of p.links) if (l.macsecKeyVaultKey !== undefined) keys.add(l.macsecKeyVaultKey);
  }
  return (ctx.topology.keyVaults ?? []).filter((v) => keys.has(v.key));
}
