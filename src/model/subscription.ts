/**
 * The subscription key of the quota rules (PORT007, SKU012, SKU013): a resource's azurerm provider
 * configuration (`azurerm`, `azurerm.<alias>`), which is bound to one subscription. Both front
 * ends read it from the same written `provider` meta-argument: the lint from the file, the
 * constructs from their resource's provider (what cdktf writes there).
 */

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
 * apart can miss a quota, never invent one.
 */
export function subscriptionKey(providerKey: string, configuration?: string): string {
  return configuration === undefined ? providerKey : `${configuration}/${providerKey}`;
}
