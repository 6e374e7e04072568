import { SecretInput } from '../../../src/model/topology';
import { validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { error, gw, portOf, versioned, warning } from './helpers';

const scale = (version: string) => versioned(version, (t) => { gw(t).sku = 'ErGwScale'; gw(t).minScaleUnits = 2; gw(t).maxScaleUnits = 2; });
const macsec = (version: string, cipher: string) => versioned(version, (t) => {
  const p = portOf(t);
  p.hasUserAssignedIdentity = true;
  p.links[0].macsecCkn = SecretInput.REFERENCE; p.links[0].macsecCak = SecretInput.REFERENCE; p.links[0].macsecCipher = cipher;
});

export const CASES: VerdictCase[] = [
  { ruleId: 'GW012', name: 'ErGwScale under azurerm 4.55.0', topology: scale('4.55.0'), expect: [error('gw', 'sku')] },
  { ruleId: 'GW012', name: 'ErGwScale under >= 4.79.0', topology: scale('>= 4.79.0, < 5.0.0'), expect: [] },
  { ruleId: 'GW013', name: 'ErGwScale scale units under >= 4.60.0', topology: scale('>= 4.60.0, < 5.0.0'), expect: [warning('gw', 'minScaleUnits')] },
  { ruleId: 'GW013', name: 'ErGwScale under 4.55.0 (GW012\'s case)', topology: scale('4.55.0'), expect: [] },
  { ruleId: 'GW013', name: 'ErGwScale under >= 4.79.0', topology: scale('>= 4.79.0, < 5.0.0'), expect: [] },
  { ruleId: 'MACSEC004', name: 'an XPN cipher under azurerm 4.55.0', topology: macsec('4.55.0', 'GcmAesXpn256'), expect: [error('port', 'link1.macsecCipher')] },
  { ruleId: 'MACSEC004', name: 'an XPN cipher under >= 4.60.0', topology: macsec('>= 4.60.0, < 5.0.0', 'GcmAesXpn256'), expect: [] },
  { ruleId: 'MACSEC004', name: 'an XPN cipher, no version known', topology: () => ({ ...macsec('4.55.0', 'GcmAesXpn256')(), providerVersion: undefined }), expect: [] },
  { ruleId: 'MACSEC005', name: 'a MACsec port with identity under ~> 4.0', topology: macsec('~> 4.0', 'GcmAes256'), expect: [warning('port', 'identity')] },
  { ruleId: 'MACSEC005', name: 'a MACsec port with identity under >= 4.60.0', topology: macsec('>= 4.60.0', 'GcmAes256'), expect: [] },
  { ruleId: 'MACSEC005', name: 'the valid base topology', topology: validTopology, expect: [] },
];
