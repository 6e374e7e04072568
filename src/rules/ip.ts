/** A parsed CIDR block. */
export interface Cidr {
  readonly version: 4 | 6;
  /** First address of the block, as an integer. */
  readonly start: bigint;
  /** Last address of the block, as an integer. */
  readonly end: bigint;
  readonly prefixLength: number;
  /** Whether the address given is the block's network address (no host bits set). */
  readonly aligned: boolean;
}

/**
 * A dotted-decimal number of 1 to 3 digits (`0`-`255`) read from `text[from, to)`, or -1.
 * Read digit by digit: this runs for every peering prefix of a large app.
 */
function octet(text: string, from: number, to: number): number {
  if (to <= from || to - from > 3) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** An IPv4 address as a number (32 bits fit a double exactly; BigInt is kept for the block). */
function parseIpv4(text: string): number | undefined {
  let value = 0;
  let from = 0;
  for (let part = 0; part < 4; part++) {
    const dot = part < 3 ? text.indexOf('.', from) : text.length;
    if (dot < 0) return undefined;
    const n = octet(text, from, dot);
    if (n < 0 || n > 255) return undefined;
    value = value * 256 + n;
    from = dot + 1;
  }
  return from === text.length + 1 ? value : undefined;
}

function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const toGroups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = toGroups(halves[0]);
  const tail = halves.length === 2 ? toGroups(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...new Array(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/**
 * Parsed blocks by text during one validation run (`withCidrMemo`): several rules read the same
 * prefixes, and BigInt parsing is the costly part. Outside a run nothing is kept.
 */
let memo: Map<string, Cidr | null> | undefined;

/** Runs `work` with CIDR parsing memoized; the memo ends with it (runs may nest). */
export function withCidrMemo<T>(work: () => T): T {
  const outer = memo;
  memo = outer ?? new Map();
  try {
    return work();
  } finally {
    memo = outer;
  }
}

/** Parses `10.0.0.0/30` or `2001:db8::/126`; undefined when it is not a CIDR block. */
export function parseCidr(text: string): Cidr | undefined {
  if (typeof text !== 'string') return undefined;
  if (!memo) return parseCidrText(text);
  let cidr = memo.get(text);
  if (cidr === undefined) {
    cidr = parseCidrText(text) ?? null;
    memo.set(text, cidr);
  }
  return cidr ?? undefined;
}

function parseCidrText(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const addr = text.slice(0, slash).trim();
  const lenText = text.slice(slash + 1).trim();
  const prefixLength = octet(lenText, 0, lenText.length);
  if (prefixLength < 0) return undefined;
  const v4 = addr.includes(':') ? undefined : parseIpv4(addr);
  if (v4 !== undefined) {
    if (prefixLength > 32) return undefined;
    const size = 2 ** (32 - prefixLength);
    const first = Math.floor(v4 / size) * size;
    return { version: 4, start: BigInt(first), end: BigInt(first + size - 1), prefixLength, aligned: first === v4 };
  }
  const version = 6;
  const value = parseIpv6(addr);
  if (value === undefined) return undefined;
  const bits = 128;
  if (prefixLength > bits) return undefined;
  const hostBits = BigInt(bits - prefixLength);
  const start = (value >> hostBits) << hostBits;
  const end = start + (1n << hostBits) - 1n;
  return { version, start, end, prefixLength, aligned: start === value };
}

/** Whether two blocks share an address. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.version === b.version && a.start <= b.end && b.start <= a.end;
}

/**
 * Address ranges that are never public: private, shared, loopback, link-local, multicast and
 * reserved space (IANA special-purpose registries, RFC 6890). The documentation ranges
 * (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are left out on purpose:
 * Microsoft does not say it rejects them, and examples everywhere use them.
 */
const NON_PUBLIC: Array<{ block: Cidr; name: string }> = [
  ['0.0.0.0/8', '"this network" (RFC 791)'], ['10.0.0.0/8', 'private (RFC 1918)'], ['100.64.0.0/10', 'shared address space (RFC 6598)'],
  ['127.0.0.0/8', 'loopback'], ['169.254.0.0/16', 'link-local'], ['172.16.0.0/12', 'private (RFC 1918)'],
  ['192.168.0.0/16', 'private (RFC 1918)'], ['224.0.0.0/4', 'multicast'], ['240.0.0.0/4', 'reserved (RFC 1112)'],
  ['::/127', 'unspecified or loopback'], ['fc00::/7', 'unique local (ULA, RFC 4193)'], ['fe80::/10', 'link-local'], ['ff00::/8', 'multicast'],
].map(([c, name]) => ({ block: parseCidrText(c)!, name }));

/** The kind of non-public space a block lies in (`private (RFC 1918)`), or undefined for public space. */
export function nonPublicRange(c: Cidr): string | undefined {
  return NON_PUBLIC.find((r) => r.block.version === c.version && c.start >= r.block.start && c.end <= r.block.end)?.name;
}

/**
 * Finds overlapping pairs among many blocks in O(n log n): sorts by start and sweeps,
 * so prefix checks stay linear-ish on large topologies.
 * @returns pairs of indexes into `blocks`
 */
export function findOverlaps(blocks: Array<Cidr | undefined>): Array<[number, number]> {
  const items = blocks
    .map((c, i) => ({ c, i }))
    .filter((x): x is { c: Cidr; i: number } => x.c !== undefined)
    .sort((a, b) => (a.c.version - b.c.version) || (a.c.start < b.c.start ? -1 : a.c.start > b.c.start ? 1 : 0));
  const out: Array<[number, number]> = [];
  let open: { c: Cidr; i: number } | undefined;
  for (const item of items) {
    if (open && overlaps(open.c, item.c)) {
      out.push([open.i, item.i]);
      if (item.c.end > open.c.end) open = item;
    } else {
      open = item;
    }
  }
  return out;
}
