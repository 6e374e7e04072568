import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MetroCatalog } from '../../src/catalog/metro-catalog';
import { handoffCommand } from '../../src/cli/handoff';
import { run } from '../../src/cli/main';

const TF = `
resource "azurerm_express_route_port" "port" {
  name                = "erport"
  resource_group_name = "rg"
  location            = "West Europe"
  peering_location    = "Amsterdam Metro"
  bandwidth_in_gbps   = 100
  encapsulation       = "Dot1Q"
  link1 {
    admin_enabled = true
  }
  link2 {
    admin_enabled = false
  }
}
resource "azurerm_express_route_circuit" "c" {
  name                  = "c"
  resource_group_name   = "rg"
  location              = "West Europe"
  express_route_port_id = azurerm_express_route_port.port.id
  bandwidth_in_gbps     = 10
  sku {
    tier   = "Standard"
    family = "MeteredData"
  }
}
resource "azurerm_express_route_circuit_peering" "p" {
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = azurerm_express_route_circuit.c.name
  resource_group_name           = "rg"
  peer_asn                      = 65010
  primary_peer_address_prefix   = "192.168.1.0/30"
  secondary_peer_address_prefix = "192.168.1.4/30"
  vlan_id                       = 100
  shared_key                    = var.md5
}
variable "md5" {
  type      = string
  sensitive = true
}
output "key" {
  value     = azurerm_express_route_circuit.c.service_key
  sensitive = true
}
`;

describe('expressroute-metro handoff', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-'));
  fs.writeFileSync(path.join(dir, 'main.tf'), TF);

  test('reads a module as lint does: links, sessions with both addresses, MD5 set but not shown', () => {
    const { markdown, errors } = handoffCommand({ inputs: [dir], catalog: MetroCatalog.builtIn() });
    expect(errors).toEqual([]);
    expect(markdown).toContain('| link1 | enabled | none |');
    expect(markdown).toContain('| link2 | disabled | none |');
    expect(markdown).toContain('| AzurePrivatePeering | link1 (primary) | 100 | 65010 | set | 192.168.1.0/30: customer 192.168.1.1, Microsoft 192.168.1.2 | - |');
    expect(markdown).toContain('192.168.1.4/30: customer 192.168.1.5, Microsoft 192.168.1.6');
    expect(markdown).toContain('Outputs carrying a service or authorization key: `output.key`.');
    expect(markdown).toContain('azurerm >= 4.60.0, < 5.0.0');
  });

  test('the command prints the sheet and exits 0; no input is a usage error', () => {
    let printed = '';
    expect(run(['handoff', dir], (s) => { printed += s; }, () => undefined)).toBe(0);
    expect(printed).toContain('# ExpressRoute hand-off sheet');
    expect(run(['handoff'], () => undefined, () => undefined)).toBe(2);
  });
});
