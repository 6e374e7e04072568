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
 * An IPv4 block: four dotted numbers of 1 to 3 digits, a slash and a length of 1 to 3 digits,
 * spaces allowed around each part. One regular expression: this runs for every peering prefix of
 * a large app, and one small function costs a fraction of what a hand-written reader and its
 * helpers cost V8 to optimize.
 */
const IPV4_CIDR = /^\s*(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\s*\/\s*(\d{1,3})\s*$/;

function parseIpv4Cidr(text: string): Cidr | undefined {
  const m = IPV4_CIDR.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const c = Number(m[3]);
  const d = Number(m[4]);
  const prefixLength = Number(m[5]);
  if (a > 255 || b > 255 || c > 255 || d > 255 || prefixLength > 32) return undefined;
  // 32 bits fit a double exactly; BigInt only for the block.
  const value = ((a * 256 + b) * 256 + c) * 256 + d;
  const size = 2 ** (32 - prefixLength);
  const first = Math.floor(value / size) * size;
  return { version: 4, start: BigInt(first), end: BigInt(first + size - 1), prefixLength, aligned: first === value };
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
  // Without a colon the text can only be IPv4.
  if (!text.includes(':')) return parseIpv4Cidr(text);
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const addr = text.slice(0, slash).trim();
  const lenText = text.slice(slash + 1).trim();
  if (!/^\d{1,3}$/.test(lenText)) return undefined;
  const prefixLength = Number(lenText);
  const value = parseIpv6(addr);
  if (value === undefined || prefixLength > 128) return undefined;
  const hostBits = BigInt(128 - prefixLength);
  const start = (value >> hostBits) << hostBits;
  const end = start + (1n << hostBits) - 1n;
  return { version: 6, start, end, prefixLength, aligned: start === value };
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
