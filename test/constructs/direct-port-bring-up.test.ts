import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
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
      type: 'Microsoft.Network/expressRoutePorts@2024-05-01',
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
