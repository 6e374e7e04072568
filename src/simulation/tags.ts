/**
 * The failure simulation's inputs that Terraform has no attribute for, read from Azure tags
 * (plain Terraform cannot know a customer edge router, nor the resiliency a gateway must have):
 *
 * - `customer-edge` on a circuit: `ce1` (both links on router ce1) or `ce1,ce2` (primary on
 *   ce1, secondary on ce2); on a Direct port: `ce1,ce2` (link1 on ce1, link2 on ce2) or `ce1`.
 *   An empty side (`ce1,`) is a router not known.
 * - `required-resiliency` on a gateway: `High` or `Maximum`.
 * - `minimum-capacity-mbps-under-failure` on a gateway: a number of Mbps.
 *
 * Tag names match case-insensitively. A value that is a reference is unknown and not judged.
 */
import { CircuitNode, GatewayNode, LinkNode } from '../model/topology';

/** Tag naming the customer edge router(s) of a circuit or port. */
export const CUSTOMER_EDGE_TAG = 'customer-edge';
/** Tag naming the resiliency a gateway requires. */
export const REQUIRED_RESILIENCY_TAG = 'required-resiliency';
/** Tag setting a gateway's capacity threshold under a single failure. */
export const MINIMUM_CAPACITY_TAG = 'minimum-capacity-mbps-under-failure';

/** A tag's value: a string, `null` when it is a reference (unknown), undefined when absent. */
function tag(values: Record<string, unknown>, name: string): string | null | undefined {
  const tags = values.tags;
  if (tags === null || typeof tags !== 'object' || Array.isArray(tags)) return undefined;
  const key = Object.keys(tags).find((k) => k.trim().toLowerCase() === name);
  if (key === undefined) return undefined;
  const v = (tags as Record<string, unknown>)[key];
  if (typeof v !== 'string') return undefined;
  return v.includes('${') ? null : v;
}

/** The two routers of a tag value; one name without a comma means both links. */
function routers(value: string): [string | undefined, string | undefined] {
  const parts = value.split(',').map((r) => (r.trim() === '' ? undefined : r.trim()));
  return parts.length === 1 ? [parts[0], parts[0]] : [parts[0], parts[1]];
}

/** A circuit's routers from its tags. */
export function circuitTagFields(values: Record<string, unknown>): { fields: Pick<CircuitNode, 'customerEdge' | 'secondaryCustomerEdge'>; unresolved: string[] } {
  const v = tag(values, CUSTOMER_EDGE_TAG);
  if (v === null) return { fields: {}, unresolved: ['customerEdge', 'secondaryCustomerEdge'] };
  if (v === undefined) return { fields: {}, unresolved: [] };
  const [primary, secondary] = routers(v);
  return {
    fields: { customerEdge: primary, secondaryCustomerEdge: secondary === primary ? undefined : secondary },
    unresolved: secondary === undefined && primary !== undefined ? ['secondaryCustomerEdge'] : [],
  };
}

/** A port's links with their routers from the port's tags. */
export function portLinksWithTags(values: Record<string, unknown>, links: LinkNode[]): { links: LinkNode[]; unresolved: string[] } {
  const v = tag(values, CUSTOMER_EDGE_TAG);
  if (v === null) return { links, unresolved: ['link1.customerEdge', 'link2.customerEdge'] };
  if (v === undefined) return { links, unresolved: [] };
  const [first, second] = routers(v);
  const byLink: Record<string, string | undefined> = { link1: first, link2: second };
  return { links: links.map((l) => ({ ...l, customerEdge: byLink[l.name] })), unresolved: [] };
}

/** A gateway's required resiliency and capacity threshold from its tags. */
export function gatewayTagFields(values: Record<string, unknown>, notes: string[], address: string): {
  fields: Pick<GatewayNode, 'requiredResiliency' | 'minimumCapacityMbpsUnderFailure'>; unresolved: string[];
} {
  const unresolved: string[] = [];
  const fields: { requiredResiliency?: string; minimumCapacityMbpsUnderFailure?: number } = {};
  const resiliency = tag(values, REQUIRED_RESILIENCY_TAG);
  if (resiliency === null) unresolved.push('requiredResiliency');
  else if (resiliency !== undefined) {
    const tier = ['High', 'Maximum'].find((t) => t.toLowerCase() === resiliency.trim().toLowerCase());
    if (tier) fields.requiredResiliency = tier;
    else notes.push(`${address}: tag ${REQUIRED_RESILIENCY_TAG} should be High or Maximum, got ${JSON.stringify(resiliency)}; not judged`);
  }
  const minimum = tag(values, MINIMUM_CAPACITY_TAG);
  if (minimum === null) unresolved.push('minimumCapacityMbpsUnderFailure');
  else if (minimum !== undefined) {
    if (/^\s*\d+(\.\d+)?\s*$/.test(minimum)) fields.minimumCapacityMbpsUnderFailure = Number(minimum);
    else notes.push(`${address}: tag ${MINIMUM_CAPACITY_TAG} should be a number of Mbps, got ${JSON.stringify(minimum)}; not judged`);
  }
  return { fields, unresolved };
}

/**
 * Tags with the `customer-edge` tag the constructs write from their `customerEdge` props, so
 * that what is judged at synth is what `lint` and `simulate` read from cdk.tf.json. `first` is
 * the primary link's (or link1's) router, `second` the secondary's (link2's); undefined: unknown.
 */
export function withCustomerEdgeTag(tags: { [key: string]: string } | undefined, first: string | undefined,
  second: string | undefined): { [key: string]: string } | undefined {
  if (first === undefined && second === undefined) return tags;
  const value = first === second ? first! : `${first ?? ''},${second ?? ''}`;
  return { ...tags, [CUSTOMER_EDGE_TAG]: value };
}

/** Tags with the `minimum-capacity-mbps-under-failure` tag (see `withCustomerEdgeTag`). */
export function withMinimumCapacityTag(tags: { [key: string]: string } | undefined, mbps: number | undefined): { [key: string]: string } | undefined {
  return mbps === undefined ? tags : { ...tags, [MINIMUM_CAPACITY_TAG]: String(mbps) };
}
