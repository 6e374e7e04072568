import { validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { circuit, error, mutate } from './helpers';

const localDirect = (family: string, creating?: boolean) => mutate((t) => {
  const c = circuit(t, 'd1');
  c.skuTier = 'Local'; c.skuFamily = family; c.creating = creating;
});

export const CASES: VerdictCase[] = [
  { ruleId: 'SKU003', name: 'a Local provider circuit on MeteredData',
    topology: mutate((t) => { circuit(t, 'ams').skuTier = 'Local'; t.globalReach.length = 0; }),
    expect: [error('ams', 'skuFamily')] },
  { ruleId: 'SKU003', name: 'a Local provider circuit on UnlimitedData',
    topology: mutate((t) => { circuit(t, 'ams').skuTier = 'Local'; circuit(t, 'ams').skuFamily = 'UnlimitedData'; t.globalReach.length = 0; }),
    expect: [] },
  // Issue 18: a Local circuit on ExpressRoute Direct is created as MeteredData (the Direct page wins).
  { ruleId: 'SKU003', name: 'a Local circuit created on a Direct port as MeteredData', topology: localDirect('MeteredData', true), expect: [] },
  { ruleId: 'SKU005', name: 'a Local circuit created on a Direct port as MeteredData', topology: localDirect('MeteredData', true), expect: [] },
  { ruleId: 'SKU005', name: 'a Local circuit created on a Direct port as UnlimitedData', topology: localDirect('UnlimitedData', true),
    expect: [error('d1', 'skuFamily')] },
  { ruleId: 'SKU003', name: 'an existing Local Direct circuit on UnlimitedData', topology: localDirect('UnlimitedData', false), expect: [] },
  { ruleId: 'SKU005', name: 'an existing Local Direct circuit on UnlimitedData', topology: localDirect('UnlimitedData', false), expect: [] },
  { ruleId: 'SKU005', name: 'the valid base topology', topology: validTopology, expect: [] },
];
