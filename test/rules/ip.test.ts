import { findOverlaps, nonPublicRange, overlaps, parseCidr, withCidrMemo } from '../../src/rules/ip';

describe('parseCidr', () => {
  test.each([
    ['10.0.0.0/30', 4, 30, true],
    ['10.0.0.1/30', 4, 30, false],
    ['2001:db8::/126', 6, 126, true],
    ['2001:db8::4/126', 6, 126, true],
    ['::1/128', 6, 128, true],
  ])('%s', (text, version, prefixLength, aligned) => {
    expect(parseCidr(text)).toEqual(expect.objectContaining({ version, prefixLength, aligned }));
  });

  test.each(['10.0.0.0', '10.0.0.256/30', '10.0.0.0/33', '2001:db8:::/64', '1:2:3:4:5:6:7:8:9/64', 'x/30', '',
    '1.2.3/24', '1.2.3.4.5/24', '1..2.3/8', 'a.b.c.d/8', '1.2.3.4/', '1.2.3.4/999', '1.2.3.4/-1', '1.2.3.4/1a', '1.2.3.4 /30x'])('rejects %j', (text) => {
    expect(parseCidr(text)).toBeUndefined();
  });

  test('the block of an IPv4 prefix: first and last address, at either end of the address space', () => {
    expect(parseCidr('10.0.0.5/30')).toEqual({ version: 4, start: 167772164n, end: 167772167n, prefixLength: 30, aligned: false });
    expect(parseCidr('0.0.0.0/0')).toEqual({ version: 4, start: 0n, end: 4294967295n, prefixLength: 0, aligned: true });
    expect(parseCidr('255.255.255.255/32')).toEqual({ version: 4, start: 4294967295n, end: 4294967295n, prefixLength: 32, aligned: true });
    expect(parseCidr(' 10.0.0.0 / 30 ')).toEqual(expect.objectContaining({ start: 167772160n, prefixLength: 30 }));
  });

  test('blocks overlap when they share an address', () => {
    expect(overlaps(parseCidr('10.0.0.0/30')!, parseCidr('10.0.0.2/31')!)).toBe(true);
    expect(overlaps(parseCidr('10.0.0.0/30')!, parseCidr('10.0.0.4/30')!)).toBe(false);
    expect(findOverlaps([parseCidr('10.0.0.0/24'), undefined, parseCidr('10.1.0.0/24'), parseCidr('10.0.0.128/25')])).toEqual([[0, 3]]);
  });
});

describe('nonPublicRange', () => {
  test.each([
    ['172.31.0.0/30', 'private (RFC 1918)'],
    ['100.64.1.0/30', 'shared address space (RFC 6598)'],
    ['169.254.0.0/30', 'link-local'],
    ['fd12:3456::/126', 'unique local (ULA, RFC 4193)'],
    ['fe80::/126', 'link-local'],
    ['172.32.0.0/30', undefined],
    ['203.0.113.0/30', undefined], // documentation space: not judged (examples use it)
    ['2a01:111::/126', undefined],
    ['10.0.0.0/7', undefined], // wider than the private block: not inside it
  ])('%s', (text, expected) => {
    expect(nonPublicRange(parseCidr(text)!)).toBe(expected);
  });
});

describe('withCidrMemo', () => {
  test('parses each text once during a run and keeps nothing after it', () => {
    const inside = withCidrMemo(() => [parseCidr('10.0.0.0/30'), parseCidr('10.0.0.0/30'), parseCidr('bad'), parseCidr('bad')]);
    expect(inside[0]).toBe(inside[1]);
    expect(inside[2]).toBeUndefined();
    expect(inside[3]).toBeUndefined();
    // Outside a run every call parses again: equal values, new objects.
    const outside = parseCidr('10.0.0.0/30');
    expect(outside).toEqual(inside[0]);
    expect(outside).not.toBe(inside[0]);
  });

  test('a nested run shares the outer memo; the memo ends even when the work throws', () => {
    withCidrMemo(() => {
      const outer = parseCidr('10.0.0.0/30');
      expect(withCidrMemo(() => parseCidr('10.0.0.0/30'))).toBe(outer);
    });
    expect(() => withCidrMemo(() => { throw new Error('boom'); })).toThrow('boom');
    expect(parseCidr('10.0.0.0/30')).not.toBe(parseCidr('10.0.0.0/30'));
  });
});
