/**
 * How `expressroute-metro assess` prints an assessment: text, JSON, Markdown, SARIF. Findings
 * are printed by the lint's own formats (one per source file), so the two commands read alike.
 */
import { TerraformInputError } from '../errors';
import { reportMarkdown } from '../report/report';
import { RuleRegistry } from '../rules/registry';
import { FileLintResult } from '../terraform/lint';
import { escapeControl, jsonFormat, sarifFormat, textFormat } from '../cli/formats';
import { EstateAssessment, MetroOption } from './assess';

/** One lint-style result per input file: findings about the resources that file reported. */
export function assessmentResults(a: EstateAssessment, files: string[]): FileLintResult[] {
  const fileOfId = new Map(a.configuration.resources.map((r) => [r.azureId, r.source.file]));
  const fileOf = (subject: string) => fileOfId.get(subject) ?? files[0];
  return files.map((file) => {
    const mine = (subject: string) => fileOf(subject) === file;
    const findings = a.report.findings.filter((f) => mine(f.path));
    const live = findings.filter((f) => !f.suppressed);
    return new FileLintResult(file, 'azure', {
      findings,
      resiliency: a.report.resiliency.filter((g) => mine(g.gateway)),
      unconnectedCircuits: a.report.unconnectedCircuits.filter(mine),
      simulation: a.report.simulation,
      summary: {
        errors: live.filter((f) => f.severity === 'error').length,
        warnings: live.filter((f) => f.severity === 'warning').length,
        infos: live.filter((f) => f.severity === 'info').length,
        suppressed: findings.length - live.length,
      },
    }, file === files[0] ? a.notes : [], '');
  });
}

function optionLine(option: MetroOption): string {
  // Ids come from the input: control characters are escaped, as in every text finding.
  const o = { ...option, circuit: escapeControl(option.circuit), peeringLocation: escapeControl(option.peeringLocation),
    serviceProviderName: option.serviceProviderName === undefined ? undefined : escapeControl(option.serviceProviderName) };
  if (o.metro === undefined) {
    return `  metro option ${o.circuit} (${o.peeringLocation}): no ExpressRoute Metro in this city in the catalog`;
  }
  const provider = o.serviceProviderName === undefined ? ''
    : o.currentProviderActive ? `; ${o.serviceProviderName} is active there` : `; ${o.serviceProviderName} is not active there`;
  return `  metro option ${o.circuit} (${o.peeringLocation}): ${o.metro} (${o.metroPeeringLocations.join(' + ')}); `
    + `providers ${o.activeProviders.join(', ') || 'none active'}${o.announcedProviders.length ? `; announced ${o.announcedProviders.join(', ')}` : ''}`
    + `; ExpressRoute Direct ${o.expressRouteDirect ? 'yes' : 'no'}${provider}`;
}

/** Text: the lint's text, then the Metro options. */
export function assessmentText(a: EstateAssessment, files: string[], errors: TerraformInputError[]): string {
  const text = textFormat(assessmentResults(a, files), errors);
  if (a.metroOptions.length === 0) return text;
  return `${text}Metro options for Standard-resiliency gateways (catalog as of ${a.catalogAsOf}):\n${a.metroOptions.map(optionLine).join('\n')}\n`;
}

/** JSON: the lint's document plus the adopted resources and the Metro options. */
export function assessmentJson(a: EstateAssessment, files: string[], errors: TerraformInputError[]): string {
  const lint = JSON.parse(jsonFormat(assessmentResults(a, files), errors)) as Record<string, unknown>;
  return `${JSON.stringify({
    ...lint,
    resources: a.resources,
    simulation: a.report.simulation,
    metroOptions: a.metroOptions,
    catalogAsOf: a.catalogAsOf,
  }, null, 2)}\n`;
}

/** Markdown: the report's sections, then the resources and the Metro options. */
export function assessmentMarkdown(a: EstateAssessment): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  const out = [reportMarkdown('Azure estate', a.report), '## Adopted resources', '',
    '| Azure resource | Terraform address |', '|---|---|',
    ...a.resources.map((r) => `| ${cell(r.azureId)} | \`${r.address}\` |`), ''];
  out.push('## Metro options', '');
  if (a.metroOptions.length === 0) out.push('No gateway at Standard resiliency.', '');
  else {
    out.push(`Catalog as of ${a.catalogAsOf}.`, '', '| Gateway | Circuit | Today | Metro | Active providers | Direct |', '|---|---|---|---|---|---|');
    for (const o of a.metroOptions) {
      out.push(`| ${cell(o.gateway)} | ${cell(o.circuit)} | ${cell(`${o.peeringLocation}${o.serviceProviderName ? `, ${o.serviceProviderName}` : ''}`)} | `
        + `${o.metro ?? 'none in this city'} | ${cell(o.activeProviders.join(', '))} | ${o.expressRouteDirect === undefined ? '' : o.expressRouteDirect ? 'yes' : 'no'} |`);
    }
    out.push('');
  }
  if (a.notes.length > 0) out.push('## Notes', '', ...a.notes.map((n) => `- ${cell(n)}`), '');
  return `${out.join('\n')}\n`;
}

/** SARIF: the lint's, with each finding on the file that reported its resource. */
export function assessmentSarif(a: EstateAssessment, files: string[], registry: RuleRegistry, version: string): string {
  return sarifFormat(assessmentResults(a, files), registry, version);
}
