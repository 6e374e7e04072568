/**
 * azurerm sends a peering's IPv4 prefixes only when they are not empty
 * (`express_route_circuit_peering_resource.go`: `if !strings.EqualFold(primaryPeerAddressPrefix, "")`):
 * `""` is absent, not a value to judge. A `route_filter_id` of `""` is not: azurerm validates it as
 * a route filter id at plan, so it is read as given. The real-world case is the
 * Equinix Fabric example `cloud-router-2-azure-redundant-connection`, whose peering takes its
 * IPv4 prefixes from variables that default to `""` next to a literal `ipv6` block.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lintFiles } from '../../../src/terraform/lint';

/** Writes the files and lints them as one root module: `ruleId severity subject property`. */
function lint(files: Record<string, string>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-empty-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), `${text}\n`);
  const { results, errors } = lintFiles(Object.keys(files).map((f) => path.join(dir, f)), {});
  expect(errors).toEqual([]);
  return results.flatMap((r) => r.report.findings).filter((f) => !f.suppressed && f.ruleId.startsWith('PEER'))
    .map((f) => `${f.ruleId} ${f.severity} ${f.path} ${f.property}`).sort();
}

const CIRCUIT = `
resource "azurerm_express_route_circuit" "c" {
  name                  = "er"
  resource_group_name   = "rg"
  location              = "westus2"
  service_provider_name = "Equinix"
  peering_location      = "Silicon Valley"
  bandwidth_in_mbps     = 50
  sku {
    tier   = "Standard"
    family = "UnlimitedData"
  }
}`;

test('IPv4 prefixes from variables that default to "" are absent, not "not a CIDR block" (the Equinix Fabric example)', () => {
  const findings = lint({
    'main.tf': `${CIRCUIT}
variable "peering_type" {
  type    = string
  default = ""
}
variable "primary_peer_address_prefix" {
  type    = string
  default = ""
}
variable "secondary_peer_address_prefix" {
  type    = string
  default = ""
}
resource "azurerm_express_route_circuit_peering" "example" {
  peering_type                  = var.peering_type
  express_route_circuit_name    = azurerm_express_route_circuit.c.name
  resource_group_name           = "rg"
  peer_asn                      = 65001
  primary_peer_address_prefix   = var.primary_peer_address_prefix
  secondary_peer_address_prefix = var.secondary_peer_address_prefix
  ipv4_enabled                  = true
  vlan_id                       = 100

  ipv6 {
    primary_peer_address_prefix   = "2002:db01::/126"
    secondary_peer_address_prefix = "2003:db01::/126"
    enabled                       = true
  }
}`,
  });
  // An empty peering_type is still judged: it is required, and azurerm's StringInSlice rejects "" at plan.
  expect(findings).toEqual(['PEER013 error azurerm_express_route_circuit_peering.example peeringType']);
});

test('an IPv4 prefix that is not empty is still judged', () => {
  const findings = lint({
    'main.tf': `${CIRCUIT}
resource "azurerm_express_route_circuit_peering" "example" {
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = azurerm_express_route_circuit.c.name
  resource_group_name           = "rg"
  peer_asn                      = 65001
  primary_peer_address_prefix   = "1.1.1.1"
  secondary_peer_address_prefix = ""
  vlan_id                       = 100
}`,
  });
  expect(findings).toEqual(['PEER001 error azurerm_express_route_circuit_peering.example primaryPeerAddressPrefix']);
});

test('route_filter_id = "" is read as given (azurerm\'s id validation rejects it at plan): PEER010 on a private peering, no PEER009 on Microsoft peering', () => {
  const findings = lint({
    'main.tf': `${CIRCUIT}
resource "azurerm_express_route_circuit_peering" "private" {
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = azurerm_express_route_circuit.c.name
  resource_group_name           = "rg"
  peer_asn                      = 65001
  primary_peer_address_prefix   = "192.168.1.0/30"
  secondary_peer_address_prefix = "192.168.1.4/30"
  vlan_id                       = 100
  route_filter_id               = ""
}
resource "azurerm_express_route_circuit_peering" "microsoft" {
  peering_type                  = "MicrosoftPeering"
  express_route_circuit_name    = azurerm_express_route_circuit.c.name
  resource_group_name           = "rg"
  peer_asn                      = 100
  primary_peer_address_prefix   = "123.0.0.0/30"
  secondary_peer_address_prefix = "123.0.0.4/30"
  vlan_id                       = 300
  route_filter_id               = ""
  microsoft_peering_config {
    advertised_public_prefixes = ["123.1.0.0/24"]
  }
}`,
  });
  expect(findings).toEqual(['PEER010 error azurerm_express_route_circuit_peering.private routeFilterId']);
});
