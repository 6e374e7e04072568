import * as path from 'path';

/** The Terraform fixtures. */
export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'terraform');

/**
 * A fixture by file name. Each configuration fixture is a module of its own (a directory):
 * Terraform, and the lint, read every *.tf.json of a directory together.
 */
export function fixture(name: string): string {
  return name.endsWith('.tf.json') ? path.join(FIXTURES, name.slice(0, -'.tf.json'.length), name) : path.join(FIXTURES, name);
}

/**
 * An `azurerm_express_route_circuit` block in HCL: Standard, 50 Mbps, Equinix at Amsterdam.
 * `meta` is an optional meta-argument line (`count = ...`, `for_each = ...`); `location` an expression.
 */
export function circuitTf(label: string, { name = 'er', meta = '', location = '"westeurope"' }: { name?: string; meta?: string; location?: string } = {}): string {
  return `
resource "azurerm_express_route_circuit" "${label}" {
  ${meta}
  name                  = "${name}"
  resource_group_name   = "rg"
  location              = ${location}
  service_provider_name = "Equinix"
  peering_location      = "Amsterdam"
  bandwidth_in_mbps     = 50
  sku {
    tier   = "Standard"
    family = "MeteredData"
  }
}`;
}
