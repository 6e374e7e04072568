import { MetroCatalog } from '../catalog/metro-catalog';
import { RuleRegistry } from '../rules/registry';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The catalog as a Markdown table (README and `catalog --format markdown`). */
export function catalogMarkdown(catalog: MetroCatalog): string {
  const lines = [
    `Metro catalog as of ${catalog.asOf} ([source](${catalog.source})). Peering locations marked "unknown" are not documented by Azure.`,
    '',
    '| Metro | Peering locations | Zone | Local Azure region | ER Direct | Active providers | Announced (not active) |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const m of catalog.metros) {
    lines.push(`| ${cell(m.name)} | ${cell([m.peeringLocations[0], m.peeringLocations[1] ?? 'unknown'].join(', '))} | ${m.pricingZone} | `
      + `${cell(m.localAzureRegions.join(', ') || 'none')} | ${m.expressRouteDirect ? 'yes' : 'no'} | `
      + `${cell(m.providers.join(', ') || 'none')} | ${cell(m.announcedProviders.join(', ') || '-')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The rule registry as a Markdown table. */
export function rulesMarkdown(registry: RuleRegistry): string {
  const lines = ['| Rule | Severity | Title | Source |', '|---|---|---|---|'];
  for (const r of registry.describe()) lines.push(`| ${r.id} | ${r.severity} | ${cell(r.title)} | ${r.source} |`);
  return `${lines.join('\n')}\n`;
}
