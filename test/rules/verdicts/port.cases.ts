import { SecretInput } from '../../../src/model/topology';
import { directCircuit, microsoftPeering, port, privatePeering, validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { error, mutate, portOf, warning } from './helpers';

/** A 100G port outside a metro (single-site peering location). */
const single = { metro: undefined, peeringLocation: 'Equinix-Amsterdam-AM5' };

const macsecWith = (vault: { softDeleteEnabled?: boolean; hasPrivateEndpoint?: boolean }) => mutate((t) => {
  const p = portOf(t);
  p.hasUserAssignedIdentity = true;
  for (const l of p.links) {
    l.macsecCkn = SecretInput.REFERENCE; l.macsecCak = SecretInput.REFERENCE; l.macsecCipher = 'GcmAesXpn256'; l.macsecKeyVaultKey = 'kv';
  }
  t.keyVaults!.push({ key: 'kv', path: 'kv', name: 'macsec-kv', ...vault });
});

export const CASES: VerdictCase[] = [
  { ruleId: 'PORT003', name: 'a 40 Gbps port', topology: mutate((t) => { portOf(t).bandwidthGbps = 40; }), expect: [error('port', 'bandwidthGbps')] },
  { ruleId: 'PORT003', name: 'a 400 Gbps port (a size Azure has)', topology: mutate((t) => { Object.assign(portOf(t), single, { bandwidthGbps: 400, enrolled400G: true }); }), expect: [] },

  // Issue 18: Metro Direct is "Dual 10G or 100G ports".
  { ruleId: 'PORT008', name: 'a 400 Gbps port at a metro', topology: mutate((t) => { portOf(t).bandwidthGbps = 400; portOf(t).enrolled400G = true; }),
    expect: [error('port', 'bandwidthGbps')] },
  { ruleId: 'PORT008', name: 'a 400 Gbps port at a single-site location', topology: mutate((t) => { Object.assign(portOf(t), single, { bandwidthGbps: 400, enrolled400G: true }); }), expect: [] },
  { ruleId: 'PORT008', name: 'a 100 Gbps port at a metro', topology: validTopology, expect: [] },

  { ruleId: 'PORT009', name: 'a 400 Gbps port declared without enrollment', topology: mutate((t) => { Object.assign(portOf(t), single, { bandwidthGbps: 400, enrolled400G: false }); }),
    expect: [error('port', 'bandwidthGbps')] },
  // Issue 12: enrollment cannot be known from Terraform: not judged.
  { ruleId: 'PORT009', name: 'a 400 Gbps port, enrollment unknown', topology: mutate((t) => { Object.assign(portOf(t), single, { bandwidthGbps: 400 }); }), expect: [] },

  { ruleId: 'PORT007', name: '11 circuits on one port', topology: mutate((t) => {
    Object.assign(portOf(t), single, { bandwidthGbps: 400, enrolled400G: true });
    for (let i = 0; i < 10; i++) t.circuits.push(directCircuit(`x${i}`, 'port', { bandwidthGbps: 5 }));
  }), expect: [warning('port', 'circuits')] },
  // Issue 18: the quota is per subscription, not per port.
  { ruleId: 'PORT007', name: '6 + 5 circuits on two ports of one subscription', topology: mutate((t) => {
    portOf(t).subscription = 'sub-a';
    t.ports.push(port('port2', { subscription: 'sub-a', metro: 'Frankfurt Metro', peeringLocation: 'Frankfurt Metro' }));
    for (let i = 0; i < 5; i++) t.circuits.push(directCircuit(`x${i}`, 'port', { bandwidthGbps: 5 }));
    for (let i = 0; i < 5; i++) t.circuits.push(directCircuit(`y${i}`, 'port2', { bandwidthGbps: 5 }));
  }), expect: [warning('port', 'circuits')] },
  // One finding per subscription, on the port whose Azure name sorts first (whatever the node order).
  { ruleId: 'PORT007', name: '6 + 5 circuits on two ports of one subscription, reported on the port whose name sorts first', topology: () => {
    const t = mutate((m) => {
      portOf(m).subscription = 'sub-a';
      m.ports.push(port('port2', { subscription: 'sub-a', metro: 'Frankfurt Metro', peeringLocation: 'Frankfurt Metro' }));
      for (let i = 0; i < 5; i++) m.circuits.push(directCircuit(`x${i}`, 'port', { bandwidthGbps: 5 }));
      for (let i = 0; i < 5; i++) m.circuits.push(directCircuit(`y${i}`, 'port2', { bandwidthGbps: 5 }));
    })();
    const named = (key: string, name: string) => ({ key, path: key, resourceType: 'azurerm_express_route_port', name, scope: '|azurerm|rg:rg' });
    return { ...t, resourceNames: [named('port', 'erport-fra'), named('port2', 'erport-ams')] };
  }, expect: [warning('port2', 'circuits')] },
  { ruleId: 'PORT007', name: '6 + 5 circuits on ports of two subscriptions', topology: mutate((t) => {
    portOf(t).subscription = 'sub-a';
    t.ports.push(port('port2', { subscription: 'sub-b', metro: 'Frankfurt Metro', peeringLocation: 'Frankfurt Metro' }));
    for (let i = 0; i < 5; i++) t.circuits.push(directCircuit(`x${i}`, 'port', { bandwidthGbps: 5 }));
    for (let i = 0; i < 5; i++) t.circuits.push(directCircuit(`y${i}`, 'port2', { bandwidthGbps: 5 }));
  }), expect: [] },
  { ruleId: 'PORT007', name: '11 circuits, one redeeming an authorization from another subscription', topology: mutate((t) => {
    Object.assign(portOf(t), single, { bandwidthGbps: 400, enrolled400G: true });
    for (let i = 0; i < 10; i++) t.circuits.push(directCircuit(`x${i}`, 'port', { bandwidthGbps: 5, authorizationKey: i === 0 ? SecretInput.REFERENCE : undefined }));
  }), expect: [] },

  // Issue 18: the MACsec Key Vault, when it is in the configuration.
  { ruleId: 'MACSEC006', name: 'MACsec keys in a vault without soft-delete', topology: macsecWith({ softDeleteEnabled: false }), expect: [warning('kv', 'softDeleteEnabled')] },
  { ruleId: 'MACSEC006', name: 'MACsec keys in a vault with soft-delete', topology: macsecWith({ softDeleteEnabled: true }), expect: [] },
  { ruleId: 'MACSEC007', name: 'MACsec keys in a vault behind a private endpoint', topology: macsecWith({ hasPrivateEndpoint: true }), expect: [warning('kv', 'privateEndpoint')] },
  { ruleId: 'MACSEC007', name: 'MACsec keys in a vault without a private endpoint', topology: macsecWith({ hasPrivateEndpoint: false }), expect: [] },
  { ruleId: 'MACSEC007', name: 'a vault behind a private endpoint that holds no MACsec key', topology: mutate((t) => {
    t.keyVaults!.push({ key: 'kv', path: 'kv', hasPrivateEndpoint: true });
  }), expect: [] },
];

const keys = (over: { identity?: boolean; ckn?: SecretInput; cak?: SecretInput; cipher?: string }) => mutate((t) => {
  const p = portOf(t);
  p.hasUserAssignedIdentity = over.identity ?? true;
  p.links[0].macsecCkn = over.ckn ?? SecretInput.REFERENCE; p.links[0].macsecCak = over.cak ?? SecretInput.REFERENCE;
  p.links[0].macsecCipher = over.cipher ?? 'GcmAesXpn256';
});

CASES.push(
  { ruleId: 'PORT001', name: 'an encapsulation in the wrong case', topology: mutate((t) => { portOf(t).encapsulation = 'dot1q'; }), expect: [error('port', 'encapsulation')] },
  { ruleId: 'PORT001', name: 'QinQ', topology: mutate((t) => { portOf(t).encapsulation = 'QinQ'; }), expect: [] },
  { ruleId: 'PORT002', name: 'a VLAN used by two circuits on a Dot1Q port', topology: mutate((t) => {
    t.circuits.push(directCircuit('d2', 'port'));
    t.peerings.push(privatePeering('d2/private', 'd2', { vlanId: 300, primaryPeerAddressPrefix: '192.168.101.0/30', secondaryPeerAddressPrefix: '192.168.101.4/30' }));
  }), expect: [error('d1/private', 'vlanId'), error('d2/private', 'vlanId')] },
  // Each peering of the clash is reported, whatever the order the circuits are read in.
  { ruleId: 'PORT002', name: 'a VLAN used by three circuits, two peerings of one of them on it', topology: mutate((t) => {
    t.circuits.push(directCircuit('d2', 'port'), directCircuit('d3', 'port'));
    t.peerings.push(privatePeering('d2/private', 'd2', { vlanId: 300, primaryPeerAddressPrefix: '192.168.101.0/30', secondaryPeerAddressPrefix: '192.168.101.4/30' }));
    t.peerings.push(privatePeering('d3/private', 'd3', { vlanId: 300, primaryPeerAddressPrefix: '192.168.102.0/30', secondaryPeerAddressPrefix: '192.168.102.4/30' }));
    t.peerings.push(microsoftPeering('d3/microsoft', 'd3', { vlanId: 300 }));
  }), expect: [error('d1/private', 'vlanId'), error('d2/private', 'vlanId'), error('d3/microsoft', 'vlanId'), error('d3/private', 'vlanId')] },
  // Two peerings of one circuit on one VLAN: PEER003's.
  { ruleId: 'PORT002', name: 'two peerings of one circuit on a VLAN no other circuit uses', topology: mutate((t) => {
    t.peerings.push(microsoftPeering('d1/microsoft', 'd1', { vlanId: 300 }));
  }), expect: [] },
  { ruleId: 'PORT002', name: 'a VLAN used by two circuits on a QinQ port', topology: mutate((t) => {
    portOf(t).encapsulation = 'QinQ';
    t.circuits.push(directCircuit('d2', 'port'));
    t.peerings.push(privatePeering('d2/private', 'd2', { vlanId: 300, primaryPeerAddressPrefix: '192.168.101.0/30', secondaryPeerAddressPrefix: '192.168.101.4/30' }));
  }), expect: [] },
  { ruleId: 'PORT004', name: 'an unknown billing type', topology: mutate((t) => { portOf(t).billingType = 'Metered'; }), expect: [error('port', 'billingType')] },
  { ruleId: 'PORT004', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'PORT005', name: 'both links enabled', topology: mutate((t) => { portOf(t).links[0].adminEnabled = true; portOf(t).links[1].adminEnabled = true; }),
    expect: [warning('port', 'link1.adminEnabled'), warning('port', 'link2.adminEnabled')] },
  { ruleId: 'PORT005', name: 'both links disabled', topology: validTopology, expect: [] },
  { ruleId: 'PORT006', name: 'a circuit in another region than its port', topology: mutate((t) => { Object.assign(t.circuits.find((c) => c.key === 'd1')!, { location: 'North Europe' }); }),
    expect: [error('d1', 'location')] },
  { ruleId: 'PORT006', name: 'another region with a port authorization', topology: mutate((t) => {
    Object.assign(t.circuits.find((c) => c.key === 'd1')!, { location: 'North Europe', authorizationKey: SecretInput.REFERENCE });
  }), expect: [] },
  { ruleId: 'MACSEC001', name: 'an unknown cipher', topology: mutate((t) => { portOf(t).links[0].macsecCipher = 'Aes128'; }), expect: [error('port', 'link1.macsecCipher')] },
  { ruleId: 'MACSEC001', name: 'an XPN cipher', topology: keys({}), expect: [] },
  { ruleId: 'MACSEC002', name: 'MACsec keys without an identity', topology: keys({ identity: false }), expect: [error('port', 'identity')] },
  { ruleId: 'MACSEC002', name: 'a CAK without a CKN', topology: keys({ ckn: SecretInput.NONE }), expect: [error('port', 'link1.macsecCknSecretId')] },
  { ruleId: 'MACSEC002', name: 'both keys and an identity', topology: keys({}), expect: [] },
  { ruleId: 'MACSEC003', name: 'a non-XPN cipher', topology: keys({ cipher: 'GcmAes128' }), expect: [warning('port', 'link1.macsecCipher')] },
  { ruleId: 'MACSEC003', name: 'an XPN cipher', topology: keys({}), expect: [] },
);
