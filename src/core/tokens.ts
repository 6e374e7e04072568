import { Token } from './framework';

/**
 * Every token cdktf (and cdktn) encodes into a string carries this marker (`${TfToken[`,
 * `#{TfToken[`, `&{TfToken[`): cdktf's `tokens/private/encoding.js`.
 */
const TOKEN_MARKER = 'TfToken[';

/**
 * `Token.isUnresolved`, answered at once for a plain string: cdktf builds a `TokenString` and
 * runs a regular expression for every string, and the constructs ask it of every property of
 * every resource.
 */
export function isUnresolved(value: unknown): boolean {
  if (typeof value === 'string' && !value.includes(TOKEN_MARKER)) return false;
  return Token.isUnresolved(value);
}
