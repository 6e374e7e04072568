import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ExpressRouteVirtualNetworkGateway } from '../../src/constructs/gateway';
import { ExpressRouteMetroDirectPort, ExpressRouteMetroDirectPortProps } from '../../src/constructs/direct-port';
import { MetroLocation } from '../../src/constructs/enums';
import { PORT_BRING_UP_STAGE_CONTEXT } from '../../src/constructs/port-bring-up';
import { PortBringUpStage } from '../../src/model/topology';
import { newStack, PEERING, resources, RG, synthJson } from './helpers';

const PORT: ExpressRouteMetroDirectPortProps = { ...RG, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 100 };

describe('Meet-Me-Room details', () => {
  test('each link is an output named per link, with its site and the azurerm link attributes', () => {
    const { stack } = newStack();
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', PORT);
    const json = synthJson(stack);
    const [portName] = Object.keys(json.resource.azurerm_express_route_port);
    const ref = (attr: string) => `\${azurerm_express_route_port.${portName}.${attr}}`;
    const link1 = json.output.Port_link1_meet_me_room.value;
    const link2 = json.output.Port_link2_meet_me_room.value;
    expect(link1).toEqual({
      site: 'Amsterdam',
      routerName: ref('link1[0].router_name'),
      interfaceName: ref('link1[0].interface_name'),
      patchPanelId: ref('link1[0].patch_panel_id'),
      rackId: ref('link1[0].rack_id'),
      connectorType: ref('link1[0].connector_type'),
    });
    expect(link2.site).toBe('Amsterdam2');
    expect(link2.patchPanelId).toContain('link2[0].patch_panel_id');
    expect(port.meetMeRoom('link2').rackId).toBeDefined();
  });

  test('outputMeetMeRoom: false writes none', () => {
    const { stack } = newStack();
    new ExpressRouteMetroDirectPort(stack, 'Port', { ...PORT, outputMeetMeRoom: false });
    expect(synthJson(stack).output ?? {}).toEqual({});
  });
});

describe('LOA', () => {
  test('opt-in: an azapi_resource_action generateLoa, azapi required, the content as a sensitive output', () => {
    const { stack } = newStack();
    new ExpressRouteMetroDirectPort(stack, 'Port', { ...PORT, loa: { customerName: 'Contoso Ltd' } });
    const json = synthJson(stack);
    const [action] = resources(json, 'azapi_resource_action');
    expect(action).toMatchObject({
      type: 'Microsoft.Network/expressRoutePorts@2022-05-01',
      resource_id: `\${azurerm_express_route_port.${Object.keys(json.resource.azurerm_express_route_port)[0]}.id}`,
      action: 'generateLoa', method: 'POST', body: { customerName: 'Contoso Ltd' },
      sensitive_response_export_values: ['encodedContent'],
    });
    expect(json.terraform.required_providers.azapi).toEqual({ source: 'Azure/azapi', version: '>= 2.4.0, < 3.0.0' });
    expect(json.terraform.required_providers.azurerm).toBeDefined();
    expect(json.output.Port_loa).toMatchObject({ sensitive: true });
    expect(json.output.Port_loa.value).toMatch(/^\$\{azapi_resource_action\.[A-Za-z0-9_]+\.sensitive_output\.encodedContent\}$/);
    expect(json.output.Port_loa.description).toContain('terraform output -raw Port_loa | base64 -d > loa.pdf');
  });

  test('without loa: no azapi resource and no azapi provider requirement', () => {
    const { stack } = newStack();
    new ExpressRouteMetroDirectPort(stack, 'Port', PORT);
    const json = synthJson(stack);
    expect(resources(json, 'azapi_resource_action')).toEqual([]);
    expect(json.terraform.required_providers.azapi).toBeUndefined();
    expect(json.output.Port_loa).toBeUndefined();
  });
});

const SUBNET = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet';

/** A port at a stage in an app with the stage in context, synthesized to a directory. */
function stagedApp(context: Record<string, unknown>, props: Partial<ExpressRouteMetroDirectPortProps> = {}) {
  const outdir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'port-stage-'));
  const app = new App({ outdir, context });
  const stack = new TerraformStack(app, 'direct');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const port = new ExpressRouteMetroDirectPort(stack, 'Port', { ...PORT, loa: { customerName: 'Contoso Ltd' }, ...props });
  return { app, stack, port, dir: path.join(outdir, 'stacks', 'direct') };
}

const linkStates = (json: any) => {
  const [p] = resources(json, 'azurerm_express_route_port');
  return [p.link1.admin_enabled, p.link2.admin_enabled];
};

describe('bring-up stages', () => {
  test.each([
    [PortBringUpStage.ORDERED, [false, false], false],
    [PortBringUpStage.LOA_ISSUED, [false, false], true],
    [PortBringUpStage.CROSS_CONNECTED, [false, false], true],
    [PortBringUpStage.LAYER1_VERIFIED, [false, false], true],
    [PortBringUpStage.MACSEC_READY, [false, false], true],
    [PortBringUpStage.LINK1_ENABLED, [true, false], true],
    [PortBringUpStage.LINK2_ENABLED, [true, true], true],
    [PortBringUpStage.LIVE, [true, true], true],
  ])('%s: links %j, LOA action present: %s', (stage, links, loa) => {
    const { stack, port } = stagedApp({}, { bringUpStage: stage });
    const json = synthJson(stack);
    expect(linkStates(json)).toEqual(links);
    expect(resources(json, 'azapi_resource_action').length).toBe(loa ? 1 : 0);
    expect(json.terraform.required_providers.azapi !== undefined).toBe(loa);
    expect(port.productionReady).toBe(stage === PortBringUpStage.LIVE);
  });

  test('the context key sets the stage; no stage keeps links as given', () => {
    const { stack } = stagedApp({ [PORT_BRING_UP_STAGE_CONTEXT]: 'link1-enabled' });
    expect(linkStates(synthJson(stack))).toEqual([true, false]);
    const { stack: plain, port } = stagedApp({});
    expect(linkStates(synthJson(plain))).toEqual([false, false]);
    expect(port.bringUpStage).toBeUndefined();
    expect(port.productionReady).toBe(true);
  });

  test('an unknown stage is refused with the list of stages', () => {
    expect(() => stagedApp({ [PORT_BRING_UP_STAGE_CONTEXT]: 'enabled' })).toThrow(/CONSTRUCT012\][\s\S]*"enabled" is not a bring-up stage[\s\S]*Use ordered, loa-issued, .* live/);
  });

  test('PORT050: a link enabled by hand before its stage fails the synth', () => {
    const { stack } = stagedApp({}, { bringUpStage: PortBringUpStage.CROSS_CONNECTED, link1: { adminEnabled: true } });
    expect(() => Testing.synth(stack)).toThrow(/PORT050/);
  });

  test('PORT051: a production connection before live fails the synth; at live it passes', () => {
    for (const [stage, fails] of [[PortBringUpStage.LINK2_ENABLED, true], [PortBringUpStage.LIVE, false]] as const) {
      const { stack, port } = stagedApp({}, { bringUpStage: stage });
      const circuit = port.addCircuit('Circuit', { bandwidthGbps: 10 });
      circuit.addPrivatePeering('Private', PEERING);
      circuit.connectTo('Connection', new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET }));
      if (fails) expect(() => Testing.synth(stack)).toThrow(/PORT051/);
      else expect(() => Testing.synth(stack)).not.toThrow();
    }
  });

  test('port-runbook.md and handoff.md are written next to the stack', () => {
    const { app, port, dir } = stagedApp({}, { bringUpStage: PortBringUpStage.LINK1_ENABLED });
    const circuit = port.addCircuit('Circuit', { bandwidthGbps: 10 });
    circuit.addPrivatePeering('Private', {
      ...PEERING, ipv6PrimaryPeerAddressPrefix: 'fd00:1::/126', ipv6SecondaryPeerAddressPrefix: 'fd00:1::4/126',
    });
    app.synth();
    const runbook = fs.readFileSync(path.join(dir, 'port-runbook.md'), 'utf8');
    expect(runbook).toContain('Current stage: **link1-enabled**');
    expect(runbook).toContain('## link1-enabled (current)');
    expect(runbook).toContain('## macsec-ready (done)');
    expect(runbook).toMatch(/## link2-enabled\n/);
    expect(runbook).toContain('Amsterdam2');
    expect(runbook).toContain('terraform output -raw Port_loa | base64 -d > loa.pdf');
    expect(runbook).toMatch(/Rollback: .*disable link1/);
    const sheet = fs.readFileSync(path.join(dir, 'handoff.md'), 'utf8');
    expect(sheet).toContain('| link1 | enabled | none |');
    expect(sheet).toContain('| link2 | disabled | none |');
    expect(sheet).toContain('| AzurePrivatePeering | link1 (primary) | 100 | 65010 | not set | 192.168.100.0/30: customer 192.168.100.1, Microsoft 192.168.100.2 |');
    expect(sheet).toContain('192.168.100.4/30: customer 192.168.100.5, Microsoft 192.168.100.6');
    expect(sheet).toContain('fd00:1::/126: customer fd00:1::1, Microsoft fd00:1::2');
    expect(sheet).toContain('fd00:1::4/126: customer fd00:1::5, Microsoft fd00:1::6');
    expect(sheet).toMatch(/Catalog of \d{4}-\d{2}-\d{2}; azurerm /);
  });

  test('without a stage no runbook is written', () => {
    const { app, dir } = stagedApp({});
    app.synth();
    expect(fs.existsSync(path.join(dir, 'port-runbook.md'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'handoff.md'))).toBe(true);
  });
});

describe('hand-off addresses', () => {
  test('the first usable address is the customer\'s, the second Microsoft\'s; anything else is not guessed', () => {
    const { sessionAddresses } = require('../../src/report/handoff');
    expect(sessionAddresses('10.0.0.8/30')).toEqual({ customer: '10.0.0.9', microsoft: '10.0.0.10' });
    expect(sessionAddresses('2001:db8::/126')).toEqual({ customer: '2001:db8::1', microsoft: '2001:db8::2' });
    expect(sessionAddresses('10.0.0.8/29')).toBeUndefined();
    expect(sessionAddresses('10.0.0.9/30')).toBeUndefined();
    expect(sessionAddresses('${var.prefix}')).toBeUndefined();
  });
});

describe('the lint of what the synth wrote sees the stage', () => {
  test('PORT050 from the synth and from the lint of its cdk.tf.json agree', () => {
    const { lintFile } = require('../../src/terraform/lint') as typeof import('../../src/terraform/lint');
    const outdir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'erm-stage-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'net');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', {
      resourceGroupName: 'rg', location: 'West Europe', metro: MetroLocation.AMSTERDAM, bandwidthGbps: 10,
      bringUpStage: PortBringUpStage.CROSS_CONNECTED, link1: { adminEnabled: true },
    });
    port.suppressRule('PORT050', 'suppressed here to let the synth write the file');
    app.synth();
    const findings = lintFile(path.join(outdir, 'stacks', 'net', 'cdk.tf.json')).report.findings.filter((f) => f.ruleId === 'PORT050');
    expect(findings.map((f) => [f.property, f.severity, f.suppressed])).toEqual([['link1.adminEnabled', 'error', true]]);
    fs.rmSync(outdir, { recursive: true, force: true });
  });
});
