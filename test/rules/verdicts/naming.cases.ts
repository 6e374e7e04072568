import { MigrationPhase, NamedResourceNode, Topology } from '../../../src/model/topology';
import { Severity } from '../../../src/rules/finding';
import { connection, validTopology } from '../fixtures';
import { VerdictCase } from './case';

const named = (key: string, name: string, scope = 'net|azurerm|rg-er', resourceType = 'azurerm_express_route_circuit'): NamedResourceNode =>
  ({ key, path: key, resourceType, name, scope });

const withNames = (...names: NamedResourceNode[]) => (): Topology => ({ ...validTopology(), resourceNames: names });

function migrationOf(t: Topology, extra: number): Topology {
  for (let i = 0; i < extra; i++) t.connections.push(connection(`gw/fra-${i}`, 'gw', 'fra'));
  t.migrations.push({ key: 'mig', path: 'mig', phase: MigrationPhase.PREPARE, sourceCircuitKey: 'fra', targetCircuitKey: 'ams', productionGatewayKeys: ['gw'] });
  return t;
}

/** Things declared twice: names in one scope, connections of one circuit to one gateway. */
export const CASES: VerdictCase[] = [
  {
    ruleId: 'NAME001', name: 'two circuits named alike (without case) in one resource group',
    topology: withNames(named('one', 'erc-ams'), named('two', 'ERC-AMS')),
    expect: [{ subject: 'one', property: 'name', severity: Severity.ERROR }, { subject: 'two', property: 'name', severity: Severity.ERROR }],
  },
  {
    ruleId: 'NAME001', name: 'one name in two resource groups, or on two resource types',
    topology: withNames(named('one', 'erc-ams'), named('two', 'erc-ams', 'net|azurerm|rg-other'),
      named('three', 'erc-ams', 'net|azurerm|rg-er', 'azurerm_route_filter'), named('four', 'erc-ams', 'other-stack|azurerm|rg-er')),
    expect: [],
  },
  {
    ruleId: 'GW060', name: 'a circuit connected twice to one gateway',
    topology: () => { const t = validTopology(); t.connections.push(connection('gw/ams-again', 'gw', 'ams')); return t; },
    expect: [{ subject: 'gw/ams', property: 'circuitKey', severity: Severity.WARNING }, { subject: 'gw/ams-again', property: 'circuitKey', severity: Severity.WARNING }],
  },
  { ruleId: 'GW060', name: 'each circuit once per gateway', topology: validTopology, expect: [] },
  {
    ruleId: 'MIG060', name: 'a migration source connected twice to its production gateway',
    topology: () => migrationOf(validTopology(), 1),
    expect: [{ subject: 'gw/fra', property: 'circuitKey', severity: Severity.ERROR }, { subject: 'gw/fra-0', property: 'circuitKey', severity: Severity.ERROR }],
  },
  { ruleId: 'MIG060', name: 'a migration source connected once', topology: () => migrationOf(validTopology(), 0), expect: [] },
];
