import * as fs from 'fs';
import * as path from 'path';
import { assessEstate } from '../../src/estate/assess';
import { readAzureTexts } from '../../src/estate/azure-json';
import { assessmentJson, assessmentMarkdown, assessmentSarif, assessmentText } from '../../src/estate/format';
import { estateTerraformJson } from '../../src/estate/to-terraform';
import { RuleRegistry } from '../../src/rules/registry';

const DIR = path.join(__dirname, '..', 'fixtures', 'estate');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(DIR, f));
const inputs = files.map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
const SUB_A = '/subscriptions/00000000-0000-0000-0000-00000000000a';
const SUB_B = '/subscriptions/00000000-0000-0000-0000-00000000000b';
const id = (sub: string, rg: string, type: string, name: string) => `${sub}/resourceGroups/${rg}/providers/Microsoft.Network/${type}/${name}`;

describe('assess an estate from Azure JSON', () => {
  const { estate, errors } = readAzureTexts(inputs);
  const a = assessEstate(estate);

  test('every format of input is read: az list (flattened), Resource Graph, REST GET and list', () => {
    expect(errors).toEqual([]);
    const byType = (t: string) => a.resources.filter((r) => r.terraformType === t).map((r) => r.azureId).sort();
    expect(byType('azurerm_express_route_circuit')).toEqual([
      id(SUB_A, 'rg-direct', 'expressRouteCircuits', 'erd-prod'), id(SUB_A, 'rg-direct', 'expressRouteCircuits', 'erd-test'),
      id(SUB_A, 'rg-er', 'expressRouteCircuits', 'er-ams-metro'), id(SUB_A, 'rg-er', 'expressRouteCircuits', 'er-ams-std'),
    ]);
    expect(byType('azurerm_virtual_network_gateway')).toEqual([
      id(SUB_A, 'rg-hub', 'virtualNetworkGateways', 'ergw-hub'), id(SUB_B, 'rg-spoke', 'virtualNetworkGateways', 'ergw-spoke'),
    ]);
    expect(byType('azurerm_express_route_connection')).toHaveLength(1);
    expect(byType('azurerm_express_route_circuit_peering')).toHaveLength(5);
  });

  test('tiers: Standard for one circuit at one location, High for a Metro circuit (also across subscriptions and in a hub)', () => {
    const tier = (g: string) => a.report.resiliency.find((r) => r.gateway === g)?.tier;
    expect(tier(id(SUB_A, 'rg-hub', 'virtualNetworkGateways', 'ergw-hub'))).toBe('Standard');
    expect(tier(id(SUB_B, 'rg-spoke', 'virtualNetworkGateways', 'ergw-spoke'))).toBe('High');
    expect(tier(id(SUB_A, 'rg-vwan', 'expressRouteGateways', 'ergw-vhub-weu'))).toBe('High');
  });

  test('findings name the Azure resource', () => {
    const dual003 = a.report.findings.filter((f) => f.ruleId === 'DUAL003');
    expect(dual003.map((f) => [f.path, f.property, f.severity])).toEqual([
      [id(SUB_A, 'rg-hub', 'virtualNetworkGateways', 'ergw-hub'), 'connections', 'warning'],
    ]);
    expect(a.report.findings.filter((f) => f.severity === 'error' && !f.suppressed)).toEqual([]);
  });

  test('circuits connected nowhere', () => {
    expect(a.report.unconnectedCircuits).toEqual([
      id(SUB_A, 'rg-direct', 'expressRouteCircuits', 'erd-prod'), id(SUB_A, 'rg-direct', 'expressRouteCircuits', 'erd-test'),
    ]);
  });

  test('the Standard gateway gets the Metro of its city, with its providers', () => {
    expect(a.metroOptions).toHaveLength(1);
    const o = a.metroOptions[0];
    expect(o.circuit).toBe(id(SUB_A, 'rg-er', 'expressRouteCircuits', 'er-ams-std'));
    expect(o.metro).toBe('Amsterdam Metro');
    expect(o.metroPeeringLocations).toEqual(['Amsterdam', 'Amsterdam2']);
    expect(o.activeProviders).toContain('Equinix');
    expect(o.currentProviderActive).toBe(true);
    expect(o.expressRouteDirect).toBe(true);
  });

  test('other gateways and resource types are skipped with a note', () => {
    expect(a.notes.some((n) => n.includes('vpngw-hub') && n.includes('not ExpressRoute'))).toBe(true);
    expect(a.notes.some((n) => n.includes('nsg-spoke') && n.includes('not an ExpressRoute resource type'))).toBe(true);
  });

  test('the Terraform the estate corresponds to: import blocks, references, sensitive variables', () => {
    const doc = estateTerraformJson(a.configuration) as any;
    expect(doc.import).toHaveLength(a.resources.length);
    expect(doc.import).toContainEqual({ to: 'azurerm_express_route_circuit.er_ams_std', id: id(SUB_A, 'rg-er', 'expressRouteCircuits', 'er-ams-std') });
    const conn = doc.resource.azurerm_virtual_network_gateway_connection.cn_spoke_ams_metro;
    expect(conn.express_route_circuit_id).toBe('${azurerm_express_route_circuit.er_ams_metro.id}');
    expect(conn.authorization_key).toBe('${var.virtual_network_gateway_connection_cn_spoke_ams_metro_authorization_key}');
    expect(doc.variable.virtual_network_gateway_connection_cn_spoke_ams_metro_authorization_key.sensitive).toBe(true);
    expect(doc.resource.azurerm_express_route_circuit_peering.er_ams_std_azureprivatepeering.shared_key).toMatch(/^\$\{var\./);
    const port = doc.resource.azurerm_express_route_port.erd_ams;
    expect(port.link1).toEqual({ admin_enabled: true, macsec_cipher: 'GcmAesXpn256', macsec_ckn_keyvault_secret_id: 'https://kv-macsec.vault.azure.net/secrets/ckn',
      macsec_cak_keyvault_secret_id: 'https://kv-macsec.vault.azure.net/secrets/cak', macsec_sci_enabled: true });
    expect(doc.resource.azurerm_virtual_network_gateway.ergw_spoke).toMatchObject({ sku: 'ErGwScale', minimum_scale_unit: 2, maximum_scale_unit: 10 });
    // ErGwScale scale units need azurerm 4.79.0.
    expect(doc.terraform.required_providers.azurerm.version).toBe('>= 4.79.0, < 5.0.0');
    // The VNet is not adopted: its gateway subnet's facts travel as the gateway's intent.
    expect(doc.resource.azurerm_virtual_network_gateway.ergw_hub.ip_configuration[0].subnet_id).toBe(`${SUB_A}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/GatewaySubnet`);
    expect(doc['//']['expressroute-metro'].intent.nodes['azurerm_virtual_network_gateway.ergw_hub']).toEqual({
      virtualNetwork: `${SUB_A}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`,
      gatewaySubnetPrefix: '10.10.255.0/27', virtualNetworkAddressSpaces: ['10.10.0.0/16'],
    });
  });

  test('no secret reaches any output', () => {
    const outputs = [
      JSON.stringify(estateTerraformJson(a.configuration)),
      assessmentText(a, files, errors), assessmentJson(a, files, errors), assessmentMarkdown(a),
      assessmentSarif(a, files, RuleRegistry.builtIn(), '0.0.0'),
      JSON.stringify(estate),
    ];
    const secrets = [...new Set(inputs.flatMap((i) => i.text.match(/SECRET-[A-Z0-9-]+/g) ?? []))];
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    for (const out of outputs) for (const s of secrets) expect(out).not.toContain(s);
  });

  test('text output lists the Metro options', () => {
    const text = assessmentText(a, files, errors);
    expect(text).toContain('metro option');
    expect(text).toContain('Amsterdam Metro (Amsterdam + Amsterdam2)');
  });
});

describe('unusable Azure input', () => {
  test.each([
    ['not JSON', 'hello', /not JSON/],
    ['truncated', '[{"id": "/subscriptions/x', /truncated JSON/],
    ['not Azure JSON', '{"resource": {}}', /not Azure resource JSON/],
    ['empty', '  ', /empty file/],
  ])('%s is an unusable input', (_name, text, message) => {
    const { errors } = readAzureTexts([{ file: 'x.json', text }]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(message);
  });

  test('items without id or type are skipped with a note, the rest is read', () => {
    const { estate, errors } = readAzureTexts([{ file: 'x.json', text: JSON.stringify([{ name: 'x' }, JSON.parse(fs.readFileSync(files.find((f) => f.endsWith('vwan-hub.rest.json'))!, 'utf8'))]) }]);
    expect(errors).toEqual([]);
    expect(estate.resources).toHaveLength(1);
    expect(estate.notes).toEqual(['x.json: item 0 has no id and type; skipped']);
  });
});
