import { RuleRegistry } from './registry';

/** Escapes a table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * `docs/rule-sources.md`: every rule id, its severity, the condition it enforces, the quoted
 * sentence and the page revision it rests on. Generated from the registry, so that a changed page
 * is a diff of one row.
 */
export function ruleSourcesMarkdown(registry: RuleRegistry): string {
  const lines = [
    '# Rule sources',
    '',
    '<!-- Generated from src/rules/basis.ts by test/rules/rule-sources.test.ts (UPDATE_RULE_SOURCES=1 npx jest test/rules/rule-sources.test.ts). Do not edit. -->',
    '',
    'Every rule of `expressroute-metro`, the condition it enforces, and the sentence it rests on, quoted',
    'from the page revision named (Microsoft Learn pages by the `ms.date` of their MicrosoftDocs/azure-docs',
    'source; the azurerm provider by version or commit). `...` marks a cut; text in [brackets] describes a',
    'table, list or schema. When a page changes, update the quote and the rule together.',
    '',
    '| Rule | Severity | Suppressible | Condition | Quote | Page (revision) |',
    '|---|---|---|---|---|---|',
  ];
  for (const info of registry.describe()) {
    const rule = registry.tryGet(info.id)!;
    const basis = rule.basis;
    const page = basis?.page ?? info.source;
    lines.push(`| ${info.id} | ${info.severity} | ${info.suppressible ? 'yes' : 'no'} | ${cell(basis?.condition ?? info.title)} | ${basis ? cell(basis.quote.startsWith('[') ? basis.quote : `"${basis.quote}"`) : '(not quoted yet)'} | ${cell(page)}${basis ? ` (${cell(basis.revision)})` : ''} |`);
  }
  return `${lines.join('\n')}\n`;
}
