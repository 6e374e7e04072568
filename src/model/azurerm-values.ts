/**
 * Values azurerm does not send when they are empty. Its peering create sends the IPv4 subnets and
 * the route filter only when they are not empty (`express_route_circuit_peering_resource.go`:
 * `if !strings.EqualFold(primaryPeerAddressPrefix, "")`, `if routeFilterId != ""`), so `""` there
 * is no value. The lint's reader and the constructs' model both read them through this, so that
 * the synth and the lint of what it wrote give one verdict.
 */
export function sentWhenNotEmpty<T>(value: T): T | undefined {
  return value === '' ? undefined : value;
}
