/**
 * Azure's naming rules, for the resource types whose rule Microsoft documents. NAME002 judges
 * literal names against this table, and the constructs derive their default names within it
 * (`defaultName`, the `CanNotDelete` lock's name): one table for both.
 *
 * Source: https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 * ("Naming rules and restrictions for Azure resources"), read from its MicrosoftDocs/azure-docs
 * source `articles/azure-resource-manager/management/resource-name-rules.md`, ms.date 03/14/2025
 * (as mirrored by xtqqczze/MicrosoftDocs-azure-docs at 0d589b2; MicrosoftDocs/azure-docs at
 * 0010dc2, ms.date 02/11/2020, has the same rows):
 *
 * - Microsoft.Network `connections`, `expressRouteCircuits`, `publicIPAddresses`, `routeFilters`,
 *   `virtualNetworkGateways`: "resource group | 1-80 | Alphanumerics, underscores, periods, and
 *   hyphens<br><br>Start with alphanumeric. End with alphanumeric or underscore."
 * - Microsoft.Authorization `locks`: "scope of assignment | 1-90 | Alphanumerics, periods,
 *   underscores, hyphens, and parentheses<br><br>Can't end in period."
 * - "the term alphanumeric refers to: a through z (lowercase letters), A through Z (uppercase
 *   letters), 0 through 9 (numbers)".
 *
 * The page has no row for `expressRoutePorts`, `expressRouteGateways`, circuit or port
 * authorizations, Global Reach connections (`expressRouteCircuits/peerings/connections`) or
 * Virtual WAN connections (`expressRouteGateways/expressRouteConnections`): their names are not
 * judged (azurerm validates some of them itself at plan time).
 */

import { listed } from '../model/text';

/** One documented naming rule. */
export interface AzureNameRule {
  /** Fewest characters. */
  readonly minLength: number;
  /** Most characters. */
  readonly maxLength: number;
  /** Every character the rule allows (one character). */
  readonly allowed: RegExp;
  /** The characters the first one may be, when the rule restricts it. */
  readonly first?: RegExp;
  /** The characters the last one may be, when the rule restricts it. */
  readonly last?: RegExp;
  /** The rule in words, for messages. */
  readonly description: string;
}

/** Microsoft.Network circuits, gateways, connections, route filters and public IPs. */
export const NETWORK_NAME_RULE: AzureNameRule = {
  minLength: 1,
  maxLength: 80,
  allowed: /^[A-Za-z0-9_.-]$/,
  first: /^[A-Za-z0-9]$/,
  last: /^[A-Za-z0-9_]$/,
  description: '1-80 letters, digits, underscores, periods and hyphens, starting with a letter or digit and ending with a letter, digit or underscore',
};

/** Microsoft.Authorization locks. */
export const LOCK_NAME_RULE: AzureNameRule = {
  minLength: 1,
  maxLength: 90,
  allowed: /^[A-Za-z0-9._()-]$/,
  last: /^[^.]$/,
  description: '1-90 letters, digits, periods, underscores, hyphens and parentheses, not ending with a period',
};

/** The documented rule of each azurerm resource type, with the entity's name on the page. */
export const NAME_RULES: Readonly<Record<string, { readonly entity: string; readonly rule: AzureNameRule }>> = {
  azurerm_express_route_circuit: { entity: 'Microsoft.Network/expressRouteCircuits', rule: NETWORK_NAME_RULE },
  azurerm_virtual_network_gateway: { entity: 'Microsoft.Network/virtualNetworkGateways', rule: NETWORK_NAME_RULE },
  azurerm_virtual_network_gateway_connection: { entity: 'Microsoft.Network/connections', rule: NETWORK_NAME_RULE },
  azurerm_route_filter: { entity: 'Microsoft.Network/routeFilters', rule: NETWORK_NAME_RULE },
  azurerm_public_ip: { entity: 'Microsoft.Network/publicIPAddresses', rule: NETWORK_NAME_RULE },
  azurerm_management_lock: { entity: 'Microsoft.Authorization/locks', rule: LOCK_NAME_RULE },
};

/** Characters in the order they first appear, each quoted once (`" " and "!"`). */
function quoted(chars: string[]): string {
  return listed([...new Set(chars)].map((c) => JSON.stringify(c)), 'and');
}

const wholeNameTests = new WeakMap<AzureNameRule, RegExp>();

/**
 * One expression for the whole rule, built from its parts (each a one-character `^[...]$` class):
 * the first and last characters as lookaheads, then every character allowed, min to max of them.
 */
function wholeNameTest(rule: AzureNameRule): RegExp {
  let test = wholeNameTests.get(rule);
  if (test === undefined) {
    const one = (r: RegExp) => r.source.replace(/^\^|\$$/g, '');
    const first = rule.first === undefined ? '' : `(?=${one(rule.first)})`;
    const last = rule.last === undefined ? '' : `(?=[\\s\\S]*${one(rule.last)}$)`;
    wholeNameTests.set(rule, (test = new RegExp(`^${first}${last}(?:${one(rule.allowed)}){${rule.minLength},${rule.maxLength}}$`)));
  }
  return test;
}

/**
 * What breaks the rule in a literal name, in words (`it has 100 characters`, `it contains " "
 * and "!"`); undefined when the name keeps to it.
 */
export function nameRuleViolation(rule: AzureNameRule, name: string): string | undefined {
  // Most names keep to the rule: one test of the whole name before any per-character work.
  if (wholeNameTest(rule).test(name)) return undefined;
  const chars = [...name];
  const problems: string[] = [];
  if (chars.length < rule.minLength) problems.push(chars.length === 0 ? 'it is empty' : `it has ${chars.length} characters`);
  if (chars.length > rule.maxLength) problems.push(`it has ${chars.length} characters`);
  const bad = chars.filter((c) => !rule.allowed.test(c));
  if (bad.length > 0) problems.push(`it contains ${quoted(bad)}`);
  if (chars.length > 0 && rule.first && rule.allowed.test(chars[0]) && !rule.first.test(chars[0])) problems.push(`it starts with ${quoted([chars[0]])}`);
  const lastChar = chars[chars.length - 1];
  if (chars.length > 0 && rule.last && rule.allowed.test(lastChar) && !rule.last.test(lastChar)) problems.push(`it ends with ${quoted([lastChar])}`);
  return problems.length > 0 ? problems.join('; ') : undefined;
}
