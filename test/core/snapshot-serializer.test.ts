// The cdktn flavour's snapshot serializer: cdktn's synthesized text in cdktf's layout.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const serializer = require('../../flavours/cdktn/snapshot-serializer.js');

const print = (text: string): string => serializer.serialize(text, {}, '', 0, [], (v: string) => v);

test('an empty object or array is written on two lines at its indent, as cdktf writes it', () => {
  const cdktn = '{\n  "a": {},\n  "b": [\n    {}\n  ],\n  "c": []\n}';
  expect(serializer.test(cdktn)).toBe(true);
  expect(print(cdktn)).toBe('{\n  "a": {\n  },\n  "b": [\n    {\n    }\n  ],\n  "c": [\n  ]\n}');
});

test('braces inside a string value and text that is not a synthesized object are left alone', () => {
  const text = '{\n  "a": "x{}",\n  "b": "${var.x}"\n}';
  expect(serializer.test(text)).toBe(false);
  expect(serializer.test('a {}')).toBe(false);
  expect(serializer.test({})).toBe(false);
});

test('cdktf\'s own text is already in its layout', () => {
  expect(serializer.test('{\n  "a": {\n  }\n}')).toBe(false);
});
