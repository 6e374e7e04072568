import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * Every ```ts block of README.md compiles as written under the tsconfig of the cdktf TypeScript
 * template (strict, noUnusedLocals, noUnusedParameters). Each block becomes one module with the
 * imports it uses and ambient declarations for the placeholders a snippet assumes (`stack`,
 * `subnet`, ...); one TypeScript program checks them all.
 */
const ROOT = path.join(__dirname, '..');
const README = path.join(ROOT, 'README.md');
const TEMPLATE_TSCONFIG = path.join(ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'templates', 'typescript', 'tsconfig.json');
const PACKAGE = 'cdktf-expressroute-metro';

/** Placeholders snippets use without declaring them, with the type a user's code would give them. */
const PLACEHOLDERS: Record<string, string> = {
  app: 'App',
  stack: 'TerraformStack',
  identity: '{ readonly id: string }',
  cknSecret: '{ readonly id: string }',
  cakSecret: '{ readonly id: string }',
  subnet: '{ readonly id: string }',
  routeFilter: '{ readonly id: string }',
  productionFilter: '{ readonly id: string }',
  testFilter: '{ readonly id: string }',
  yourPublicAsn: 'number',
  gatewayId: 'string',
  resourceGroupName: 'string',
  location: 'string',
  port: 'ExpressRouteMetroDirectPort',
  circuit: 'ExpressRouteMetroCircuit',
  amsterdam: 'ExpressRouteMetroCircuit',
  frankfurt: 'ExpressRouteMetroCircuit',
  metroCircuit: 'ExpressRouteMetroCircuit',
  oldCircuit: 'IExpressRouteCircuit',
  gateway: 'ExpressRouteVirtualNetworkGateway',
  testGateway: 'IExpressRouteGateway',
};
const CDKTF_NAMES = ['App', 'TerraformStack', 'TerraformVariable', 'TerraformOutput', 'Fn', 'Token'];

function snippets(markdown: string): Array<{ line: number; code: string }> {
  const out: Array<{ line: number; code: string }> = [];
  const re = /```ts\n([\s\S]*?)```/g;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    out.push({ line: markdown.slice(0, m.index).split('\n').length + 1, code: m[1] });
  }
  return out;
}

/** The code without string literals and comments, to find the identifiers it uses. */
function codeOnly(code: string): string {
  return code.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''").replace(/\/\/.*$/gm, '');
}

function moduleFor(code: string, publicNames: string[]): string {
  const used = (name: string) => new RegExp(`(?<![.\\w$])${name}(?![\\w$])`).test(codeOnly(code));
  const declared = (name: string) => new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b`).test(code);
  const imported = (name: string) => new RegExp(`import[^;]*\\b${name}\\b[^;]*from`).test(code);
  const placeholders = Object.keys(PLACEHOLDERS).filter((n) => used(n) && !declared(n));
  const typeNames = placeholders.map((n) => PLACEHOLDERS[n]).join(' ');
  const needs = (n: string) => !imported(n) && (used(n) || new RegExp(`\\b${n}\\b`).test(typeNames));
  const lines: string[] = [];
  const lib = publicNames.filter(needs);
  if (lib.length) lines.push(`import { ${lib.join(', ')} } from '${PACKAGE}';`);
  const cdktf = CDKTF_NAMES.filter(needs);
  if (cdktf.length) lines.push(`import { ${cdktf.join(', ')} } from 'cdktf';`);
  for (const n of placeholders) lines.push(`declare const ${n}: ${PLACEHOLDERS[n]};`);
  return `${lines.join('\n')}\n${code}\nexport {};\n`;
}

test('the README snippets compile under the cdktf template tsconfig', () => {
  const entry = path.join(ROOT, 'src', 'index.ts');
  const publicNames = [...fs.readFileSync(entry, 'utf8').matchAll(/export (?:type )?\{([^}]*)\}/g)]
    .flatMap((m) => m[1].split(',').map((s) => s.trim()).filter(Boolean));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-snippets-'));
  try {
    const blocks = snippets(fs.readFileSync(README, 'utf8'));
    expect(blocks.length).toBeGreaterThan(5);
    const files = blocks.map((b) => {
      const file = path.join(dir, `readme-line-${b.line}.ts`);
      fs.writeFileSync(file, moduleFor(b.code, publicNames));
      return file;
    });
    const template = ts.readConfigFile(TEMPLATE_TSCONFIG, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(template.config, ts.sys, dir);
    const options: ts.CompilerOptions = {
      ...parsed.options,
      noEmit: true, incremental: false, types: [],
      typeRoots: [path.join(ROOT, 'node_modules', '@types')],
      baseUrl: dir,
      // The snippets import the package by name; it resolves to this checkout's sources.
      paths: { [PACKAGE]: [entry], '*': [path.join(ROOT, 'node_modules', '*')] },
    };
    const program = ts.createProgram(files, options);
    const problems = ts.getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || d.file.fileName.startsWith(dir))
      .map((d) => `${d.file ? `README.md:${/readme-line-(\d+)/.exec(d.file.fileName)![1]} (+${d.file.getLineAndCharacterOfPosition(d.start!).line - (d.file.text.split('\n').findIndex((l) => !/^(import|declare) /.test(l)))})` : ''} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(problems).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
