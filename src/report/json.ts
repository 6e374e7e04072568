/**
 * JSON for the report files: objects indented, every item of a list on one line. A
 * 1,000-circuit report holds thousands of findings and failure scenarios: one line each keeps
 * the file readable and diffable, and costs a third of fully indented JSON to write.
 */
export function reportJson(value: unknown): string {
  return `${write(value, '')}\n`;
}

function write(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return JSON.stringify(value);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    // As JSON.stringify writes them: an undefined or function item is null.
    return `[\n${value.map((v) => `${inner}${JSON.stringify(v) ?? 'null'}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(',\n')}\n${indent}}`;
}
