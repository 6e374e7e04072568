import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { syntheticTopology } from '../../bench/topology';
import { MetroCatalog } from '../../src/catalog/metro-catalog';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { MetroLocation } from '../../src/constructs/enums';
import { buildReport, MERMAID_MAX_TEXT_SIZE, mermaidDiagram, reportMarkdown } from '../../src/report/report';
import { RuleEngine } from '../../src/rules/engine';

const catalog = MetroCatalog.builtIn();

describe('the Mermaid diagram and its size limit', () => {
  const topology = syntheticTopology(40);
  const full = mermaidDiagram(topology, catalog)!;

  test('without a limit the whole diagram is drawn', () => {
    expect(full.split('\n')[0]).toBe('flowchart LR');
    expect(full).toContain('Circuit c39');
  });

  test('a diagram exactly at the limit is kept; one character over is left out', () => {
    expect(mermaidDiagram(topology, catalog, () => true, full.length)).toBe(full);
    expect(mermaidDiagram(topology, catalog, () => true, full.length - 1)).toBeUndefined();
  });

  test('a diagram that fits is never left out by the length counted before drawing', () => {
    for (const n of [1, 3, 12, 40]) {
      const t = syntheticTopology(n);
      for (const include of [() => true, (p: string) => /[02468]$/.test(p), (p: string) => p.startsWith('p') || p.startsWith('c1')]) {
        const drawn = mermaidDiagram(t, catalog, include);
        if (drawn === undefined) continue;
        expect(mermaidDiagram(t, catalog, include, drawn.length)).toBe(drawn);
      }
    }
  });

  test('the Markdown report says why the diagram is missing', () => {
    const report = buildReport(topology, new RuleEngine().validate(topology), catalog);
    const withDiagram = reportMarkdown('t', report, full);
    const without = reportMarkdown('t', report, undefined);
    expect(withDiagram).toContain('```mermaid\nflowchart LR');
    expect(without).not.toContain('```mermaid');
    expect(without).toContain(`Mermaid's default limit of ${MERMAID_MAX_TEXT_SIZE} characters`);
    // Everything else of the report is the same.
    expect(without.split('## Resiliency')[1]).toBe(withDiagram.split('## Resiliency')[1]);
  });
});

test('a stack too large for one Mermaid diagram gets its report without the diagram', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-report-'));
  const app = new App({ outdir });
  const small = new TerraformStack(app, 'small');
  const large = new TerraformStack(app, 'large');
  for (const stack of [small, large]) new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const circuit = (stack: TerraformStack, i: number) => new ExpressRouteMetroCircuit(stack, `Circuit${i}`, {
    resourceGroupName: 'rg', location: 'West Europe', metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000,
  });
  circuit(small, 0);
  // Each circuit adds about 95 characters (its node and two site edges): 600 pass 50,000.
  for (let i = 0; i < 600; i++) circuit(large, i);
  app.synth();
  const md = (stack: string) => fs.readFileSync(path.join(outdir, 'stacks', stack, 'expressroute-report.md'), 'utf8');
  expect(md('small')).toContain('```mermaid');
  expect(md('large')).not.toContain('```mermaid');
  expect(md('large')).toContain('The diagram is left out');
  expect(JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'large', 'expressroute-report.json'), 'utf8')).unconnectedCircuits).toHaveLength(600);
});
