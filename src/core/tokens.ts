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
  switch (typeof value) {
    case 'string': if (!value.includes(TOKEN_MARKER)) return false; break;
    // A number token is a double whose top 16 bits are 0xFDFF (0xFBFF for a list): about -2^992.
    case 'number': if (value > TOKEN_DOUBLE_BOUND) return false; break;
    case 'boolean': return false;
  }
  return Token.isUnresolved(value);
}

/** Every encoded number token lies below this (cdktf's `createTokenDouble`). */
const TOKEN_DOUBLE_BOUND = -1e250;
