import { Fn, Lazy, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { isUnresolved } from '../../src/core/tokens';

describe('isUnresolved answers as Token.isUnresolved does', () => {
  const variable = new TerraformVariable(new TerraformStack(Testing.app(), 'net'), 'v', {});
  const values: unknown[] = [
    'plain', '', '${var.x}', 0, 1, -1, 65010, Number.MAX_VALUE, -Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
    true, false, undefined, null, [], ['a'], {}, { a: 1 },
    variable.stringValue, variable.numberValue, variable.listValue, Token.asString(variable.value), Token.asNumber(variable.value),
    Fn.join(',', variable.listValue), `prefix-${variable.stringValue}`, Lazy.stringValue({ produce: () => 'x' }), Lazy.numberValue({ produce: () => 1 }),
    [variable.stringValue], { [variable.stringValue]: 1 }, variable.value,
  ];
  test.each(values.map((v, i) => [i, v]))('value %i', (_i, value) => {
    expect(isUnresolved(value)).toBe(Token.isUnresolved(value));
  });
});
