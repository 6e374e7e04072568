/**
 * Built-in rules whose failing and passing cases are not yet pinned in a `*.cases.ts` file.
 * Only ever shrinks: a new rule comes with its cases. The test fails on a stale entry.
 */
export const PENDING: ReadonlySet<string> = new Set<string>([]);
