#!/usr/bin/env node
import { MetroCatalog } from '../catalog/metro-catalog';
import { RuleRegistry } from '../rules/registry';
import { catalogMarkdown, rulesMarkdown } from './markdown';

const USAGE = `Usage: expressroute-metro <command> [options]

Commands:
  catalog [--format json|markdown] [--catalog FILE] [--overlay FILE]
                       Print the ExpressRoute Metro catalog (default: json).
  rules [--format json|markdown]
                       Print the rule registry (default: json).

Options:
  --help               Show this help.
`;

/** A usage error: one line on stderr, exit code 2. */
class UsageError extends Error {}

interface Parsed {
  command?: string;
  flags: Map<string, string>;
  help: boolean;
}

function parse(argv: string[], allowed: Record<string, string[]>): Parsed {
  const out: Parsed = { flags: new Map(), help: false };
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
    } else if (out.command === undefined) {
      if (!(a in allowed)) throw new UsageError(`unknown command "${a}" (try --help)`);
      out.command = a;
    } else {
      throw new UsageError(`unexpected argument "${a}"`);
    }
  }
  return out;
}

function format(parsed: Parsed): 'json' | 'markdown' {
  const f = parsed.flags.get('format') ?? 'json';
  if (f !== 'json' && f !== 'markdown') throw new UsageError(`unknown format "${f}" (json or markdown)`);
  return f;
}

/** Runs the command line; returns the exit code. */
export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const parsed = parse(argv, { catalog: ['format', 'catalog', 'overlay'], rules: ['format'], '': [] });
    if (parsed.help || parsed.command === undefined) {
      out(USAGE);
      return parsed.help ? 0 : 2;
    }
    const fmt = format(parsed);
    if (parsed.command === 'catalog') {
      const file = parsed.flags.get('catalog');
      let catalog = file ? MetroCatalog.fromJsonFile(file) : MetroCatalog.builtIn();
      const overlay = parsed.flags.get('overlay');
      if (overlay) catalog = catalog.withOverlayFile(overlay);
      out(fmt === 'json' ? `${JSON.stringify(catalog.toData(), null, 2)}\n` : catalogMarkdown(catalog));
      return 0;
    }
    const registry = RuleRegistry.builtIn();
    out(fmt === 'json' ? `${JSON.stringify({ rules: registry.describe() }, null, 2)}\n` : rulesMarkdown(registry));
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    err(`expressroute-metro: ${message.split('\n').join(' ')}\n`);
    return 2;
  }
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
