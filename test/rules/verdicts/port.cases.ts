import { SecretInput } from '../../../src/model/topology';
import { directCircuit, port, validTopology } from '../fixtures';
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
