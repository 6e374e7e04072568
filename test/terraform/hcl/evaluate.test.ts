import { Evaluator, ResourceValue, Scope, Unknown, unknownIn } from '../../../src/terraform/hcl/evaluate';
import { ExpressionSyntaxError, parseExpression, parseTemplate } from '../../../src/terraform/hcl/expression';

const vars: Record<string, unknown> = {
  name: 'ams', n: 2, map: { a: 'x', b: 'y' }, list: ['p', 'q'], empty: '', obj: { inner: { v: 5 } },
};
const scope: Scope = {
  variable: (n) => (n in vars ? vars[n] : new Unknown(new Set([`var.${n}`]))),
  local: (n) => (n === 'tier' ? 'Premium' : new Unknown(new Set([`local.${n}`]))),
  module: (n) => new Unknown(new Set([`module.${n}`])),
  resource: (t, n, data) => new ResourceValue(`${data ? 'data.' : ''}${t}.${n}`,
    n === 'counted' ? [0, 1] : n === 'keyed' ? ['ams', 'fra'] : n === 'unsure' ? 'unknown' : 'single'),
  special: (root) => (root === 'each' ? { key: 'fra', value: { bw: 1000 } } : undefined),
};
const ev = (text: string) => new Evaluator(scope).template(text);
const refs = (v: unknown) => { const u = unknownIn(v); return u ? [...u.refs].sort() : `known: ${JSON.stringify(v)}`; };

describe('known values', () => {
  test.each([
    ['plain text', 'plain text'],
    ['${var.name}', 'ams'],
    ['erc-${var.name}-${var.n}', 'erc-ams-2'],
    ['${var.n + 1}', 3],
    ['${var.n == 2 ? "two" : "other"}', 'two'],
    ['${lookup(var.map, "b", "z")}', 'y'],
    ['${lookup(var.map, "c", "z")}', 'z'],
    ['${lookup({ metered = "MeteredData" }, "metered")}', 'MeteredData'],
    ['${coalesce(null, var.empty, "Equinix")}', 'Equinix'],
    ['${try(var.obj.missing, "fallback")}', 'fallback'],
    ['${try(var.obj.inner.v, 0)}', 5],
    ['${local.tier}', 'Premium'],
    ['${upper(var.list[1])}', 'Q'],
    ['${[for s in var.list : "${s}!"]}', ['p!', 'q!']],
    ['${{ for k, v in var.map : v => k }}', { x: 'a', y: 'b' }],
    ['${length(var.list)}', 2],
    ['${each.value.bw}', 1000],
    ['${format("%s-%d", "a", 3)}', 'a-3'],
    ['${!true || false}', false],
    ['${-var.n}', -2],
    ['${var.map["a"]}', 'x'],
    ['${var.list.0}', 'p'],
    ['${join(",", var.list)}', 'p,q'],
    // An object or a list is not null, whatever parts of it are not known.
    ['${{ a = var.nope } != null}', true],
    ['${[var.nope] == null}', false],
    // Functions that read only the shape: known keys and lengths around values not known.
    ['${keys(merge({ a = var.nope }, { b = 1 }))}', ['a', 'b']],
    ['${length(concat([var.nope], ["x"]))}', 2],
    ['${length(values({ a = var.nope, b = var.nope }))}', 2],
    ['${length(tolist([var.nope]))}', 1],
    ['${keys(tomap({ a = var.nope }))}', ['a']],
    ['${length(coalescelist([], [var.nope, var.nope]))}', 2],
    // A resource with a known count stands for exactly its instances.
    ['${length(concat(azurerm_x.counted[*].id, ["a"]))}', 3],
    ['${length(azurerm_x.single[*].id)}', 1],
    // sensitive() and nonsensitive() pass the value through, unknown parts included.
    ['${keys(nonsensitive({ a = var.nope }))}', ['a']],
    ['${sensitive("literal")}', 'literal'],
  ])('%s', (text, expected) => {
    expect(ev(text)).toEqual(expected);
  });
});

describe('unknown values stay unknown, and remember what they depend on', () => {
  test.each([
    ['${var.nope}', ['var.nope']],
    ['erc-${var.nope}', ['var.nope']],
    ['${try(var.nope, null)}', ['var.nope']],
    ['${coalesce(var.nope, "x")}', ['var.nope']],
    ['${lookup(var.map, var.nope, "z")}', ['var.nope']],
    ['${var.nope == "ExpressRoute" ? 1 : 0}', ['var.nope']],
    ['${var.nope != null}', ['var.nope']],
    ['${{ a = var.nope } == { a = 1 }}', ['var.nope']],
    ['${merge(var.nope, { b = 1 })}', ['var.nope']],
    ['${merge({ a = var.nope }, { b = 1 })["a"]}', ['var.nope']],
    ['${upper(merge({ a = var.nope }).a)}', ['var.nope']],
    // A splat or a for over a resource whose count is not known stands for its instances: one
    // element read for all, of a length not known (it may be none).
    ['${length(concat(azurerm_x.unsure[*].id, ["a"]))}', ['azurerm_x.unsure.id']],
    ['${length(azurerm_x.unsure[*].id)}', ['azurerm_x.unsure.id']],
    ['${length([for x in azurerm_x.unsure : x.id])}', ['azurerm_x.unsure.id']],
    ['${keys({ for x in azurerm_x.unsure : "k" => x.id })}', ['azurerm_x.unsure.id']],
    ['${coalescelist(azurerm_x.unsure[*].id, ["x"])}', ['azurerm_x.unsure.id']],
    ['${one(azurerm_x.unsure[*].id)}', ['azurerm_x.unsure.id']],
    // Terraform refuses a map where a list is wanted ("cannot convert object to list").
    ['${tolist({ a = 1 })}', []],
    ['${concat({ a = 1 }, ["b"])}', []],
    ['${module.avm.resource_id}', ['module.avm']],
    ['${data.azurerm_subnet.gw.id}', ['data.azurerm_subnet.gw.id']],
    ['${azurerm_express_route_circuit.single.id}', ['azurerm_express_route_circuit.single.id']],
    ['${somefunction(var.name)}', []],
  ])('%s', (text, expected) => {
    expect(refs(ev(text))).toEqual(expected);
  });

  test('a condition on an unknown value keeps both branches\' references', () => {
    expect(refs(ev('${var.nope ? azurerm_x.single.id : null}'))).toEqual(['azurerm_x.single.id', 'var.nope']);
  });
});

describe('references to instances', () => {
  test.each([
    ['${azurerm_express_route_circuit.counted[0].id}', ['azurerm_express_route_circuit.counted[0].id']],
    ['${azurerm_express_route_circuit.counted.1.id}', ['azurerm_express_route_circuit.counted[1].id']],
    ['${azurerm_express_route_circuit.keyed["ams"].id}', ['azurerm_express_route_circuit.keyed["ams"].id']],
    ['${azurerm_express_route_circuit.keyed[each.key].id}', ['azurerm_express_route_circuit.keyed["fra"].id']],
    ['${one(azurerm_express_route_circuit.counted[*].id)}', ['azurerm_express_route_circuit.counted[0].id', 'azurerm_express_route_circuit.counted[1].id']],
    ['${azurerm_express_route_circuit.keyed.*.id}', ['azurerm_express_route_circuit.keyed["ams"].id', 'azurerm_express_route_circuit.keyed["fra"].id']],
    ['${azurerm_express_route_circuit.counted[var.nope].id}',
      ['azurerm_express_route_circuit.counted[0]', 'azurerm_express_route_circuit.counted[1]', 'var.nope']],
    // A resource whose count is unknown is one instance, addressed without an index.
    ['${azurerm_express_route_circuit.unsure[0].id}', ['azurerm_express_route_circuit.unsure.id']],
  ])('%s', (text, expected) => {
    expect(refs(ev(text))).toEqual(expected);
  });
});

describe('an argument another resource sets in the configuration', () => {
  /** `rg` sets `location` on every instance (by key for `rgs`); `id` is computed: never known before apply. */
  const argumentOf = (key: number | string | undefined, name: string) =>
    (name === 'location' ? (key === undefined ? 'West Europe' : `region-${key}`) : undefined);
  const touched: string[] = [];
  const withArguments: Scope = {
    ...scope,
    resource: (t, n, data) => new ResourceValue(`${data ? 'data.' : ''}${t}.${n}`,
      n === 'rgs' ? [0, 1] : n === 'unsure' ? 'unknown' : 'single', data ? undefined : argumentOf),
    touched: (name) => touched.push(name),
  };
  const read = (text: string) => {
    touched.length = 0;
    return new Evaluator(withArguments).template(text);
  };

  test.each([
    ['${azurerm_resource_group.rg.location}', 'West Europe'],
    ['${lower(replace(azurerm_resource_group.rg.location, " ", ""))}', 'westeurope'],
    ['${azurerm_resource_group.rgs[1].location}', 'region-1'],
    ['${azurerm_resource_group.rgs.0.location}', 'region-0'],
    ['${azurerm_resource_group.rgs[*].location}', ['region-0', 'region-1']],
    ['${[for r in azurerm_resource_group.rgs : r.location]}', ['region-0', 'region-1']],
  ])('%s is what the configuration sets', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test('a value read from an argument still refers to it', () => {
    read('${azurerm_resource_group.rgs[1].location}');
    expect(touched).toEqual(['azurerm_resource_group.rgs[1].location']);
  });

  test.each([
    // Computed by the provider: known after apply.
    ['${azurerm_resource_group.rg.id}', ['azurerm_resource_group.rg.id']],
    // A counted resource without an index is an error in Terraform; an unknown count has no known instance.
    ['${azurerm_resource_group.rgs.location}', ['azurerm_resource_group.rgs[0].location', 'azurerm_resource_group.rgs[1].location']],
    ['${azurerm_resource_group.unsure[0].location}', ['azurerm_resource_group.unsure.location']],
  ])('%s stays unknown', (text, expected) => {
    expect(refs(read(text))).toEqual(expected);
    expect(touched).toEqual([]);
  });
});

describe('parser', () => {
  test('reads nested templates, objects with newlines, comments and heredoc-free expressions', () => {
    expect(parseExpression('{\n  a = "x-${var.name}" # note\n  "b": [1, 2,]\n}')).toMatchObject({ k: 'object' });
    expect(parseTemplate('${var.a}')).toEqual({ k: 'tpl', parts: [{ k: 'attr', obj: { k: 'name', name: 'var' }, name: 'a' }] });
  });

  test('escaped interpolation is literal text', () => {
    expect(ev('$${not.an.expression}')).toBe('${not.an.expression}');
  });

  test('what it cannot read is an error, and unknown when evaluated', () => {
    expect(() => parseTemplate('${var.a +}')).toThrow(ExpressionSyntaxError);
    expect(() => parseTemplate('%{ if var.a }x%{ endif }')).toThrow(ExpressionSyntaxError);
    expect(ev('${var.a +}')).toBeInstanceOf(Unknown);
  });
});
