import { Cidr, parseCidr } from '../rules/ip';
import { PeeringNode, SecretInput, Topology } from '../model/topology';

/** What the sheet states about the verdict it comes with. */
export interface HandoffFacts {
  /** The catalog's date (`asOf`). */
  readonly catalogDate: string;
  /** The azurerm version constraint the rules targeted. */
  readonly azurermConstraint: string;
  /**
   * Only these ports (model keys).
   * @default - every port
   */
  readonly portKeys?: string[];
}

/** The customer's and Microsoft's addresses of one BGP subnet. */
export interface SessionAddresses {
  readonly customer: string;
  readonly microsoft: string;
}

/**
 * Azure's rule for a /30 (IPv4) or /126 (IPv6) peer subnet: "you must use the first IP address
 * of the /30 subnet on your router. Microsoft uses the second IP address of the /30 subnet to set
 * up a BGP session" (the same for /126). Source:
 * https://learn.microsoft.com/azure/expressroute/expressroute-routing (IP addresses used for
 * peerings). Returns undefined for anything but an aligned /30 or /126 (not guessed).
 */
export function sessionAddresses(prefix: string | undefined): SessionAddresses | undefined {
  if (prefix === undefined) return undefined;
  const cidr = parseCidr(prefix);
  if (!cidr || !cidr.aligned) return undefined;
  if (!(cidr.version === 4 ? cidr.prefixLength === 30 : cidr.prefixLength === 126)) return undefined;
  return { customer: formatAddress(cidr, cidr.start + 1n), microsoft: formatAddress(cidr, cidr.start + 2n) };
}

function formatAddress(cidr: Cidr, value: bigint): string {
  if (cidr.version === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join('.');
  }
  const groups: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(((value >> s) & 0xffffn).toString(16));
  // The longest run of zero groups (two or more) becomes "::" (RFC 5952).
  let best = { at: -1, len: 1 };
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j;
  }
  if (best.at < 0) return groups.join(':');
  return `${groups.slice(0, best.at).join(':')}::${groups.slice(best.at + best.len).join(':')}`;
}

const text = (v: unknown): string => (v === undefined || v === null ? 'unknown' : String(v));

function md5State(p: PeeringNode): string {
  if (p.sharedKey === undefined) return 'unknown';
  return p.sharedKey === SecretInput.NONE ? 'not set' : 'set';
}

function addressCell(prefix: string | undefined): string {
  if (prefix === undefined) return '-';
  const a = sessionAddresses(prefix);
  return a ? `${prefix}: customer ${a.customer}, Microsoft ${a.microsoft}` : `${prefix} (not an aligned /30 or /126: addresses unknown)`;
}

/**
 * The hand-off sheet for router teams and the facility: per port link and per circuit session,
 * in Markdown. Secrets are never printed: MD5 is "set" or "not set"; service keys are named by
 * the output that carries them.
 */
export function handoffMarkdown(topology: Topology, facts: HandoffFacts): string {
  const ports = topology.ports.filter((p) => facts.portKeys === undefined || facts.portKeys.includes(p.key));
  const lines = [
    '# ExpressRoute hand-off sheet', '',
    `Catalog of ${facts.catalogDate}; azurerm ${facts.azurermConstraint}. Addresses: the first usable address of each /30 or /126 is the customer's, the second Microsoft's (learn.microsoft.com/azure/expressroute/expressroute-routing).`,
    '',
  ];
  for (const port of ports) {
    lines.push(`## Port ${port.path}`, '', `Metro: ${text(port.metro)}; stage: ${port.bringUpStage ?? 'not staged'}.`, '',
      '| Link | Admin state | MACsec cipher |', '| --- | --- | --- |');
    for (const l of port.links) {
      lines.push(`| ${l.name} | ${l.adminEnabled === undefined ? 'unknown' : l.adminEnabled ? 'enabled' : 'disabled'} | ${l.macsecCipher ?? 'none'} |`);
    }
    lines.push('');
    for (const c of topology.circuits.filter((x) => x.portKey === port.key)) lines.push(...circuitSessions(topology, c.key, '###'));
  }
  return lines.join('\n').trimEnd();
}

/**
 * The sheet's section for one circuit: its service-key outputs and, per peering and link, VLAN,
 * peer ASN, MD5 set or not, and the customer's and Microsoft's addresses. The migration runbook
 * uses it for the new circuit's sessions. Empty when the circuit is not in the topology.
 */
export function circuitSessions(topology: Topology, circuitKey: string, heading: string): string[] {
  const c = topology.circuits.find((x) => x.key === circuitKey);
  if (!c) return [];
  const keyOutputs = topology.outputs.filter((o) => o.carriesSecret && o.key.startsWith(`${c.key}/`)).map((o) => `\`${o.key}\``);
  const lines = [`${heading} Circuit ${c.path}`, '', `Service key output: ${keyOutputs.length > 0 ? keyOutputs.join(', ') : 'none found under this circuit'}.`, '',
    '| Peering | Link | VLAN | Peer ASN | MD5 | IPv4 | IPv6 |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const p of topology.peerings.filter((x) => x.circuitKey === c.key)) {
    const sides: Array<[string, string | undefined, string | undefined]> = [
      ['link1 (primary)', p.primaryPeerAddressPrefix, p.ipv6PrimaryPeerAddressPrefix],
      ['link2 (secondary)', p.secondaryPeerAddressPrefix, p.ipv6SecondaryPeerAddressPrefix],
    ];
    for (const [link, v4, v6] of sides) {
      lines.push(`| ${text(p.peeringType)} | ${link} | ${text(p.vlanId)} | ${text(p.peerAsn)} | ${md5State(p)} | ${addressCell(v4)} | ${addressCell(v6)} |`);
    }
  }
  lines.push('');
  return lines;
}
