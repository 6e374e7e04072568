import { MigrationPhase, Topology } from '../../../src/model/topology';
import { VerdictCase } from './case';
import { circuit, error, migrationTopology, warning } from './helpers';

const withoutPrivatePeerings = (t: Topology) => {
  for (const key of ['old/private', 'new/private']) t.peerings.splice(t.peerings.findIndex((p) => p.key === key), 1);
};

export const CASES: VerdictCase[] = [
  { ruleId: 'MIG003', name: 'validate without a test gateway connection',
    topology: migrationTopology(MigrationPhase.VALIDATE, (t) => { t.connections.pop(); }), expect: [error('mig', 'testGateway')] },
  { ruleId: 'MIG003', name: 'validate on the test gateway', topology: migrationTopology(MigrationPhase.VALIDATE), expect: [] },
  // Issue 18: the test gateway validates private peering; a source without one needs none.
  { ruleId: 'MIG003', name: 'validate without a test gateway when the source has no private peering',
    topology: migrationTopology(MigrationPhase.VALIDATE, (t) => { t.connections.pop(); withoutPrivatePeerings(t); }), expect: [] },
  // Issue 18: a same-location migration is documented: a warning, not an error.
  { ruleId: 'MIG006', name: 'the new circuit at the source\'s peering location',
    topology: migrationTopology(MigrationPhase.PREPARE, (t) => { circuit(t, 'old').peeringLocation = 'Amsterdam Metro'; }),
    expect: [warning('mig', 'targetCircuit.peeringLocation')] },
  { ruleId: 'MIG006', name: 'the same location, acknowledged',
    topology: migrationTopology(MigrationPhase.PREPARE, (t) => {
      circuit(t, 'old').peeringLocation = 'Amsterdam Metro';
      (t.migrations[0] as { allowSamePeeringLocation?: boolean }).allowSamePeeringLocation = true;
    }), expect: [] },
  { ruleId: 'MIG006', name: 'from Amsterdam to Amsterdam Metro', topology: migrationTopology(MigrationPhase.PREPARE), expect: [] },
];
