/**
 * Reads what Azure reports about an ExpressRoute estate: Azure Resource Graph output
 * (`az graph query -o json`), the `az network ... list` commands (properties flattened), and
 * REST API bodies (`GET`, or a list's `{ "value": [...] }`), into one list of resources.
 *
 * Shapes follow the Microsoft.Network REST API reference, api-version 2024-05-01:
 * - Express Route Circuits: https://learn.microsoft.com/rest/api/expressroute/express-route-circuits/get?view=rest-expressroute-2024-05-01
 * - Express Route Ports: https://learn.microsoft.com/rest/api/expressroute/express-route-ports/get?view=rest-expressroute-2024-05-01
 * - Virtual Network Gateways: https://learn.microsoft.com/rest/api/network-gateway/virtual-network-gateways/get?view=rest-network-gateway-2024-05-01
 * - Virtual Network Gateway Connections: https://learn.microsoft.com/rest/api/network-gateway/virtual-network-gateway-connections/get?view=rest-network-gateway-2024-05-01
 * - Express Route Gateways (Virtual WAN): https://learn.microsoft.com/rest/api/virtualwan/express-route-gateways/get?view=rest-virtualwan-2024-05-01
 * - Route Filters: https://learn.microsoft.com/rest/api/expressroute/route-filters/get?view=rest-expressroute-2024-05-01
 *
 * Secrets in that JSON (`serviceKey`, `authorizationKey`, `sharedKey`) are dropped here, as the
 * resources are read: only whether one was present is kept. Nothing later can echo them.
 */
import { isObject } from '../terraform/records';
import { TerraformInputError } from '../errors';
import { parseArmId } from '../model/arm-id';

/** The resource types read; anything else is skipped with a note. */
export enum AzureResourceType {
  CIRCUIT = 'microsoft.network/expressroutecircuits',
  PORT = 'microsoft.network/expressrouteports',
  VIRTUAL_NETWORK_GATEWAY = 'microsoft.network/virtualnetworkgateways',
  CONNECTION = 'microsoft.network/connections',
  EXPRESS_ROUTE_GATEWAY = 'microsoft.network/expressroutegateways',
  ROUTE_FILTER = 'microsoft.network/routefilters',
  VIRTUAL_NETWORK = 'microsoft.network/virtualnetworks',
}

const KNOWN_TYPES = new Set<string>(Object.values(AzureResourceType));

/** Child types that the list commands also return on their own; read inside their parents. */
const CHILD_TYPES = new Set([
  'microsoft.network/expressroutecircuits/peerings',
  'microsoft.network/expressroutecircuits/authorizations',
  'microsoft.network/expressroutecircuits/peerings/connections',
  'microsoft.network/expressrouteports/links',
  'microsoft.network/expressrouteports/authorizations',
  'microsoft.network/expressroutegateways/expressrouteconnections',
]);

/** Property names whose values are secrets: never kept. */
const SECRET_KEYS = new Set(['servicekey', 'authorizationkey', 'sharedkey']);

/** A marker left where a secret was: the value itself is gone. */
export const SECRET_PRESENT = '(secret present; not read)';

/** One Azure resource with its properties flattened (the REST `properties` merged up). */
export interface AzureResource {
  /** The Azure resource id. */
  readonly id: string;
  /** The name. */
  readonly name: string;
  /** The type, lower case (`microsoft.network/expressroutecircuits`). */
  readonly type: string;
  /** The subscription, from the id. */
  readonly subscriptionId: string;
  /** The resource group, from the id (as written there). */
  readonly resourceGroup: string;
  /** The region, when reported. */
  readonly location?: string;
  /** Tags, when reported. */
  readonly tags?: Record<string, string>;
  /** Every other field, `properties` merged up, secrets replaced by `SECRET_PRESENT`. */
  readonly body: Record<string, unknown>;
  /** The file it came from. */
  readonly file: string;
}

/** What the files hold. */
export interface AzureEstate {
  /** The ExpressRoute resources, one per id (a resource reported twice is read once). */
  readonly resources: AzureResource[];
  /** What was skipped and why. */
  readonly notes: string[];
}


/** `properties` merged into the object, recursively, with secrets dropped. */
export function flatten(value: unknown, depth = 0): unknown {
  if (depth > 32) return undefined;
  if (Array.isArray(value)) return value.map((v) => flatten(v, depth + 1));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  const merge = (o: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(o)) {
      if (k === 'properties' && isObject(v)) {
        merge(v);
        continue;
      }
      if (SECRET_KEYS.has(k.toLowerCase())) {
        if (v !== null && v !== undefined && v !== '') out[k] = SECRET_PRESENT;
        continue;
      }
      out[k] = flatten(v, depth + 1);
    }
  };
  merge(value);
  return out;
}

/** The rows a parsed document holds, whatever command produced it. */
function rowsOf(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (!isObject(doc)) return undefined;
  if (Array.isArray(doc.data)) return doc.data; // az graph query -o json
  if (Array.isArray(doc.value)) return doc.value; // REST list
  if (typeof doc.id === 'string' && typeof doc.type === 'string') return [doc]; // REST GET, az show
  return undefined;
}

/** Reads one file's text. Throws TerraformInputError when it is not Azure JSON at all. */
export function readAzureText(text: string, file: string, estate: { resources: Map<string, AzureResource>; notes: string[] }): void {
  if (text.trim() === '') throw new TerraformInputError(file, 'empty file');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    throw new TerraformInputError(file, `${/end of (JSON )?input|Unterminated/i.test(message) ? 'truncated JSON' : 'not JSON'} (${message})`);
  }
  const rows = rowsOf(doc);
  if (!rows) {
    throw new TerraformInputError(file, 'not Azure resource JSON: expected `az graph query -o json` output, an `az network ... list` array, or a REST body with id and type');
  }
  let read = 0;
  for (const [i, row] of rows.entries()) {
    if (!isObject(row) || typeof row.id !== 'string' || typeof row.type !== 'string') {
      estate.notes.push(`${file}: item ${i} has no id and type; skipped`);
      continue;
    }
    const type = row.type.toLowerCase();
    if (CHILD_TYPES.has(type)) {
      estate.notes.push(`${row.id}: ${row.type} is read inside its parent resource; export the parent to include it`);
      continue;
    }
    if (!KNOWN_TYPES.has(type)) {
      estate.notes.push(`${row.id}: ${row.type} is not an ExpressRoute resource type read here; skipped`);
      continue;
    }
    const id = parseArmId(row.id);
    if (!id) {
      estate.notes.push(`${file}: item ${i} has an id that is not an Azure resource id; skipped`);
      continue;
    }
    const body = flatten(row) as Record<string, unknown>;
    const tags = isObject(row.tags) ? Object.fromEntries(Object.entries(row.tags).filter(([, v]) => typeof v === 'string')) as Record<string, string> : undefined;
    const resource: AzureResource = {
      id: row.id,
      name: typeof row.name === 'string' ? row.name : id.name,
      type,
      subscriptionId: id.subscriptionId,
      resourceGroup: typeof row.resourceGroup === 'string' ? row.resourceGroup : id.resourceGroup,
      location: typeof row.location === 'string' ? row.location : undefined,
      tags,
      body,
      file,
    };
    const key = row.id.toLowerCase();
    if (!estate.resources.has(key)) estate.resources.set(key, resource);
    read++;
  }
  if (read === 0 && rows.length > 0) estate.notes.push(`${file}: no ExpressRoute resource in it`);
}

/** Reads texts (file name -> content) into one estate; unusable files are returned as errors. */
export function readAzureTexts(inputs: Array<{ file: string; text: string }>): { estate: AzureEstate; errors: TerraformInputError[] } {
  const acc = { resources: new Map<string, AzureResource>(), notes: [] as string[] };
  const errors: TerraformInputError[] = [];
  for (const { file, text } of inputs) {
    try {
      readAzureText(text, file, acc);
    } catch (e) {
      errors.push(e instanceof TerraformInputError ? e : new TerraformInputError(file, (e as Error).message));
    }
  }
  const resources = [...acc.resources.values()].sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : 1));
  return { estate: { resources, notes: acc.notes }, errors };
}

/**
 * A field of a flattened body, by path (`serviceProviderProperties.peeringLocation`), matched
 * without regard to case: the REST API writes `peerASN` and `privateIPAllocationMethod` where
 * the az CLI writes `peerAsn` and `privateIpAllocationMethod`.
 */
export function field(body: unknown, path: string): unknown {
  let v: unknown = body;
  for (const part of path.split('.')) {
    if (!isObject(v)) return undefined;
    if (part in v) {
      v = v[part];
      continue;
    }
    const lower = part.toLowerCase();
    const key = Object.keys(v).find((k) => k.toLowerCase() === lower);
    v = key === undefined ? undefined : v[key];
  }
  return v;
}

/** A string field, or undefined. */
export function str(body: unknown, path: string): string | undefined {
  const v = field(body, path);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A number field (numbers given as strings too), or undefined. */
export function num(body: unknown, path: string): number | undefined {
  const v = field(body, path);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)) return Number(v);
  return undefined;
}

/** A list field of objects. */
export function list(body: unknown, path: string): Array<Record<string, unknown>> {
  const v = field(body, path);
  return Array.isArray(v) ? v.filter(isObject) : [];
}
