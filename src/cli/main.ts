#!/usr/bin/env node
import { MetroCatalog } from '../catalog/metro-catalog';
import { Severity } from '../rules/finding';
import { RuleRegistry } from '../rules/registry';
import { IRule } from '../rules/rule';
import { expandInputs, lintFiles } from '../terraform/lint';
import { handoffCommand } from './handoff';
import { escapeControl, jsonFormat, sarifFormat, textFormat } from './formats';
import { assessCommand, generateCommand } from './estate';
import { catalogMarkdown, rulesMarkdown } from './markdown';
import { simulateCommand } from './simulate';

const USAGE = `Usage: expressroute-metro <command> [options]

Commands:
  catalog [--format json|markdown] [--catalog FILE] [--overlay FILE]
                       Print the ExpressRoute Metro catalog (default: json).
  rules [--format json|markdown]
                       Print the rule registry (default: json).
  lint <file|dir>... [--format text|json|sarif] [--fail-on error|warning]
       [--provider-version CONSTRAINT] [--catalog FILE] [--overlay FILE] [--rules MODULE]
       [--var NAME=VALUE]... [--var-file FILE]...
                       Check Terraform (.tf, cdk.tf.json, *.tf.json) or plan JSON
                       (terraform show -json). A directory means every *.tf and
                       *.tf.json below it; the files of one directory are one module.
                       Exit 0: nothing at or above --fail-on (default error);
                       1: findings at or above it; 2: unusable input.
  simulate <file|dir>... [--format text|json|markdown] [--scenario KIND|ID]
                       What fails if a site, metro, provider, port, link, router,
                       zone or gateway fails (simulate --help for more).

  assess <file|dir>... [--format text|json|markdown|sarif] [--fail-on error|warning]
       [--provider-version CONSTRAINT] [--catalog FILE] [--overlay FILE]
                       Judge an estate as Azure reports it: Azure Resource Graph output
                       (az graph query -o json), az network ... list output or REST JSON.
                       Findings, each gateway's tier, circuits connected nowhere and the
                       Metro options of Standard-resiliency gateways. Exit codes as lint.
  generate <file|dir>... --out DIR [--migrate CIRCUIT]... [--catalog FILE] [--overlay FILE]
                       Write a CDKTF app that adopts the estate (import blocks) and a
                       migration stack to Metro per Standard-resiliency circuit (or named).
  handoff <file|dir>... [--format markdown] [--provider-version C] [--catalog FILE]
       [--overlay FILE] [--var NAME=VALUE]... [--var-file FILE]...
                       Print the hand-off sheet (links, VLANs, ASNs, addresses) of
                       what lint reads.

Options:
  --help               Show this help.
`;

/** A usage error: one line on stderr, exit code 2. */
class UsageError extends Error {}

interface Parsed {
  command?: string;
  flags: Map<string, string>;
  /** Every value of a repeatable flag, in order. */
  lists: Map<string, string[]>;
  positional: string[];
  help: boolean;
}

function parse(argv: string[], allowed: Record<string, string[]>): Parsed {
  const out: Parsed = { flags: new Map(), lists: new Map(), positional: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      out.help = true;
    } else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const cmdFlags = allowed[out.command ?? ''] ?? [];
      if (!cmdFlags.includes(name)) throw new UsageError(`unknown option --${name}${out.command ? ` for ${out.command}` : ''}`);
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      out.flags.set(name, value);
      out.lists.set(name, [...(out.lists.get(name) ?? []), value]);
    } else if (out.command === undefined) {
      if (!(a in allowed) || a === '') throw new UsageError(`unknown command "${a}" (try --help)`);
      out.command = a;
    } else if (out.command === 'lint' || out.command === 'assess' || out.command === 'generate' || out.command === 'handoff') {
      out.positional.push(a);
    } else {
      throw new UsageError(`unexpected argument "${a}"`);
    }
  }
  return out;
}

function format(parsed: Parsed, allowed: string[], fallback: string): string {
  const f = parsed.flags.get('format') ?? fallback;
  if (!allowed.includes(f)) throw new UsageError(`unknown format "${f}" (${allowed.join(', ')})`);
  return f;
}

function loadCatalog(parsed: Parsed): MetroCatalog {
  return MetroCatalog.load(parsed.flags.get('catalog'), parsed.flags.get('overlay'));
}

function packageName(): string {
  try {
    return (require('../../package.json') as { name: string }).name;
  } catch {
    return 'cdktf-expressroute-metro';
  }
}

function packageVersion(): string {
  try {
    return (require('../../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function lint(parsed: Parsed, out: (s: string) => void, err: (s: string) => void): number {
  const fmt = format(parsed, ['text', 'json', 'sarif'], 'text');
  const failOn = parsed.flags.get('fail-on') ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`unknown --fail-on "${failOn}" (error or warning)`);
  if (parsed.positional.length === 0) throw new UsageError('lint needs at least one file or directory');
  const vars = parsed.lists.get('var') ?? [];
  for (const v of vars) if (!/^[A-Za-z_][A-Za-z0-9_-]*=/.test(v)) throw new UsageError(`--var needs NAME=VALUE, got "${v}"`);
  // Without --catalog/--overlay, a synthesized cdk.tf.json is judged with the catalog it carries.
  const catalog = parsed.flags.has('catalog') || parsed.flags.has('overlay') ? loadCatalog(parsed) : undefined;
  const registry = RuleRegistry.builtIn();
  if (parsed.flags.has('rules')) loadCompanyRules(parsed.flags.get('rules')!, registry);
  const { files, errors } = expandInputs(parsed.positional);
  // One bad file never stops the others; the Terraform files of one directory are one module.
  const run = lintFiles(files, {
    catalog, registry, providerVersion: parsed.flags.get('provider-version'), vars, varFiles: parsed.lists.get('var-file'),
  });
  const results = run.results;
  errors.push(...run.errors);
  for (const e of errors) err(`expressroute-metro: ${escapeControl(e.message)}\n`);
  out(fmt === 'json' ? jsonFormat(results, errors) : fmt === 'sarif' ? sarifFormat(results, registry, packageVersion()) : textFormat(results, errors));
  if (errors.length > 0) return 2;
  const failing = results.some((r) => r.report.findings.some((f) => !f.suppressed
    && (f.severity === Severity.ERROR || (failOn === 'warning' && f.severity === Severity.WARNING))));
  return failing ? 1 : 0;
}

function estate(parsed: Parsed, out: (s: string) => void, err: (s: string) => void): number {
  const generate = parsed.command === 'generate';
  const fmt = generate ? 'text' : format(parsed, ['text', 'json', 'markdown', 'sarif'], 'text');
  const failOn = parsed.flags.get('fail-on') ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`unknown --fail-on "${failOn}" (error or warning)`);
  if (parsed.positional.length === 0) throw new UsageError(`${parsed.command} needs at least one file or directory of Azure JSON`);
  if (generate && !parsed.flags.has('out')) throw new UsageError('generate needs --out DIR');
  const args = {
    files: parsed.positional, format: fmt, failOn, catalog: loadCatalog(parsed), providerVersion: parsed.flags.get('provider-version'),
    out: parsed.flags.get('out'), migrate: parsed.lists.get('migrate') ?? [], version: packageVersion(),
    framework: packageName().startsWith('cdktn') ? 'cdktn' as const : 'cdktf' as const,
  };
  return generate ? generateCommand(args, out, err) : assessCommand(args, out, err);
}

/**
 * `--rules <module>`: company rules, as the module's `rules` export (a list), default export, or
 * the module itself (a list or one rule).
 */
function loadCompanyRules(module: string, registry: RuleRegistry): void {
  const resolved = /^[./]/.test(module) ? require('path').resolve(module) : module;
  let loaded: unknown;
  try {
    loaded = require(resolved);
  } catch (e) {
    throw new UsageError(`--rules ${module}: cannot load (${(e as Error).message.split('\n')[0]})`);
  }
  const exported = loaded as { rules?: unknown; default?: unknown };
  const value = exported.rules ?? exported.default ?? loaded;
  const rules = Array.isArray(value) ? value : [value];
  for (const r of rules) {
    const rule = r as IRule;
    if (!rule || typeof rule.id !== 'string' || typeof rule.check !== 'function') {
      throw new UsageError(`--rules ${module}: export a list of rules ({ id, severity, title, source, check })`);
    }
    registry.register(rule);
  }
}

function handoff(parsed: Parsed, out: (s: string) => void, err: (s: string) => void): number {
  format(parsed, ['markdown'], 'markdown');
  if (parsed.positional.length === 0) throw new UsageError('handoff needs at least one file or directory');
  // Without --catalog/--overlay, a synthesized cdk.tf.json is read with the catalog it carries (as lint).
  const catalog = parsed.flags.has('catalog') || parsed.flags.has('overlay') ? loadCatalog(parsed) : undefined;
  const { markdown, errors } = handoffCommand({
    inputs: parsed.positional, catalog, providerVersion: parsed.flags.get('provider-version'),
    vars: parsed.lists.get('var'), varFiles: parsed.lists.get('var-file'),
  });
  for (const e of errors) err(`expressroute-metro: ${escapeControl(e.message)}\n`);
  out(markdown);
  return errors.length > 0 ? 2 : 0;
}

/** Runs the command line; returns the exit code. */
export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  if (argv[0] === 'simulate') return simulateCommand(argv.slice(1), out, err);
  try {
    const parsed = parse(argv, {
      catalog: ['format', 'catalog', 'overlay'], rules: ['format'],
      lint: ['format', 'fail-on', 'provider-version', 'catalog', 'overlay', 'var', 'var-file', 'rules'],
      assess: ['format', 'fail-on', 'provider-version', 'catalog', 'overlay'],
      generate: ['out', 'migrate', 'provider-version', 'catalog', 'overlay'],
      handoff: ['format', 'provider-version', 'catalog', 'overlay', 'var', 'var-file'], '': [],
    });
    if (parsed.help || parsed.command === undefined) {
      out(USAGE);
      return parsed.help ? 0 : 2;
    }
    if (parsed.command === 'lint') return lint(parsed, out, err);
    if (parsed.command === 'assess' || parsed.command === 'generate') return estate(parsed, out, err);
    if (parsed.command === 'handoff') return handoff(parsed, out, err);
    const fmt = format(parsed, ['json', 'markdown'], 'json');
    if (parsed.command === 'catalog') {
      const catalog = loadCatalog(parsed);
      out(fmt === 'json' ? `${JSON.stringify(catalog.toData(), null, 2)}\n` : catalogMarkdown(catalog));
      return 0;
    }
    const registry = RuleRegistry.builtIn();
    out(fmt === 'json' ? `${JSON.stringify({ rules: registry.describe() }, null, 2)}\n` : rulesMarkdown(registry));
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    err(`expressroute-metro: ${escapeControl(message.split('\n').join(' '))}\n`);
    return 2;
  }
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
