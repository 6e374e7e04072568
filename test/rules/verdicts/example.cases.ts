import { Severity } from '../../../src/rules/finding';
import { validTopology } from '../fixtures';
import { VerdictCase } from './case';

/** The format, shown on one rule; the other rules' cases live in their family's file. */
export const CASES: VerdictCase[] = [
  {
    ruleId: 'BW001', name: 'a provider circuit of 300 Mbps',
    topology: () => { const t = validTopology(); (t.circuits[0] as { bandwidthMbps?: number }).bandwidthMbps = 300; return t; },
    expect: [{ subject: 'ams', property: 'bandwidthMbps', severity: Severity.ERROR }],
  },
  { ruleId: 'BW001', name: 'the valid base topology', topology: validTopology, expect: [] },
];
