/**
 * Values azurerm does not send when they are empty. Its peering create sends the IPv4 subnets only
 * when they are not empty (`express_route_circuit_peering_resource.go` in azurerm 4.x, as read for
 * the research at commit 69697b7: `if !strings.EqualFold(primaryPeerAddressPrefix, "")`, the
 * arguments Optional and RequiredWith each other), so `""` there is no value. Older releases had
 * them Required and sent them as given; the release that changed it is not known here. The lint's
 * reader and the constructs' model both read them through this, so that the synth and the lint of
 * what it wrote give one verdict.
 *
 * Not `route_filter_id`: azurerm validates it as a route filter id (`ValidateRouteFilterID`, which
 * parses it), so `""` fails at plan; it is read as given.
 */
export function sentWhenNotEmpty<T>(value: T): T | undefined {
  return value === '' ? undefined : value;
}
