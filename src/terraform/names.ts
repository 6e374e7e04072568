/**
 * The literal Azure names of a configuration's resources, each with the scope in which Azure
 * requires it to be unique when that scope is known (NAME001 compares them, NAME002 judges each
 * against Azure's naming rule) and its literal resource group (MIG008: what an `import` block
 * must name). Both front ends call this on the Terraform records: the synth on each stack's
 * resolved document, the lint on the file, so they list the same names.
 */
import { NamedResourceNode } from '../model/topology';
import { addressOf, interpolationRefs, ResourceRecord } from './records';

/**
 * Where each type's name must be unique: attributes that name the parent, outermost first.
 * Source: https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 * (read from MicrosoftDocs/azure-docs at 0010dc2, ms.date 2020-02-11): Microsoft.Network
 * expressRouteCircuits, virtualNetworkGateways, connections, routeFilters, publicIPAddresses are
 * unique per resource group; Microsoft.Authorization locks per scope of assignment. The page lists
 * no row for ports, authorizations and ExpressRoute gateways: their ARM ids put ports and hub
 * gateways in the resource group, authorizations under their circuit or port, Global Reach
 * connections under the peering and Virtual WAN connections under the hub gateway. Peerings have
 * fixed names (their type) and are judged by PEER012.
 */
const NAME_SCOPES: Record<string, string[]> = {
  azurerm_express_route_circuit: ['resource_group_name'],
  azurerm_express_route_port: ['resource_group_name'],
  azurerm_virtual_network_gateway: ['resource_group_name'],
  azurerm_virtual_network_gateway_connection: ['resource_group_name'],
  azurerm_express_route_gateway: ['resource_group_name'],
  azurerm_route_filter: ['resource_group_name'],
  azurerm_public_ip: ['resource_group_name'],
  azurerm_express_route_circuit_authorization: ['resource_group_name', 'express_route_circuit_name'],
  azurerm_express_route_port_authorization: ['resource_group_name', 'express_route_port_name'],
  azurerm_express_route_circuit_connection: ['peering_id'],
  azurerm_express_route_connection: ['express_route_gateway_id'],
  azurerm_management_lock: ['scope'],
};

/**
 * A scope value as comparable text: a literal, or `${x}` naming one thing (a variable, another
 * resource's attribute); a resource group referenced by a resource here stands for its literal
 * name. Anything else is not known: undefined.
 */
function scopeText(value: unknown, byAddress: Map<string, ResourceRecord>): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (!value.includes('${')) return value.toLowerCase();
  const m = /^\$\{([^${}]+)\}$/.exec(value.trim());
  if (!m) return undefined;
  const refs = interpolationRefs(value);
  if (refs.length !== 1) return undefined;
  const target = byAddress.get(addressOf(refs[0]));
  if (target && target.type === 'azurerm_resource_group' && refs[0].endsWith('.name')) {
    const name = target.values.name;
    if (typeof name === 'string' && !name.includes('${')) return name.toLowerCase();
  }
  return `\${${m[1].trim()}}`;
}

/**
 * A resource group name as written: a literal, or a reference to the `name` of an
 * `azurerm_resource_group` here whose name is a literal. Undefined when it is not known.
 */
function literalResourceGroup(value: unknown, byAddress: Map<string, ResourceRecord>): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (!value.includes('${')) return value;
  if (!/^\$\{[^${}]+\}$/.test(value.trim())) return undefined;
  const refs = interpolationRefs(value);
  const target = refs.length === 1 && refs[0].endsWith('.name') ? byAddress.get(addressOf(refs[0])) : undefined;
  const name = target?.type === 'azurerm_resource_group' ? target.values.name : undefined;
  return typeof name === 'string' && name !== '' && !name.includes('${') ? name : undefined;
}

function addressesOf(resources: ResourceRecord[]): Map<string, ResourceRecord> {
  const byAddress = new Map<string, ResourceRecord>();
  for (const r of resources) byAddress.set(r.address, r);
  return byAddress;
}

/**
 * The named resources of one configuration. `configuration` tells configurations apart (the
 * stack path at synth; Azure names only collide within one subscription, which two stacks may
 * not share); `keyOf` gives a resource's model key, `pathOf` the name findings give it (by default
 * its key); `byAddress` is given when the caller has it (every resource of `resources` by address).
 */
export function namedResources(resources: ResourceRecord[], configuration: string,
  keyOf: (r: ResourceRecord) => string = (r) => r.address, byAddress = addressesOf(resources), pathOf: (r: ResourceRecord) => string = keyOf): NamedResourceNode[] {
  const out: NamedResourceNode[] = [];
  for (const r of resources) {
    const scopes = NAME_SCOPES[r.type];
    const name = r.values.name;
    // A name that is not a literal (a variable, a reference, an expression, known after apply) is not listed.
    if (!scopes || typeof name !== 'string' || name.includes('${')) continue;
    const parts = scopes.map((attr) => scopeText(r.values[attr], byAddress));
    const provider = typeof r.values.provider === 'string' ? r.values.provider : 'azurerm';
    const key = keyOf(r);
    // A resource whose count or for_each is not known may not exist at all (`count = var.x ? 1 : 0`
    // on two resources of one name): its name is compared with none (NAME002 still judges it).
    const scope = r.multiplicityUnknown === true || parts.some((p) => p === undefined) ? undefined : [configuration, provider, ...parts].join('|');
    const resourceGroupName = scopes[0] === 'resource_group_name' ? literalResourceGroup(r.values.resource_group_name, byAddress) : undefined;
    // One shape for every node, `undefined` where not known: this runs for every named resource
    // of a stack at each synth, and the rules reading nodes of several shapes cost 0.06 G more
    // instructions in the 1,000-circuit benchmark than with one.
    out.push({ key, path: pathOf(r), resourceType: r.type, name, scope, resourceGroupName });
  }
  return out;
}
