/**
 * Suppressions made on constructs travel in `cdk.tf.json` under the root comment key
 * (`"//"`, which Terraform ignores), so that `expressroute-metro lint cdktf.out` suppresses the
 * same findings the synth did. The construct paths are matched to Terraform addresses through
 * the construct path cdktf writes into each resource's `"//".metadata.path`.
 */
import { Suppression, suppressionCovers } from '../rules/engine';
import { isObject, ResourceRecord } from './records';

/** Key under the document's `"//"` comment that holds this library's metadata. */
export const METADATA_KEY = 'expressroute-metro';

/** Whether a suppression made at `suppressionPath` (construct path or `*`) can touch anything in the stack at `stackPath`. */
export function touchesStack(suppressionPath: string, stackPath: string): boolean {
  return suppressionCovers(suppressionPath, stackPath) || suppressionCovers(stackPath, suppressionPath);
}

/**
 * The suppressions carried in a Terraform JSON document, by Terraform address. Entries that are
 * not `{ ruleId, path, reason }` strings are skipped with a note.
 */
export function carriedSuppressions(doc: unknown, resources: ResourceRecord[], notes: string[]): Suppression[] {
  const comment = isObject(doc) ? doc['//'] : undefined;
  const ours = isObject(comment) ? comment[METADATA_KEY] : undefined;
  const list = isObject(ours) ? ours.suppressions : undefined;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    notes.push(`"//".${METADATA_KEY}.suppressions is not a list; no suppression carried from the synth applies.`);
    return [];
  }
  const constructPaths = resources.map((r) => {
    const meta = isObject(r.values['//']) ? r.values['//'].metadata : undefined;
    return { address: r.address, path: isObject(meta) && typeof meta.path === 'string' ? meta.path : undefined };
  });
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
    for (const r of constructPaths) {
      if (r.path !== undefined && suppressionCovers(s.path, r.path)) out.push({ ruleId: s.ruleId, path: r.address, reason: s.reason });
    }
  });
  return out;
}
