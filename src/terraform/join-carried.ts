/**
 * What the lint joins from a synthesized `cdk.tf.json` so that it gives the synth's verdict:
 * the constructs' intent, the resource names (NAME001), the catalog in force, and a note when
 * the synth ran company rules this lint did not load. Called once by `lint.ts`.
 */
import { MetroCatalog } from '../catalog/metro-catalog';
import { Topology } from '../model/topology';
import { RuleRegistry } from '../rules/registry';
import { carriedCatalog, carriedCompanyRules, joinCarriedIntent } from './intent';
import { namedResources } from './names';
import { ResourceRecord } from './records';

/** Joins the carried intent of each document, and lists the resources' names. */
export function joinCarried(topology: Topology, docs: unknown[], resources: ResourceRecord[], notes: string[]): Topology {
  let t = topology;
  for (const doc of docs) t = joinCarriedIntent(t, doc, notes);
  return { ...t, resourceNames: [...(t.resourceNames ?? []), ...namedResources(resources, '')] };
}

/**
 * The catalog a synth carried (an overlay or a replacement), unless the documents disagree; a
 * note for every company rule the synth ran that `registry` lacks.
 */
export function carriedCatalogOf(docs: unknown[], registry: RuleRegistry | undefined, notes: string[]): MetroCatalog | undefined {
  const known = new Set((registry ?? RuleRegistry.builtIn()).rules.map((r) => r.id));
  const missing = [...new Set(docs.flatMap(carriedCompanyRules))].filter((id) => !known.has(id));
  if (missing.length > 0) {
    notes.push(`the synth also ran company rules ${missing.join(', ')}; load them with --rules <module> for the synth's verdict`);
  }
  const catalogs = docs.map(carriedCatalog);
  const first = catalogs.find((c) => c !== undefined);
  if (!first) return undefined;
  const same = catalogs.every((c) => c !== undefined && JSON.stringify(c.toData()) === JSON.stringify(first.toData()));
  if (!same) {
    notes.push('the files of this module were synthesized with different catalogs; judged with the built-in one (pass --catalog/--overlay)');
    return undefined;
  }
  return first;
}
