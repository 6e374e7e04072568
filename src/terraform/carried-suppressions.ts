/**
 * Suppressions made on constructs travel in `cdk.tf.json` under the root comment key
 * (`"//"`, which Terraform ignores), so that `expressroute-metro lint cdktf.out` suppresses the
 * same findings the synth did. The lint names a subject by its Terraform address, by its output
 * name, or (what Terraform does not manage: an imported handle, a migration, carried in the
 * intent) by its construct path, as the synth does. A construct path is matched to addresses
 * through the construct path cdktf writes into each resource's `"//".metadata.path`, and to
 * output names through the `"//".outputs` tree.
 */
import { Suppression, suppressionCovers } from '../rules/engine';
import { carriedMetadata, constructPathOf, METADATA_KEY, outputPaths } from './intent';
import { isObject, ResourceRecord } from './records';

export { METADATA_KEY };

/** Whether a suppression made at `suppressionPath` (construct path or `*`) can touch anything in the stack at `stackPath`. */
export function touchesStack(suppressionPath: string, stackPath: string): boolean {
  return suppressionCovers(suppressionPath, stackPath) || suppressionCovers(stackPath, suppressionPath);
}

/**
 * The suppressions carried in a Terraform JSON document, by the names the lint gives the subjects
 * they cover. Entries that are not `{ ruleId, path, reason }` strings are skipped with a note.
 */
export function carriedSuppressions(doc: unknown, resources: ResourceRecord[], notes: string[]): Suppression[] {
  const list = carriedMetadata(doc)?.suppressions;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    notes.push(`"//".${METADATA_KEY}.suppressions is not a list; no suppression carried from the synth applies.`);
    return [];
  }
  const constructPaths = resources.map((r) => ({ address: r.address, path: constructPathOf(r.values) }));
  const outputs = outputPaths(doc);
  const out: Suppression[] = [];
  list.forEach((s, i) => {
    if (!isObject(s) || typeof s.ruleId !== 'string' || typeof s.path !== 'string' || typeof s.reason !== 'string' || s.reason.trim() === '') {
      notes.push(`"//".${METADATA_KEY}.suppressions[${i}] is not { ruleId, path, reason }; skipped.`);
      return;
    }
    if (s.path === '*') {
      out.push({ ruleId: s.ruleId, path: '*', reason: s.reason });
      return;
    }
    // The subjects the lint names by construct path, as the synth does.
    out.push({ ruleId: s.ruleId, path: s.path, reason: s.reason });
    for (const r of constructPaths) {
      if (r.path !== undefined && suppressionCovers(s.path, r.path)) out.push({ ruleId: s.ruleId, path: r.address, reason: s.reason });
    }
    for (const [name, p] of outputs) {
      if (suppressionCovers(s.path, p)) out.push({ ruleId: s.ruleId, path: `output.${name}`, reason: s.reason });
    }
  });
  return out;
}
