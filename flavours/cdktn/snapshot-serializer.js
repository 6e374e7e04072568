/**
 * Synthesized text (`Testing.synth`) in cdktf's layout, so that one set of snapshots serves both
 * flavours. cdktf 0.21 writes it with json-stable-stringify, which puts an empty object or array
 * on two lines (`{` and `}` at the same indent); cdktn 0.24 writes it with safe-stable-stringify
 * (`{}`). Keys are sorted and everything else is laid out the same in both (measured on every
 * example snapshot). A line can only end in `{}` or `[]` outside a JSON string: a string value
 * ends in a quote.
 */
const EMPTY = /^( *)(.*)(\{\}|\[\])(,?)$/gm;

module.exports = {
  test: (value) => typeof value === 'string' && value.startsWith('{\n') && new RegExp(EMPTY.source, 'm').test(value),
  serialize: (value, config, indentation, depth, refs, printer) => printer(
    value.replace(EMPTY, (_all, indent, before, empty, comma) => `${indent}${before}${empty[0]}\n${indent}${empty[1]}${comma}`),
    config, indentation, depth, refs),
};
