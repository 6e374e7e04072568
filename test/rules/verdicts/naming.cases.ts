import { MigrationPhase, NamedResourceNode, Topology } from '../../../src/model/topology';
import { Severity } from '../../../src/rules/finding';
import { connection, validTopology } from '../fixtures';
import { VerdictCase } from './case';

/** A named resource; scope null: not known. */
const named = (key: string, name: string, scope: string | null = 'net|azurerm|rg-er', resourceType = 'azurerm_express_route_circuit'): NamedResourceNode =>
  ({ key, path: key, resourceType, name, ...(scope === null ? {} : { scope }) });
const error = (subject: string) => ({ subject, property: 'name', severity: Severity.ERROR });

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
    ruleId: 'NAME001', name: 'two names alike whose scope is not known',
    topology: withNames(named('one', 'erc-ams', null), named('two', 'erc-ams', null)),
    expect: [],
  },
  {
    ruleId: 'NAME002', name: 'names outside the Microsoft.Network rule: a space, empty, 81 characters, a leading hyphen, a trailing period',
    topology: withNames(named('space', 'bad name!'), named('empty', ''), named('long', 'a'.repeat(81)), named('hyphen', '-x', null),
      named('period', 'x.', 'net|azurerm|rg-er', 'azurerm_virtual_network_gateway_connection'), named('gw', 'ergw ams', null, 'azurerm_virtual_network_gateway'),
      named('rf', 'rf/ams', null, 'azurerm_route_filter'), named('pip', 'pip_', null, 'azurerm_public_ip')),
    expect: [error('space'), error('empty'), error('long'), error('hyphen'), error('period'), error('gw'), error('rf')],
  },
  {
    ruleId: 'NAME002', name: 'a lock name outside the Microsoft.Authorization rule: ends with a period, 91 characters, a slash',
    topology: withNames(named('dot', 'lock.', 'net|azurerm|x', 'azurerm_management_lock'), named('long', 'l'.repeat(91), 'net|azurerm|y', 'azurerm_management_lock'),
      named('slash', 'a/b', 'net|azurerm|z', 'azurerm_management_lock')),
    expect: [error('dot'), error('long'), error('slash')],
  },
  {
    ruleId: 'NAME002', name: 'names within the rules: 1 and 80 characters, underscores, periods, a trailing underscore; a lock with parentheses',
    topology: withNames(named('one', 'a'), named('eighty', 'a'.repeat(80)), named('mixed', 'ERC_ams.1-x_'),
      named('lock', '(Circuit)-cannot-delete', 'net|azurerm|x', 'azurerm_management_lock'), named('lock90', 'l'.repeat(90), 'net|azurerm|y', 'azurerm_management_lock')),
    expect: [],
  },
  {
    // No documented rule: ports, ExpressRoute gateways, authorizations, Global Reach and Virtual WAN connections.
    ruleId: 'NAME002', name: 'types the naming page has no row for are not judged',
    topology: withNames(named('port', 'bad name!', null, 'azurerm_express_route_port'), named('ergw', 'bad name!', null, 'azurerm_express_route_gateway'),
      named('auth', 'bad name!', null, 'azurerm_express_route_circuit_authorization'), named('gr', 'bad name!', null, 'azurerm_express_route_circuit_connection'),
      named('vwan', 'bad name!', null, 'azurerm_express_route_connection')),
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
