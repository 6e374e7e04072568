/**
 * Ordinal text order (UTF-16 code units). Unlike `localeCompare`, it gives the same order on
 * every machine whatever its locale, and costs no ICU collator start-up.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
