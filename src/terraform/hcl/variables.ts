/**
 * Values of a root module's variables, in Terraform's order of precedence (later wins):
 * `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)` in lexical order,
 * `--var-file` files in the order given, then `--var name=value`.
 * https://developer.hashicorp.com/terraform/language/values/variables#variable-definition-precedence
 */
import * as fs from 'fs';
import * as path from 'path';
import { compareText } from '../../model/order';
import { isObject } from '../records';
import { Evaluator, evaluateJson, Unknown, Value } from './evaluate';
import { parseExpression } from './expression';
import { ConfigFile } from './module';
import { parseHcl } from './parse';

/** Variable values given on the command line. */
export interface VariableInputs {
  /** `--var-file` paths, in order. */
  readonly varFiles?: string[];
  /** `--var name=value`, in order. */
  readonly vars?: string[];
}

const literalScope = new Evaluator({
  variable: () => new Unknown(), local: () => new Unknown(), module: () => new Unknown(),
  resource: () => new Unknown(), special: () => undefined,
});

/** Reads one variable definitions file (HCL or JSON); throws on unreadable input. */
export function readVarFile(file: string): Record<string, Value> {
  const text = fs.readFileSync(file, 'utf8');
  const doc: unknown = file.endsWith('.json') ? JSON.parse(text) : parseHcl(file, text);
  if (!isObject(doc)) return {};
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(doc)) out[k] = evaluateJson(literalScope, v);
  return out;
}

/** Whether a variable declared with this `type` takes a `--var` value as a plain string. */
function takesString(files: ConfigFile[], name: string): boolean {
  for (const { doc } of files) {
    for (const block of (Array.isArray(doc.variable) ? doc.variable : [doc.variable]).filter(isObject)) {
      const raw = block[name];
      const body = Array.isArray(raw) ? raw[0] : raw;
      if (!isObject(body)) continue;
      const type = body.type;
      return type === undefined || (typeof type === 'string' && /^(\$\{)?\s*string\s*\}?$/.test(type));
    }
  }
  return true;
}

/**
 * The values of the root module's variables. Files that cannot be read are reported through
 * `problem` (file, reason) and skipped.
 */
export function rootVariables(dir: string, files: ConfigFile[], inputs: VariableInputs,
  problem: (file: string, reason: string) => void): Map<string, Value> {
  const values = new Map<string, Value>();
  const load = (file: string) => {
    try {
      for (const [k, v] of Object.entries(readVarFile(file))) values.set(k, v);
    } catch (e) {
      problem(file, `cannot read variable definitions (${(e as Error).message.split('\n')[0]})`);
    }
  };
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(dir).sort(compareText);
  } catch {
    entries = [];
  }
  for (const name of ['terraform.tfvars', 'terraform.tfvars.json']) if (entries.includes(name)) load(path.join(dir, name));
  for (const name of entries) if (name.endsWith('.auto.tfvars') || name.endsWith('.auto.tfvars.json')) load(path.join(dir, name));
  for (const file of inputs.varFiles ?? []) load(file);
  for (const assignment of inputs.vars ?? []) {
    const eq = assignment.indexOf('=');
    const name = assignment.slice(0, eq).trim();
    const text = assignment.slice(eq + 1);
    if (takesString(files, name)) {
      values.set(name, text);
      continue;
    }
    try {
      values.set(name, literalScope.top(parseExpression(text)));
    } catch {
      values.set(name, text);
    }
  }
  return values;
}
