import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lintFiles, lintText, readModuleTopology } from '../../src/terraform/lint';
import { normalise, PlanText } from '../../src/terraform/records';
import { isModelledType, toTopology } from '../../src/terraform/to-topology';
import { Finding } from '../../src/rules/finding';
import { literalSubscriptionId, providerSubscriptionIds } from '../../src/model/subscription';
import { circuitTf, fixture } from './fixtures';

const HCL = path.join(__dirname, '..', 'fixtures', 'hcl');
const tfFiles = (dir: string): string[] => {
  const out: string[] = [];
  for (const f of fs.readdirSync(path.join(HCL, dir))) if (f.endsWith('.tf')) out.push(path.join(HCL, dir, f));
  return out;
};
const row = (f: Finding) => [f.ruleId, f.path, f.property, f.severity];
const rowsOf = (findings: Finding[], ...ids: string[]) => findings.filter((f) => ids.includes(f.ruleId)).map(row)
  .sort((a, b) => a.join(' ').localeCompare(b.join(' ')));

describe('a plan: deletions, previous gateway SKU, provider configurations', () => {
  const file = fixture('plan-destroy.json');
  const bytes = fs.readFileSync(file);
  const topology = toTopology(normalise(new PlanText(bytes, isModelledType).read())!, []);

  test('resources a plan deletes are read from `before` and marked destroying; the rest are not', () => {
    expect(topology.gateways.map((g) => [g.key, g.destroying])).toEqual([
      ['azurerm_virtual_network_gateway.zonal', undefined],
      ['azurerm_virtual_network_gateway.metro', true],
    ]);
    expect(topology.connections.map((c) => [c.key, c.gatewayKey, c.circuitKey, c.destroying])).toEqual([
      ['azurerm_virtual_network_gateway_connection.metro', 'azurerm_virtual_network_gateway.metro', 'azurerm_express_route_circuit.metro', true],
    ]);
    expect(topology.circuits.map((c) => [c.key, c.peeringLocation, c.destroying])).toEqual([
      ['azurerm_express_route_circuit.kept', 'Amsterdam', undefined],
      ['azurerm_express_route_circuit.metro', 'Amsterdam Metro', true],
    ]);
  });

  test('previousSku comes from before.sku of an update; subscription from provider_config_key', () => {
    expect(topology.gateways.map((g) => [g.key, g.sku, g.previousSku])).toEqual([
      ['azurerm_virtual_network_gateway.zonal', 'ErGw1AZ', 'Standard'],
      ['azurerm_virtual_network_gateway.metro', 'ErGw1AZ', undefined],
    ]);
    // The deleted circuit is no longer in the configuration: its provider configuration is not known.
    expect(topology.circuits.map((c) => [c.key, c.subscription])).toEqual([
      ['azurerm_express_route_circuit.kept', 'azurerm.hub'],
      ['azurerm_express_route_circuit.metro', undefined],
    ]);
  });

  test('PLAN002 (zonal <-> non-zonal) and PLAN005 (a gateway on a Metro circuit deleted); the deleted resources are judged by nothing else', () => {
    const { findings } = lintText(bytes, file).report;
    expect(findings.map(row).sort((a, b) => a.join(' ').localeCompare(b.join(' ')))).toEqual([
      ['PLAN002', 'azurerm_virtual_network_gateway.zonal', 'sku', 'error'],
      ['PLAN005', 'azurerm_virtual_network_gateway.metro', 'connections', 'warning'],
    ]);
    expect(findings.find((f) => f.ruleId === 'PLAN002')!.value).toBe('"Standard -> ErGw1AZ"');
  });

  test('without the delete, the gateway is not judged by PLAN005', () => {
    const doc = JSON.parse(bytes.toString('utf8'));
    for (const rc of doc.resource_changes) if (rc.change.actions[0] === 'delete') rc.change.actions = ['no-op'];
    expect(rowsOf(lintText(JSON.stringify(doc), file).report.findings, 'PLAN003', 'PLAN004', 'PLAN005')).toEqual([]);
  });
});

describe('.tf: provider configurations are subscriptions', () => {
  const files = tfFiles('subscriptions');

  test('`provider = azurerm.<alias>`, the default, and module providers (passed or inherited)', () => {
    const { topology } = readModuleTopology(files);
    const subs = new Map(topology.circuits.map((c) => [c.key, c.subscription]));
    expect(subs.get('azurerm_express_route_circuit.on_p1[0]')).toBe('azurerm');
    expect(subs.get('azurerm_express_route_circuit.on_p3[5]')).toBe('azurerm.other');
    expect(subs.get('module.passed.azurerm_express_route_circuit.c')).toBe('azurerm.other');
    expect(subs.get('module.inherited.azurerm_express_route_circuit.c')).toBe('azurerm');
    expect(topology.ports.map((p) => [p.key, p.subscription]).sort()).toEqual([
      ['azurerm_express_route_port.p1', 'azurerm'],
      ['azurerm_express_route_port.p2', 'azurerm'],
      ['azurerm_express_route_port.p3', 'azurerm.other'],
    ]);
  });

  test('SKU012 and PORT007 count the circuits of one subscription together, and only those', () => {
    const { results } = lintFiles(files);
    const rows = rowsOf(results.flatMap((r) => r.report.findings), 'SKU012', 'SKU013', 'PORT007');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(['PORT007', expect.stringMatching(/^azurerm_express_route_port\.p[12]$/), 'circuits', 'warning']);
    expect(rows[1]).toEqual(['SKU012', expect.stringMatching(/^azurerm_express_route_circuit\.on_p[12]\[\d\]$/), 'location', 'warning']);
  });
});

test('cdk.tf.json: a cdktf `provider: "azurerm.<alias>"` is a subscription of its own (SKU012 counts per configuration)', () => {
  const circuit = (provider?: string) => ({
    resource_group_name: 'rg', location: 'westeurope', service_provider_name: 'Equinix', peering_location: 'Amsterdam',
    bandwidth_in_mbps: 1000, sku: { tier: 'Standard', family: 'MeteredData' }, ...(provider ? { provider } : {}),
  });
  const doc = (aliased: number, plain: number) => JSON.stringify({
    provider: { azurerm: [{ features: {} }, { alias: 'spoke', features: {} }] },
    resource: {
      azurerm_express_route_circuit: Object.fromEntries([
        ...Array.from({ length: aliased }, (_, i) => [`a${i}`, { name: `erc-a${i}`, ...circuit('azurerm.spoke') }]),
        ...Array.from({ length: plain }, (_, i) => [`b${i}`, { name: `erc-b${i}`, ...circuit() }]),
      ]),
    },
  });
  const sku012 = (text: string) => lintText(text, path.join(HCL, 'cdk.tf.json')).report.findings.filter((f) => f.ruleId === 'SKU012').map(row);
  expect(sku012(doc(6, 5))).toEqual([]);
  expect(sku012(doc(11, 0))).toEqual([['SKU012', expect.stringMatching(/^azurerm_express_route_circuit\.a\d+$/), 'location', 'warning']]);
});

describe('.tf: a literal subscription_id names the subscription: configurations that name one id count together', () => {
  const ID = '6f1c2a4e-0b1d-4c7e-9a55-3e2f10c0ffee';
  const OTHER = '7f1c2a4e-0b1d-4c7e-9a55-3e2f10c0ffee';
  /** Two aliased configurations with the given `subscription_id` expressions. */
  const providers = (east: string, west: string, extra = '') => `
${extra}
provider "azurerm" {
  alias           = "east"
  subscription_id = ${east}
  features {}
}
provider "azurerm" {
  alias           = "west"
  subscription_id = ${west}
  features {}
}`;
  /** 6 circuits in West Europe on `azurerm.<alias>`. */
  const circuitsOn = (alias: string) => [0, 1, 2, 3, 4, 5].map((i) => circuitTf(`${alias}${i}`, { name: `erc-${alias}${i}`, meta: `provider = azurerm.${alias}` })).join('\n');
  /** The two configurations, 6 circuits in West Europe on each. */
  const tf = (east: string, west: string, extra = '') => `${providers(east, west, extra)}\n${circuitsOn('east')}\n${circuitsOn('west')}`;
  const lint = (text: string) => lintText(text, path.join(HCL, 'main.tf')).report.findings;

  test('two aliases with the same literal id (in any case, with blanks): 12 circuits in one region, one SKU012', () => {
    const findings = lint(tf(`"${ID}"`, `" ${ID.toUpperCase()} "`));
    expect(rowsOf(findings, 'SKU012', 'SKU013', 'PORT007')).toEqual([['SKU012', 'azurerm_express_route_circuit.east0', 'location', 'warning']]);
    expect(findings.find((f) => f.ruleId === 'SKU012')!.message).toBe(
      `12 circuits in westeurope in subscription ${ID} (provider configurations azurerm.east, azurerm.west): the limit is 10 per region per subscription.`);
  });

  test('the model: each circuit keeps its configuration and carries the id', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-sub-'));
    fs.writeFileSync(path.join(dir, 'main.tf'), tf(`"${ID}"`, 'var.subscription', 'variable "subscription" {\n  default = "' + ID + '"\n}'));
    const { topology } = readModuleTopology([path.join(dir, 'main.tf')]);
    const of = (key: string) => topology.circuits.find((c) => c.key === key)!;
    expect([of('azurerm_express_route_circuit.east0').subscription, of('azurerm_express_route_circuit.east0').subscriptionId]).toEqual(['azurerm.east', ID]);
    // A variable's default may be overridden when Terraform runs: not known.
    expect([of('azurerm_express_route_circuit.west0').subscription, of('azurerm_express_route_circuit.west0').subscriptionId]).toEqual(['azurerm.west', undefined]);
  });

  test.each([
    ['two different ids', `"${ID}"`, `"${OTHER}"`, ''],
    ['a variable (its default the same id)', `"${ID}"`, 'var.subscription', `variable "subscription" {\n  default = "${ID}"\n}`],
    ['a local', `"${ID}"`, 'local.subscription', `locals {\n  subscription = "${ID}"\n}`],
    ['try(...)', `"${ID}"`, `try(var.subscription, "${ID}")`, 'variable "subscription" {}'],
    ['a data source', `"${ID}"`, 'data.azurerm_client_config.current.subscription_id', 'data "azurerm_client_config" "current" {}'],
    ['not a subscription id', '"my-subscription"', '"my-subscription"', ''],
    ['an empty string (the provider then reads ARM_SUBSCRIPTION_ID)', '""', '""', ''],
  ])('%s: not known to be one subscription, counted per configuration (no finding)', (_, east, west, extra) => {
    expect(rowsOf(lint(tf(east, west, extra)), 'SKU012', 'SKU013', 'PORT007')).toEqual([]);
  });

  test('a module given a configuration (`providers = { ... }`) creates its circuits in that configuration\'s subscription', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-sub-module-'));
    fs.mkdirSync(path.join(dir, 'spoke'));
    fs.writeFileSync(path.join(dir, 'spoke', 'main.tf'), [0, 1, 2, 3, 4, 5].map((i) => circuitTf(`c${i}`, { name: `erc-spoke${i}` })).join('\n'));
    fs.writeFileSync(path.join(dir, 'main.tf'), `${providers(`"${ID}"`, `"${ID}"`)}
module "spoke" {
  source    = "./spoke"
  providers = { azurerm = azurerm.west }
}
${circuitsOn('east')}`);
    const { results } = lintFiles([path.join(dir, 'main.tf')]);
    expect(rowsOf(results.flatMap((r) => r.report.findings), 'SKU012')).toEqual([['SKU012', 'azurerm_express_route_circuit.east0', 'location', 'warning']]);
  });

  test('providerSubscriptionIds: a configuration whose blocks write a literal and a non-literal, or the nil GUID, names no id', () => {
    const NIL = '00000000-0000-0000-0000-000000000000';
    // Either order: the literal does not survive a block that writes an expression.
    expect(providerSubscriptionIds([{ azurerm: { subscription_id: ID } }, { azurerm: { subscription_id: '${var.s}' } }])).toEqual(new Map());
    expect(providerSubscriptionIds([{ azurerm: { subscription_id: '${var.s}' } }, { azurerm: { subscription_id: ID } }])).toEqual(new Map());
    expect(providerSubscriptionIds({ azurerm: [{ alias: 'a', subscription_id: ID }, { alias: 'a', subscription_id: '' }] })).toEqual(new Map());
    // A block without the argument leaves the other's literal; another configuration is not touched.
    expect(providerSubscriptionIds({ azurerm: [{ subscription_id: ID }, { features: {} }, { alias: 'x', subscription_id: '${var.s}' }] }))
      .toEqual(new Map([['azurerm', ID]]));
    // `alias: null` (Terraform JSON) is no alias.
    expect(providerSubscriptionIds({ azurerm: [{ alias: null, subscription_id: ID }] })).toEqual(new Map([['azurerm', ID]]));
    expect(providerSubscriptionIds({ azurerm: [{ subscription_id: NIL }] })).toEqual(new Map());
    expect(literalSubscriptionId(` ${NIL.toUpperCase()} `)).toBeUndefined();
    expect(rowsOf(lint(tf(`"${NIL}"`, `"${NIL}"`)), 'SKU012', 'SKU013', 'PORT007')).toEqual([]);
  });

  test('no subscription_id on the default configuration (ARM_SUBSCRIPTION_ID): apart from an alias that names one', () => {
    const text = `
provider "azurerm" {
  features {}
}
provider "azurerm" {
  alias           = "named"
  subscription_id = "${ID}"
  features {}
}
${[0, 1, 2, 3, 4, 5].map((i) => `${circuitTf(`plain${i}`, { name: `erc-plain${i}` })}
${circuitTf(`named${i}`, { name: `erc-named${i}`, meta: 'provider = azurerm.named' })}`).join('\n')}`;
    expect(rowsOf(lint(text), 'SKU012', 'SKU013', 'PORT007')).toEqual([]);
  });
});

test('a plan: the configurations\' literal subscription_id (provider_config expressions) count together', () => {
  const ID = '6f1c2a4e-0b1d-4c7e-9a55-3e2f10c0ffee';
  const circuit = (name: string) => ({
    name, resource_group_name: 'rg', location: 'westeurope', service_provider_name: 'Equinix', peering_location: 'Amsterdam',
    bandwidth_in_mbps: 50, sku: [{ tier: 'Standard', family: 'MeteredData' }],
  });
  const names = Array.from({ length: 12 }, (_, i) => `c${String(i).padStart(2, '0')}`);
  const key = (i: number) => (i < 6 ? 'azurerm.east' : 'azurerm.west');
  const plan = (westId: unknown) => JSON.stringify({
    format_version: '1.2', terraform_version: '1.9.0',
    planned_values: { root_module: { resources: names.map((n) => ({ address: `azurerm_express_route_circuit.${n}`, mode: 'managed', type: 'azurerm_express_route_circuit', name: n, values: circuit(n) })) } },
    resource_changes: names.map((n) => ({ address: `azurerm_express_route_circuit.${n}`, mode: 'managed', type: 'azurerm_express_route_circuit', change: { actions: ['create'], before: null, after: circuit(n), after_unknown: {} } })),
    configuration: {
      provider_config: {
        'azurerm.east': { name: 'azurerm', alias: 'east', expressions: { subscription_id: { constant_value: ID } } },
        'azurerm.west': { name: 'azurerm', alias: 'west', expressions: { subscription_id: westId } },
      },
      root_module: { resources: names.map((n, i) => ({ address: `azurerm_express_route_circuit.${n}`, mode: 'managed', type: 'azurerm_express_route_circuit', name: n, provider_config_key: key(i), expressions: {} })) },
    },
  });
  const sku012 = (text: string) => rowsOf(lintText(text, 'plan.json').report.findings, 'SKU012');
  expect(sku012(plan({ constant_value: ID.toUpperCase() }))).toEqual([['SKU012', 'azurerm_express_route_circuit.c00', 'location', 'warning']]);
  expect(sku012(plan({ references: ['var.subscription'] }))).toEqual([]);
});

describe('.tf: Key Vaults and the vault of MACsec secrets (azurerm 2.x)', () => {
  const files = tfFiles('keyvault');
  const { topology } = readModuleTopology(files);

  test('vaults: name, soft_delete_enabled, a private endpoint that references the vault', () => {
    expect(topology.keyVaults!.map((v) => [v.key, v.name, v.softDeleteEnabled, v.hasPrivateEndpoint])).toEqual([
      ['azurerm_key_vault.macsec', 'kv-macsec', false, true],
      ['azurerm_key_vault.other', 'kv-other', false, false],
      ['azurerm_key_vault.unused', 'kv-unused', false, false],
    ]);
  });

  test('links: through azurerm_key_vault_secret.key_vault_id, or the host name of a literal secret id; a variable is unknown', () => {
    expect(topology.ports.map((p) => [p.key, p.links.map((l) => l.macsecKeyVaultKey)]).sort()).toEqual([
      ['azurerm_express_route_port.literal', ['azurerm_key_vault.other', undefined]],
      ['azurerm_express_route_port.referenced', ['azurerm_key_vault.macsec', undefined]],
    ]);
  });

  test('on-premises ranges come from azurerm_local_network_gateway.address_space', () => {
    expect(topology.onPremisesPrefixes).toEqual(['10.20.0.0/16']);
  });

  test('MACSEC006/007 judge the vaults holding MACsec keys (not the unused one); PEER022 the on-premises overlap', () => {
    const { results } = lintFiles(files);
    expect(rowsOf(results.flatMap((r) => r.report.findings), 'MACSEC006', 'MACSEC007', 'PEER022')).toEqual([
      ['MACSEC006', 'azurerm_key_vault.macsec', 'softDeleteEnabled', 'warning'],
      ['MACSEC006', 'azurerm_key_vault.other', 'softDeleteEnabled', 'warning'],
      ['MACSEC007', 'azurerm_key_vault.macsec', 'privateEndpoint', 'warning'],
      ['PEER022', 'azurerm_express_route_circuit_connection.gr', 'addressPrefixIpv4', 'error'],
    ]);
  });
});

describe('Terraform JSON (azurerm >= 3.0): what cannot be known is unresolved, not judged', () => {
  const files = [fixture('keyvault-v3.tf.json')];
  const { topology, notes } = readModuleTopology(files);

  test('soft_delete_enabled is not read where the provider has no such attribute; an unknown private endpoint target is unresolved', () => {
    const [vault] = topology.keyVaults!;
    expect([vault.softDeleteEnabled, vault.hasPrivateEndpoint, vault.unresolved]).toEqual([undefined, undefined, ['hasPrivateEndpoint', 'privateEndpoint']]);
    expect(notes).toContain('azurerm_key_vault.kv: soft_delete_enabled does not exist from azurerm 3.0 (soft-delete is always on); not judged');
    expect(topology.ports[0].links[0].macsecKeyVaultKey).toBe('azurerm_key_vault.kv');
  });

  test('an unknown port id and an unreadable provider argument are unresolved; ipv6.microsoft_peering is read', () => {
    const [circuit] = topology.circuits;
    expect([circuit.subscription, circuit.unresolved]).toEqual([undefined, ['subscription', 'portKey', 'expressRoutePort']]);
    const [peering] = topology.peerings;
    expect([peering.ipv6CustomerAsn, peering.ipv6RoutingRegistryName]).toEqual([65001, 'RIPENCC']);
  });

  test('PEER011 judges the IPv6 customer ASN; BW004 and MACSEC006/007 judge nothing unknown', () => {
    const findings = lintFiles(files).results[0].report.findings;
    expect(rowsOf(findings, 'PEER011', 'BW004', 'MACSEC006', 'MACSEC007')).toEqual([
      ['PEER011', 'azurerm_express_route_circuit_peering.microsoft', 'ipv6CustomerAsn', 'error'],
    ]);
  });
});
