import { Errors } from '../../src/errors';
import 'cdktf/lib/testing/adapters/jest';
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { ExpressRoutePort } from '@cdktf/provider-azurerm/lib/express-route-port';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import {
  CircuitSkuFamily, ExpressRouteMetroCircuit, ExpressRouteMetroDirectPort, ExpressRouteMetroDirectPortProps, ExpressRouteValidation, ExpressRouteVirtualNetworkGateway, GatewaySku, MacsecCipher, MetroLocation, PortEncapsulation, RequiredResiliency, RuleRegistry, Severity,
} from '../../src';
import { ValidationError } from '../../src/errors';
import { newStack, PEERING, resources, RG, synthErrorIds, synthJson } from './helpers';

const PORT: ExpressRouteMetroDirectPortProps = { ...RG, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 100 };
const KV = 'https://kv-er.vault.azure.net/secrets';

describe('ExpressRouteMetroDirectPort', () => {
  test('emits both links, disabled, at the Metro name, with prevent_destroy', () => {
    const { stack } = newStack();
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', PORT);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRoutePort, {
      peering_location: 'Amsterdam Metro', bandwidth_in_gbps: 100, encapsulation: 'Dot1Q', billing_type: 'MeteredData',
      link1: { admin_enabled: false }, link2: { admin_enabled: false }, lifecycle: { prevent_destroy: true },
    });
    expect(port.linkPeeringLocations).toEqual(['Amsterdam', 'Amsterdam2']);
  });

  test('a metro whose second location is undocumented says unknown', () => {
    const { stack } = newStack();
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', { ...PORT, metro: MetroLocation.OSLO });
    expect(port.linkPeeringLocations).toEqual(['Oslo', 'unknown']);
  });

  test('MACsec from Key Vault with an XPN cipher by default, identity wired', () => {
    const { stack } = newStack();
    new ExpressRouteMetroDirectPort(stack, 'Port', {
      ...PORT, userAssignedIdentityId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id',
      macsec: { cknSecretId: `${KV}/ckn`, cakSecretId: `${KV}/cak` },
      link2: { adminEnabled: true, macsec: { cknSecretId: `${KV}/ckn2`, cakSecretId: `${KV}/cak2`, cipher: MacsecCipher.GCM_AES_XPN_128, sciEnabled: true } },
      link1: { adminEnabled: true },
    });
    ExpressRouteValidation.of(stack).suppress(stack, 'PORT005', 'cross-connects tested');
    const [port] = resources(synthJson(stack), 'azurerm_express_route_port');
    expect(port.identity).toEqual({ type: 'UserAssigned', identity_ids: [expect.stringContaining('userAssignedIdentities/id')] });
    expect(port.link1).toEqual({ admin_enabled: true, macsec_cipher: 'GcmAesXpn256', macsec_ckn_keyvault_secret_id: `${KV}/ckn`, macsec_cak_keyvault_secret_id: `${KV}/cak` });
    expect(port.link2).toEqual({
      admin_enabled: true, macsec_cipher: 'GcmAesXpn128', macsec_ckn_keyvault_secret_id: `${KV}/ckn2`,
      macsec_cak_keyvault_secret_id: `${KV}/cak2`, macsec_sci_enabled: true,
    });
  });

  test('the Metro port location can be set, since Azure does not document it', () => {
    const { stack } = newStack();
    new ExpressRouteMetroDirectPort(stack, 'Port', { ...PORT, portPeeringLocation: 'Equinix-Amsterdam-AM5' });
    expect(resources(synthJson(stack), 'azurerm_express_route_port')[0].peering_location).toBe('Equinix-Amsterdam-AM5');
  });

  const bad: Array<[string, Partial<ExpressRouteMetroDirectPortProps>, string[]]> = [
    ['Brussels (no Metro Direct)', { metro: MetroLocation.BRUSSELS }, ['METRO004']],
    ['a 40G port', { bandwidthGbps: 40 }, ['PORT003']],
    ['400G at a metro ("Dual 10G or 100G ports")', { bandwidthGbps: 400 }, ['PORT008']],
    ['an unknown encapsulation', { encapsulation: PortEncapsulation.custom('VxLAN') }, ['PORT001']],
    ['MACsec without identity', { macsec: { cknSecretId: `${KV}/ckn`, cakSecretId: `${KV}/cak` } }, ['MACSEC002']],
    ['MACsec key material instead of a Key Vault id', {
      userAssignedIdentityId: 'id', macsec: { cknSecretId: 'A1B2C3D4', cakSecretId: `${KV}/cak` },
    }, ['SEC003', 'SEC003']], // one per link
  ];
  test.each(bad)('fails the synth on %s', (_name, change, ids) => {
    const { stack } = newStack();
    new ExpressRouteMetroDirectPort(stack, 'Port', { ...PORT, ...change });
    expect(synthErrorIds(stack)).toEqual(ids);
  });

  test('400G fails at a metro even with the enrollment opt-in (PORT008; issue 18)', () => {
    const { stack } = newStack();
    new ExpressRouteMetroDirectPort(stack, 'Port', { ...PORT, bandwidthGbps: 400, allow400G: true });
    expect(synthErrorIds(stack)).toEqual(['PORT008']);
  });

  test('XPN under a targeted azurerm that lacks it fails (MACSEC004)', () => {
    const { stack } = newStack();
    ExpressRouteValidation.of(stack).useProviderVersion('4.55.0');
    new ExpressRouteMetroDirectPort(stack, 'Port', { ...PORT, userAssignedIdentityId: 'id', macsec: { cknSecretId: `${KV}/ckn`, cakSecretId: `${KV}/cak` } });
    expect(synthErrorIds(stack)).toEqual(['MACSEC004', 'MACSEC004']);
  });
});

describe('circuits on a port', () => {
  test('reference the port and take bandwidth in Gbps', () => {
    const { stack } = newStack();
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', PORT);
    port.addCircuit('Circuit', { bandwidthGbps: 40, rateLimitingEnabled: true });
    const [circuit] = resources(synthJson(stack), 'azurerm_express_route_circuit');
    expect(circuit).toMatchObject({
      express_route_port_id: '${azurerm_express_route_port.Port_8B998AEC.id}', bandwidth_in_gbps: 40,
      rate_limiting_enabled: true, location: 'West Europe', sku: { tier: 'Standard', family: 'MeteredData' },
      lifecycle: { prevent_destroy: true },
    });
    expect(circuit.service_provider_name).toBeUndefined();
  });

  test('a circuit size the port cannot carry fails', () => {
    const { stack } = newStack();
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', { ...PORT, bandwidthGbps: 10 });
    port.addCircuit('Circuit', { bandwidthGbps: 40 });
    expect(synthErrorIds(stack)).toEqual(['BW002']);
  });

  test('UnlimitedData on a new Direct circuit is a warning (allowed as a later update)', () => {
    const { stack } = newStack();
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', PORT);
    const c = port.addCircuit('Circuit', { bandwidthGbps: 10, skuFamily: CircuitSkuFamily.UNLIMITED_DATA });
    expect(synthErrorIds(stack)).toEqual([]);
    expect(c.node.metadata.map((m) => m.data)).toEqual([expect.stringMatching(/^\[SKU011\]/)]); // SKU005 is the error a plan that creates the circuit gets
  });

  test('a VLAN reused by two circuits on a Dot1Q port pair fails (cross-construct)', () => {
    const { stack } = newStack();
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', PORT);
    port.addCircuit('A', { bandwidthGbps: 10 }).addPrivatePeering('Private', PEERING);
    port.addCircuit('B', { bandwidthGbps: 10 }).addPrivatePeering('Private', PEERING);
    expect(synthErrorIds(stack)).toEqual(['PORT002', 'PORT002']); // each circuit's peering on the VLAN
  });

  test('the same VLAN on a QinQ port pair is fine', () => {
    const { stack } = newStack();
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', { ...PORT, encapsulation: PortEncapsulation.QINQ });
    port.addCircuit('A', { bandwidthGbps: 10 }).addPrivatePeering('Private', PEERING);
    port.addCircuit('B', { bandwidthGbps: 10 }).addPrivatePeering('Private', PEERING);
    expect(synthErrorIds(stack)).toEqual([]);
  });

  test('a port authorization key is a sensitive output', () => {
    const { stack } = newStack();
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', { ...PORT, outputMeetMeRoom: false });
    port.addAuthorization('OtherSubscription');
    const json = synthJson(stack);
    expect(resources(json, 'azurerm_express_route_port_authorization')).toEqual([expect.objectContaining({
      name: 'OtherSubscription', express_route_port_name: '${azurerm_express_route_port.Port_8B998AEC.name}',
    })]);
    expect(Object.values(json.output)).toEqual([expect.objectContaining({ sensitive: true })]);
  });

  test('an imported port takes part in validation', () => {
    const { stack } = newStack();
    const port = ExpressRouteMetroDirectPort.fromPortAttributes(stack, 'Existing', {
      portId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRoutePorts/p', portName: 'p',
      resourceGroupName: 'rg', location: 'West Europe', bandwidthGbps: 10,
    });
    port.addCircuit('Circuit', { bandwidthGbps: 100 });
    expect(synthErrorIds(stack)).toEqual(['BW002']);
  });
});

describe('gateways, resiliency and the whole-app check', () => {
  function gatewayStack(required?: RequiredResiliency) {
    const { app, stack } = newStack();
    const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', {
      ...RG, gatewaySubnetId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet',
      sku: GatewaySku.ERGW1AZ, requiredResiliency: required,
    });
    return { app, stack, gateway };
  }

  test('Maximum resiliency with both circuits in one metro fails', () => {
    const { stack, gateway } = gatewayStack(RequiredResiliency.MAXIMUM);
    for (const id of ['A', 'B']) {
      new ExpressRouteMetroCircuit(stack, id, { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 })
        .connectTo('Connection', gateway);
    }
    // The tier (DUAL005) and the failure simulation (DUAL051: losing Amsterdam Metro cuts every path).
    expect(synthErrorIds(stack)).toEqual(['DUAL005', 'DUAL051']);
  });

  test('more circuits than the gateway SKU takes fails', () => {
    const { stack, gateway } = gatewayStack();
    ['Amsterdam', 'Frankfurt', 'Paris', 'Dublin', 'Madrid'].forEach((city) => {
      new ExpressRouteMetroCircuit(stack, city, { ...RG, metro: MetroLocation.custom(city), serviceProviderName: 'Megaport', bandwidthMbps: 1000 })
        .connectTo('Connection', gateway);
    });
    expect(synthErrorIds(stack)).toEqual(['GW002']);
  });

  test('a gateway connection and FastPath rules', () => {
    const { stack, gateway } = gatewayStack();
    const c = new ExpressRouteMetroCircuit(stack, 'A', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    c.connectTo('Connection', gateway, { routingWeight: 100, fastPath: true });
    expect(synthErrorIds(stack)).toEqual(['GW005']);
  });

  test('errors in another stack stop the synth before any file is written', () => {
    const outdir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'erm-out-'));
    const app = new App({ outdir });
    const good = new TerraformStack(app, 'good');
    new AzurermProvider(good, 'azurerm', { features: [{}] });
    new ExpressRouteMetroCircuit(good, 'Circuit', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    const bad = new TerraformStack(app, 'bad');
    new AzurermProvider(bad, 'azurerm', { features: [{}] });
    new ExpressRouteMetroCircuit(bad, 'Circuit', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 300 });
    expect(() => app.synth()).toThrow(ValidationError);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'good', 'cdk.tf.json'))).toBe(false);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'bad', 'cdk.tf.json'))).toBe(false);
  });

  test('a literal MD5 key never reaches the output', () => {
    const { stack } = newStack();
    const c = new ExpressRouteMetroCircuit(stack, 'A', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    c.addPrivatePeering('Private', { ...PEERING, sharedKey: 'Sup3rS3cret' });
    let message = '';
    try {
      Testing.synth(stack);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('[SEC001]');
    expect(message).not.toContain('Sup3rS3cret');
  });

  test('an MD5 key from a sensitive variable is written as a reference', () => {
    const { stack } = newStack();
    const key = new TerraformVariable(stack, 'md5', { type: 'string', sensitive: true });
    const c = new ExpressRouteMetroCircuit(stack, 'A', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    c.addPrivatePeering('Private', { ...PEERING, sharedKey: key.stringValue });
    expect(resources(synthJson(stack), 'azurerm_express_route_circuit_peering')[0].shared_key).toBe('${var.md5}');
  });
});

describe('suppressions and company rules', () => {
  test('a suppression on a construct keeps the finding visible as suppressed', () => {
    const { stack } = newStack();
    const c = new ExpressRouteMetroCircuit(stack, 'A', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Nobody', bandwidthMbps: 1000 });
    c.suppressRule('METRO002', 'provider confirmed by account team');
    expect(synthErrorIds(stack)).toEqual([]);
    const f = ExpressRouteValidation.of(stack).validate().findings.find((x) => x.ruleId === 'METRO002')!;
    expect(f).toMatchObject({ suppressed: true, suppressionReason: 'provider confirmed by account team' });
    expect(c.node.metadata.map((m) => m.data)).toEqual([expect.stringContaining('(suppressed: provider confirmed by account team)')]);
  });

  test('a suppression needs a reason of 10 characters or more, a known id, and SEC rules cannot be suppressed', () => {
    const { stack } = newStack();
    const validation = ExpressRouteValidation.of(stack);
    expect(() => validation.suppress(stack, 'BW001', ' ')).toThrow(/has 0 characters; give at least 10/);
    expect(() => validation.suppress(stack, 'BW001', 'too short')).toThrow(/has 9 characters/);
    expect(() => validation.suppress(stack, 'SEC001', 'the key is a test value')).toThrow(/SEC001 cannot be suppressed/);
    expect(() => validation.suppress(stack, 'BW01', 'a reason long enough')).toThrow(/"BW01" is not a registered rule id; did you mean BW001/);
    let error: unknown;
    try {
      validation.suppress(stack, 'SEC001', 'x');
    } catch (e) {
      error = e;
    }
    // Every problem at once, as a ValidationError on the construct.
    expect(Errors.isValidationError(error)).toBe(true);
    expect(Errors.findingsOf(error).map((f) => [f.ruleId, f.path, f.property])).toEqual([
      ['CONSTRUCT013', stack.node.path, 'suppression'], ['CONSTRUCT013', stack.node.path, 'suppression'],
    ]);
    expect(() => validation.suppress(stack, 'BW001', 'the provider offers this size in our contract')).not.toThrow();
  });

  test('a company rule runs with the built-in ones', () => {
    const { stack } = newStack();
    ExpressRouteValidation.of(stack).addRule({
      id: 'ACME001', severity: Severity.ERROR, title: 'Circuits are Premium', source: 'https://wiki.example/er',
      check(ctx) {
        for (const c of ctx.topology.circuits) {
          if (c.skuTier !== 'Premium') ctx.report({ subject: c, property: 'skuTier', value: c.skuTier, message: 'Company policy: Premium only.', fix: 'Use Premium.' });
        }
      },
    });
    new ExpressRouteMetroCircuit(stack, 'A', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
    expect(synthErrorIds(stack)).toEqual(['ACME001']);
  });

  test('rule ids are checked', () => {
    expect(() => RuleRegistry.empty().register({ id: 'bad', severity: Severity.ERROR, title: '', source: '', check() {} })).toThrow(/three digits/);
    expect(() => RuleRegistry.builtIn().register({ id: 'BW001', severity: Severity.ERROR, title: '', source: '', check() {} })).toThrow(/already registered/);
  });
});

test('one synth of several stacks runs the rules once', () => {
  const outdir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'erm-once-'));
  const app = new App({ outdir });
  let runs = 0;
  for (const id of ['a', 'b', 'c']) {
    const stack = new TerraformStack(app, id);
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    new ExpressRouteMetroCircuit(stack, 'Circuit', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
  }
  ExpressRouteValidation.of(app).addRule({ id: 'COUNT001', severity: Severity.INFO, title: 'counts runs', source: 'https://example.com', check() { runs++; } });
  app.synth();
  expect(runs).toBe(1);
  for (const id of ['a', 'b', 'c']) expect(fs.existsSync(path.join(outdir, 'stacks', id, 'expressroute-report.json'))).toBe(true);
});
