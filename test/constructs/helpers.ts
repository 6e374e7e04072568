import { App, TerraformStack, Testing } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Errors } from '../../src';
import { ValidationError } from '../../src/errors';

/** A fresh app and stack with the azurerm provider. */
export function newStack(id = 'test'): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return { app, stack };
}

/** The synthesized JSON of a stack. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** The resources of one type in a synthesized stack, as a list. */
export function resources(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** The rule ids of the ValidationError the synth throws ([] when it passes). */
export function synthErrorIds(stack: TerraformStack): string[] {
  try {
    Testing.synth(stack);
    return [];
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.findings.map((f) => f.ruleId);
  }
}

/** Common props. */
export const RG = { resourceGroupName: 'rg-er', location: 'West Europe' };
export const PEERING = {
  vlanId: 100, peerAsn: 65010, primaryPeerAddressPrefix: '192.168.100.0/30', secondaryPeerAddressPrefix: '192.168.100.4/30',
};

/** What a construct-time ValidationError says (rule id, path, property, value, fix), checked to be one. */
export function constructErrorOf(build: () => unknown): Array<{ ruleId: string; path: string; property: string; value: string; fix: string }> {
  try {
    build();
  } catch (e) {
    if (!Errors.isValidationError(e)) throw e;
    return Errors.findingsOf(e).map((f) => ({ ruleId: f.ruleId, path: f.path, property: f.property, value: f.value, fix: f.fix }));
  }
  throw new Error('no error thrown');
}
