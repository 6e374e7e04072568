/**
 * Azure Resource Manager resource ids of resources in a resource group:
 * `/subscriptions/{subscription}/resourceGroups/{group}/providers/{namespace}/{type}/{name}`, and
 * child resources below them (`.../expressRouteCircuits/{name}/peerings/{peering}`). The
 * segment names (`subscriptions`, `resourceGroups`, `providers`) are read without case, as ARM
 * reads them; the values are kept as written. A leaf module: no import.
 */

/** The parts of a resource id. */
export interface ArmResourceId {
  /** The subscription id. */
  readonly subscriptionId: string;
  /** The resource group name. */
  readonly resourceGroup: string;
  /** The resource provider namespace (`Microsoft.Network`). */
  readonly namespace: string;
  /** The top-level resource type (`expressRouteCircuits`). */
  readonly type: string;
  /** The top-level resource's name. */
  readonly name: string;
  /** Child type/name pairs below it (`peerings`, `AzurePrivatePeering`), in order; empty for a top-level resource. */
  readonly children: ReadonlyArray<{ readonly type: string; readonly name: string }>;
}

const ARM_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/([^/]+)\/([^/]+)((?:\/[^/]+\/[^/]+)*)\/?$/i;

/** The parts of an Azure resource id in a resource group; undefined when `id` is not one. */
export function parseArmId(id: string): ArmResourceId | undefined {
  const m = ARM_ID.exec(id.trim());
  if (!m) return undefined;
  const rest = m[6] === '' ? [] : m[6].slice(1).split('/');
  const children: Array<{ type: string; name: string }> = [];
  for (let i = 0; i < rest.length; i += 2) children.push({ type: rest[i], name: rest[i + 1] });
  return { subscriptionId: m[1], resourceGroup: m[2], namespace: m[3], type: m[4], name: m[5], children };
}

/** The id of a top-level resource. */
export function armId(subscriptionId: string, resourceGroup: string, namespace: string, type: string, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${namespace}/${type}/${name}`;
}
