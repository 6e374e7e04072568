/** Small builders the case files share: the valid base topology changed in one place. */
import { MigrationPhase, Topology } from '../../../src/model/topology';
import { Severity } from '../../../src/rules/finding';
import { connection, gateway, metroCircuit, migration, privatePeering, validTopology } from '../fixtures';
import { ExpectedFinding } from './case';

type Change = (t: Topology) => void;

/** The valid base topology with one change. */
export function mutate(change: Change): () => Topology {
  return () => {
    const t = validTopology();
    change(t);
    return t;
  };
}

/** The base topology with a provider version constraint and a change. */
export function versioned(providerVersion: string, change: Change = () => undefined): () => Topology {
  return () => {
    const t = validTopology();
    change(t);
    return { ...t, providerVersion };
  };
}

/** Mutable views of fixture nodes, by key. */
export const circuit = (t: Topology, key: string) => t.circuits.find((c) => c.key === key)! as any;
export const peering = (t: Topology, key: string) => t.peerings.find((p) => p.key === key)! as any;
export const portOf = (t: Topology, key = 'port') => t.ports.find((p) => p.key === key)! as any;
export const gw = (t: Topology, key = 'gw') => t.gateways.find((g) => g.key === key)! as any;

/** Migration fixture: old circuit at Amsterdam connected to production, new Metro circuit. */
export function migrationTopology(phase: MigrationPhase, change: Change = () => undefined): () => Topology {
  return () => {
    const t = validTopology();
    t.circuits.push(metroCircuit('old', { peeringLocation: 'Amsterdam', declaredMetro: false }));
    t.circuits.push(metroCircuit('new'));
    t.peerings.push(privatePeering('old/private', 'old', { vlanId: 400 }));
    t.peerings.push(privatePeering('new/private', 'new', { vlanId: 400 }));
    t.gateways.push(gateway('test-gw'));
    t.connections.push(connection('gw/old', 'gw', 'old'));
    t.migrations.push(migration('mig', phase, { testGatewayKey: 'test-gw' }));
    if (phase === MigrationPhase.VALIDATE) t.connections.push(connection('test-gw/new', 'test-gw', 'new'));
    if (phase === MigrationPhase.CUTOVER || phase === MigrationPhase.DECOMMISSION) t.connections.push(connection('gw/new', 'gw', 'new'));
    if (phase === MigrationPhase.DECOMMISSION) t.connections.splice(t.connections.findIndex((c) => c.key === 'gw/old'), 1);
    change(t);
    return t;
  };
}

/** Shorthands for expectations. */
export const error = (subject: string, property: string): ExpectedFinding => ({ subject, property, severity: Severity.ERROR });
export const warning = (subject: string, property: string): ExpectedFinding => ({ subject, property, severity: Severity.WARNING });
export const info = (subject: string, property: string): ExpectedFinding => ({ subject, property, severity: Severity.INFO });
