/** The catalog's METRO rules (src/rules/families/metro.ts), pinned here; aliases and did-you-mean are the catalog's. */
import { validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { circuit, error, info, mutate, portOf, warning } from './helpers';

export const CASES: VerdictCase[] = [
  { ruleId: 'METRO001', name: 'a Metro circuit at City2 instead of the Metro name', topology: mutate((t) => { circuit(t, 'ams').peeringLocation = 'Amsterdam2'; }),
    expect: [error('ams', 'metro')] },
  { ruleId: 'METRO001', name: 'an unknown metro', topology: mutate((t) => { circuit(t, 'ams').peeringLocation = 'Atlantis Metro'; }), expect: [error('ams', 'metro')] },
  { ruleId: 'METRO001', name: 'a single-site circuit at Amsterdam', topology: mutate((t) => { circuit(t, 'ams').peeringLocation = 'Amsterdam'; circuit(t, 'ams').declaredMetro = false; }), expect: [] },
  { ruleId: 'METRO002', name: 'a provider not at the metro', topology: mutate((t) => { circuit(t, 'ams').serviceProviderName = 'Zayo'; }), expect: [error('ams', 'serviceProviderName')] },
  { ruleId: 'METRO002', name: 'a provider at the metro, any case', topology: mutate((t) => { circuit(t, 'ams').serviceProviderName = 'equinix'; }), expect: [] },
  { ruleId: 'METRO003', name: 'an announced provider', topology: mutate((t) => { circuit(t, 'ams').serviceProviderName = 'GTT'; }), expect: [warning('ams', 'serviceProviderName')] },
  { ruleId: 'METRO003', name: 'an active provider', topology: validTopology, expect: [] },
  { ruleId: 'METRO004', name: 'a Direct port at Brussels Metro', topology: mutate((t) => { portOf(t).metro = 'Brussels Metro'; portOf(t).peeringLocation = 'Brussels Metro'; }),
    expect: [error('port', 'metro')] },
  { ruleId: 'METRO004', name: 'a Direct port at Amsterdam Metro', topology: validTopology, expect: [] },
  { ruleId: 'METRO005', name: 'a Metro port whose peering location was defaulted', topology: mutate((t) => { portOf(t).peeringLocationDefaulted = true; }),
    expect: [info('port', 'peeringLocation')] },
  { ruleId: 'METRO005', name: 'a port outside a metro', topology: mutate((t) => { Object.assign(portOf(t), { metro: undefined, peeringLocation: 'Equinix-Amsterdam-AM5' }); }), expect: [] },
  { ruleId: 'METRO006', name: 'a port at an unknown metro', topology: mutate((t) => { portOf(t).metro = 'Amsterdam2'; }), expect: [error('port', 'metro')] },
  { ruleId: 'METRO006', name: 'a port at a known metro', topology: validTopology, expect: [] },
];
