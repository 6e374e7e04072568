/**
 * The instance key at the end of a Terraform address or a construct path, as Terraform and
 * `instanceAddress` (`terraform/hcl/evaluate.ts`) write it: `[0]` for `count`, `["a/b"]` (a JSON
 * string) for `for_each`; undefined when there is none.
 */
export function instanceSuffix(address: string): string | undefined {
  return /\[(?:\d+|"(?:[^"\\]|\\.)*")\]$/.exec(address)?.[0];
}
