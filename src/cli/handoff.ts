import * as path from 'path';
import { MetroCatalog } from '../catalog/metro-catalog';
import { handoffMarkdown } from '../report/handoff';
import { DEFAULT_AZURERM_CONSTRAINT } from '../rules/provider-version';
import { TerraformInputError } from '../errors';
import { expandInputs, readModules } from '../terraform/lint';

/** What `expressroute-metro handoff` needs. */
export interface HandoffCommandOptions {
  readonly inputs: string[];
  /**
   * The catalog (`--catalog`, `--overlay`).
   * @default - the one a synthesized cdk.tf.json carries, else the built-in one (as lint)
   */
  readonly catalog?: MetroCatalog;
  /** @default - the file's azurerm constraint, else DEFAULT_AZURERM_CONSTRAINT */
  readonly providerVersion?: string;
  /** `--var NAME=VALUE`. @default none */
  readonly vars?: string[];
  /** `--var-file FILE`. @default none */
  readonly varFiles?: string[];
}

/**
 * The hand-off sheet of every module (directory) and plan given, read as lint reads it
 * (`readModules`: the synth's carried intent joined, so a synthesized port has its metro and
 * bring-up stage): one Markdown sheet per module, and the files that could not be read.
 */
export function handoffCommand(options: HandoffCommandOptions): { markdown: string; errors: TerraformInputError[] } {
  const { files, errors } = expandInputs(options.inputs);
  const read = readModules(files, {
    catalog: options.catalog, providerVersion: options.providerVersion, vars: options.vars, varFiles: options.varFiles,
  });
  errors.push(...read.errors);
  const sheets: string[] = [];
  for (const m of read.modules) {
    const { topology } = m;
    const secretOutputs = topology.outputs.filter((o) => o.carriesSecret).map((o) => `\`${o.key}\`${o.sensitive ? '' : ' (not sensitive!)'}`);
    const source = m.files.length === 1 && topology.inputKind === 'plan' ? m.files[0] : path.dirname(m.files[0]);
    sheets.push(`<!-- module ${source} -->`, handoffMarkdown(topology, {
      catalogDate: m.catalog.asOf, azurermConstraint: topology.providerVersion ?? DEFAULT_AZURERM_CONSTRAINT,
    }), '', `Outputs carrying a service or authorization key: ${secretOutputs.length > 0 ? secretOutputs.join(', ') : 'none'}.`, '');
  }
  return { markdown: `${sheets.join('\n').trimEnd()}\n`, errors };
}
