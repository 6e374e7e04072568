/**
 * Reads `.tf` (and `.tfvars`) files with `@cdktn/hcl2json` (the HCL parser of CDK Terrain, MPL-2.0):
 * HCL becomes Terraform-JSON-like objects, blocks as lists, expressions as `"${...}"` strings.
 *
 * The package's `parse` is asynchronous only because it instantiates its WebAssembly module
 * asynchronously; the parse itself answers through a callback before it returns. The module is
 * instantiated synchronously here, once per process, so that linting stays one synchronous call
 * for every input kind.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

/** An HCL syntax error, with where it is. */
export class HclSyntaxError extends Error {
  constructor(public readonly file: string, public readonly line: number | undefined, public readonly column: number | undefined,
    public readonly detail: string) {
    super(`${line !== undefined ? `line ${line}${column !== undefined ? `, column ${column}` : ''}: ` : ''}HCL syntax error: ${detail}`);
    this.name = 'HclSyntaxError';
  }
}

type Callback = (err: string | null, result: string | null) => void;
interface Bridge {
  parse(file: string, text: string, cb: Callback): void;
}

/** The part of the WebAssembly API used here (the project's TypeScript libs do not declare it). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => object;
}

let bridge: Bridge | undefined;

function load(): Bridge {
  if (bridge) return bridge;
  const dir = path.dirname(require.resolve('@cdktn/hcl2json/package.json'));
  // Defines the Go runtime (globalThis.Go) the WebAssembly module needs.
  require(path.join(dir, 'wasm', 'bridge_wasm_exec.js'));
  const g = globalThis as unknown as { Go: new () => { importObject: object; run(i: object): Promise<void> }; WebAssembly: Wasm };
  const go = new g.Go();
  const bytes = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'main.wasm.gz')));
  const instance = new g.WebAssembly.Instance(new g.WebAssembly.Module(bytes), go.importObject);
  const root: Record<string, unknown> = {};
  (globalThis as Record<string, unknown>).__parse_terraform_config_wasm__ = root;
  // Runs the Go main until it blocks, having registered its functions on `root`.
  void go.run(instance);
  if (typeof root.parse !== 'function') throw new Error('@cdktn/hcl2json did not register its parser');
  bridge = root as unknown as Bridge;
  return bridge;
}

/** Where an error message of the parser (`parse config: [main.tf:2,6-3,1: ...]`) points. */
function position(message: string, file: string): { line?: number; column?: number; detail: string } {
  const base = path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${base}:(\\d+),(\\d+)(?:-[\\d,]+)?: ([^\\]]*)`).exec(message);
  if (m) return { line: Number(m[1]), column: Number(m[2]), detail: m[3].trim() };
  return { detail: message.replace(/^parse config: \[?|\]$/g, '') };
}

/** Parses one HCL file into Terraform-JSON-like objects; throws HclSyntaxError. */
export function parseHcl(file: string, text: string): Record<string, unknown> {
  const b = load();
  let error: string | null = null;
  let result: string | null = null;
  let answered = false;
  b.parse(path.basename(file), text, (err, res) => {
    answered = true;
    error = err;
    result = res;
  });
  if (!answered) throw new Error('@cdktn/hcl2json did not answer synchronously');
  if (error !== null) {
    const p = position(error, file);
    throw new HclSyntaxError(file, p.line, p.column, p.detail);
  }
  const doc = JSON.parse(result ?? 'null') as unknown;
  return doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc as Record<string, unknown> : {};
}
