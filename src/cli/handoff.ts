import * as path from 'path';
import { MetroCatalog } from '../catalog/metro-catalog';
import { handoffMarkdown } from '../report/handoff';
import { DEFAULT_AZURERM_CONSTRAINT } from '../rules/provider-version';
import { TerraformInputError } from '../errors';
import { expandInputs, readModuleTopology } from '../terraform/lint';

/** What `expressroute-metro handoff` needs. */
export interface HandoffCommandOptions {
  readonly inputs: string[];
  readonly catalog: MetroCatalog;
  /** @default DEFAULT_AZURERM_CONSTRAINT */
  readonly providerVersion?: string;
  /** `--var NAME=VALUE`. @default none */
  readonly vars?: string[];
  /** `--var-file FILE`. @default none */
  readonly varFiles?: string[];
}

/**
 * The hand-off sheet of every module (directory) given, read as lint reads it: one Markdown
 * sheet per module, and the files that could not be read.
 */
export function handoffCommand(options: HandoffCommandOptions): { markdown: string; errors: TerraformInputError[] } {
  const { files, errors } = expandInputs(options.inputs);
  const byDir = new Map<string, string[]>();
  for (const f of files) byDir.set(path.dirname(f), [...(byDir.get(path.dirname(f)) ?? []), f]);
  const sheets: string[] = [];
  for (const [dir, group] of byDir) {
    const read = readModuleTopology(group, {
      catalog: options.catalog, providerVersion: options.providerVersion, vars: options.vars, varFiles: options.varFiles,
    });
    errors.push(...read.errors);
    const secretOutputs = read.topology.outputs.filter((o) => o.carriesSecret).map((o) => `\`${o.key}\`${o.sensitive ? '' : ' (not sensitive!)'}`);
    sheets.push(`<!-- module ${dir} -->`, handoffMarkdown(read.topology, {
      catalogDate: options.catalog.asOf, azurermConstraint: options.providerVersion ?? DEFAULT_AZURERM_CONSTRAINT,
    }), '', `Outputs carrying a service or authorization key: ${secretOutputs.length > 0 ? secretOutputs.join(', ') : 'none'}.`, '');
  }
  return { markdown: `${sheets.join('\n').trimEnd()}\n`, errors };
}
