/**
 * The subscription key of the quota rules (PORT007, SKU012, SKU013). A resource's azurerm provider
 * configuration (`azurerm`, `azurerm.<alias>`) is bound to one subscription: its `subscription`
 * (`subscriptionKey`). Where that configuration's `provider` block writes its `subscription_id` as
 * a literal, the resource also carries that id (`subscriptionId`), and the quota rules count every
 * configuration that names one id together (`quotaSubscriptionOf`). Both front ends read both from
 * what is written: the lint from the file, the constructs from their resource's provider and the
 * stack's resolved document (what cdktf writes), through `withSubscriptionIds`.
 */
import { CircuitNode, NamedResourceNode, PortNode, Topology } from './topology';
import { isObject } from '../util/objects';

/** Provider references Terraform would read as an expression, not as a configuration. */
const NOT_A_CONFIGURATION = /^(var|local|module|each|count|data|path|terraform|self)\./;

/**
 * The provider configuration of a resource: its `provider` meta-argument (`azurerm.west`, or
 * `${azurerm.west}` as HCL reads it), else the default configuration of the type's provider.
 * Undefined when the argument is not a plain provider reference.
 */
export function providerKeyOf(type: string, provider: unknown): string | undefined {
  if (provider === undefined || provider === null) return type.slice(0, type.indexOf('_') < 0 ? undefined : type.indexOf('_'));
  if (typeof provider !== 'string') return undefined;
  const m = /^(?:\$\{)?\s*([a-z][a-z0-9_-]*(?:\.[A-Za-z0-9_-]+)?)\s*\}?$/.exec(provider.trim());
  // Terraform takes no expression here: `var.x`, `local.x` and the like are not a configuration.
  return m && !NOT_A_CONFIGURATION.test(m[1]) ? m[1] : undefined;
}

/**
 * The subscription key of a resource of one Terraform configuration (a stack at synth). The lint
 * reads one configuration at a time (each stack's directory of `cdktf.out` is its own root
 * module), so it counts each stack's `azurerm` apart; the synth judges the whole app at once, so
 * its key names the stack (`net/azurerm`). Two stacks may well share a subscription: counting them
 * apart can miss a quota, never invent one; where the subscription is known to be the same (a
 * literal `subscription_id`), `subscriptionId` counts them together.
 */
export function subscriptionKey(providerKey: string, configuration?: string): string {
  return configuration === undefined ? providerKey : `${configuration}/${providerKey}`;
}

/** A subscription id as Azure gives it: a GUID. */
const SUBSCRIPTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The nil GUID: a placeholder (examples, templates), never a subscription. */
const NIL_ID = '00000000-0000-0000-0000-000000000000';

/**
 * A subscription id written as a literal (trimmed, lower-case, as Azure compares it), or undefined:
 * a variable, a reference, a function, a cdktf token, an empty string or the nil GUID (a
 * placeholder) is not known.
 */
export function literalSubscriptionId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value.trim().toLowerCase();
  return SUBSCRIPTION_ID.test(id) && id !== NIL_ID ? id : undefined;
}

/**
 * The subscription id each provider configuration of a Terraform `provider` block names literally
 * (`azurerm` or `azurerm.<alias>` -> the id), as Terraform JSON (`cdk.tf.json`) and parsed HCL give
 * the block. Source: the azurerm provider documentation, Argument Reference, `subscription_id`
 * (https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs, from
 * hashicorp/terraform-provider-azurerm website/docs/index.html.markdown, read 2026-12-02): "The
 * Subscription ID which should be used. This can also be sourced from the `ARM_SUBSCRIPTION_ID`
 * Environment Variable." A configuration without the argument takes it from that environment
 * variable (or the Azure CLI), which neither the synth nor the lint knows: it is not listed, and
 * keeps its configuration's own key; so does one whose value is not a literal. Two blocks of one
 * configuration (which Terraform rejects) name none unless every one that writes the argument
 * writes the same literal: one that writes another id, or a value that is not a literal, makes
 * the configuration's id not known.
 */
export function providerSubscriptionIds(provider: unknown): Map<string, string> {
  const ids = new Map<string, string>();
  const conflicting = new Set<string>();
  for (const block of listOf(provider)) {
    for (const [name, raw] of Object.entries(block)) {
      for (const body of listOf(raw)) {
        const alias = body.alias ?? undefined;
        if (alias !== undefined && (typeof alias !== 'string' || alias.includes('${'))) continue;
        const key = alias === undefined ? name : `${name}.${alias}`;
        if (body.subscription_id === undefined || body.subscription_id === null || conflicting.has(key)) continue;
        const id = literalSubscriptionId(body.subscription_id);
        if (id === undefined || (ids.has(key) && ids.get(key) !== id)) {
          ids.delete(key);
          conflicting.add(key);
        } else ids.set(key, id);
      }
    }
  }
  return ids;
}

/**
 * The subscription id each provider configuration of a plan names literally (`terraform show
 * -json`: `configuration.provider_config`, keyed as the resources' `provider_config_key`); a value
 * the plan gives as an expression (`references`) is not known.
 */
export function planSubscriptionIds(providerConfig: unknown): Map<string, string> {
  const ids = new Map<string, string>();
  if (!isObject(providerConfig)) return ids;
  for (const [key, p] of Object.entries(providerConfig)) {
    const expr = isObject(p) && isObject(p.expressions) ? p.expressions.subscription_id : undefined;
    const id = isObject(expr) && expr.references === undefined ? literalSubscriptionId(expr.constant_value) : undefined;
    if (id !== undefined) ids.set(key, id);
  }
  return ids;
}

/**
 * The topology with the subscription id on each circuit and port whose subscription key is that
 * of a configuration `ids` names (`providerSubscriptionIds`); `configuration` is the one
 * `subscriptionKey` was given (the stack at synth, none in the lint). The topology itself when no
 * node changes.
 */
export function withSubscriptionIds(topology: Topology, ids: ReadonlyMap<string, string> | undefined, configuration?: string): Topology {
  if (ids === undefined || ids.size === 0) return topology;
  const byKey = new Map<string, string>();
  for (const [providerKey, id] of ids) byKey.set(subscriptionKey(providerKey, configuration), id);
  const keyed = <T extends { subscription?: string; subscriptionId?: string }>(nodes: T[]): T[] => {
    if (!nodes.some((n) => n.subscription !== undefined && byKey.has(n.subscription))) return nodes;
    return nodes.map((n) => (n.subscription !== undefined && byKey.has(n.subscription) ? { ...n, subscriptionId: byKey.get(n.subscription) } : n));
  };
  const circuits = keyed(topology.circuits);
  const ports = keyed(topology.ports);
  return circuits === topology.circuits && ports === topology.ports ? topology : { ...topology, circuits, ports };
}

/** What the quota rules read of a circuit or a port. */
interface Subscribed {
  readonly key: string;
  readonly subscription?: string;
  readonly subscriptionId?: string;
}

/**
 * What the quota rules count a resource by: the subscription id its configuration names, else its
 * configuration's key; undefined when neither is known (the resource is not counted).
 */
export function quotaSubscriptionOf(n: Subscribed): string | undefined {
  return n.subscriptionId ?? n.subscription;
}

/** A named resource's Azure identity within its subscription: resource group and name, without case. */
function identityOf(n: NamedResourceNode | undefined): string | undefined {
  return n?.resourceGroupName === undefined ? undefined : `${n.resourceGroupName.toLowerCase()}/${n.name.toLowerCase()}`;
}

/**
 * How many distinct Azure resources the members of one quota are at least. The members of one
 * configuration are distinct (one Terraform configuration does not create one Azure resource
 * twice), but two configurations that name one subscription may declare the same resource (one
 * stack per migration phase declares the same circuit in every phase): across configurations,
 * members are told apart by resource group and name (`named`, by node key), and one whose name or
 * resource group is not a literal may be any of the others. So: the larger of the members of any
 * one configuration (`subscription`) and the distinct named members of all, which is never more
 * than there are.
 */
export function distinctCount(members: readonly Subscribed[], named: ReadonlyMap<string, NamedResourceNode>): number {
  const perConfiguration = new Map<string | undefined, number>();
  for (const m of members) perConfiguration.set(m.subscription, (perConfiguration.get(m.subscription) ?? 0) + 1);
  if (perConfiguration.size === 1) return members.length;
  const identities = new Set<string>();
  for (const m of members) {
    const identity = identityOf(named.get(m.key));
    if (identity !== undefined) identities.add(identity);
  }
  return Math.max(identities.size, ...perConfiguration.values());
}

/**
 * What a lint of several root modules gives one of them about the others (the stacks of one
 * `cdktf.out`; `src/terraform/subscription-peers.ts`): the circuits and Direct ports (with their
 * names) that other modules create in a subscription this module's own resources name by id. The
 * quota rules (PORT007, SKU012, SKU013) count them with the module's own, as the synth counts the
 * whole app; no rule judges or reports them. Internal: kept beside the topology
 * (`subscriptionPeersOf`), not on it.
 */
export interface SubscriptionPeers {
  /** The others' members, keys and paths prefixed with their module, `subscription` naming their module (unique in the run). */
  readonly circuits: readonly CircuitNode[];
  readonly ports: readonly PortNode[];
  readonly resourceNames: readonly NamedResourceNode[];
  /** The module's own label (its directory), which makes its configurations' keys unique in the run. */
  readonly ownLabel: string;
  /** The module's stack name (`"//".metadata.stackName`, else the directory's name), as the synth names the stack. */
  readonly ownName: string;
  /** A peer's configuration (its `subscription`) -> its name (`b/azurerm`). */
  readonly names: ReadonlyMap<string, string>;
  /**
   * Whether a peer member's module counts this module's members of its subscription too: only
   * such a member, or an own one, may be the subject of a quota finding here, so that of the
   * modules that count one group exactly one reports it.
   */
  readonly countsThis: (peer: CircuitNode | PortNode) => boolean;
  /** Whether a node is a peer's (not this module's own). */
  readonly isPeer: (n: CircuitNode | PortNode) => boolean;
}

const peersOf = new WeakMap<Topology, SubscriptionPeers>();

/** A copy of `topology` that the quota rules judge with `peers` (`subscriptionPeersOf`). */
export function withSubscriptionPeers(topology: Topology, peers: SubscriptionPeers | undefined): Topology {
  if (peers === undefined) return topology;
  const out = { ...topology };
  peersOf.set(out, peers);
  return out;
}

/** The peers the lint gave a topology (`withSubscriptionPeers`); undefined for any other. */
export function subscriptionPeersOf(topology: Topology): SubscriptionPeers | undefined {
  return peersOf.get(topology);
}

/**
 * A configuration as the quota rules name it in words and order it: the stack's name and the
 * provider configuration (`a/azurerm`), on both sides. The synth keys a configuration by the
 * stack's construct path (`grp/a/azurerm`, `subscriptionKey`), whose last segment is the stack's
 * id, the name cdktf writes the stack's directory and `"//".metadata.stackName` under; the lint
 * knows that name from the module (`SubscriptionPeers`), and keys its own configurations by the
 * provider configuration alone (`azurerm`). Construct ids and provider keys hold no `/`.
 */
export function configurationName(subscription: string, peers: SubscriptionPeers | undefined): string {
  if (peers === undefined) return subscription.split('/').slice(-2).join('/');
  return peers.names.get(subscription) ?? `${peers.ownName}/${subscription}`;
}

/**
 * What `firstMember` orders a member's configuration by: its name (`configurationName`), then,
 * should two modules of a lint bear one name, its module.
 */
export function configurationOrder(n: Subscribed, peers: SubscriptionPeers | undefined): string {
  if (n.subscription === undefined) return '';
  const unique = peers === undefined || peers.names.has(n.subscription) ? n.subscription : `${peers.ownLabel}/${n.subscription}`;
  return `${configurationName(n.subscription, peers)}\u0000${unique}`;
}

/**
 * The subscription of a quota in words: `subscription <id> (provider configurations a/azurerm,
 * b/azurerm)` where the members name it by id, else `one subscription (<key>)`.
 */
export function subscriptionInWords(key: string, members: readonly Subscribed[], peers: SubscriptionPeers | undefined): string {
  if (members[0]?.subscriptionId !== key) return `one subscription (${key})`;
  const configurations = [...new Set(members.map((m) => m.subscription).filter((c): c is string => c !== undefined)
    .map((c) => configurationName(c, peers)))].sort();
  return `subscription ${key} (provider configuration${configurations.length === 1 ? '' : 's'} ${configurations.join(', ')})`;
}

/**
 * `N circuits`; `at least N distinct circuits (M declared over the configurations)` where
 * `distinctCount` counted fewer than the members.
 */
export function circuitsInWords(n: number, members: readonly unknown[]): string {
  return n < members.length ? `at least ${n} distinct circuits (${members.length} declared over the configurations)` : `${n} circuits`;
}

function listOf(raw: unknown): Record<string, unknown>[] {
  return (Array.isArray(raw) ? raw : [raw]).filter(isObject);
}
