/** Regenerates the generated sections of README.md (`npm run docs`); a test checks they are current. */
import * as fs from 'fs';
import * as path from 'path';
import { MetroCatalog } from '../src/catalog/metro-catalog';
import { catalogMarkdown, rulesMarkdown } from '../src/cli/markdown';
import { RuleRegistry } from '../src/rules/registry';

export const README = path.join(__dirname, '..', 'README.md');

/** The README with its generated sections replaced. */
export function renderReadme(text: string): string {
  return replaceSection(replaceSection(text, 'catalog', catalogMarkdown(MetroCatalog.builtIn())), 'rules', rulesMarkdown(RuleRegistry.builtIn()));
}

function replaceSection(text: string, name: string, body: string): string {
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md lacks the ${name} markers`);
  return `${text.slice(0, i + start.length)}\n${body}${text.slice(j)}`;
}

if (require.main === module) {
  fs.writeFileSync(README, renderReadme(fs.readFileSync(README, 'utf8')));
}
