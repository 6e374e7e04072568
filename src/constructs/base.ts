import { createHash } from 'crypto';
import { Construct, IConstruct, TerraformResource, TerraformStack } from '../core/framework';
import { isUnresolved } from '../core/tokens';
import { ManagementLockResource } from '../core/provider';
import { isKeyVaultSecretId } from '../model/key-vault';
import { providerKeyOf, subscriptionKey } from '../model/subscription';
import { SecretInput } from '../model/topology';
import { MD5_KEY_PATTERN } from '../catalog/azure-limits';
import { LOCK_NAME_RULE, NETWORK_NAME_RULE } from '../catalog/name-rules';
import { ExpressRouteValidation } from './validation';

/** Props every Azure resource construct here takes. */
export interface ExpressRouteResourceProps {
  /** The resource group. Changing it replaces the resource. */
  readonly resourceGroupName: string;
  /** The Azure region of the resource (`West Europe`). Changing it replaces the resource. */
  readonly location: string;
  /**
   * The resource name. Changing it replaces the resource.
   * @default - derived from the construct id
   */
  readonly name?: string;
  /**
   * Tags.
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/** Destroy-safety options of circuits and ports. */
export interface DestroySafetyProps {
  /**
   * Terraform `lifecycle.prevent_destroy`: a plan that would destroy (or replace) the resource
   * fails. A destroyed circuit is an outage and a new service key with the provider.
   * @default true
   */
  readonly preventDestroy?: boolean;
  /**
   * Adds an Azure `CanNotDelete` management lock on the resource, so that nobody deletes it
   * outside Terraform either.
   * @default false
   */
  readonly deleteLock?: boolean;
}

/**
 * Base of the constructs: suppression helpers shared by all.
 *
 * Token attributes (`gatewayId`, ...) are read from the L1 once per construct and kept
 * (`this.gatewayIdToken ??= ...`): cdktf captures a stack trace for every token it creates,
 * which is most of the synth time of a large app. A circuit's name and id, which nearly every
 * circuit's children read, are made with its resource.
 */
export abstract class ExpressRouteConstruct extends Construct {
  /**
   * Suppresses a rule on this construct and its children, with a reason that the report shows.
   */
  public suppressRule(ruleId: string, reason: string): void {
    ExpressRouteValidation.of(this).suppress(this, ruleId, reason);
  }
}

/** Collects properties that are tokens (unknown before apply) while building a model node. */
export class ModelValues {
  /** The properties that were tokens. */
  public readonly unresolved: string[] = [];

  /** The value, or undefined (and recorded) when it is a token. */
  public of<T>(property: string, value: T | undefined): T | undefined {
    if (value === undefined || value === null) return undefined;
    if (isUnresolved(value)) {
      this.unresolved.push(property);
      return undefined;
    }
    return value;
  }

  /** A list whose items may be tokens: undefined (and recorded) if any is. */
  public list(property: string, value: string[] | undefined): string[] | undefined {
    if (value === undefined) return undefined;
    if (isUnresolved(value) || value.some((v) => isUnresolved(v))) {
      this.unresolved.push(property);
      return undefined;
    }
    return value;
  }

  /** The resource's subscription key (`subscriptionOf`), or undefined (and recorded) when it cannot be read. */
  public subscription(resource: TerraformResource): string | undefined {
    const key = subscriptionOf(resource);
    if (key === undefined) this.unresolved.push('subscription');
    return key;
  }
}

/** Per stack, per provider object of a resource (undefined: the default), its subscription key. */
const subscriptionKeys = new WeakMap<TerraformStack, Map<unknown, string | undefined>>();

/**
 * The subscription key of a construct's resource (see `src/model/subscription.ts`): what the lint
 * reads from the `provider` cdktf writes (the provider's `fqn`; none: the stack's default
 * `azurerm`), named with the stack, since the synth judges every stack at once and the lint one
 * stack at a time. Undefined where the lint cannot read it either (an alias that is a token). The
 * subscription id a configuration writes as a literal is joined from the stack's resolved document
 * (`joinWritten`), so that an override of the provider block counts as written.
 * Read when the model is built, so that a provider set after the construct counts; kept per
 * provider object, since 1,000 circuits share a provider or two.
 */
export function subscriptionOf(resource: TerraformResource): string | undefined {
  const stack = resource.cdktfStack;
  let keys = subscriptionKeys.get(stack);
  if (!keys) subscriptionKeys.set(stack, (keys = new Map()));
  const provider = resource.provider;
  if (keys.has(provider)) return keys.get(provider);
  const written = provider?.fqn;
  const providerKey = written !== undefined && isUnresolved(written) ? undefined : providerKeyOf(resource.terraformResourceType, written);
  const key = providerKey === undefined ? undefined : subscriptionKey(providerKey, stack.node.path);
  keys.set(provider, key);
  return key;
}

/** How a secret reached the props. */
export function secretInput(value: string | undefined): SecretInput {
  if (value === undefined) return SecretInput.NONE;
  return isUnresolved(value) ? SecretInput.REFERENCE : SecretInput.LITERAL;
}

/** A Key Vault secret id is a reference; anything else given literally is key material. */
export function keyVaultSecretInput(value: string | undefined): SecretInput {
  if (value === undefined) return SecretInput.NONE;
  if (isUnresolved(value) || isKeyVaultSecretId(value)) return SecretInput.REFERENCE;
  return SecretInput.LITERAL;
}

/** Whether a literal MD5 key is well formed; undefined for references. */
export function md5KeyWellFormed(value: string | undefined): boolean | undefined {
  if (value === undefined || isUnresolved(value)) return undefined;
  return MD5_KEY_PATTERN.test(value);
}

/**
 * Longest default name: the Microsoft.Network rule (NAME002's table) allows 1-80 characters for
 * circuits, gateways and connections; ports and Global Reach connections are held to it too.
 */
const MAX_NAME_LENGTH = NETWORK_NAME_RULE.maxLength;
/** Length of the stable hash added when the readable name had to be shortened. */
const NAME_HASH_LENGTH = 8;

/**
 * A default Azure resource name derived from the construct path below the stack
 * (`Amsterdam/Connection` -> `ercn-amsterdam-connection`), so that two constructs with the same
 * id under different parents (every circuit's `connectTo('Connection', ...)`) get different
 * names. The path below the stack, not the stack, is used: one stack per migration phase declares
 * the same Azure resource in every phase.
 *
 * Names keep to the Microsoft.Network rule of circuits, gateways, connections, route filters and
 * public IPs (`NETWORK_NAME_RULE`, the table NAME002 judges literal names with): 1-80
 * alphanumerics, underscores, periods and hyphens, starting with an alphanumeric and ending with
 * an alphanumeric or underscore; the construct ids are reduced to letters, digits and hyphens
 * (azurerm's own regex for ports and Global Reach connections is the same rule,
 * `^[^\W_]([\w-.]{0,78}[\w])?$`). A path too long for 80 characters keeps its readable start and
 * ends with a stable hash of the whole path below the stack; NAME001 catches what still collides.
 */
export function defaultName(scope: IConstruct, prefix: string): string {
  return boundedName(prefix, pathBelowStack(scope), MAX_NAME_LENGTH);
}

/** The construct ids from below the stack down to `scope`. */
function pathBelowStack(scope: IConstruct): string[] {
  const ids: string[] = [];
  for (const c of scope.node.scopes.slice(1)) {
    if (TerraformStack.isStack(c)) ids.length = 0;
    else ids.push(c.node.id);
  }
  return ids;
}

/** `prefix-tail`, at most `max` characters, a stable hash of the ids when shortened. */
export function boundedName(prefix: string, ids: string[], max: number): string {
  const tail = ids.map((id) => id.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase()).filter((x) => x !== '').join('-');
  const full = `${prefix}-${tail || 'resource'}`;
  if (full.length <= max) return full;
  const hash = createHash('sha256').update(ids.join('/')).digest('hex').slice(0, NAME_HASH_LENGTH);
  return `${full.slice(0, max - NAME_HASH_LENGTH - 1).replace(/-+$/, '')}-${hash}`;
}

const LOCK_SUFFIX = '-cannot-delete';

/**
 * `<id>-cannot-delete`, within the lock naming rule: each run of characters the rule does not
 * allow becomes one hyphen, and an id too long for 90 characters is cut before the suffix.
 */
export function lockName(id: string): string {
  const head = [...id].map((c) => (LOCK_NAME_RULE.allowed.test(c) ? c : '\u0000')).join('').replace(/\u0000+/g, '-');
  return `${head.slice(0, LOCK_NAME_RULE.maxLength - LOCK_SUFFIX.length)}${LOCK_SUFFIX}`;
}

/** The Terraform lifecycle for destroy safety. */
export function lifecycleFor(props: DestroySafetyProps): { preventDestroy: boolean } | undefined {
  return props.preventDestroy === false ? undefined : { preventDestroy: true };
}

/** Adds a CanNotDelete lock when asked. */
export function addDeleteLock(scope: Construct, props: DestroySafetyProps, resource: { readonly id: string }, what: string): ManagementLockResource | undefined {
  if (props.deleteLock !== true) return undefined;
  return new ManagementLockResource(scope, 'DeleteLock', {
    // Within LOCK_NAME_RULE (NAME002's table): characters outside it become hyphens, and the
    // name ends with `-cannot-delete` (never a period); unique per locked resource.
    name: lockName(scope.node.id),
    scope: resource.id,
    lockLevel: 'CanNotDelete',
    notes: `Protects the ExpressRoute ${what} from deletion outside Terraform (cdktf-expressroute-metro).`,
  });
}
