/**
 * How values are shown in findings, errors and notes. A leaf module: every layer (catalog,
 * rules, Terraform reader, errors) may import it, and it imports nothing.
 */

/** JSON text of a value, or a placeholder for values JSON cannot render (too deep, cyclic). */
export function safeJson(value: unknown, max = 120): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return '(unrenderable value)';
  }
  if (text === undefined) return String(value);
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** Renders any value for a finding, short and unambiguous. */
export function renderValue(value: unknown): string {
  if (value === undefined) return '(not set)';
  return safeJson(value);
}
