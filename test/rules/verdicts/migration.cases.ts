import { MigrationPhase, Topology } from '../../../src/model/topology';
import { connection, microsoftPeering } from '../fixtures';
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

CASES.push(
  { ruleId: 'MIG001', name: 'prepare with the new circuit on the production gateway', topology: migrationTopology(MigrationPhase.PREPARE, (t) => {
    t.connections.push(connection('gw/new', 'gw', 'new'));
  }), expect: [error('mig', 'targetCircuit.connections')] },
  { ruleId: 'MIG001', name: 'prepare without a production connection', topology: migrationTopology(MigrationPhase.PREPARE), expect: [] },
  { ruleId: 'MIG002', name: 'prepare with a route filter on the new Microsoft peering', topology: migrationTopology(MigrationPhase.PREPARE, (t) => {
    t.peerings.push(microsoftPeering('new/ms', 'new'));
    t.peerings.push(microsoftPeering('old/ms', 'old'));
  }), expect: [error('mig', 'targetCircuit.microsoftPeering.routeFilter')] },
  { ruleId: 'MIG002', name: 'validate with the source\'s route filter', topology: migrationTopology(MigrationPhase.VALIDATE, (t) => {
    t.peerings.push(microsoftPeering('old/ms', 'old', { routeFilterKey: 'prod-rf' }));
    t.peerings.push(microsoftPeering('new/ms', 'new', { routeFilterKey: 'prod-rf' }));
  }), expect: [error('mig', 'targetCircuit.microsoftPeering.routeFilter')] },
  { ruleId: 'MIG002', name: 'validate with a test route filter', topology: migrationTopology(MigrationPhase.VALIDATE, (t) => {
    t.peerings.push(microsoftPeering('old/ms', 'old', { routeFilterKey: 'prod-rf' }));
    t.peerings.push(microsoftPeering('new/ms', 'new', { routeFilterKey: 'test-rf' }));
  }), expect: [] },
  { ruleId: 'MIG004', name: 'cutover without the production connection', topology: migrationTopology(MigrationPhase.CUTOVER, (t) => { t.connections.pop(); }),
    expect: [error('mig', 'targetCircuit.connections')] },
  { ruleId: 'MIG004', name: 'cutover keeping the test connection', topology: migrationTopology(MigrationPhase.CUTOVER, (t) => {
    t.connections.push(connection('test-gw/new', 'test-gw', 'new'));
  }), expect: [error('mig', 'targetCircuit.connections')] },
  { ruleId: 'MIG004', name: 'cutover on the production gateway', topology: migrationTopology(MigrationPhase.CUTOVER), expect: [] },
  { ruleId: 'MIG005', name: 'the new circuit lacks the private peering', topology: migrationTopology(MigrationPhase.PREPARE, (t) => {
    t.peerings.splice(t.peerings.findIndex((p) => p.key === 'new/private'), 1);
  }), expect: [error('mig', 'targetCircuit.peerings')] },
  { ruleId: 'MIG005', name: 'the same peering types', topology: migrationTopology(MigrationPhase.PREPARE), expect: [] },
  { ruleId: 'MIG007', name: 'decommission with the source still connected', topology: migrationTopology(MigrationPhase.DECOMMISSION, (t) => {
    t.connections.push(connection('gw/old2', 'gw', 'old'));
  }), expect: [error('mig', 'sourceCircuit.connections')] },
  { ruleId: 'MIG007', name: 'decommission with the source disconnected', topology: migrationTopology(MigrationPhase.DECOMMISSION), expect: [] },
);

/** The migration fixture adopting its source `old` (declared as erc-old in rg) with an import of `id`. */
const adopting = (id: string | undefined, declared: { name?: string; resourceGroupName?: string } = { name: 'erc-old', resourceGroupName: 'rg' }) =>
  migrationTopology(MigrationPhase.PREPARE, (t) => {
    (t as { imports?: unknown[] }).imports = [{
      key: 'old', path: 'old', targetKey: 'old', resourceType: 'azurerm_express_route_circuit',
      ...(id !== undefined ? { importId: id } : {}), unresolved: id !== undefined ? [] : ['importId'],
    }];
    (t as { resourceNames?: unknown[] }).resourceNames = declared.name === undefined ? [] : [{
      key: 'old', path: 'old', resourceType: 'azurerm_express_route_circuit', name: declared.name, scope: 'test|azurerm|rg',
      ...(declared.resourceGroupName !== undefined ? { resourceGroupName: declared.resourceGroupName } : {}),
    }];
  });
const ID = (rg: string, name: string, type = 'expressRouteCircuits') => `/subscriptions/0000/resourceGroups/${rg}/providers/Microsoft.Network/${type}/${name}`;

CASES.push(
  { ruleId: 'MIG008', name: 'an import id naming another circuit in another resource group',
    topology: adopting(ID('rg-other', 'my-live-circuit')), expect: [error('old', 'importId')] },
  { ruleId: 'MIG008', name: 'an import id naming another name only', topology: adopting(ID('rg', 'my-live-circuit')), expect: [error('old', 'importId')] },
  { ruleId: 'MIG008', name: 'an import id of a port for a circuit', topology: adopting(ID('rg', 'erc-old', 'expressRoutePorts')), expect: [error('old', 'importId')] },
  { ruleId: 'MIG008', name: 'an import id naming the declared circuit, in other case', topology: adopting(ID('RG', 'ERC-Old')), expect: [] },
  { ruleId: 'MIG008', name: 'an unknown import id is not judged', topology: adopting(undefined), expect: [] },
  { ruleId: 'MIG008', name: 'an unknown resource group is not judged, the literal name is',
    topology: adopting(ID('rg-other', 'erc-old'), { name: 'erc-old' }), expect: [] },
  { ruleId: 'MIG008', name: 'a name that is not a literal is not judged', topology: adopting(ID('rg-other', 'my-live-circuit'), {}), expect: [] },
);
