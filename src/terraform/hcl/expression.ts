/**
 * A parser for Terraform expressions as they appear in Terraform JSON (`"${...}"` strings) and in
 * what `@cdktn/hcl2json` makes of `.tf` files. It covers the expression syntax of HCL's native
 * grammar (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md): literals, templates,
 * traversals, index and splat, function calls, tuples, objects, `for`, conditionals and
 * operators. Template directives (`%{if}`, `%{for}`) are not read: such a template is unknown.
 */

/** A parsed expression. */
export type Expr =
  | { readonly k: 'lit'; readonly v: unknown }
  | { readonly k: 'tpl'; readonly parts: (string | Expr)[] }
  | { readonly k: 'name'; readonly name: string }
  | { readonly k: 'attr'; readonly obj: Expr; readonly name: string }
  | { readonly k: 'index'; readonly obj: Expr; readonly key: Expr }
  | { readonly k: 'splat'; readonly obj: Expr; readonly each: Step[] }
  | { readonly k: 'call'; readonly name: string; readonly args: Expr[]; readonly expand: boolean }
  | { readonly k: 'cond'; readonly c: Expr; readonly t: Expr; readonly f: Expr }
  | { readonly k: 'bin'; readonly op: string; readonly l: Expr; readonly r: Expr }
  | { readonly k: 'un'; readonly op: string; readonly e: Expr }
  | { readonly k: 'tuple'; readonly items: Expr[] }
  | { readonly k: 'object'; readonly items: [Expr, Expr][] }
  | { readonly k: 'for'; readonly keyVar?: string; readonly valVar: string; readonly coll: Expr; readonly keyExpr?: Expr;
    readonly valExpr: Expr; readonly cond?: Expr; readonly group: boolean };

/** One step applied to each element of a splat. */
export type Step = { readonly attr: string } | { readonly index: Expr };

/** The expression could not be read. */
export class ExpressionSyntaxError extends Error {}

const BINARY: [string, number][] = [
  ['||', 1], ['&&', 2], ['==', 3], ['!=', 3], ['<=', 4], ['>=', 4], ['<', 4], ['>', 4],
  ['+', 5], ['-', 5], ['*', 6], ['/', 6], ['%', 6],
];
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;

class Parser {
  private pos = 0;

  constructor(private readonly src: string) {}

  public template(endQuote: boolean): Expr {
    const parts: (string | Expr)[] = [];
    let text = '';
    const s = this.src;
    while (this.pos < s.length) {
      const ch = s[this.pos];
      if (endQuote && ch === '"') {
        this.pos++;
        return finishTemplate(parts, text);
      }
      if ((ch === '$' || ch === '%') && s[this.pos + 1] === '{') {
        if (ch === '%') throw new ExpressionSyntaxError('template directives are not read');
        if (text) parts.push(text);
        text = '';
        this.pos += 2;
        this.skip();
        if (s[this.pos] === '~') this.pos++;
        parts.push(this.expr());
        this.skip();
        if (s[this.pos] === '~') this.pos++;
        this.expect('}');
        continue;
      }
      if ((ch === '$' || ch === '%') && s[this.pos + 1] === ch && s[this.pos + 2] === '{') {
        text += `${ch}{`;
        this.pos += 3;
        continue;
      }
      if (endQuote && ch === '\\') {
        text += this.escape();
        continue;
      }
      text += ch;
      this.pos++;
    }
    if (endQuote) throw new ExpressionSyntaxError('unterminated string');
    return finishTemplate(parts, text);
  }

  public atEnd(): boolean {
    this.skip();
    return this.pos >= this.src.length;
  }

  public expr(): Expr {
    const c = this.binary(0);
    this.skip();
    if (this.src[this.pos] === '?') {
      this.pos++;
      const t = this.expr();
      this.expect(':');
      const f = this.expr();
      return { k: 'cond', c, t, f };
    }
    return c;
  }

  private binary(minPrec: number): Expr {
    let left = this.unary();
    for (;;) {
      this.skip();
      const op = BINARY.find(([o, p]) => p > minPrec && this.src.startsWith(o, this.pos)
        && !(o === '>' && this.src[this.pos - 1] === '=') && !(o === '<' && this.src[this.pos + 1] === '<'));
      if (!op) return left;
      this.pos += op[0].length;
      const right = this.binary(op[1]);
      left = { k: 'bin', op: op[0], l: left, r: right };
    }
  }

  private unary(): Expr {
    this.skip();
    const ch = this.src[this.pos];
    if (ch === '!' || (ch === '-' && !/[0-9]/.test(this.src[this.pos + 1] ?? ''))) {
      this.pos++;
      return { k: 'un', op: ch, e: this.unary() };
    }
    if (ch === '-') {
      this.pos++;
      const e = this.postfix(this.primary());
      return { k: 'un', op: '-', e };
    }
    return this.postfix(this.primary());
  }

  private postfix(base: Expr): Expr {
    let e = base;
    for (;;) {
      this.skipInline();
      const s = this.src;
      if (s[this.pos] === '.' && s[this.pos + 1] === '*') {
        this.pos += 2;
        e = { k: 'splat', obj: e, each: this.steps(true) };
      } else if (s[this.pos] === '[' && /^\[\s*\*\s*\]/.test(s.slice(this.pos, this.pos + 8))) {
        this.pos = s.indexOf(']', this.pos) + 1;
        e = { k: 'splat', obj: e, each: this.steps(false) };
      } else if (s[this.pos] === '.') {
        this.pos++;
        const n = this.match(NUMBER);
        if (n !== undefined) e = { k: 'index', obj: e, key: { k: 'lit', v: Number(n) } };
        else e = { k: 'attr', obj: e, name: this.ident() };
      } else if (s[this.pos] === '[') {
        this.pos++;
        const key = this.expr();
        this.expect(']');
        e = { k: 'index', obj: e, key };
      } else {
        return e;
      }
    }
  }

  /** The traversal after a splat: attributes (and, for a full splat, indexes). */
  private steps(attrOnly: boolean): Step[] {
    const out: Step[] = [];
    for (;;) {
      const s = this.src;
      if (s[this.pos] === '.' && s[this.pos + 1] !== '*') {
        this.pos++;
        const n = this.match(NUMBER);
        out.push(n !== undefined ? { index: { k: 'lit', v: Number(n) } } : { attr: this.ident() });
      } else if (!attrOnly && s[this.pos] === '[' && !/^\[\s*\*/.test(s.slice(this.pos, this.pos + 4))) {
        this.pos++;
        const key = this.expr();
        this.expect(']');
        out.push({ index: key });
      } else {
        return out;
      }
    }
  }

  private primary(): Expr {
    this.skip();
    const s = this.src;
    const ch = s[this.pos];
    if (ch === undefined) throw new ExpressionSyntaxError('unexpected end');
    if (ch === '"') {
      this.pos++;
      return this.template(true);
    }
    if (ch === '(') {
      this.pos++;
      const e = this.expr();
      this.expect(')');
      return e;
    }
    if (ch === '[') return this.tuple();
    if (ch === '{') return this.object();
    if (ch === '<' && s[this.pos + 1] === '<') throw new ExpressionSyntaxError('heredoc in an expression is not read');
    const n = this.match(NUMBER);
    if (n !== undefined) return { k: 'lit', v: Number(n) };
    const id = this.ident();
    if (id === 'true' || id === 'false') return { k: 'lit', v: id === 'true' };
    if (id === 'null') return { k: 'lit', v: null };
    this.skipInline();
    let name = id;
    while (s.startsWith('::', this.pos)) {
      this.pos += 2;
      name += `::${this.ident()}`;
    }
    if (s[this.pos] === '(') {
      this.pos++;
      const args: Expr[] = [];
      let expand = false;
      for (;;) {
        this.skip();
        if (s[this.pos] === ')') break;
        args.push(this.expr());
        this.skip();
        if (s.startsWith('...', this.pos)) {
          expand = true;
          this.pos += 3;
          this.skip();
        }
        if (s[this.pos] === ',') this.pos++;
        else break;
      }
      this.expect(')');
      return { k: 'call', name, args, expand };
    }
    return { k: 'name', name: id };
  }

  private tuple(): Expr {
    this.pos++;
    this.skip();
    if (this.src.startsWith('for', this.pos) && /\s/.test(this.src[this.pos + 3] ?? '')) return this.forExpr(']');
    const items: Expr[] = [];
    for (;;) {
      this.skip();
      if (this.src[this.pos] === ']') break;
      items.push(this.expr());
      this.skip();
      if (this.src[this.pos] === ',') this.pos++;
      else break;
    }
    this.expect(']');
    return { k: 'tuple', items };
  }

  private object(): Expr {
    this.pos++;
    this.skip();
    if (this.src.startsWith('for', this.pos) && /\s/.test(this.src[this.pos + 3] ?? '')) return this.forExpr('}');
    const items: [Expr, Expr][] = [];
    for (;;) {
      this.skip();
      if (this.src[this.pos] === '}') break;
      const keyExpr = this.expr();
      // A bare name as an object key is the name itself (`{ a = 1 }`).
      const key: Expr = keyExpr.k === 'name' ? { k: 'lit', v: keyExpr.name } : keyExpr;
      this.skip();
      if (this.src[this.pos] === '=' || this.src[this.pos] === ':') this.pos++;
      else throw new ExpressionSyntaxError(`expected = or : at ${this.pos}`);
      items.push([key, this.expr()]);
      this.skip();
      if (this.src[this.pos] === ',') this.pos++;
    }
    this.expect('}');
    return { k: 'object', items };
  }

  private forExpr(close: string): Expr {
    this.pos += 3;
    const first = this.ident();
    this.skip();
    let keyVar: string | undefined;
    let valVar = first;
    if (this.src[this.pos] === ',') {
      this.pos++;
      this.skip();
      keyVar = first;
      valVar = this.ident();
    }
    this.skip();
    if (this.ident() !== 'in') throw new ExpressionSyntaxError('expected in');
    const coll = this.expr();
    this.expect(':');
    let keyExpr: Expr | undefined;
    let valExpr = this.expr();
    this.skip();
    if (close === '}' && this.src.startsWith('=>', this.pos)) {
      this.pos += 2;
      keyExpr = valExpr;
      valExpr = this.expr();
    }
    this.skip();
    let group = false;
    if (this.src.startsWith('...', this.pos)) {
      group = true;
      this.pos += 3;
    }
    this.skip();
    let cond: Expr | undefined;
    if (this.src.startsWith('if', this.pos) && /[\s(]/.test(this.src[this.pos + 2] ?? '')) {
      this.pos += 2;
      cond = this.expr();
    }
    this.expect(close);
    return { k: 'for', keyVar, valVar, coll, keyExpr, valExpr, cond, group };
  }

  private escape(): string {
    const s = this.src;
    const next = s[this.pos + 1];
    this.pos += 2;
    switch (next) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case '"': return '"';
      case '\\': return '\\';
      case 'u': {
        const hex = s.slice(this.pos, this.pos + 4);
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case 'U': {
        const hex = s.slice(this.pos, this.pos + 8);
        this.pos += 8;
        return String.fromCodePoint(parseInt(hex, 16));
      }
      default: throw new ExpressionSyntaxError(`unknown escape \\${next}`);
    }
  }

  private ident(): string {
    this.skip();
    const id = this.match(IDENT);
    if (id === undefined) throw new ExpressionSyntaxError(`expected a name at ${this.pos}: ${this.src.slice(this.pos, this.pos + 10)}`);
    return id;
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  private expect(ch: string): void {
    this.skip();
    if (this.src[this.pos] !== ch) throw new ExpressionSyntaxError(`expected ${ch} at ${this.pos}`);
    this.pos++;
  }

  /** Skips blanks, newlines and comments. */
  private skip(): void {
    const s = this.src;
    for (;;) {
      const ch = s[this.pos];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') this.pos++;
      else if (ch === '#' || (ch === '/' && s[this.pos + 1] === '/')) {
        const nl = s.indexOf('\n', this.pos);
        this.pos = nl < 0 ? s.length : nl + 1;
      } else if (ch === '/' && s[this.pos + 1] === '*') {
        const end = s.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? s.length : end + 2;
      } else return;
    }
  }

  /** Skips blanks only (a traversal continues on the same line or the next). */
  private skipInline(): void {
    while (this.src[this.pos] === ' ' || this.src[this.pos] === '\t') this.pos++;
  }
}

function finishTemplate(parts: (string | Expr)[], text: string): Expr {
  if (text || parts.length === 0) parts.push(text);
  return { k: 'tpl', parts };
}

const cache = new Map<string, Expr | ExpressionSyntaxError>();

/**
 * Parses a string of Terraform JSON as a template: `"${var.x}"` is the expression `var.x`;
 * `"gw-${count.index}"` a template. Throws ExpressionSyntaxError when it cannot be read.
 */
export function parseTemplate(text: string): Expr {
  let e = cache.get(text);
  if (e === undefined) {
    try {
      const p = new Parser(text);
      e = p.template(false);
    } catch (err) {
      e = err instanceof ExpressionSyntaxError ? err : new ExpressionSyntaxError(String(err));
    }
    if (cache.size > 50000) cache.clear();
    cache.set(text, e);
  }
  if (e instanceof ExpressionSyntaxError) throw e;
  return e;
}

/** Parses one expression (`--var` values, tfvars). */
export function parseExpression(text: string): Expr {
  const p = new Parser(text);
  const e = p.expr();
  if (!p.atEnd()) throw new ExpressionSyntaxError('unexpected text after the expression');
  return e;
}
