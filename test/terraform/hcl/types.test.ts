import { ResourceValue, Unknown, unknownIn } from '../../../src/terraform/hcl/evaluate';
import { convertToType, parseTypeConstraint, TypeConstraint } from '../../../src/terraform/hcl/types';

const type = (text: string): TypeConstraint => {
  const t = parseTypeConstraint(`\${${text}}`);
  if (!t) throw new Error(`not a type: ${text}`);
  return t;
};
const convert = (text: string, value: unknown) => convertToType(value, type(text));

describe('optional object attributes the caller leaves out', () => {
  test('become null without a default, and their default with one', () => {
    expect(convert('object({ a = string, b = optional(string), c = optional(number, 127) })', { a: 'x' }))
      .toEqual({ a: 'x', b: null, c: 127 });
  });

  test('an explicit null takes the default too; a given value is kept', () => {
    expect(convert('object({ c = optional(number, 127), d = optional(string, "NONE") })', { c: null, d: 'RIPE' }))
      .toEqual({ c: 127, d: 'RIPE' });
  });

  test('in maps of objects and lists of objects, each element is filled', () => {
    const peerings = 'map(object({ peering_type = string, route_filter_resource_id = optional(string, null), ipv4_enabled = optional(bool, true) }))';
    expect(convert(peerings, { a: { peering_type: 'MicrosoftPeering' }, b: { peering_type: 'AzurePrivatePeering', ipv4_enabled: false } })).toEqual({
      a: { peering_type: 'MicrosoftPeering', route_filter_resource_id: null, ipv4_enabled: true },
      b: { peering_type: 'AzurePrivatePeering', route_filter_resource_id: null, ipv4_enabled: false },
    });
    expect(convert('list(object({ name = string, enabled = optional(bool, true) }))', [{ name: 'x' }, { name: 'y', enabled: false }]))
      .toEqual([{ name: 'x', enabled: true }, { name: 'y', enabled: false }]);
  });

  test('nested objects: an omitted optional object is null; a given one gets its own defaults', () => {
    const ipv6 = 'object({ ipv6 = optional(object({ primary = string, microsoft_peering = optional(object({ customer_asn = optional(number), registry = optional(string, "NONE") })) })) })';
    expect(convert(ipv6, {})).toEqual({ ipv6: null });
    expect(convert(ipv6, { ipv6: { primary: '2002:db01::/126' } })).toEqual({ ipv6: { primary: '2002:db01::/126', microsoft_peering: null } });
    expect(convert(ipv6, { ipv6: { primary: 'p', microsoft_peering: {} } }))
      .toEqual({ ipv6: { primary: 'p', microsoft_peering: { customer_asn: null, registry: 'NONE' } } });
  });

  test('defaults apply top-down: an object default gets its nested defaults (the documented buckets example)', () => {
    const buckets = 'list(object({ name = string, enabled = optional(bool, true), website = optional(object({ index_document = optional(string, "index.html"), '
      + 'error_document = optional(string, "error.html"), routing_rules = optional(string) }), {}) }))';
    expect(convert(buckets, [{ name: 'archived', enabled: false }, { name: 'docs', website: { index_document: 'index.txt', error_document: 'error.txt' } }])).toEqual([
      { name: 'archived', enabled: false, website: { index_document: 'index.html', error_document: 'error.html', routing_rules: null } },
      { name: 'docs', enabled: true, website: { index_document: 'index.txt', error_document: 'error.txt', routing_rules: null } },
    ]);
  });

  test('attributes the type does not declare are dropped; a null value stays null', () => {
    expect(convert('object({ a = string })', { a: 'x', typo: 1 })).toEqual({ a: 'x' });
    expect(convert('object({ a = optional(string, "d") })', null)).toBeNull();
  });
});

describe('what is not known stays unknown', () => {
  test('an unknown value, or an unknown attribute, is not replaced by a default', () => {
    const t = 'object({ a = optional(string, "d"), b = optional(string) })';
    const whole = new Unknown(new Set(['var.x']));
    expect(convert(t, whole)).toBe(whole);
    const out = convert(t, { a: new Unknown(new Set(['azurerm_route_filter.f.id'])) }) as Record<string, unknown>;
    expect([...unknownIn(out.a)!.refs]).toEqual(['azurerm_route_filter.f.id']);
    expect(out.b).toBeNull();
    const resource = new ResourceValue('azurerm_express_route_circuit.c', 'single');
    expect(convert('any', resource)).toBe(resource);
  });

  test('a type this reader cannot read converts nothing', () => {
    expect(parseTypeConstraint('${list(string, number)}')).toBeUndefined();
    expect(parseTypeConstraint('${object({ a = optional(string, var.x) })}')).toBeUndefined();
    expect(parseTypeConstraint(undefined)).toBeUndefined();
  });
});

test('primitive values convert as Terraform converts them; the .tf.json form of a type reads too', () => {
  expect(convert('string', 15)).toBe('15');
  expect(convert('number', '300')).toBe(300);
  expect(convert('bool', 'true')).toBe(true);
  expect(convert('map(number)', { a: '1' })).toEqual({ a: 1 });
  expect(convertToType({ a: '2' }, parseTypeConstraint('map(number)')!)).toEqual({ a: 2 });
  expect(convert('tuple([string, number])', [1, '2'])).toEqual(['1', 2]);
});
